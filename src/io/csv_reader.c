/*
 * CSV tables to graphs. libcsv does the quoting (RFC 4180, strict mode);
 * this file does what libcsv does not: physical line numbers, encoding
 * checks, delimiter detection, column lookup by name, value validation,
 * and feeding the model builder row by row. Nothing here computes metrics.
 *
 * No object is registered on igraph's finally stack while libcsv is running
 * (an error inside a callback must not free the parser under its feet), so
 * this file uses the single `cleanup:` label idiom instead.
 */
#include "io/io.h"
#include "core/setup.h"
#include "core/utf8.h"

#include <csv.h>

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define BLOCK_SIZE (1u << 20)   /* bytes read per fread() */
#define PIECE_SIZE (1u << 16)   /* most bytes given to csv_parse() at once */

typedef struct reader reader_t;
typedef igraph_error_t row_fn(reader_t *r, void *ctx);

struct reader {
    const char *name;           /* file name as shown in messages */
    char delim;
    size_t max_field;
    igraph_integer_t line;      /* physical line being parsed, from 1 */
    igraph_integer_t quote_line;/* line where an open quoted field began */

    /* The row being assembled: cells back to back in buf. */
    char *buf;
    size_t blen, bcap;
    size_t *cstart, *clen;
    igraph_integer_t *cline;    /* line on which each cell starts */
    size_t ncell, ccap;
    const char **cell;          /* filled at row end */

    int header_done;
    size_t nheader;
    char **header;

    row_fn *on_header, *on_row;
    void *ctx;
    igraph_integer_t row_line;  /* line on which the current row starts */

    igraph_error_t err;         /* first failure inside a callback */
    char msg[1024];
};

/* Record a data error at line:column; the first one wins. */
static void reader_fail(reader_t *r, igraph_integer_t line, size_t col,
                        const char *fmt, ...)
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
static void reader_fail_code(reader_t *r, igraph_error_t code)
{
    if (!r->err) {
        r->err = code;
    }
}

/* A value shown in a message: cut long values, keep UTF-8 intact. */
static const char *shown(const char *s, char *buf, size_t size)
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

static void on_field(void *data, size_t len, void *vr)
{
    reader_t *r = vr;
    const char *s = data ? data : "";
    size_t bad, i, nl = 0;
    if (r->err) {
        return;
    }
    if (!data) {
        len = 0;
    }
    for (i = 0; i < len; i++) {
        nl += s[i] == '\n';
    }
    if (r->ncell == 0) {
        r->row_line = r->line - (igraph_integer_t) nl;
    }
    if (!il_utf8_valid(s, len, &bad)) {
        reader_fail(r, r->line - (igraph_integer_t) nl, r->ncell + 1,
                    "invalid UTF-8 (byte 0x%02X at byte %zu of the field); innolink reads "
                    "UTF-8 only: a file saved by Korean Excel is often CP949, save it as "
                    "'CSV UTF-8'", (unsigned char) s[bad], bad + 1);
        return;
    }
    if (r->ncell == r->ccap) {
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
            reader_fail(r, r->line, 0, "out of memory");
            return;
        }
        r->cell = cc;
        r->ccap = cap;
    }
    if (r->blen + len + 1 > r->bcap) {
        size_t cap = r->bcap ? r->bcap : 256;
        char *b;
        while (cap < r->blen + len + 1) {
            cap *= 2;
        }
        b = realloc(r->buf, cap);
        if (!b) {
            reader_fail(r, r->line, 0, "out of memory");
            return;
        }
        r->buf = b;
        r->bcap = cap;
    }
    memcpy(r->buf + r->blen, s, len);
    r->buf[r->blen + len] = '\0';
    r->cstart[r->ncell] = r->blen;
    r->clen[r->ncell] = len;
    r->cline[r->ncell] = r->line - (igraph_integer_t) nl;
    r->blen += len + 1;
    r->ncell++;
}

