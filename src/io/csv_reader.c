/*
 * The CSV feeder: one table from a file to row callbacks. libcsv does the
 * quoting (RFC 4180, strict mode); this file does what libcsv does not:
 * physical line numbers, encoding checks (UTF-16, BOM, NUL, UTF-8),
 * delimiter detection, field length limits, and header lookup by name.
 * What the rows mean is up to the tables (csv_nodes.c, csv_edges.c,
 * csv_affiliation.c). Cleanup rules: load_internal.h.
 */
#include "io/io.h"
#include "core/setup.h"
#include "core/utf8.h"
#include "io/load_internal.h"

#include <csv.h>

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define BLOCK_SIZE (1u << 20)   /* bytes read per fread() */
#define PIECE_SIZE (1u << 16)   /* most bytes given to csv_parse() at once */

/**
 * \function il_i_csv_fail
 * \brief Record a data error "file:line:column: ..." unless one is recorded.
 *
 * \param col  1-based column, or 0 to name the line only.
 * The message reaches il_last_error() when il_i_csv_read() returns.
 */
void il_i_csv_fail(il_i_csv_t *r, igraph_integer_t line, size_t col, const char *fmt, ...)
{
    va_list ap;
    int k;
    if (r->err) {
        return;
    }
    r->err = IGRAPH_PARSEERROR;
    if (col > 0) {
        k = snprintf(r->msg, sizeof r->msg, "%s:%" IGRAPH_PRId ":%zu: ", r->name, line, col);
    } else {
        k = snprintf(r->msg, sizeof r->msg, "%s:%" IGRAPH_PRId ": ", r->name, line);
    }
    if (k < 0 || (size_t) k >= sizeof r->msg) {
        k = 0;
    }
    va_start(ap, fmt);
    vsnprintf(r->msg + k, sizeof r->msg - (size_t) k, fmt, ap);
    va_end(ap);
}

/* Record a library failure whose reason igraph's handler already holds. */
static void fail_code(il_i_csv_t *r, igraph_error_t code)
{
    if (!r->err) {
        r->err = code;
    }
}

/**
 * \function il_i_csv_shown
 * \brief A value as shown in a message: cut when long, UTF-8 kept intact.
 *
 * \return \p s itself when it fits in \p size bytes, else \p buf holding
 *         its start and "...".
 */
const char *il_i_csv_shown(const char *s, char *buf, size_t size)
{
    size_t n = strlen(s);
    if (n < size) {
        return s;
    }
    n = size - 4;
    while (n > 0 && ((unsigned char) s[n] & 0xC0) == 0x80) {
        n--;
    }
    memcpy(buf, s, n);
    memcpy(buf + n, "...", 4);
    return buf;
}

/* ---- libcsv callbacks -------------------------------------------------------- */

/* Make room for one more cell in the row arrays; 0 when out of memory. */
static int grow_cells(il_i_csv_t *r)
{
    size_t cap = r->ccap ? r->ccap * 2 : 16;
    size_t *cs = realloc(r->cstart, cap * sizeof *cs);
    size_t *cl = cs ? realloc(r->clen, cap * sizeof *cl) : NULL;
    igraph_integer_t *ci;
    const char **cc;
    if (cs) {
        r->cstart = cs;
    }
    if (cl) {
        r->clen = cl;
    }
    ci = cl ? realloc(r->cline, cap * sizeof *ci) : NULL;
    if (ci) {
        r->cline = ci;
    }
    cc = ci ? realloc(r->cell, cap * sizeof *cc) : NULL;
    if (!cc) {
        return 0;
    }
    r->cell = cc;
    r->ccap = cap;
    return 1;
}

/* Make room for \p len more bytes and a NUL in the row buffer; 0 when out of memory. */
static int grow_buf(il_i_csv_t *r, size_t len)
{
    size_t cap = r->bcap ? r->bcap : 256;
    char *b;
    while (cap < r->blen + len + 1) {
        cap *= 2;
    }
    b = realloc(r->buf, cap);
    if (!b) {
        return 0;
    }
    r->buf = b;
    r->bcap = cap;
    return 1;
}

/* Line breaks in s[0 .. len-1]: LF, CRLF and a lone CR count one each. */
static size_t count_breaks(const char *s, size_t len)
{
    size_t i, n = 0;
    for (i = 0; i < len; i++) {
        n += s[i] == '\r' || (s[i] == '\n' && (i == 0 || s[i - 1] != '\r'));
    }
    return n;
}

