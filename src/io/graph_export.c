/*
 * What every graph-file writer shares (docs/formats.md, "Writing"):
 *  - attribute names: node columns, computed columns and edge columns keep
 *    their names, except that a name equal to a reserved key (node: id,
 *    label, name; edge: id, source, target, weight) or to an earlier name
 *    of the same element gets a suffix _2, _3, ...;
 *  - attribute types: a column whose type the input file declared
 *    (GraphML, GEXF, JSON) keeps it; otherwise a text column is `boolean`
 *    when every non-empty value is true or false, `long` when every
 *    non-empty value is a plain integer of at most 15 digits without a
 *    leading zero, `double` when every non-empty value is a strict decimal
 *    number (and not all integers), and `string` otherwise (so "007" and
 *    long registration numbers stay text); weights and measures are
 *    `double`, counts and ids (degree, k-core, community) `long`, flags
 *    (core, structural_hub) `boolean`;
 *  - XML 1.0 text: control characters other than tab, newline and carriage
 *    return, U+FFFE, U+FFFF and bytes that are not UTF-8 are replaced by
 *    U+FFFD (counted, so the CLI can warn); node ids holding such a
 *    character are refused instead, because replacing could merge ids.
 */
#include "io/io_internal.h"
#include "core/utf8.h"

#include <cjson/cJSON.h>

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static il_i_type_t value_type(const char *s)
{
    const char *p = s;
    double v;
    size_t digits = 0;
    if (!il_parse_number(s, &v) || !isfinite(v)) {
        return IL_I_STRING;
    }
    if (*p == '+' || *p == '-') {
        p++;
    }
    if (p[0] == '0' && p[1] >= '0' && p[1] <= '9') {
        return IL_I_STRING;             /* a code such as 007: keep the zeros */
    }
    while (p[digits] >= '0' && p[digits] <= '9') {
        digits++;
    }
    if (p[digits] == '\0') {
        return digits <= 15 ? IL_I_LONG : IL_I_STRING;
    }
    return IL_I_DOUBLE;
}

/**
 * \function il_i_type_name
 * \brief The name GraphML's attr.type and GEXF's attribute type use.
 */
const char *il_i_type_name(il_i_type_t t)
{
    static const char *const name[] = { "string", "long", "double", "boolean" };
    return name[t];
}

/* A declared type as the writers' type. */
static il_i_type_t declared_type(il_attr_type_t t)
{
    switch (t) {
    case IL_ATTR_INTEGER:
        return IL_I_LONG;
    case IL_ATTR_REAL:
        return IL_I_DOUBLE;
    case IL_ATTR_BOOLEAN:
        return IL_I_BOOLEAN;
    default:
        return IL_I_STRING;
    }
}

/* 1 when every non-empty value of \p c is true or false (and one is). */
static int all_boolean(const il_attr_col_t *c, igraph_integer_t n)
{
    igraph_integer_t i;
    int any = 0;
    for (i = 0; i < n; i++) {
        const char *s = il_strtab_get(&c->values, c->idx[i]);
        if (s[0] == '\0') {
            continue;
        }
        if (strcmp(s, "true") != 0 && strcmp(s, "false") != 0) {
            return 0;
        }
        any = 1;
    }
    return any;
}

static il_i_type_t column_type(const il_attr_col_t *c, igraph_integer_t n)
{
    igraph_integer_t i;
    il_i_type_t t = IL_I_LONG;
    int any = 0;
    if (c->type != IL_ATTR_UNDECLARED) {
        return declared_type(c->type);
    }
    if (all_boolean(c, n)) {
        return IL_I_BOOLEAN;
    }
    for (i = 0; i < n; i++) {
        const char *s = il_strtab_get(&c->values, c->idx[i]);
        il_i_type_t vt;
        if (s[0] == '\0') {
            continue;
        }
        any = 1;
        vt = value_type(s);
        if (vt == IL_I_STRING) {
            return IL_I_STRING;
        }
        if (vt == IL_I_DOUBLE) {
            t = IL_I_DOUBLE;
        }
    }
    return any ? t : IL_I_STRING;
}

/**
 * \function il_i_plan_destroy
 * \brief Free a plan; safe on a zero-filled one.
 */
void il_i_plan_destroy(il_i_plan_t *p)
{
    size_t i;
    for (i = 0; i < p->nattr; i++) {
        free(p->attr[i].name);
    }
    free(p->attr);
    p->attr = NULL;
    p->nattr = 0;
}