static void on_row_end(int c, void *vr)
{
    reader_t *r = vr;
    size_t i;
    igraph_error_t rc;
    (void) c;
    if (r->err) {
        return;
    }
    for (i = 0; i < r->ncell; i++) {
        r->cell[i] = r->buf + r->cstart[i];
    }
    if (!r->header_done) {
        r->header_done = 1;
        r->nheader = r->ncell;
        r->header = calloc(r->ncell + 1, sizeof *r->header);
        for (i = 0; r->header && i < r->ncell; i++) {
            if (!(r->header[i] = strdup(r->cell[i]))) {
                break;
            }
        }
        if (!r->header || i < r->ncell) {
            reader_fail(r, r->line, 0, "out of memory");
            return;
        }
        rc = r->on_header(r, r->ctx);
    } else if (r->ncell != r->nheader) {
        reader_fail(r, r->row_line, 0, "expected %zu fields as in the header, found %zu",
                    r->nheader, r->ncell);
        rc = IGRAPH_SUCCESS;
    } else {
        rc = r->on_row(r, r->ctx);
    }
    if (rc != IGRAPH_SUCCESS) {
        reader_fail_code(r, rc);
    }
    r->ncell = 0;
    r->blen = 0;
}

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

static igraph_error_t feed(reader_t *r, struct csv_parser *p, const char *s, size_t len)
{
    size_t done = csv_parse(p, s, len, on_field, on_row_end, r);
    if (r->err) {
        return r->err;
    }
    if (done < len) {
        if (csv_error(p) == CSV_EPARSE) {
            reader_fail(r, r->line, r->ncell + 1,
                        "malformed quoted field: a closing quote must be followed by the "
                        "delimiter or the end of the line (write a quote inside quotes as \"\")");
        } else {
            reader_fail(r, r->line, 0, "%s", csv_strerror(csv_error(p)));
        }
        return r->err;
    }
    if (csv_get_buffer_size(p) > r->max_field + PIECE_SIZE) {
        reader_fail(r, r->quote_line ? r->quote_line : r->line, r->ncell + 1,
                    "field longer than %zu bytes%s", r->max_field,
                    r->quote_line ? " (an unterminated quote?)" : "");
        return r->err;
    }
    return IGRAPH_SUCCESS;
}

/*
 * Read one CSV table: the header goes to on_header, every data row to
 * on_row, with r->cell[] / r->clen[] / r->cline[] filled. Physical lines
 * are counted here because libcsv does not: the input is given to libcsv
 * one line at a time, so a callback always knows the current line.
 */
