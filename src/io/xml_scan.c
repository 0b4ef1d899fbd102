/*
 * A small XML 1.0 pull scanner (io/xml_internal.h): the graph-file readers
 * need elements, attributes, text and, for every error, a line number.
 * The whole document is read into memory first (graph files are read
 * whole by every reader anyway).
 */
#include "io/xml_internal.h"
#include "io/io_internal.h"
#include "io/load_internal.h"
#include "core/setup.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define XML_FAIL(x, ln, ...) do { \
        char why_[256]; \
        snprintf(why_, sizeof why_, __VA_ARGS__); \
        IGRAPH_ERRORF("%s:%" IGRAPH_PRId ": %s", IGRAPH_PARSEERROR, (x)->path, (igraph_integer_t) (ln), \
                      why_); \
    } while (0)

/**
 * \function il_i_xml_open
 * \brief Read the document opts->edges_path into \p x (zero it first), as
 *        every input is read (io/input.c: FIFOs with a timeout).
 *
 * A UTF-8 byte-order mark is skipped. \return IGRAPH_EFILE (the reason
 * recorded: cannot open, read error), IGRAPH_ENOMEM.
 * Time complexity: O(file size).
 */
igraph_error_t il_i_xml_open(il_i_xml_t *x, const il_load_options_t *opts)
{
    il_i_input_t in;
    igraph_error_t rc;
    memset(x, 0, sizeof *x);
    x->path = opts->edges_path;
    x->line = 1;
    IGRAPH_CHECK(il_i_input_open(&in, opts->base_dir, opts->edges_path, opts->edges_path,
                                 opts->input_timeout));
    rc = il_i_input_slurp(&in, &x->buf, &x->len);   /* NUL-terminated */
    il_i_input_close(&in);
    IGRAPH_CHECK(rc);
    x->buf[x->len] = '\0';
    if (x->len >= 3 && memcmp(x->buf, "\xEF\xBB\xBF", 3) == 0) {
        x->pos = 3;
    }
    return IGRAPH_SUCCESS;
}

/** \function il_i_xml_close \brief Free the scanner's memory. */
void il_i_xml_close(il_i_xml_t *x)
{
    size_t i;
    free(x->buf);
    free(x->name);
    for (i = 0; i < x->acap; i++) {
        free(x->aname[i]);
        free(x->aval[i]);
    }
    free(x->aname);
    free(x->aval);
    free(x->text);
    for (i = 0; i < x->depth; i++) {
        free(x->stack[i]);
    }
    free(x->stack);
    memset(x, 0, sizeof *x);
}