static int name_taken(const il_i_plan_t *p, int edge, const char *name)
{
    static const char *const node_reserved[] = { "id", "label", "name", NULL };
    static const char *const edge_reserved[] = { "id", "source", "target", "weight", NULL };
    const char *const *r = edge ? edge_reserved : node_reserved;
    size_t i;
    for (; *r; r++) {
        if (strcmp(*r, name) == 0) {
            return 1;
        }
    }
    for (i = 0; i < p->nattr; i++) {
        if (p->attr[i].edge == edge && strcmp(p->attr[i].name, name) == 0) {
            return 1;
        }
    }
    return 0;
}

static igraph_error_t plan_add(il_i_plan_t *p, int edge, const char *name, int builtin,
                               il_i_source_t source, size_t index, il_i_type_t type)
{
    il_i_attr_t *a = realloc(p->attr, (p->nattr + 1) * sizeof *a);
    size_t len = strlen(name) + 24;
    char *final = malloc(len);
    int k;
    if (!a || !final) {
        free(final);
        if (a) {
            p->attr = a;
        }
        IGRAPH_ERROR("Out of memory planning the export.", IGRAPH_ENOMEM);
    }
    p->attr = a;
    snprintf(final, len, "%s", name);
    for (k = 2; !builtin && name_taken(p, edge, final); k++) {
        snprintf(final, len, "%s_%d", name, k);
    }
    a = &p->attr[p->nattr++];
    a->edge = edge;
    a->name = final;
    a->source = source;
    a->index = index;
    a->type = type;
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_plan_init
 * \brief Decide every attribute written: element, name, source and type.
 *
 * Nodes get `label` (the label) and `name` (the id, where igraph and
 * Graph.DictList look for a vertex name) first, then the node table's
 * columns (except `label`, which the first carries; a `name` column
 * becomes `name_2`), then the computed columns; edges get `weight`, then
 * the edge table's columns.
 * \return IGRAPH_ENOMEM. Time complexity: O((n + m) * columns).
 */
igraph_error_t il_i_plan_init(il_i_plan_t *p, const il_export_t *x)
{
    const il_graph_t *g = x->g;
    igraph_integer_t n = il_graph_vcount(g), m = il_graph_ecount(g);
    size_t i;

    memset(p, 0, sizeof *p);
    IGRAPH_FINALLY(il_i_plan_destroy, p);
    IGRAPH_CHECK(plan_add(p, 0, "label", 1, IL_I_LABEL, 0, IL_I_STRING));
    IGRAPH_CHECK(plan_add(p, 0, "name", 1, IL_I_NAME, 0, IL_I_STRING));
    for (i = 0; i < g->vattr.ncol; i++) {
        const char *nm = g->vattr.col[i].name;
        if (strcmp(nm, "label") == 0) {
            continue;
        }
        IGRAPH_CHECK(plan_add(p, 0, nm, 0, IL_I_VATTR, i, column_type(&g->vattr.col[i], n)));
    }
    for (i = 0; x->extra && i < x->extra->ncol; i++) {
        const il_column_t *c = &x->extra->col[i];
        il_i_type_t t = !c->numeric ? IL_I_STRING : c->kind == IL_COLUMN_INTEGER ? IL_I_LONG :
                        c->kind == IL_COLUMN_BOOLEAN ? IL_I_BOOLEAN : IL_I_DOUBLE;
        IGRAPH_CHECK(plan_add(p, 0, c->name, 0, IL_I_EXTRA, i, t));
    }
    IGRAPH_CHECK(plan_add(p, 1, "weight", 1, IL_I_WEIGHT, 0, IL_I_DOUBLE));
    for (i = 0; i < g->eattr.ncol; i++) {
        IGRAPH_CHECK(plan_add(p, 1, g->eattr.col[i].name, 0, IL_I_EATTR, i,
                              column_type(&g->eattr.col[i], m)));
    }
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_format_double
 * \brief Shortest of %.15g, %.16g, %.17g that reads back exactly.
 */
void il_i_format_double(double v, char *buf, size_t size)
{
    int prec;
    for (prec = 15; prec <= 17; prec++) {
        snprintf(buf, size, "%.*g", prec, v);
        if (strtod(buf, NULL) == v) {
            return;
        }
    }
}

/**
 * \function il_i_plan_value
 * \brief Text of attribute \p a on node or edge \p i; "" for no value.
 */
const char *il_i_plan_value(const il_export_t *x, const il_i_attr_t *a, igraph_integer_t i,
                            char *buf)
{
    const il_graph_t *g = x->g;
    switch (a->source) {
    case IL_I_LABEL:
        return il_graph_vertex_label(g, i);
    case IL_I_NAME:
        return il_graph_vertex_id(g, i);
    case IL_I_VATTR:
        return il_graph_vattr_get(g, a->index, i);
    case IL_I_EXTRA: {
        const il_column_t *c = &x->extra->col[a->index];
        if (!c->numeric) {
            return c->str[i];
        }
        if (!isfinite(c->num[i])) {
            return "";
        }
        if (c->kind == IL_COLUMN_BOOLEAN) {
            return c->num[i] != 0 ? "true" : "false";
        }
        if (c->kind == IL_COLUMN_INTEGER) {
            snprintf(buf, 32, "%.0f", c->num[i]);
            return buf;
        }
        il_i_format_double(c->num[i], buf, 32);
        return buf;
    }
    case IL_I_WEIGHT:
        il_i_format_double(VECTOR(g->weight)[i], buf, 32);
        return buf;
    case IL_I_EATTR:
        return il_graph_eattr_get(g, a->index, i);
    }
    return "";
}

/* Decode one UTF-8 character at s; its length, or 0 when ill-formed. */
static size_t utf8_char(const unsigned char *s, unsigned long *cp)
{
    size_t len, bad;
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    len = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : 2;
    if (strnlen((const char *) s, len) < len || !il_utf8_valid((const char *) s, len, &bad)) {
        return 0;
    }
    if (len == 2) {
        *cp = ((unsigned long) (s[0] & 0x1F) << 6) | (s[1] & 0x3F);
    } else if (len == 3) {
        *cp = ((unsigned long) (s[0] & 0x0F) << 12) | ((unsigned long) (s[1] & 0x3F) << 6) |
              (s[2] & 0x3F);
    } else {
        *cp = ((unsigned long) (s[0] & 0x07) << 18) | ((unsigned long) (s[1] & 0x3F) << 12) |
              ((unsigned long) (s[2] & 0x3F) << 6) | (s[3] & 0x3F);
    }
    return len;
}

static int xml_char(unsigned long c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
}

/**
 * \function il_i_xml_ok
 * \brief 1 when \p s is UTF-8 made only of characters XML 1.0 allows.
 */
int il_i_xml_ok(const char *s)
{
    const unsigned char *p = (const unsigned char *) s;
    while (*p) {
        unsigned long c;
        size_t k = utf8_char(p, &c);
        if (k == 0 || !xml_char(c)) {
            return 0;
        }
        p += k;
    }
    return 1;
}

/**
 * \function il_xml_write
 * \brief Write \p s escaped for XML; bad characters become U+FFFD.
 *
 * & < > " ' are written as entities; tab, newline and carriage return as
 * character references inside attributes (where parsers would turn them
 * into spaces) and carriage return also in content (where parsers would
 * turn it into a newline). Time complexity: O(length).
 */
void il_xml_write(FILE *out, const char *s, int in_attr, igraph_integer_t *replaced)
{
    const unsigned char *p = (const unsigned char *) s, *run = p;
    int counted = 0;
    while (*p) {
        unsigned long c;
        size_t k = utf8_char(p, &c);
        const char *esc;
        if (k == 0 || !xml_char(c)) {
            esc = "\xEF\xBF\xBD";
            if (!counted && replaced) {
                (*replaced)++;
                counted = 1;
            }
            k = k ? k : 1;
        } else {
            switch (c) {
            case '&':
                esc = "&amp;";
                break;
            case '<':
                esc = "&lt;";
                break;
            case '>':
                esc = "&gt;";
                break;
            case '"':
                esc = in_attr ? "&quot;" : NULL;
                break;
            case '\'':
                esc = in_attr ? "&apos;" : NULL;
                break;
            case '\t':
                esc = in_attr ? "&#9;" : NULL;
                break;
            case '\n':
                esc = in_attr ? "&#10;" : NULL;
                break;
            case '\r':
                esc = "&#13;";
                break;
            default:
                esc = NULL;
            }
        }
        if (esc) {          /* the characters kept so far in one write, then the escape */
            fwrite(run, 1, (size_t) (p - run), out);
            fputs(esc, out);
            run = p + k;
        }
        p += k;
    }
    if (p > run) {
        fwrite(run, 1, (size_t) (p - run), out);
    }
}

static int meta_append(char **buf, size_t *len, size_t *cap, const char *key,
                       const cJSON *item)
{
    char num[40], *str = NULL;
    const char *val;
    size_t need;
    if (cJSON_IsObject(item)) {
        const cJSON *c;
        cJSON_ArrayForEach(c, item) {
            size_t kl = strlen(key) + strlen(c->string) + 2;
            char *sub = malloc(kl);
            int ok;
            if (!sub) {
                return 0;
            }
            snprintf(sub, kl, key[0] ? "%s.%s" : "%s%s", key, c->string);
            ok = meta_append(buf, len, cap, sub, c);
            free(sub);
            if (!ok) {
                return 0;
            }
        }
        return 1;
    }
    if (cJSON_IsString(item)) {
        val = item->valuestring;
    } else if (cJSON_IsNumber(item)) {
        if (isfinite(item->valuedouble)) {
            il_i_format_double(item->valuedouble, num, sizeof num);
        } else {
            strcpy(num, "nan");
        }
        val = num;
    } else if (cJSON_IsBool(item)) {
        val = cJSON_IsTrue(item) ? "true" : "false";
    } else if (cJSON_IsNull(item)) {
        val = "null";
    } else {
        str = cJSON_PrintUnformatted(item);
        if (!str) {
            return 0;
        }
        val = str;
    }
    need = *len + strlen(key) + strlen(val) + 4;
    if (need > *cap) {
        size_t ncap = need * 2;
        char *nb = realloc(*buf, ncap);
        if (!nb) {
            free(str);
            return 0;
        }
        *buf = nb;
        *cap = ncap;
    }
    *len += (size_t) sprintf(*buf + *len, "%s: %s\n", key, val);
    free(str);
    return 1;
}

/**
 * \function il_i_meta_text
 * \brief "key: value" lines for the scalars of \p meta (a.b for nesting).
 *
 * \return A malloc'ed string ("" for NULL meta); NULL when out of memory.
 */
char *il_i_meta_text(const struct cJSON *meta)
{
    size_t len = 0, cap = 256;
    char *buf = malloc(cap);
    if (!buf) {
        return NULL;
    }
    buf[0] = '\0';
    if (meta && !meta_append(&buf, &len, &cap, "", meta)) {
        free(buf);
        return NULL;
    }
    if (len > 0) {
        buf[len - 1] = '\0';    /* no trailing newline */
    }
    return buf;
}

/**
 * \function il_graph_file_format
 * \brief Graph-file format by extension (case-insensitive), or NULL for CSV.
 */
const char *il_graph_file_format(const char *path)
{
    const char *dot = path ? strrchr(path, '.') : NULL;
    static const char *const ext[][2] = {
        { ".graphml", "graphml" }, { ".gml", "gml" },
        { ".net", "pajek" }, { ".paj", "pajek" },
        { ".gexf", "gexf" }, { ".json", "json" }
    };
    size_t i, k;
    if (!dot || strchr(dot, '/')) {
        return NULL;
    }
    for (i = 0; i < sizeof ext / sizeof ext[0]; i++) {
        const char *e = ext[i][0];
        for (k = 0; dot[k] && e[k]; k++) {
            char c = dot[k];
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c - 'A' + 'a');
            }
            if (c != e[k]) {
                break;
            }
        }
        if (dot[k] == '\0' && e[k] == '\0') {
            return ext[i][1];
        }
    }
    return NULL;
}