static void on_field(void *data, size_t len, void *vr)
{
    il_i_csv_t *r = vr;
    const char *s = data ? data : "";
    size_t bad, nl;
    if (r->err) {
        return;
    }
    if (!data) {
        len = 0;
    }
    nl = count_breaks(s, len);
    if (r->ncell == 0) {
        r->row_line = r->line - (igraph_integer_t) nl;
    }
    if (!il_utf8_valid(s, len, &bad)) {
        il_i_csv_fail(r, r->line - (igraph_integer_t) nl, r->ncell + 1,
                      "invalid UTF-8 (byte 0x%02X at byte %zu of the field); innolink reads "
                      "UTF-8 only: a file saved by Korean Excel is often CP949, save it as "
                      "'CSV UTF-8'", (unsigned char) s[bad], bad + 1);
        return;
    }
    if (r->header_done && r->ncell >= r->nheader) {
        r->ncell++;     /* a field too many: counted for the message, not kept */
        return;
    }
    if (!r->header_done && r->ncell >= IL_CSV_MAX_COLUMNS) {
        il_i_csv_fail(r, r->line - (igraph_integer_t) nl, r->ncell + 1,
                      "the header has more than %d columns", IL_CSV_MAX_COLUMNS);
        return;
    }
    if ((r->ncell == r->ccap && !grow_cells(r)) ||
        (r->blen + len + 1 > r->bcap && !grow_buf(r, len))) {
        il_i_csv_fail(r, r->line, 0, "out of memory");
        return;
    }
    memcpy(r->buf + r->blen, s, len);
    r->buf[r->blen + len] = '\0';
    r->cstart[r->ncell] = r->blen;
    r->clen[r->ncell] = len;
    r->cline[r->ncell] = r->line - (igraph_integer_t) nl;
    r->blen += len + 1;
    r->ncell++;
}

/* Keep a copy of the header row for messages; 0 when out of memory. */
static int keep_header(il_i_csv_t *r)
{
    size_t i;
    r->nheader = r->ncell;
    r->header = calloc(r->ncell + 1, sizeof *r->header);
    for (i = 0; r->header && i < r->ncell; i++) {
        if (!(r->header[i] = strdup(r->cell[i]))) {
            break;
        }
    }
    return r->header && i == r->ncell;
}

static void on_row_end(int c, void *vr)
{
    il_i_csv_t *r = vr;
    size_t i;
    igraph_error_t rc;
    (void) c;
    if (r->err) {
        return;
    }
    if (r->header_done && r->ncell != r->nheader) {
        il_i_csv_fail(r, r->row_line, 0, "expected %zu fields as in the header, found %zu",
                      r->nheader, r->ncell);
        return;
    }
    for (i = 0; i < r->ncell; i++) {
        r->cell[i] = r->buf + r->cstart[i];
    }
    if (!r->header_done) {
        r->header_done = 1;
        if (!keep_header(r)) {
            il_i_csv_fail(r, r->line, 0, "out of memory");
            return;
        }
        rc = r->on_header(r, r->ctx);
    } else {
        rc = r->on_row(r, r->ctx);
    }
    if (rc != IGRAPH_SUCCESS) {
        fail_code(r, rc);
    }
    r->ncell = 0;
    r->blen = 0;
}

/* ---- Feeding libcsv ---------------------------------------------------------- */

/* Pick the delimiter from the header line: the most frequent of , ; tab
 * outside quotes; a comma when there is none (a one-column table). */
static char detect_delimiter(const char *s, size_t len)
{
    size_t comma = 0, semi = 0, tab = 0, i;
    int quoted = 0;
    for (i = 0; i < len && (quoted || (s[i] != '\n' && s[i] != '\r')); i++) {
        if (s[i] == '"') {
            quoted = !quoted;
        } else if (!quoted) {
            comma += s[i] == ',';
            semi += s[i] == ';';
            tab += s[i] == '\t';
        }
    }
    if (semi > comma && semi >= tab) {
        return ';';
    }
    if (tab > comma && tab > semi) {
        return '\t';
    }
    return ',';
}

static int is_csv_space(unsigned char c)
{
    return c == ' ' || c == '\t';
}