/* Move forward \p n bytes, counting lines. */
static void advance(il_i_xml_t *x, size_t n)
{
    size_t end = x->pos + n;
    for (; x->pos < end && x->pos < x->len; x->pos++) {
        if (x->buf[x->pos] == '\n') {
            x->line++;
        }
    }
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static void skip_space(il_i_xml_t *x)
{
    while (x->pos < x->len && is_space(x->buf[x->pos])) {
        advance(x, 1);
    }
}

/* Append \p n bytes to the growing string *s (length *len, capacity *cap). */
static int append(char **s, size_t *len, size_t *cap, const char *p, size_t n)
{
    if (*len + n + 1 > *cap) {
        size_t nc = (*len + n + 1) * 2;
        char *ns = realloc(*s, nc);
        if (!ns) {
            return 0;
        }
        *s = ns;
        *cap = nc;
    }
    memcpy(*s + *len, p, n);
    *len += n;
    (*s)[*len] = '\0';
    return 1;
}

/* Encode code point \p c as UTF-8 into \p out; its length (0: not a
 * character XML allows). */
static size_t utf8_encode(unsigned long c, char *out)
{
    if (!(c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
          (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF))) {
        return 0;
    }
    if (c < 0x80) {
        out[0] = (char) c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char) (0xC0 | (c >> 6));
        out[1] = (char) (0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char) (0xE0 | (c >> 12));
        out[1] = (char) (0x80 | ((c >> 6) & 0x3F));
        out[2] = (char) (0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char) (0xF0 | (c >> 18));
    out[1] = (char) (0x80 | ((c >> 12) & 0x3F));
    out[2] = (char) (0x80 | ((c >> 6) & 0x3F));
    out[3] = (char) (0x80 | (c & 0x3F));
    return 4;
}

/* Decode buf[from, to) into *out: entities and character references; in
 * attribute values (\p attr) tab, newline and carriage return become spaces
 * (XML attribute-value normalisation), in text CR LF becomes LF. */
static igraph_error_t decode(il_i_xml_t *x, size_t from, size_t to, int attr, char **out,
                             size_t *cap, igraph_integer_t line)
{
    static const struct {
        const char *name;
        char c;
    } named[] = { { "lt", '<' }, { "gt", '>' }, { "amp", '&' }, { "quot", '"' }, { "apos", '\'' } };
    size_t len = 0, i = from;
    if (!append(out, &len, cap, "", 0)) {
        IGRAPH_ERROR("Out of memory reading an XML file.", IGRAPH_ENOMEM);
    }
    while (i < to) {
        char c = x->buf[i];
        if (c == '\n') {
            line++;
        }
        if (c == '&') {
            size_t semi = i + 1, k;
            char enc[4];
            size_t elen = 0;
            while (semi < to && semi - i < 12 && x->buf[semi] != ';') {
                semi++;
            }
            if (semi >= to || x->buf[semi] != ';') {
                XML_FAIL(x, line, "'&' must start an entity such as &amp; (write & as &amp;)");
            }
            if (x->buf[i + 1] == '#') {
                int hex = x->buf[i + 2] == 'x';
                unsigned long v = 0;
                size_t d = i + 2 + (size_t) hex;
                if (d == semi) {
                    XML_FAIL(x, line, "empty character reference");
                }
                for (; d < semi; d++) {
                    char h = x->buf[d];
                    int dv = h >= '0' && h <= '9' ? h - '0' : hex && h >= 'a' && h <= 'f' ?
                             h - 'a' + 10 : hex && h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
                    if (dv < 0 || v > 0x10FFFF) {
                        XML_FAIL(x, line, "bad character reference '%.*s'", (int) (semi - i + 1),
                                 x->buf + i);
                    }
                    v = v * (hex ? 16 : 10) + (unsigned long) dv;
                }
                elen = utf8_encode(v, enc);
                if (elen == 0) {
                    XML_FAIL(x, line, "character reference '%.*s' names a character XML "
                             "1.0 does not allow", (int) (semi - i + 1), x->buf + i);
                }
            } else {
                for (k = 0; k < sizeof named / sizeof named[0]; k++) {
                    if (strlen(named[k].name) == semi - i - 1 &&
                        strncmp(named[k].name, x->buf + i + 1, semi - i - 1) == 0) {
                        enc[0] = named[k].c;
                        elen = 1;
                    }
                }
                if (elen == 0) {
                    XML_FAIL(x, line, "unknown entity '%.*s' (XML knows &lt; &gt; &amp; "
                             "&quot; &apos; and &#N;)", (int) (semi - i + 1), x->buf + i);
                }
            }
            if (!append(out, &len, cap, enc, elen)) {
                IGRAPH_ERROR("Out of memory reading an XML file.", IGRAPH_ENOMEM);
            }
            i = semi + 1;
            continue;
        }
        if (c == '<' && attr) {
            XML_FAIL(x, line, "'<' inside an attribute value");
        }
        if (attr && (c == '\t' || c == '\n' || c == '\r')) {
            c = ' ';
            if (x->buf[i] == '\r' && i + 1 < to && x->buf[i + 1] == '\n') {
                i++;
            }
        } else if (c == '\r') {
            c = '\n';
            if (i + 1 < to && x->buf[i + 1] == '\n') {
                i++;
            }
        }
        if (!append(out, &len, cap, &c, 1)) {
            IGRAPH_ERROR("Out of memory reading an XML file.", IGRAPH_ENOMEM);
        }
        i++;
    }
    return IGRAPH_SUCCESS;
}

/* The name at pos (up to space, =, >, / or ?); its length, 0 if none. */
static size_t name_len(const il_i_xml_t *x)
{
    size_t n = 0;
    while (x->pos + n < x->len) {
        char c = x->buf[x->pos + n];
        if (is_space(c) || c == '=' || c == '>' || c == '/' || c == '?' || c == '<' ||
            c == '"' || c == '\'') {
            break;
        }
        n++;
    }
    return n;
}

/* Skip past the first \p end after pos; error \p what when missing. */
static igraph_error_t skip_past(il_i_xml_t *x, const char *end, const char *what)
{
    const char *hit = strstr(x->buf + x->pos, end);
    if (!hit) {
        XML_FAIL(x, x->line, "%s is not closed by '%s'", what, end);
    }
    advance(x, (size_t) (hit - (x->buf + x->pos)) + strlen(end));
    return IGRAPH_SUCCESS;
}

static igraph_error_t set_name(il_i_xml_t *x, size_t n)
{
    const char *colon;
    free(x->name);
    x->name = malloc(n + 1);
    IGRAPH_CHECK_OOM(x->name, "Out of memory reading an XML file.");
    memcpy(x->name, x->buf + x->pos, n);
    x->name[n] = '\0';
    colon = strchr(x->name, ':');
    x->local = colon ? colon + 1 : x->name;
    return IGRAPH_SUCCESS;
}

/* Attributes of a start tag, up to '>' or '/>'. */
static igraph_error_t read_attributes(il_i_xml_t *x, int *empty)
{
    x->nattr = 0;
    for (;;) {
        size_t n, vstart, i;
        char q;
        igraph_integer_t vline;
        skip_space(x);
        if (x->pos >= x->len) {
            XML_FAIL(x, x->line, "the tag <%s> is not closed", x->name);
        }
        if (x->buf[x->pos] == '>') {
            advance(x, 1);
            *empty = 0;
            return IGRAPH_SUCCESS;
        }
        if (x->buf[x->pos] == '/' && x->buf[x->pos + 1] == '>') {
            advance(x, 2);
            *empty = 1;
            return IGRAPH_SUCCESS;
        }
        n = name_len(x);
        if (n == 0) {
            XML_FAIL(x, x->line, "unexpected '%c' in the tag <%s>", x->buf[x->pos], x->name);
        }
        if (x->nattr == x->acap) {
            size_t nc = x->acap ? 2 * x->acap : 8;
            char **an = realloc(x->aname, nc * sizeof *an);
            if (an) {
                x->aname = an;
            }
            {
                char **av = an ? realloc(x->aval, nc * sizeof *av) : NULL;
                if (!an || !av) {
                    IGRAPH_ERROR("Out of memory reading an XML file.", IGRAPH_ENOMEM);
                }
                x->aval = av;
            }
            memset(x->aname + x->acap, 0, (nc - x->acap) * sizeof *x->aname);
            memset(x->aval + x->acap, 0, (nc - x->acap) * sizeof *x->aval);
            x->acap = nc;
        }
        free(x->aname[x->nattr]);
        x->aname[x->nattr] = malloc(n + 1);
        IGRAPH_CHECK_OOM(x->aname[x->nattr], "Out of memory reading an XML file.");
        memcpy(x->aname[x->nattr], x->buf + x->pos, n);
        x->aname[x->nattr][n] = '\0';
        for (i = 0; i < x->nattr; i++) {
            if (strcmp(x->aname[i], x->aname[x->nattr]) == 0) {
                XML_FAIL(x, x->line, "attribute '%s' given twice in <%s>", x->aname[i], x->name);
            }
        }
        advance(x, n);
        skip_space(x);
        if (x->pos >= x->len || x->buf[x->pos] != '=') {
            XML_FAIL(x, x->line, "expected '=' after the attribute '%s' in <%s>",
                     x->aname[x->nattr], x->name);
        }
        advance(x, 1);
        skip_space(x);
        q = x->pos < x->len ? x->buf[x->pos] : '\0';
        if (q != '"' && q != '\'') {
            XML_FAIL(x, x->line, "the value of attribute '%s' in <%s> must be quoted",
                     x->aname[x->nattr], x->name);
        }
        advance(x, 1);
        vstart = x->pos;
        vline = x->line;
        while (x->pos < x->len && x->buf[x->pos] != q) {
            advance(x, 1);
        }
        if (x->pos >= x->len) {
            XML_FAIL(x, vline, "the value of attribute '%s' in <%s> is not closed",
                     x->aname[x->nattr], x->name);
        }
        {
            size_t cap = 0;
            char *v = NULL;
            igraph_error_t rc = decode(x, vstart, x->pos, 1, &v, &cap, vline);
            if (rc != IGRAPH_SUCCESS) {
                /* the error handler may have freed the scanner: touch nothing */
                free(v);
                return rc;
            }
            free(x->aval[x->nattr]);
            x->aval[x->nattr] = v;
        }
        advance(x, 1);
        x->nattr++;
    }
}

static igraph_error_t push(il_i_xml_t *x)
{
    if (x->depth == x->scap) {
        size_t nc = x->scap ? 2 * x->scap : 16;
        char **ns = realloc(x->stack, nc * sizeof *ns);
        IGRAPH_CHECK_OOM(ns, "Out of memory reading an XML file.");
        x->stack = ns;
        x->scap = nc;
    }
    x->stack[x->depth] = strdup(x->name);
    IGRAPH_CHECK_OOM(x->stack[x->depth], "Out of memory reading an XML file.");
    x->depth++;
    return IGRAPH_SUCCESS;
}

static void pop(il_i_xml_t *x)
{
    x->depth--;
    free(x->stack[x->depth]);
}

/* <!DOCTYPE ...>: skipped; an internal subset that declares entities is
 * refused (their expansion is not supported, and never needed here). */
static igraph_error_t skip_doctype(il_i_xml_t *x)
{
    int in_subset = 0;
    igraph_integer_t line = x->line;
    while (x->pos < x->len) {
        char c = x->buf[x->pos];
        if (c == '[') {
            in_subset = 1;
        } else if (c == ']') {
            in_subset = 0;
        } else if (in_subset && strncmp(x->buf + x->pos, "<!ENTITY", 8) == 0) {
            XML_FAIL(x, x->line, "the document type declares entities, which innolink "
                     "does not expand");
        } else if (c == '>' && !in_subset) {
            advance(x, 1);
            return IGRAPH_SUCCESS;
        }
        advance(x, 1);
    }
    XML_FAIL(x, line, "<!DOCTYPE is not closed");
}

/**
 * \function il_i_xml_next
 * \brief Scan to the next element start, end, or non-blank text.
 *
 * Comments, processing instructions and the document type are skipped;
 * CDATA sections are text. An empty element <a/> gives a START and then
 * an END. Text made only of white space is not reported. Errors name the
 * file and line: an unclosed tag, a mismatched end tag, an unknown entity,
 * text or a second element after the root, an unexpected end of file.
 * Time complexity: O(length of what is scanned).
 */
igraph_error_t il_i_xml_next(il_i_xml_t *x)
{
    if (x->pending_end) {
        x->pending_end = 0;
        x->ev = IL_XML_END;
        pop(x);
        return IGRAPH_SUCCESS;
    }
    for (;;) {
        const char *p;
        if (x->pos >= x->len) {
            if (x->depth > 0) {
                XML_FAIL(x, x->line, "the file ends inside <%s>", x->stack[x->depth - 1]);
            }
            if (!x->seen_root) {
                XML_FAIL(x, x->line, "no XML element: is this an XML file?");
            }
            x->ev = IL_XML_EOF;
            x->ev_line = x->line;
            return IGRAPH_SUCCESS;
        }
        p = x->buf + x->pos;
        x->ev_line = x->line;
        if (p[0] != '<') {
            size_t start = x->pos, k;
            int blank = 1;
            while (x->pos < x->len && x->buf[x->pos] != '<') {
                if (!is_space(x->buf[x->pos])) {
                    blank = 0;
                }
                advance(x, 1);
            }
            if (blank) {
                continue;
            }
            if (x->depth == 0) {
                XML_FAIL(x, x->ev_line, "text outside the root element");
            }
            IGRAPH_CHECK(decode(x, start, x->pos, 0, &x->text, &x->tcap, x->ev_line));
            for (k = 0; x->text[k] && is_space(x->text[k]); k++) {
            }
            x->ev = IL_XML_TEXT;
            return IGRAPH_SUCCESS;
        }
        if (strncmp(p, "<?", 2) == 0) {
            IGRAPH_CHECK(skip_past(x, "?>", "a processing instruction"));
            continue;
        }
        if (strncmp(p, "<!--", 4) == 0) {
            IGRAPH_CHECK(skip_past(x, "-->", "a comment"));
            continue;
        }
        if (strncmp(p, "<![CDATA[", 9) == 0) {
            const char *end = strstr(p + 9, "]]>");
            size_t n;
            if (!end || x->depth == 0) {
                XML_FAIL(x, x->line, end ? "CDATA outside the root element" :
                         "a CDATA section is not closed by ']]>'");
            }
            n = (size_t) (end - p - 9);
            x->tcap = x->tcap > n + 1 ? x->tcap : n + 1;
            {
                char *t = realloc(x->text, x->tcap);
                IGRAPH_CHECK_OOM(t, "Out of memory reading an XML file.");
                x->text = t;
            }
            memcpy(x->text, p + 9, n);
            x->text[n] = '\0';
            advance(x, n + 12);
            x->ev = IL_XML_TEXT;
            return IGRAPH_SUCCESS;
        }
        if (strncmp(p, "<!DOCTYPE", 9) == 0) {
            IGRAPH_CHECK(skip_doctype(x));
            continue;
        }
        if (p[1] == '/') {
            size_t n;
            advance(x, 2);
            n = name_len(x);
            IGRAPH_CHECK(set_name(x, n));
            advance(x, n);
            skip_space(x);
            if (x->pos >= x->len || x->buf[x->pos] != '>') {
                XML_FAIL(x, x->line, "expected '>' to close </%s>", x->name);
            }
            advance(x, 1);
            if (x->depth == 0 || strcmp(x->stack[x->depth - 1], x->name) != 0) {
                XML_FAIL(x, x->ev_line, "</%s> does not close <%s>", x->name,
                         x->depth ? x->stack[x->depth - 1] : "anything");
            }
            pop(x);
            x->ev = IL_XML_END;
            return IGRAPH_SUCCESS;
        }
        {
            size_t n;
            int empty;
            advance(x, 1);
            n = name_len(x);
            if (n == 0) {
                XML_FAIL(x, x->line, "'<' must start a tag (write < in text as &lt;)");
            }
            if (x->depth == 0 && x->seen_root) {
                XML_FAIL(x, x->line, "a second root element");
            }
            IGRAPH_CHECK(set_name(x, n));
            advance(x, n);
            IGRAPH_CHECK(read_attributes(x, &empty));
            IGRAPH_CHECK(push(x));
            x->seen_root = 1;
            x->pending_end = empty;
            x->ev = IL_XML_START;
            return IGRAPH_SUCCESS;
        }
    }
}

/**
 * \function il_i_xml_attr
 * \brief Value of the current START's attribute \p local (after any prefix).
 */
const char *il_i_xml_attr(const il_i_xml_t *x, const char *local)
{
    size_t i;
    for (i = 0; i < x->nattr; i++) {
        const char *colon = strchr(x->aname[i], ':');
        const char *nm = colon ? colon + 1 : x->aname[i];
        if (strcmp(nm, local) == 0 && strncmp(x->aname[i], "xmlns", 5) != 0) {
            return x->aval[i];
        }
    }
    return NULL;
}

/**
 * \function il_i_xml_skip
 * \brief Skip to the END of the element whose START is current.
 */
igraph_error_t il_i_xml_skip(il_i_xml_t *x)
{
    size_t depth = x->depth;
    do {
        IGRAPH_CHECK(il_i_xml_next(x));
    } while (!(x->ev == IL_XML_END && x->depth == depth - 1));
    return IGRAPH_SUCCESS;
}