/* 1 when code point \p c may stand in an XML Schema NMTOKEN for every
 * validator: ASCII letters, digits, . - _ :, and the letters of the XML 1.0
 * tables that both its fourth and fifth editions accept for the scripts
 * our users write (Latin-1 and Latin Extended-A letters, Hangul syllables,
 * CJK unified ideographs, kana). Anything else is escaped: safe, if less
 * readable. */
static int nmtoken_char(unsigned long c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        c == '.' || c == '-' || c == '_' || c == ':') {
        return 1;
    }
    return (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0xFF) ||
           (c >= 0x100 && c <= 0x131) || (c >= 0x134 && c <= 0x13E) ||
           (c >= 0x141 && c <= 0x148) || (c >= 0x14A && c <= 0x17E) ||
           (c >= 0x3041 && c <= 0x3094) || (c >= 0x30A1 && c <= 0x30FA) ||
           (c >= 0x4E00 && c <= 0x9FA5) || (c >= 0xAC00 && c <= 0xD7A3);
}

/* 1 when \p p starts "_xHHHH_" or "_xHHHHHHHH_" (hex digits): text that
 * reads as an escape, whose underscore must then be escaped itself. */
static int looks_escaped(const char *p)
{
    int k;
    if (p[0] != '_' || p[1] != 'x') {
        return 0;
    }
    for (k = 2; k < 10 && isxdigit((unsigned char) p[k]); k++) {
    }
    return (k >= 6 && p[6] == '_') || (k == 10 && p[10] == '_');
}