/* Give libcsv one piece of input (at most one physical line). */
static igraph_error_t feed(il_i_csv_t *r, struct csv_parser *p, const char *s, size_t len)
{
    size_t done = csv_parse(p, s, len, on_field, on_row_end, r);
    if (r->err) {
        return r->err;
    }
    if (done < len) {
        if (csv_error(p) == CSV_EPARSE) {
            il_i_csv_fail(r, r->line, r->ncell + 1,
                          "malformed quoted field: a closing quote must be followed by the "
                          "delimiter or the end of the line (write a quote inside quotes as \"\")");
        } else {
            il_i_csv_fail(r, r->line, 0, "%s", csv_strerror(csv_error(p)));
        }
        return r->err;
    }
    if (csv_get_buffer_size(p) > r->max_field + PIECE_SIZE) {
        il_i_csv_fail(r, r->quote_line ? r->quote_line : r->line, r->ncell + 1,
                      "field longer than %zu bytes%s", r->max_field,
                      r->quote_line ? " (an unterminated quote?)" : "");
        return r->err;
    }
    return IGRAPH_SUCCESS;
}

/* The first block of a file: refuse UTF-16, skip a UTF-8 byte order mark,
 * and choose the delimiter (\p delim, or detected from the header line). */
static igraph_error_t first_block(il_i_csv_t *r, struct csv_parser *p, char delim,
                                  const char **s, size_t *n)
{
    const unsigned char *u = (const unsigned char *) *s;
    if (*n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        il_i_csv_fail(r, 1, 0, "the file is UTF-16 (Excel's 'Unicode text'); "
                      "innolink reads UTF-8: save it as 'CSV UTF-8'");
        return r->err;
    }
    if (*n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        *s += 3;    /* a UTF-8 byte order mark, as Excel writes it */
        *n -= 3;
    }
    r->delim = delim ? delim : detect_delimiter(*s, *n);
    csv_set_delim(p, (unsigned char) r->delim);
    return IGRAPH_SUCCESS;
}

/* Refuse a block that holds a NUL byte (PITFALLS item 6), naming its line. */
static igraph_error_t check_nul(il_i_csv_t *r, const char *s, size_t n)
{
    const char *nul = memchr(s, '\0', n);
    igraph_integer_t line = r->line;
    if (!nul) {
        return IGRAPH_SUCCESS;
    }
    line += (igraph_integer_t) count_breaks(s, (size_t) (nul - s));
    if (r->cr_last && s[0] == '\n' && nul > s) {
        line--;     /* the LF of a CRLF split between two blocks */
    }
    il_i_csv_fail(r, line, 0, "NUL byte in the input (is this a binary file?)");
    return r->err;
}

/* The length of the piece of s[0 .. n-1] given to libcsv next: up to and
 * including the first line end (LF, CRLF, or a CR alone, as old Mac files
 * and some exports end their lines), at most PIECE_SIZE bytes. *brk is 1
 * when the piece ends a line. */
static size_t next_piece(const char *s, size_t n, int *brk)
{
    size_t lim = n < PIECE_SIZE ? n : PIECE_SIZE;
    const char *lf = memchr(s, '\n', lim);
    const char *cr = memchr(s, '\r', lf ? (size_t) (lf - s) : lim);
    *brk = 1;
    if (cr && cr + 1 != lf) {
        return (size_t) (cr - s) + 1;       /* a CR alone (or the block's last byte) */
    }
    if (lf) {
        return (size_t) (lf - s) + 1;       /* LF or CRLF */
    }
    *brk = 0;
    return lim;
}

/* Give a block to libcsv one physical line at a time (at most PIECE_SIZE
 * bytes per call), so that a callback always knows the current line. A
 * CRLF split between two blocks counts once: the CR ends the line, the LF
 * that follows it is fed alone and ends none. */
static igraph_error_t feed_block(il_i_csv_t *r, struct csv_parser *p, const char *s, size_t n)
{
    while (n > 0) {
        int brk = 0;
        size_t len;
        igraph_error_t rc;
        if (r->cr_last && s[0] == '\n') {
            len = 1;            /* the LF of a CRLF: the CR ended the line */
        } else {
            len = next_piece(s, n, &brk);
        }
        rc = feed(r, p, s, len);
        if (rc != IGRAPH_SUCCESS) {
            return rc;
        }
        if (p->quoted && p->pstate != 0 && !r->quote_line) {
            r->quote_line = r->line;
        } else if (!p->quoted) {
            r->quote_line = 0;
        }
        r->cr_last = s[len - 1] == '\r';
        if (brk) {
            r->line++;
        }
        s += len;
        n -= len;
    }
    return IGRAPH_SUCCESS;
}