static igraph_error_t read_table(const char *path, char delim, size_t max_field,
                                 row_fn *on_header, row_fn *on_row, void *ctx)
{
    reader_t r;
    struct csv_parser p;
    int p_live = 0, first = 1;
    FILE *fp = NULL;
    char *block = NULL;
    size_t n, i;
    igraph_error_t ret = IGRAPH_SUCCESS;
    struct stat st;
    double size = 0, done = 0;

    memset(&r, 0, sizeof r);
    r.name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    r.max_field = max_field;
    r.line = 1;
    r.on_header = on_header;
    r.on_row = on_row;
    r.ctx = ctx;

    if (strcmp(path, "-") == 0) {
        fp = stdin;
    } else if (!(fp = fopen(path, "rb"))) {
        il_set_error("cannot open '%s': %s", path, strerror(errno));
        ret = IGRAPH_EFILE;
        goto cleanup;
    }
    block = malloc(BLOCK_SIZE);
    if (!block || csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
        il_set_error("out of memory reading '%s'", r.name);
        ret = IGRAPH_ENOMEM;
        goto cleanup;
    }
    p_live = 1;
    csv_set_space_func(&p, is_csv_space);
    csv_set_blk_size(&p, 4096);

    if (fstat(fileno(fp), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
        size = (double) st.st_size;
    }
    while ((n = fread(block, 1, BLOCK_SIZE, fp)) > 0) {
        const char *s = block, *nul;
        done += (double) n;
        if (size > 0) {
            il_progress("reading input", done / size < 1 ? done / size : 0.999);
        }
        if (first) {
            const unsigned char *u = (const unsigned char *) block;
            first = 0;
            if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
                reader_fail(&r, 1, 0, "the file is UTF-16 (Excel's 'Unicode text'); "
                            "innolink reads UTF-8: save it as 'CSV UTF-8'");
                goto fail;
            }
            if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
                s += 3;     /* a UTF-8 byte order mark, as Excel writes it */
                n -= 3;
            }
            r.delim = delim ? delim : detect_delimiter(s, n);
            csv_set_delim(&p, (unsigned char) r.delim);
        }
        if ((nul = memchr(s, '\0', n)) != NULL) {
            igraph_integer_t line = r.line;
            for (i = 0; i < (size_t) (nul - s); i++) {
                line += s[i] == '\n';
            }
            reader_fail(&r, line, 0, "NUL byte in the input (is this a binary file?)");
            goto fail;
        }
        while (n > 0) {
            const char *nl = memchr(s, '\n', n < PIECE_SIZE ? n : PIECE_SIZE);
            size_t len = nl ? (size_t) (nl - s) + 1 : (n < PIECE_SIZE ? n : PIECE_SIZE);
            if (feed(&r, &p, s, len) != IGRAPH_SUCCESS) {
                goto fail;
            }
            if (p.quoted && p.pstate != 0 && !r.quote_line) {
                r.quote_line = r.line;
            } else if (!p.quoted) {
                r.quote_line = 0;
            }
            if (nl) {
                r.line++;
            }
            s += len;
            n -= len;
        }
    }
    if (size > 0) {
        il_progress("reading input", 1.0);
    }
    if (ferror(fp)) {
        il_set_error("cannot read '%s': %s", r.name, strerror(errno));
        ret = IGRAPH_EFILE;
        goto cleanup;
    }
    if (csv_fini(&p, on_field, on_row_end, &r) != 0 && !r.err) {
        reader_fail(&r, r.quote_line ? r.quote_line : r.line, 0,
                    "unterminated quoted field: the file ends inside quotes");
    }
    if (r.err) {
        goto fail;
    }
    if (!r.header_done) {
        reader_fail(&r, 1, 0, "the file is empty: expected a header row");
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
    if (fp && fp != stdin) {
        fclose(fp);
    }
    free(block);
    free(r.buf);
    free(r.cstart);
    free(r.clen);
    free(r.cline);
    free(r.cell);
    if (r.header) {
        for (i = 0; i < r.nheader; i++) {
            free(r.header[i]);
        }
        free(r.header);
    }
    return ret;
}

/* ---- Header lookup --------------------------------------------------------- */

static long find_column(reader_t *r, const char *const *names)
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

static void header_list(reader_t *r, char *buf, size_t size)
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

/* Check header names: non-empty and unique. */
static igraph_error_t check_header(reader_t *r)
{
    size_t i, j;
    for (i = 0; i < r->nheader; i++) {
        if (r->clen[i] == 0) {
            reader_fail(r, 1, i + 1, "empty column name in the header");
            return IGRAPH_PARSEERROR;
        }
        for (j = 0; j < i; j++) {
            if (strcmp(r->cell[i], r->cell[j]) == 0) {
                reader_fail(r, 1, i + 1, "column '%s' appears twice in the header",
                            r->cell[i]);
                return IGRAPH_PARSEERROR;
            }
        }
    }
    return IGRAPH_SUCCESS;
}

/* Trim Unicode blanks that libcsv keeps; count a change. */
static const char *trim_id(reader_t *r, size_t c, size_t *len, igraph_integer_t *trimmed)
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

/* ---- Node table ----------------------------------------------------------- */