/**
 * \function il_i_graphml_id
 * \brief Write \p id as a schema-valid GraphML node id (an NMTOKEN).
 *
 * An id made of NMTOKEN characters is written as it is (XML-escaped).
 * Otherwise each other character becomes _xHHHH_ (_xHHHHHHHH_ above U+FFFF:
 * the ISO/IEC 9075 mapping of SQL names to XML names), and the underscore
 * that starts a literal "_xHHHH_" or "_xHHHHHHHH_" becomes _x005F_, so the mapping is
 * one to one. The original id is always written as the node's `name`, and
 * innolink's reader takes it back from there. \p id must be valid UTF-8
 * (il_i_check_ids()). \p out may be NULL to only ask.
 * \return 1 when the id was escaped, else 0. Time complexity: O(length).
 */
int il_i_graphml_id(FILE *out, const char *id)
{
    const unsigned char *p = (const unsigned char *) id, *run = p;
    int escaped = 0;
    while (*p) {
        unsigned long c;
        size_t k;
        if (*p < 0x80 && *p != '_' && nmtoken_char(*p)) {
            p++;            /* the common case: an ASCII letter, digit, '.', '-' or ':' */
            continue;
        }
        k = utf8_char(p, &c);
        if (k == 0) {
            k = 1;
            c = 0xFFFD;
        }
        if (!nmtoken_char(c) || looks_escaped((const char *) p)) {
            escaped = 1;
            if (out) {      /* the characters kept so far in one write, then the escape */
                fwrite(run, 1, (size_t) (p - run), out);
                fprintf(out, c > 0xFFFF ? "_x%08lX_" : "_x%04lX_", c);
            }
            run = p + k;
        }
        p += k;
    }
    if (out && p > run) {
        fwrite(run, 1, (size_t) (p - run), out);
    }
    return escaped;
}