/* Feed the whole input, reporting progress for regular files. A data
 * error is returned with r->err set; a read error (a FIFO gone silent, an
 * I/O error) is returned with the reason recorded and r->err unset. */
static igraph_error_t feed_stream(il_i_csv_t *r, struct csv_parser *p, il_i_input_t *in,
                                  char *block, char delim)
{
    double done = 0;
    size_t n;
    int first = 1;

    for (;;) {
        const char *s = block;
        igraph_error_t rc = il_i_input_read(in, block, BLOCK_SIZE, &n);
        if (rc != IGRAPH_SUCCESS) {
            return rc;
        }
        if (n == 0) {
            break;
        }
        done += (double) n;
        if (in->size > 0) {
            il_progress("reading input", done / in->size < 1 ? done / in->size : 0.999);
        }
        if (first) {
            first = 0;
            if ((rc = first_block(r, p, delim, &s, &n)) != IGRAPH_SUCCESS) {
                return rc;
            }
        }
        if ((rc = check_nul(r, s, n)) != IGRAPH_SUCCESS ||
            (rc = feed_block(r, p, s, n)) != IGRAPH_SUCCESS) {
            return rc;
        }
    }
    if (in->size > 0) {
        il_progress("reading input", 1.0);
    }
    return IGRAPH_SUCCESS;
}

/* Free what the feeder allocated for rows and the header. */
static void csv_destroy(il_i_csv_t *r)
{
    size_t i;
    free(r->buf);
    free(r->cstart);
    free(r->clen);
    free(r->cline);
    free(r->cell);
    if (r->header) {
        for (i = 0; i < r->nheader; i++) {
            free(r->header[i]);
        }
        free(r->header);
    }
}

/**
 * \function il_i_csv_read
 * \brief Read one CSV table: the header to \p on_header, rows to \p on_row.
 *
 * Each callback sees r->cell[] / r->clen[] / r->cline[] filled for the
 * row. Physical lines are counted here because libcsv does not: the input
 * is given to libcsv one line at a time, so a callback always knows the
 * current line; lines end with LF, CRLF or a lone CR. A leading UTF-8 BOM
 * is skipped; UTF-16, NUL bytes, invalid
 * UTF-8, rows of the wrong width, fields longer than \p max_field and
 * malformed or unterminated quotes are data errors.
 *
 * \param opts   The folder a relative \p path is read from (base_dir), the
 *               delimiter (0: detected from the header line), the longest
 *               field (max_field) and how long a FIFO may stay silent
 *               (input_timeout).
 * \param path   The file; "-" reads standard input (named "<stdin>").
 * \return IGRAPH_PARSEERROR (recorded as "file:line[:column]: ..."),
 *         IGRAPH_EFILE (cannot open or read), IGRAPH_ENOMEM, or the code a
 *         callback returned.
 *
 * Memory: the longest row (at most IL_CSV_MAX_COLUMNS fields of at most
 * max_field bytes, 32 bytes of bookkeeping per field) and 1 MiB of read
 * buffer, plus what the callbacks keep.
 * Time complexity: O(input size) plus the callbacks.
 */