typedef struct node_ctx {
    const il_load_options_t *opts;
    il_graph_builder_t *b;
    long id_col;
    size_t *attr_of;            /* header column -> attribute column */
    igraph_integer_t *first_line;
    size_t nfirst;
} node_ctx_t;

static igraph_error_t node_header(reader_t *r, void *vctx)
{
    node_ctx_t *c = vctx;
    const char *def[] = { "id", NULL }, *given[] = { c->opts->node_id_col, NULL };
    size_t i;
    char list[512];
    IGRAPH_CHECK(check_header(r));
    c->id_col = find_column(r, c->opts->node_id_col ? given : def);
    if (c->id_col < 0) {
        header_list(r, list, sizeof list);
        reader_fail(r, 1, 0, "no node id column '%s' in the header (found %s); "
                    "use --node-id COL", c->opts->node_id_col ? c->opts->node_id_col : "id",
                    list);
        return IGRAPH_PARSEERROR;
    }
    c->attr_of = calloc(r->nheader, sizeof *c->attr_of);
    if (!c->attr_of) {
        IGRAPH_ERROR("Out of memory reading the node table.", IGRAPH_ENOMEM);
    }
    for (i = 0; i < r->nheader; i++) {
        if ((long) i != c->id_col) {
            IGRAPH_CHECK(il_graph_builder_add_vattr(c->b, r->cell[i], &c->attr_of[i]));
        }
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t node_row(reader_t *r, void *vctx)
{
    node_ctx_t *c = vctx;
    size_t len, i;
    const char *id = trim_id(r, (size_t) c->id_col, &len, &c->b->info.ids_trimmed);
    uint32_t v;
    int is_new;
    char tmp[80];
    if (len == 0) {
        reader_fail(r, r->cline[c->id_col], (size_t) c->id_col + 1, "empty node id");
        return IGRAPH_PARSEERROR;
    }
    IGRAPH_CHECK(il_graph_builder_add_vertex(c->b, id, len, &v, &is_new));
    if (!is_new) {
        reader_fail(r, r->cline[c->id_col], (size_t) c->id_col + 1,
                    "node '%s' is listed twice (first on line %" IGRAPH_PRId ")",
                    shown(r->cell[c->id_col], tmp, sizeof tmp), c->first_line[v]);
        return IGRAPH_PARSEERROR;
    }
    if (v >= c->nfirst) {
        size_t cap = c->nfirst ? c->nfirst * 2 : 256;
        igraph_integer_t *fl = realloc(c->first_line, cap * sizeof *fl);
        if (!fl) {
            IGRAPH_ERROR("Out of memory reading the node table.", IGRAPH_ENOMEM);
        }
        c->first_line = fl;
        c->nfirst = cap;
    }
    c->first_line[v] = r->row_line;
    for (i = 0; i < r->nheader; i++) {
        if ((long) i != c->id_col) {
            IGRAPH_CHECK(il_graph_builder_set_vattr(c->b, c->attr_of[i], v, r->cell[i],
                                                    r->clen[i]));
        }
    }
    return IGRAPH_SUCCESS;
}

/* ---- Edge table ------------------------------------------------------------ */

typedef struct edge_ctx {
    const il_load_options_t *opts;
    il_graph_builder_t *b;
    int have_nodes;             /* ids must come from the node table */
    long src_col, dst_col, w_col;
    long *where_col;            /* header column of each --where condition */
    size_t *eattr_hdr;          /* header column of each edge attribute */
    size_t neattr;
    const char **values;
    size_t *lens;
} edge_ctx_t;

static igraph_error_t edge_header(reader_t *r, void *vctx)
{
    edge_ctx_t *c = vctx;
    const il_load_options_t *o = c->opts;
    const char *src_def[] = { "source", "from", "src", NULL };
    const char *dst_def[] = { "target", "to", "dst", NULL };
    const char *w_def[] = { "weight", NULL };
    const char *one[2] = { NULL, NULL };
    size_t i, col;
    char list[512];

    IGRAPH_CHECK(check_header(r));
    header_list(r, list, sizeof list);
    one[0] = o->source_col;
    c->src_col = find_column(r, o->source_col ? one : src_def);
    if (c->src_col < 0) {
        reader_fail(r, 1, 0, o->source_col ? "no source column '%s' in the header (found %s)"
                    : "no source column in the header: expected one of 'source', 'from', "
                    "'src'%s (found %s); use --source COL", o->source_col ? o->source_col : "",
                    list);
        return IGRAPH_PARSEERROR;
    }
    one[0] = o->target_col;
    c->dst_col = find_column(r, o->target_col ? one : dst_def);
    if (c->dst_col < 0) {
        reader_fail(r, 1, 0, o->target_col ? "no target column '%s' in the header (found %s)"
                    : "no target column in the header: expected one of 'target', 'to', "
                    "'dst'%s (found %s); use --target COL", o->target_col ? o->target_col : "",
                    list);
        return IGRAPH_PARSEERROR;
    }
    if (c->src_col == c->dst_col) {
        reader_fail(r, 1, 0, "source and target name the same column '%s'",
                    r->cell[c->src_col]);
        return IGRAPH_PARSEERROR;
    }
    one[0] = o->weight_col;
    c->w_col = find_column(r, o->weight_col ? one : w_def);
    if (c->w_col < 0 && o->weight_col) {
        reader_fail(r, 1, 0, "no weight column '%s' in the header (found %s)",
                    o->weight_col, list);
        return IGRAPH_PARSEERROR;
    }
    if (c->w_col == c->src_col || c->w_col == c->dst_col) {
        reader_fail(r, 1, 0, "the weight column '%s' is also the source or target",
                    r->cell[c->w_col]);
        return IGRAPH_PARSEERROR;
    }

    c->where_col = calloc(o->nwhere + 1, sizeof *c->where_col);
    c->eattr_hdr = calloc(r->nheader, sizeof *c->eattr_hdr);
    c->values = calloc(r->nheader, sizeof *c->values);
    c->lens = calloc(r->nheader, sizeof *c->lens);
    if (!c->where_col || !c->eattr_hdr || !c->values || !c->lens) {
        IGRAPH_ERROR("Out of memory reading the edge table.", IGRAPH_ENOMEM);
    }
    for (i = 0; i < o->nwhere; i++) {
        one[0] = o->where[i].column;
        c->where_col[i] = find_column(r, one);
        if (c->where_col[i] < 0) {
            reader_fail(r, 1, 0, "--where '%s': no column '%s' in the header (found %s)",
                        o->where[i].text, o->where[i].column, list);
            return IGRAPH_PARSEERROR;
        }
    }
    for (i = 0; i < r->nheader; i++) {
        if ((long) i == c->src_col || (long) i == c->dst_col || (long) i == c->w_col) {
            continue;
        }
        IGRAPH_CHECK(il_graph_builder_add_eattr(c->b, r->cell[i], &col));
        c->eattr_hdr[c->neattr++] = i;
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t edge_end(reader_t *r, edge_ctx_t *c, long col, uint32_t *v)
{
    size_t len;
    const char *id = trim_id(r, (size_t) col, &len, &c->b->info.ids_trimmed);
    char tmp[80];
    if (len == 0) {
        reader_fail(r, r->cline[col], (size_t) col + 1, "empty id in column '%s'",
                    r->header[col]);
        return IGRAPH_PARSEERROR;
    }
    if (c->have_nodes) {
        if (!il_graph_builder_find_vertex(c->b, id, len, v)) {
            reader_fail(r, r->cline[col], (size_t) col + 1,
                        "node '%s' is not in the node table %s",
                        shown(r->cell[col], tmp, sizeof tmp), c->opts->nodes_path);
            return IGRAPH_PARSEERROR;
        }
        return IGRAPH_SUCCESS;
    }
    return il_graph_builder_add_vertex(c->b, id, len, v, NULL);
}

static igraph_error_t edge_row(reader_t *r, void *vctx)
{
    edge_ctx_t *c = vctx;
    const il_load_options_t *o = c->opts;
    uint32_t u, v;
    double w = 1.0;
    size_t i;
    il_edge_outcome_t outcome;
    igraph_integer_t first = 0;
    char tmp[80];

    c->b->info.rows++;
    for (i = 0; i < o->nwhere; i++) {
        if (!il_where_match(&o->where[i], r->cell[c->where_col[i]])) {
            c->b->info.rows_filtered++;
            return IGRAPH_SUCCESS;
        }
    }
    if (c->w_col >= 0) {
        const char *s = r->cell[c->w_col];
        if (r->clen[c->w_col] == 0) {
            reader_fail(r, r->cline[c->w_col], (size_t) c->w_col + 1,
                        "empty weight in column '%s': expected a positive number",
                        r->header[c->w_col]);
            return IGRAPH_PARSEERROR;
        }
        if (!il_parse_number(s, &w) || !(w > 0) || !isfinite(1.0 / w)) {
            reader_fail(r, r->cline[c->w_col], (size_t) c->w_col + 1,
                        "weight '%s' in column '%s' is not a positive finite number%s",
                        shown(s, tmp, sizeof tmp), r->header[c->w_col],
                        strchr(s, ',') ? " (a decimal comma? write 1.5, not 1,5)" : "");
            return IGRAPH_PARSEERROR;
        }
    }
    IGRAPH_CHECK(edge_end(r, c, c->src_col, &u));
    IGRAPH_CHECK(edge_end(r, c, c->dst_col, &v));
    for (i = 0; i < c->neattr; i++) {
        c->values[i] = r->cell[c->eattr_hdr[i]];
        c->lens[i] = r->clen[c->eattr_hdr[i]];
    }
    IGRAPH_CHECK(il_graph_builder_add_edge(c->b, u, v, w, c->values, c->lens, r->row_line,
                                           &outcome, &first));
    if (outcome == IL_EDGE_DUPLICATE) {
        reader_fail(r, r->row_line, 0, "duplicate tie %s%s%s (first on line %" IGRAPH_PRId
                    "); use --duplicates sum|max|min|mean|first to merge",
                    shown(r->cell[c->src_col], tmp, sizeof tmp),
                    o->directed ? " -> " : " -- ", r->cell[c->dst_col], first);
        return IGRAPH_PARSEERROR;
    }
    if (outcome == IL_EDGE_LOOP) {
        reader_fail(r, r->row_line, 0, "self-loop on '%s'; use --self-loops drop|keep",
                    shown(r->cell[c->src_col], tmp, sizeof tmp));
        return IGRAPH_PARSEERROR;
    }
    return IGRAPH_SUCCESS;
}

/* ---- Affiliation table: actor, event [, weight] ------------------------------ */

typedef struct aff_ctx {
    edge_ctx_t e;               /* reuses the --where and node-table handling */
    long actor_col, event_col;
    il_strtab_t events;
    uint32_t *actor, *event;
    double *w;
    size_t n, cap;
} aff_ctx_t;

static igraph_error_t aff_header(reader_t *r, void *vctx)
{
    aff_ctx_t *c = vctx;
    const il_load_options_t *o = c->e.opts;
    const char *actor_def[] = { "actor", NULL }, *event_def[] = { "event", NULL };
    const char *w_def[] = { "weight", NULL }, *one[2] = { NULL, NULL };
    size_t i;
    char list[512];

    IGRAPH_CHECK(check_header(r));
    header_list(r, list, sizeof list);
    one[0] = o->actor_col;
    c->actor_col = find_column(r, o->actor_col ? one : actor_def);
    one[0] = o->event_col;
    c->event_col = find_column(r, o->event_col ? one : event_def);
    if (c->actor_col < 0 || c->event_col < 0) {
        reader_fail(r, 1, 0, "no %s column '%s' in the header of the affiliation table "
                    "(found %s); use --actor COL --event COL",
                    c->actor_col < 0 ? "actor" : "event",
                    c->actor_col < 0 ? (o->actor_col ? o->actor_col : "actor")
                    : (o->event_col ? o->event_col : "event"), list);
        return IGRAPH_PARSEERROR;
    }
    one[0] = o->weight_col;
    c->e.w_col = find_column(r, o->weight_col ? one : w_def);
    if (c->e.w_col < 0 && o->weight_col) {
        reader_fail(r, 1, 0, "no weight column '%s' in the header (found %s)",
                    o->weight_col, list);
        return IGRAPH_PARSEERROR;
    }
    c->e.where_col = calloc(o->nwhere + 1, sizeof *c->e.where_col);
    if (!c->e.where_col) {
        IGRAPH_ERROR("Out of memory reading the affiliation table.", IGRAPH_ENOMEM);
    }
    for (i = 0; i < o->nwhere; i++) {
        one[0] = o->where[i].column;
        c->e.where_col[i] = find_column(r, one);
        if (c->e.where_col[i] < 0) {
            reader_fail(r, 1, 0, "--where '%s': no column '%s' in the header (found %s)",
                        o->where[i].text, o->where[i].column, list);
            return IGRAPH_PARSEERROR;
        }
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t aff_row(reader_t *r, void *vctx)
{
    aff_ctx_t *c = vctx;
    const il_load_options_t *o = c->e.opts;
    uint32_t a, ev;
    double w = 1.0;
    size_t i, len;
    const char *name;
    char tmp[80];

    c->e.b->info.rows++;
    for (i = 0; i < o->nwhere; i++) {
        if (!il_where_match(&o->where[i], r->cell[c->e.where_col[i]])) {
            c->e.b->info.rows_filtered++;
            return IGRAPH_SUCCESS;
        }
    }
    if (c->e.w_col >= 0) {
        const char *s = r->cell[c->e.w_col];
        if (!il_parse_number(s, &w) || !(w > 0) || !isfinite(1.0 / w)) {
            reader_fail(r, r->cline[c->e.w_col], (size_t) c->e.w_col + 1,
                        "weight '%s' in column '%s' is not a positive finite number",
                        shown(s, tmp, sizeof tmp), r->header[c->e.w_col]);
            return IGRAPH_PARSEERROR;
        }
    }
    IGRAPH_CHECK(edge_end(r, &c->e, c->actor_col, &a));
    name = trim_id(r, (size_t) c->event_col, &len, &c->e.b->info.ids_trimmed);
    if (len == 0) {
        reader_fail(r, r->cline[c->event_col], (size_t) c->event_col + 1, "empty event id");
        return IGRAPH_PARSEERROR;
    }
    IGRAPH_CHECK(il_strtab_intern(&c->events, name, len, &ev, NULL));
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 1024;
        uint32_t *pa = realloc(c->actor, cap * sizeof *pa), *pe;
        double *pw;
        if (pa) {
            c->actor = pa;
        }
        pe = pa ? realloc(c->event, cap * sizeof *pe) : NULL;
        if (pe) {
            c->event = pe;
        }
        pw = pe ? realloc(c->w, cap * sizeof *pw) : NULL;
        if (!pw) {
            IGRAPH_ERROR("Out of memory reading the affiliation table.", IGRAPH_ENOMEM);
        }
        c->w = pw;
        c->cap = cap;
    }
    c->actor[c->n] = a;
    c->event[c->n] = ev;
    c->w[c->n] = w;
    c->n++;
    return IGRAPH_SUCCESS;
}

/* Read an actor-event table and add its projection to the builder. */
static igraph_error_t load_affiliation(const il_load_options_t *opts, il_graph_builder_t *b)
{
    aff_ctx_t c;
    igraph_error_t ret;
    igraph_integer_t merged = 0;

    memset(&c, 0, sizeof c);
    c.e.opts = opts;
    c.e.b = b;
    c.e.have_nodes = opts->nodes_path != NULL;
    ret = il_strtab_init(&c.events);
    if (ret == IGRAPH_SUCCESS) {
        ret = read_table(opts->edges_path, opts->delimiter, opts->max_field,
                         aff_header, aff_row, &c);
    }
    if (ret == IGRAPH_SUCCESS) {
        ret = il_graph_builder_project(b, c.actor, c.event, c.w, c.n, opts->projection,
                                       &merged);
        b->info.duplicates_merged += merged;
    }
    il_strtab_destroy(&c.events);
    free(c.actor);
    free(c.event);
    free(c.w);
    free(c.e.where_col);
    return ret;
}

/**
 * \function il_load_graph
 * \brief Load an edge table, and optionally a node table, into a graph.
 *
 * Streams both files through libcsv into the model builder; the igraph
 * graph is created once at the end. Applies --where while reading and
 * --ego after building. Data errors name the file, line and column.
 * With opts->affiliation, the edge file is an actor-event table whose
 * one-mode projection (opts->projection) gives the ties.
 *
 * \param opts  What to read and how (see il_load_options_t).
 * \param g     IL_GRAPH_INIT on entry; the loaded graph on success. On
 *              error it stays IL_GRAPH_INIT.
 * \return IGRAPH_PARSEERROR for bad data, IGRAPH_EFILE for unreadable files,
 *         IGRAPH_EINVAL for an unknown ego node, IGRAPH_ENOMEM.
 *
 * Time complexity: O(input size + n + m) expected.
 */
igraph_error_t il_load_graph(const il_load_options_t *opts, il_graph_t *g)
{
    il_graph_builder_t b;
    node_ctx_t nc;
    edge_ctx_t ec;
    igraph_error_t ret;

    if (il_graph_file_format(opts->edges_path)) {
        return il_read_graph_file(opts, g);     /* GraphML, GML, Pajek: graph_reader.c */
    }
    memset(&nc, 0, sizeof nc);
    memset(&ec, 0, sizeof ec);
    ret = il_graph_builder_init(&b, opts->directed, opts->duplicates, opts->self_loops);
    if (ret != IGRAPH_SUCCESS) {
        return ret;
    }
    if (opts->nodes_path) {
        nc.opts = opts;
        nc.b = &b;
        ret = read_table(opts->nodes_path, opts->delimiter, opts->max_field,
                         node_header, node_row, &nc);
        if (ret != IGRAPH_SUCCESS) {
            goto cleanup;
        }
    }
    ec.opts = opts;
    ec.b = &b;
    ec.have_nodes = opts->nodes_path != NULL;
    if (opts->affiliation) {
        ret = load_affiliation(opts, &b);
    } else {
        ret = read_table(opts->edges_path, opts->delimiter, opts->max_field,
                         edge_header, edge_row, &ec);
    }
    if (ret != IGRAPH_SUCCESS) {
        goto cleanup;
    }
    ret = il_graph_builder_finish(&b, g);
    if (ret != IGRAPH_SUCCESS) {
        goto cleanup;
    }
    if (opts->ego) {
        igraph_integer_t v;
        if (!il_graph_find_vertex(g, opts->ego, &v)) {
            il_set_error("--ego: no node with id '%s'", opts->ego);
            ret = IGRAPH_EINVAL;
            il_graph_destroy(g);
            goto cleanup;
        }
        ret = il_graph_restrict_ego(g, v, opts->radius);
        if (ret != IGRAPH_SUCCESS) {
            il_graph_destroy(g);
        }
    }
cleanup:
    il_graph_builder_destroy(&b);
    free(nc.attr_of);
    free(nc.first_line);
    free(ec.where_col);
    free(ec.eattr_hdr);
    free(ec.values);
    free(ec.lens);
    return ret;
}