/**
 * \function il_i_graphml_id_is
 * \brief 1 when \p id is what il_i_graphml_id() writes for \p orig.
 *
 * The reader's test for an id that innolink escaped: then \p orig (the
 * node's `name`) is the original id. Time complexity: O(length).
 */
int il_i_graphml_id_is(const char *id, const char *orig)
{
    char *buf = NULL;
    size_t len = 0;
    int same;
    FILE *mem = open_memstream(&buf, &len);
    if (!mem) {
        return 0;
    }
    il_i_graphml_id(mem, orig);
    if (fclose(mem) != 0 || !buf) {
        free(buf);
        return 0;
    }
    same = strcmp(buf, id) == 0;
    free(buf);
    return same;
}

/**
 * \function il_i_check_ids
 * \brief Refuse node ids that XML 1.0 cannot hold, naming the first one.
 *
 * The id is shown with each bad character as '?'. \return IGRAPH_EINVAL.
 * Time complexity: O(total id length).
 */
igraph_error_t il_i_check_ids(const il_graph_t *g)
{
    igraph_integer_t v, n = il_graph_vcount(g);
    for (v = 0; v < n; v++) {
        const char *id = il_graph_vertex_id(g, v);
        if (!il_i_xml_ok(id)) {
            char shown[80];
            size_t i;
            for (i = 0; id[i] && i < sizeof shown - 1; i++) {
                unsigned char c = (unsigned char) id[i];
                shown[i] = (c < 0x20 || c == 0x7F) ? '?' : (char) c;
            }
            shown[i] = '\0';
            IGRAPH_ERRORF("Node id '%s' (node %" IGRAPH_PRId ") holds a character that XML 1.0 "
                          "cannot hold (a control character, U+FFFE or U+FFFF); "
                          "rename the node to export it.", IGRAPH_EINVAL, shown, v + 1);
        }
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_edge_ends
 * \brief Ends of edge \p e in writing order (lower index first if undirected).
 */
void il_i_edge_ends(const il_graph_t *g, igraph_integer_t e, igraph_integer_t *from,
                    igraph_integer_t *to)
{
    igraph_integer_t a = IGRAPH_FROM(&g->graph, e), b = IGRAPH_TO(&g->graph, e);
    if (!g->directed && b < a) {
        igraph_integer_t t = a;
        a = b;
        b = t;
    }
    *from = a;
    *to = b;
}