igraph_error_t il_i_csv_read(const il_load_options_t *opts, const char *path,
                             il_i_csv_row_fn *on_header, il_i_csv_row_fn *on_row, void *ctx)
{
    il_i_csv_t r;
    struct csv_parser p;
    int p_live = 0, in_live = 0;
    il_i_input_t in;
    char *block = NULL;
    igraph_error_t ret = IGRAPH_SUCCESS;

    memset(&r, 0, sizeof r);
    r.name = strcmp(path, "-") == 0 ? "<stdin>" : il_path_shown(path, r.shown);
    r.max_field = opts->max_field;
    r.line = 1;
    r.on_header = on_header;
    r.on_row = on_row;
    r.ctx = ctx;

    ret = il_i_input_open(&in, opts->base_dir, path, r.name, opts->input_timeout);
    if (ret != IGRAPH_SUCCESS) {
        goto cleanup;
    }
    in_live = 1;
    block = malloc(BLOCK_SIZE);
    if (!block || csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
        il_set_error("out of memory reading '%s'", r.name);
        ret = IGRAPH_ENOMEM;
        goto cleanup;
    }
    p_live = 1;
    csv_set_space_func(&p, is_csv_space);
    csv_set_blk_size(&p, 4096);

    ret = feed_stream(&r, &p, &in, block, opts->delimiter);
    if (ret != IGRAPH_SUCCESS) {
        if (r.err) {
            goto fail;
        }
        goto cleanup;       /* a read error, recorded */
    }
    if (csv_fini(&p, on_field, on_row_end, &r) != 0 && !r.err) {
        il_i_csv_fail(&r, r.quote_line ? r.quote_line : r.line, 0,
                      "unterminated quoted field: the file ends inside quotes");
    }
    if (r.err) {
        goto fail;
    }
    if (!r.header_done) {
        il_i_csv_fail(&r, 1, 0, "the file is empty: expected a header row");
        goto fail;
    }
    goto cleanup;

fail:
    ret = r.err;
    if (r.msg[0] != '\0') {
        il_set_error("%s", r.msg);
    }
cleanup:
    if (p_live) {
        csv_free(&p);
    }
    if (in_live) {
        il_i_input_close(&in);
    }
    free(block);
    csv_destroy(&r);
    return ret;
}

/* ---- Header lookup --------------------------------------------------------- */

/**
 * \function il_i_csv_find_column
 * \brief Header column named one of \p names: exact spelling first, then
 *        ASCII case ignored; -1 if none. Time: O(|names| * columns).
 */
long il_i_csv_find_column(const il_i_csv_t *r, const char *const *names)
{
    size_t i, k;
    for (k = 0; names[k]; k++) {        /* exact spelling first */
        for (i = 0; i < r->nheader; i++) {
            if (strcmp(r->cell[i], names[k]) == 0) {
                return (long) i;
            }
        }
    }
    for (k = 0; names[k]; k++) {
        for (i = 0; i < r->nheader; i++) {
            if (strcasecmp(r->cell[i], names[k]) == 0) {
                return (long) i;
            }
        }
    }
    return -1;
}

/**
 * \function il_i_csv_header_list
 * \brief The header names quoted and comma-separated into \p buf (cut to fit).
 */
void il_i_csv_header_list(const il_i_csv_t *r, char *buf, size_t size)
{
    size_t i, k = 0;
    buf[0] = '\0';
    for (i = 0; i < r->nheader && k + 4 < size; i++) {
        int w = snprintf(buf + k, size - k, "%s'%s'", i ? ", " : "", r->cell[i]);
        if (w < 0) {
            break;
        }
        k += (size_t) w;
    }
}

/**
 * \function il_i_csv_check_header
 * \brief Check that header names are non-empty and unique.
 *
 * \return IGRAPH_PARSEERROR, recorded with the column. Time: O(columns^2).
 */
igraph_error_t il_i_csv_check_header(il_i_csv_t *r)
{
    size_t i, j;
    for (i = 0; i < r->nheader; i++) {
        if (r->clen[i] == 0) {
            il_i_csv_fail(r, 1, i + 1, "empty column name in the header");
            return IGRAPH_PARSEERROR;
        }
        for (j = 0; j < i; j++) {
            if (strcmp(r->cell[i], r->cell[j]) == 0) {
                il_i_csv_fail(r, 1, i + 1, "column '%s' appears twice in the header",
                              r->cell[i]);
                return IGRAPH_PARSEERROR;
            }
        }
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_csv_trim_id
 * \brief Cell \p c without leading and trailing Unicode blanks (libcsv
 *        trims only ASCII ones; PITFALLS item 7).
 *
 * \param len      Out: the trimmed length.
 * \param trimmed  Incremented when anything was cut.
 * \return A pointer into the cell (not NUL-terminated at *len).
 */
const char *il_i_csv_trim_id(const il_i_csv_t *r, size_t c, size_t *len,
                             igraph_integer_t *trimmed)
{
    const char *s = r->cell[c];
    size_t lead = il_utf8_lead_blank(s, r->clen[c]), trail;
    *len = r->clen[c] - lead;
    trail = il_utf8_trail_blank(s + lead, *len);
    *len -= trail;
    if (lead || trail) {
        (*trimmed)++;
    }
    return s + lead;
}
