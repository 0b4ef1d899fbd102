/*
 * GraphML, GML and Pajek inputs, read by igraph's readers and turned into
 * the same il_graph_t that the CSV loader builds (docs/formats.md,
 * "Reading"): node ids from the `id` attribute (GraphML node ids, GML ids,
 * Pajek labels; a GraphML `name` whose escaped form is the id is the
 * original id), else `name`, else 1..n; tie strengths from `weight` (or
 * --weight ATTR), 1 when absent; every other attribute kept as text, with
 * GraphML's declared types; GML character entities decoded. Errors name
 * the file and the line (il_i_locate()). GEXF and node-link JSON go to
 * innolink's own readers (gexf_reader.c, json_reader.c).
 */
#include "io/io.h"
#include "io/io_internal.h"
#include "core/setup.h"
#include "core/utf8.h"
#include "io/load_internal.h"
#include "io/xml_internal.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The text of attribute \p name of element \p i: strings as they are,
 * numbers shortest-round-trip (NaN: ""), booleans true/false. */
static const char *attr_text(const igraph_t *ig, igraph_attribute_elemtype_t elem,
                             const char *name, igraph_attribute_type_t type,
                             igraph_integer_t i, char *buf, size_t size)
{
    double v;
    int prec;
    if (type == IGRAPH_ATTRIBUTE_STRING) {
        return elem == IGRAPH_ATTRIBUTE_VERTEX ? VAS(ig, name, i) : EAS(ig, name, i);
    }
    if (type == IGRAPH_ATTRIBUTE_BOOLEAN) {
        igraph_bool_t b = elem == IGRAPH_ATTRIBUTE_VERTEX ? VAB(ig, name, i) : EAB(ig, name, i);
        return b ? "true" : "false";
    }
    if (type != IGRAPH_ATTRIBUTE_NUMERIC) {
        return "";
    }
    v = elem == IGRAPH_ATTRIBUTE_VERTEX ? VAN(ig, name, i) : EAN(ig, name, i);
    if (!isfinite(v)) {
        return "";
    }
    for (prec = 15; prec <= 17; prec++) {
        snprintf(buf, size, "%.*g", prec, v);
        if (strtod(buf, NULL) == v) {
            break;
        }
    }
    return buf;
}

/*
 * igraph 0.10.2's GraphML reader hands attribute values (node ids) back
 * with each '&' as the text "&#38;" (libxml2's SAX attribute callback
 * without entity substitution); element content is not affected. Undo it:
 * the writer turns '&' into "&amp;", so the inverse is exact. \p buf holds
 * at least strlen(id) + 1 bytes (decoding only shortens).
 */
static const char *amp_decode(const char *id, char *buf, size_t size)
{
    size_t k = 0;
    while (*id && k + 1 < size) {
        if (strncmp(id, "&#38;", 5) == 0) {
            buf[k++] = '&';
            id += 5;
        } else {
            buf[k++] = *id++;
        }
    }
    buf[k] = '\0';
    return buf;
}

/* Text from a graph file must meet the CSV loader's rules: valid UTF-8,
 * and names that are not empty. */
static igraph_error_t check_text(const char *path, const char *what, const char *s,
                                 int name)
{
    size_t bad;
    if (name && s[0] == '\0') {
        IL_ERRORF("%s: an attribute has an empty name.", IGRAPH_PARSEERROR, path);
    }
    if (!il_utf8_valid(s, strlen(s), &bad)) {
        IL_ERRORF("%s: %s is not valid UTF-8 (byte %zu).", IGRAPH_PARSEERROR, path,
                      what, bad + 1);
    }
    return IGRAPH_SUCCESS;
}

/*
 * A graph file on its way to the builder. igraph's readers keep a file's
 * attributes (ids, labels, weights) only while an attribute handler is
 * installed, and igraph's attribute table is process-wide: conv_read()
 * installs the C handler and conv_drop_igraph() puts the previous table
 * back. conv_destroy() calls it too, so that every path through
 * il_read_graph_file(), errors included, ends with the caller's table.
 */
typedef struct conv {
    igraph_t ig;                /* igraph's copy of the file */
    int have_ig;
    const igraph_attribute_table_t *old_table;  /* the table before the call */
    int swapped;                /* 1 while igraph_cattribute_table is installed */
    igraph_strvector_t gn, vn, en;  /* attribute names: graph, vertex, edge */
    igraph_vector_int_t gt, vt, et; /* and their igraph_attribute_type_t */
    il_graph_builder_t *b;
    const il_load_options_t *opts;
    int graphml, pajek;         /* the format, for its quirks */
    long id_at, name_at, label_at;  /* vertex attributes; -1: none */
    long w_at;                  /* the weight's edge attribute; -1: none */
    const char *wname;          /* its name: --weight, else "weight" */
    long *where_at;             /* edge attribute of each --where condition */
    size_t *vcol, *ecol;        /* builder column of each igraph attribute */
    const char **values;        /* one edge's attribute values */
    size_t *lens;
    char *dec;                  /* a decoded GraphML id, grown as needed */
    size_t deccap;
    const char *format;
    igraph_integer_t *line[2];  /* lines of the nodes [0] and ties [1], once asked */
    size_t nline[2];
    int located[2];
    il_attr_type_t *gtype[2];   /* GraphML declared type of each vertex / edge attribute */
    const char *name;           /* the file as messages name it (il_path_shown) */
    char shown[IL_PATH_SHOWN_MAX];
    char *data;                 /* the whole file, read once (FIFOs too) */
    size_t len;
} conv_t;

/* Destroy igraph's copy of the file and restore the caller's attribute
 * table: graphs created from here on (ours) carry no igraph attributes.
 * Safe to call more than once. */
static void conv_drop_igraph(conv_t *c)
{
    if (c->have_ig) {
        igraph_destroy(&c->ig);     /* needs the handler that made it */
        c->have_ig = 0;
    }
    if (c->swapped) {
        igraph_set_attribute_table(c->old_table);
        c->swapped = 0;
    }
}

static void conv_destroy(conv_t *c)
{
    conv_drop_igraph(c);
    igraph_strvector_destroy(&c->gn);
    igraph_strvector_destroy(&c->vn);
    igraph_strvector_destroy(&c->en);
    igraph_vector_int_destroy(&c->gt);
    igraph_vector_int_destroy(&c->vt);
    igraph_vector_int_destroy(&c->et);
    il_graph_builder_free(c->b);
    free(c->where_at);
    free(c->vcol);
    free(c->ecol);
    free(c->values);
    free(c->lens);
    free(c->dec);
    free(c->line[0]);
    free(c->line[1]);
    free(c->gtype[0]);
    free(c->gtype[1]);
    free(c->data);
}

/* Where node (\p edge 0) or tie \p i is, for a message: "path:LINE", or
 * "path: edge N" when the line cannot be found. */
static const char *conv_at(conv_t *c, int edge, igraph_integer_t i, char *buf, size_t size)
{
    if (!c->located[edge]) {
        c->located[edge] = 1;
        if (il_i_locate(c->data, c->len, c->format, edge, &c->line[edge],
                        &c->nline[edge]) != IGRAPH_SUCCESS) {
            c->nline[edge] = 0;
        }
    }
    if (i >= 0 && (size_t) i < c->nline[edge]) {
        snprintf(buf, size, "%s:%" IGRAPH_PRId, c->name, c->line[edge][i]);
    } else {
        snprintf(buf, size, "%s: %s %" IGRAPH_PRId, c->name, edge ? "edge" : "node", i + 1);
    }
    return buf;
}

/* Zero \p c and initialise its attribute lists; conv_destroy() it in any case. */
static igraph_error_t conv_init(conv_t *c)
{
    memset(c, 0, sizeof *c);
    if (igraph_strvector_init(&c->gn, 0) || igraph_strvector_init(&c->vn, 0) ||
        igraph_strvector_init(&c->en, 0) || igraph_vector_int_init(&c->gt, 0) ||
        igraph_vector_int_init(&c->vt, 0) || igraph_vector_int_init(&c->et, 0)) {
        IGRAPH_ERROR("Out of memory reading a graph file.", IGRAPH_ENOMEM);
    }
    return IGRAPH_SUCCESS;
}

/* Decode the character entities of every string attribute of a GML file
 * in igraph's copy (igraph 0.10.2 returns numeric references such as
 * &#38; verbatim). */
static igraph_error_t gml_decode_all(conv_t *c)
{
    igraph_integer_t k, i;
    int el;
    for (el = 0; el < 2; el++) {
        const igraph_strvector_t *names = el ? &c->en : &c->vn;
        const igraph_vector_int_t *types = el ? &c->et : &c->vt;
        igraph_integer_t n = el ? igraph_ecount(&c->ig) : igraph_vcount(&c->ig);
        for (k = 0; k < igraph_strvector_size(names); k++) {
            const char *name = igraph_strvector_get(names, k);
            if (VECTOR(*types)[k] != IGRAPH_ATTRIBUTE_STRING) {
                continue;
            }
            for (i = 0; i < n; i++) {
                int oom;
                char *d = il_i_gml_decode(el ? EAS(&c->ig, name, i) : VAS(&c->ig, name, i), &oom);
                igraph_error_t rc = IGRAPH_SUCCESS;
                if (oom) {
                    IGRAPH_ERROR("Out of memory reading a graph file.", IGRAPH_ENOMEM);
                }
                if (d) {
                    rc = el ? SETEAS(&c->ig, name, i, d) : SETVAS(&c->ig, name, i, d);
                    free(d);
                }
                IGRAPH_CHECK(rc);
            }
        }
    }
    return IGRAPH_SUCCESS;
}

/* The warnings of igraph's readers, passed on except the one about GML
 * entities, which gml_decode_all() takes care of. */
static igraph_warning_handler_t *reader_prev_warning;

static void reader_warning(const char *reason, const char *file, int line)
{
    if (strstr(reason, "unknown entities") && reader_prev_warning) {
        return;
    }
    if (reader_prev_warning) {
        reader_prev_warning(reason, file, line);
    }
}

/* "path:LINE: not a readable FORMAT file: why" from igraph's reason, which
 * names the line as "line N" (GML, Pajek) or "Line N: " (GraphML). */
static void parse_failure(const char *path, const char *format, const char *why)
{
    const char *p = why, *rest = why;
    long line = 0;
    while ((p = strstr(p, "ine ")) != NULL) {
        if ((p[-1] == 'l' || p[-1] == 'L') && p[4] >= '0' && p[4] <= '9') {
            char *end;
            line = strtol(p + 4, &end, 10);
            if (p - 1 == why && end[0] == ':') {
                rest = end + 1;
                while (*rest == ' ') {
                    rest++;
                }
            }
            break;
        }
        p += 4;
    }
    if (line > 0) {
        il_set_error("%s:%ld: not a readable %s file: %s", path, line, format,
                     rest[0] ? rest : "parse error");
    } else {
        il_set_error("%s: not a readable %s file: %s", path, format, why[0] ? why : "parse error");
    }
}

/* Read the file whole once (a FIFO with the load options' timeout), check
 * what it declares, and parse it with igraph's reader for \p format, the C
 * attribute handler installed (restored by conv_drop_igraph()); list the
 * attributes the file carries. The text stays in c->data for the line
 * numbers of messages and GraphML's declared types. */
static igraph_error_t conv_read(conv_t *c, const il_load_options_t *opts, const char *format)
{
    il_i_input_t in;
    FILE *fp;
    igraph_error_t rc;

    rc = il_i_input_open(&in, opts->base_dir, opts->edges_path, c->name, opts->input_timeout);
    if (rc != IGRAPH_SUCCESS) {
        return rc;
    }
    rc = il_i_input_slurp(&in, &c->data, &c->len);
    il_i_input_close(&in);
    if (rc != IGRAPH_SUCCESS) {
        return rc;
    }
    if (c->len == 0) {
        il_set_error("%s: not a readable %s file: the file is empty", c->name, format);
        return IGRAPH_PARSEERROR;
    }
    if (strcmp(format, "pajek") == 0) {
        IGRAPH_CHECK(il_i_pajek_check_counts(c->name, c->data, c->len));
    }
    fp = fmemopen(c->data, c->len, "r");
    if (!fp) {
        il_set_error("cannot read '%s': %s", c->name, strerror(errno));
        return IGRAPH_EFILE;
    }
    c->old_table = igraph_set_attribute_table(&igraph_cattribute_table);
    c->swapped = 1;
    reader_prev_warning = igraph_set_warning_handler(reader_warning);
    if (strcmp(format, "graphml") == 0) {
        rc = igraph_read_graph_graphml(&c->ig, fp, /* index = */ 0);
    } else if (strcmp(format, "gml") == 0) {
        rc = igraph_read_graph_gml(&c->ig, fp);
    } else {
        rc = igraph_read_graph_pajek(&c->ig, fp);
    }
    igraph_set_warning_handler(reader_prev_warning);
    reader_prev_warning = NULL;
    fclose(fp);
    if (rc != IGRAPH_SUCCESS) {
        char why[512];
        snprintf(why, sizeof why, "%s", il_last_error());
        il_utf8_scrub(why);
        il_clear_error();
        parse_failure(c->name, format, why);
        return IGRAPH_PARSEERROR;
    }
    c->have_ig = 1;
    return igraph_cattribute_list(&c->ig, &c->gn, &c->gt, &c->vn, &c->vt, &c->en, &c->et);
}

static long find_name(const igraph_strvector_t *names, const char *name)
{
    igraph_integer_t i;
    for (i = 0; i < igraph_strvector_size(names); i++) {
        if (strcmp(igraph_strvector_get(names, i), name) == 0) {
            return (long) i;
        }
    }
    return -1;
}

/* ---- Nodes ------------------------------------------------------------------- */

/* The label of vertex v as innolink reads it: the `label` string when
 * present and different from the id, else "" (the id is the label). */
static const char *label_of(conv_t *c, long label_at, igraph_integer_t v)
{
    const char *l;
    if (label_at < 0 || VECTOR(c->vt)[label_at] != IGRAPH_ATTRIBUTE_STRING) {
        return "";
    }
    l = VAS(&c->ig, "label", v);
    return strcmp(l, il_graph_builder_vertex_id(c->b, (uint32_t) v)) == 0 ? "" : l;
}

/*
 * What innolink's own writer adds and a reader must not turn into new
 * columns: `label` written for every node (a label equal to the id means
 * "no label", so the column is dropped when every label is the id or
 * empty), and `name`, the copy of the id (dropped when it repeats the id
 * on every node; files of innolink before 0.2 copied the label there, and
 * that copy is dropped too).
 */
static void writer_copies(conv_t *c, long name_at, long label_at, int *skip_label,
                          int *skip_name)
{
    igraph_integer_t v, n = igraph_vcount(&c->ig);
    *skip_label = label_at >= 0 && VECTOR(c->vt)[label_at] == IGRAPH_ATTRIBUTE_STRING;
    *skip_name = name_at >= 0 && VECTOR(c->vt)[name_at] == IGRAPH_ATTRIBUTE_STRING;
    for (v = 0; v < n && (*skip_label || *skip_name); v++) {
        const char *l = label_of(c, label_at, v);
        if (l[0] != '\0') {
            *skip_label = 0;
        }
        if (*skip_name && strcmp(VAS(&c->ig, "name", v),
                                 il_graph_builder_vertex_id(c->b, (uint32_t) v)) != 0 &&
            strcmp(VAS(&c->ig, "name", v), l) != 0) {
            *skip_name = 0;
        }
    }
}

/* The id of vertex \p v: the id (or name) attribute, else its number
 * 1..n; GraphML '&' decoded, unlabelled Pajek vertices numbered. */
static igraph_error_t node_id(conv_t *c, igraph_integer_t v, char *buf, size_t size,
                              const char **out)
{
    const char *id = buf;
    size_t bad;
    if (c->id_at >= 0) {
        id = attr_text(&c->ig, IGRAPH_ATTRIBUTE_VERTEX, igraph_strvector_get(&c->vn, c->id_at),
                       (igraph_attribute_type_t) VECTOR(c->vt)[c->id_at], v, buf, size);
    } else {
        snprintf(buf, size, "%" IGRAPH_PRId, v + 1);
    }
    if (c->graphml && strstr(id, "&#38;")) {
        size_t need = strlen(id) + 1;
        if (need > c->deccap) {
            char *d = realloc(c->dec, need);
            IGRAPH_CHECK_OOM(d, "Out of memory reading a graph file.");
            c->dec = d;
            c->deccap = need;
        }
        id = amp_decode(id, c->dec, need);
    }
    if (c->graphml && c->name_at >= 0 && c->name_at != c->id_at &&
        VECTOR(c->vt)[c->name_at] == IGRAPH_ATTRIBUTE_STRING &&
        il_i_graphml_id_is(id, VAS(&c->ig, "name", v))) {
        id = VAS(&c->ig, "name", v);    /* an id innolink escaped for the schema */
    }
    if (id[0] == '\0' && c->pajek) {
        /* Pajek lets some vertices go unlabelled: they keep their number */
        snprintf(buf, size, "%" IGRAPH_PRId, v + 1);
        id = buf;
    }
    if (id[0] == '\0') {
        char at[600];
        IL_ERRORF("%s: a node has an empty id.", IGRAPH_PARSEERROR,
                      conv_at(c, 0, v, at, sizeof at));
    }
    if (!il_utf8_valid(id, strlen(id), &bad)) {
        char at[600];
        IL_ERRORF("%s: a node has an id that is not valid UTF-8.", IGRAPH_PARSEERROR,
                      conv_at(c, 0, v, at, sizeof at));
    }
    *out = id;
    return IGRAPH_SUCCESS;
}

/* Add every vertex to the builder under its id; ids must be unique. */
static igraph_error_t convert_nodes(conv_t *c)
{
    igraph_integer_t v, n = igraph_vcount(&c->ig);
    char buf[1024];
    for (v = 0; v < n; v++) {
        const char *id;
        uint32_t u;
        int is_new;
        IGRAPH_CHECK(node_id(c, v, buf, sizeof buf, &id));
        IGRAPH_CHECK(il_graph_builder_add_vertex(c->b, id, strlen(id), &u, &is_new));
        if (!is_new) {
            char at[600], tmp[200];
            IL_ERRORF("%s: node id '%s' is used twice.", IGRAPH_PARSEERROR,
                      conv_at(c, 0, v, at, sizeof at), il_i_csv_shown(id, tmp, sizeof tmp));
        }
    }
    return IGRAPH_SUCCESS;
}

/* Every vertex attribute but the id (and the writer's copies) becomes a
 * node column, its values as text. */
static igraph_error_t convert_vattrs(conv_t *c)
{
    igraph_integer_t v, n = igraph_vcount(&c->ig);
    igraph_integer_t k, nv = igraph_strvector_size(&c->vn);
    const char *path = c->name;
    int skip_name = 0, skip_label = 0;
    char buf[1024];

    writer_copies(c, c->id_at == c->name_at ? -1 : c->name_at, c->label_at, &skip_label,
                  &skip_name);
    for (k = 0; k < nv; k++) {
        const char *name = igraph_strvector_get(&c->vn, k);
        if (k == c->id_at || (skip_name && k == c->name_at) ||
            (skip_label && k == c->label_at)) {
            continue;
        }
        IGRAPH_CHECK(check_text(path, "a node attribute name", name, 1));
        IGRAPH_CHECK(il_graph_builder_add_vattr(c->b, name, &c->vcol[k]));
        if (c->gtype[0]) {
            il_graph_builder_set_vattr_type(c->b, c->vcol[k], c->gtype[0][k]);
        }
        for (v = 0; v < n; v++) {
            const char *s = k == c->label_at && VECTOR(c->vt)[k] == IGRAPH_ATTRIBUTE_STRING ?
                            label_of(c, c->label_at, v) :
                            attr_text(&c->ig, IGRAPH_ATTRIBUTE_VERTEX, name,
                                      (igraph_attribute_type_t) VECTOR(c->vt)[k], v, buf,
                                      sizeof buf);
            IGRAPH_CHECK(check_text(path, "a node attribute value", s, 0));
            IGRAPH_CHECK(il_graph_builder_set_vattr(c->b, c->vcol[k], (uint32_t) v, s,
                                                    strlen(s)));
        }
    }
    return IGRAPH_SUCCESS;
}

/* ---- Edges ------------------------------------------------------------------- */

/* The weight attribute, the edge columns (every other edge attribute) and
 * the attribute of each --where condition. */
static igraph_error_t convert_eattrs(conv_t *c)
{
    const il_load_options_t *opts = c->opts;
    igraph_integer_t k, ne = igraph_strvector_size(&c->en);
    size_t i;

    c->w_at = find_name(&c->en, c->wname);
    if (c->w_at < 0 && opts->weight_col) {
        IL_ERRORF("%s: no edge attribute '%s' for --weight.", IGRAPH_PARSEERROR,
                      c->name, opts->weight_col);
    }
    for (k = 0; k < ne; k++) {
        if (k != c->w_at) {
            IGRAPH_CHECK(check_text(c->name, "an edge attribute name",
                                    igraph_strvector_get(&c->en, k), 1));
            IGRAPH_CHECK(il_graph_builder_add_eattr(c->b, igraph_strvector_get(&c->en, k),
                                                    &c->ecol[k]));
            if (c->gtype[1]) {
                il_graph_builder_set_eattr_type(c->b, c->ecol[k], c->gtype[1][k]);
            }
        }
    }
    c->where_at = calloc(opts->nwhere + 1, sizeof *c->where_at);
    IGRAPH_CHECK_OOM(c->where_at, "Out of memory reading a graph file.");
    for (i = 0; i < opts->nwhere; i++) {
        c->where_at[i] = find_name(&c->en, opts->where[i].column);
        if (c->where_at[i] < 0) {
            IL_ERRORF("--where '%s': no edge attribute '%s' in %s.", IGRAPH_PARSEERROR,
                          opts->where[i].text, opts->where[i].column, c->name);
        }
    }
    return IGRAPH_SUCCESS;
}

/* 1 if edge \p e meets every --where condition. */
static int edge_kept(const conv_t *c, igraph_integer_t e)
{
    const il_load_options_t *opts = c->opts;
    size_t i;
    int keep = 1;
    for (i = 0; i < opts->nwhere && keep; i++) {
        char wb[64];
        const char *s = attr_text(&c->ig, IGRAPH_ATTRIBUTE_EDGE,
                                  igraph_strvector_get(&c->en, c->where_at[i]),
                                  (igraph_attribute_type_t) VECTOR(c->et)[c->where_at[i]], e,
                                  wb, sizeof wb);
        keep = il_where_match(&opts->where[i], s);
    }
    return keep;
}

static void free_values(conv_t *c, size_t nval)
{
    size_t i;
    for (i = 0; i < nval; i++) {
        free((char *) c->values[i]);
    }
}

/* Copies of edge \p e's column values into c->values / c->lens (*nval of
 * them; the caller frees them with free_values()). On error none is left. */
static igraph_error_t edge_values(conv_t *c, igraph_integer_t e, size_t *nval)
{
    igraph_integer_t k, ne = igraph_strvector_size(&c->en);
    char buf[1024];
    *nval = 0;
    for (k = 0; k < ne; k++) {
        char *copy;
        const char *s;
        if (k == c->w_at) {
            continue;
        }
        s = attr_text(&c->ig, IGRAPH_ATTRIBUTE_EDGE, igraph_strvector_get(&c->en, k),
                      (igraph_attribute_type_t) VECTOR(c->et)[k], e, buf, sizeof buf);
        /* numbers are formatted into buf: keep a copy per column */
        copy = strdup(s);
        if (!copy || check_text(c->name, "an edge attribute value", s, 0)) {
            free(copy);
            free_values(c, *nval);      /* this edge's earlier copies */
            *nval = 0;
            IGRAPH_CHECK_OOM(copy, "Out of memory reading a graph file.");
            return IGRAPH_PARSEERROR;   /* check_text recorded the reason */
        }
        c->values[*nval] = copy;
        c->lens[(*nval)++] = strlen(copy);
    }
    return IGRAPH_SUCCESS;
}

/* Add edge \p e as a tie unless --where leaves it out. */
static igraph_error_t convert_edge(conv_t *c, igraph_integer_t e)
{
    const il_load_options_t *opts = c->opts;
    double w = 1.0;
    size_t nval;
    il_edge_outcome_t outcome;
    igraph_error_t rc;
    char buf[1024];

    il_graph_builder_info(c->b)->rows++;
    if (!edge_kept(c, e)) {
        il_graph_builder_info(c->b)->rows_filtered++;
        return IGRAPH_SUCCESS;
    }
    if (c->w_at >= 0) {
        const char *s = attr_text(&c->ig, IGRAPH_ATTRIBUTE_EDGE, c->wname,
                                  (igraph_attribute_type_t) VECTOR(c->et)[c->w_at], e, buf,
                                  sizeof buf);
        char at[600];
        igraph_integer_t lo = IGRAPH_FROM(&c->ig, e), hi = IGRAPH_TO(&c->ig, e);
        if (!igraph_is_directed(&c->ig) && hi < lo) {    /* as the file gives them */
            lo = hi;
            hi = IGRAPH_FROM(&c->ig, e);
        }
        if (s[0] == '\0' && opts->missing_weight) {
            w = 1.0;                    /* --missing-weight 1 */
            il_graph_builder_info(c->b)->weights_missing++;
        } else if (s[0] == '\0') {
            IL_ERRORF("%s: the tie %s-%s has no %s value; give one, or read such ties as "
                          "1 with --missing-weight 1.", IGRAPH_PARSEERROR,
                          conv_at(c, 1, e, at, sizeof at),
                          il_graph_builder_vertex_id(c->b, (uint32_t) lo),
                          il_graph_builder_vertex_id(c->b, (uint32_t) hi),
                          c->wname);
        } else if (!il_parse_number(s, &w) || !(w > 0) || !isfinite(1.0 / w)) {
            IL_ERRORF("%s: the tie %s-%s has %s '%s': expected a positive finite number.",
                          IGRAPH_PARSEERROR, conv_at(c, 1, e, at, sizeof at),
                          il_graph_builder_vertex_id(c->b, (uint32_t) lo),
                          il_graph_builder_vertex_id(c->b, (uint32_t) hi),
                          c->wname, s);
        }
    }
    IGRAPH_CHECK(edge_values(c, e, &nval));
    rc = il_graph_builder_add_edge(c->b, (uint32_t) IGRAPH_FROM(&c->ig, e),
                                   (uint32_t) IGRAPH_TO(&c->ig, e), w, c->values, c->lens,
                                   e + 1, &outcome, NULL);
    free_values(c, nval);
    IGRAPH_CHECK(rc);
    if (outcome == IL_EDGE_DUPLICATE) {
        char at[600];
        IL_ERRORF("%s: duplicate tie; use --duplicates sum|max|min|mean|first to merge.",
                      IGRAPH_PARSEERROR, conv_at(c, 1, e, at, sizeof at));
    }
    if (outcome == IL_EDGE_LOOP) {
        char at[600];
        IL_ERRORF("%s: self-loop; use --self-loops drop|keep.", IGRAPH_PARSEERROR,
                      conv_at(c, 1, e, at, sizeof at));
    }
    return IGRAPH_SUCCESS;
}

/* Rebuild igraph's copy of the file in the builder: nodes, node columns,
 * edge columns, then the ties. */
static igraph_error_t convert(conv_t *c, const il_load_options_t *opts, const char *format)
{
    igraph_integer_t e, m = igraph_ecount(&c->ig);
    igraph_integer_t nv = igraph_strvector_size(&c->vn), ne = igraph_strvector_size(&c->en);
    igraph_bool_t directed = igraph_is_directed(&c->ig);

    c->opts = opts;
    c->format = format;
    c->graphml = strcmp(format, "graphml") == 0;
    c->pajek = strcmp(format, "pajek") == 0;
    c->id_at = find_name(&c->vn, "id");
    c->name_at = find_name(&c->vn, "name");
    c->label_at = find_name(&c->vn, "label");
    c->wname = opts->weight_col ? opts->weight_col : "weight";
    if (c->id_at < 0) {
        c->id_at = c->name_at;
    }
    if (opts->directed && !directed) {
        il_warn("%s declares an undirected graph; --directed is ignored for %s input",
                c->name, format);
    }
    IGRAPH_CHECK(il_graph_builder_new(&c->b, directed, opts->duplicates, opts->self_loops));
    c->vcol = calloc((size_t) nv + 1, sizeof *c->vcol);
    c->ecol = calloc((size_t) ne + 1, sizeof *c->ecol);
    c->values = calloc((size_t) ne + 1, sizeof *c->values);
    c->lens = calloc((size_t) ne + 1, sizeof *c->lens);
    if (!c->vcol || !c->ecol || !c->values || !c->lens) {
        IGRAPH_ERROR("Out of memory reading a graph file.", IGRAPH_ENOMEM);
    }
    if (strcmp(format, "gml") == 0) {
        IGRAPH_CHECK(gml_decode_all(c));
    }
    if (c->graphml) {
        c->gtype[0] = calloc((size_t) nv + 1, sizeof *c->gtype[0]);
        c->gtype[1] = calloc((size_t) ne + 1, sizeof *c->gtype[1]);
        if (!c->gtype[0] || !c->gtype[1]) {
            IGRAPH_ERROR("Out of memory reading a graph file.", IGRAPH_ENOMEM);
        }
        IGRAPH_CHECK(il_i_graphml_key_types(c->data, c->len, &c->vn, &c->en, c->gtype[0],
                                            c->gtype[1]));
    }
    IGRAPH_CHECK(convert_nodes(c));
    IGRAPH_CHECK(convert_vattrs(c));
    IGRAPH_CHECK(convert_eattrs(c));
    for (e = 0; e < m; e++) {
        IGRAPH_CHECK(convert_edge(c, e));
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_read_graph_file
 * \brief Load a GraphML, GML or Pajek file into \p g by its extension.
 *
 * igraph's reader parses the file; the graph is then rebuilt through the
 * model builder, so duplicates, self-loops, --where, --weight and --ego
 * behave as for CSV. Directedness comes from the file. --nodes, --source
 * and --target apply to CSV tables only.
 *
 * Process-wide state: igraph's attribute table is switched to
 * igraph_cattribute_table only while igraph's reader runs and its copy of
 * the graph exists; the previous table (whatever the caller had, often
 * none) is restored before \p g is built and on every error path, so the
 * caller's graphs are never touched by the switch.
 *
 * \param g  IL_GRAPH_INIT on entry; the graph on success, unchanged on error.
 * \return IGRAPH_EFILE (unreadable), IGRAPH_PARSEERROR (bad file or data),
 *         IGRAPH_EINVAL (options), IGRAPH_ENOMEM.
 *
 * Time complexity: O(file size + (n + m) * attributes).
 */
igraph_error_t il_read_graph_file(const il_load_options_t *opts, il_graph_t *g)
{
    const char *format = il_graph_file_format(opts->edges_path);
    char shown[IL_PATH_SHOWN_MAX];
    conv_t c;
    igraph_error_t rc;

    if (!format) {
        IL_ERRORF("%s is not a GraphML, GML, Pajek, GEXF or JSON file.", IGRAPH_EINVAL,
                  il_path_shown(opts->edges_path, shown));
    }
    if (strcmp(format, "gexf") == 0) {
        return il_i_read_gexf(opts, g);
    }
    if (strcmp(format, "json") == 0) {
        return il_i_read_json(opts, g);
    }
    if (opts->nodes_path || opts->source_col || opts->target_col || opts->node_id_col) {
        IL_ERRORF("--nodes, --node-id, --source and --target apply to CSV tables, not to "
                  "the %s file %s (it carries its own nodes and attributes).",
                  IGRAPH_EINVAL, format, il_path_shown(opts->edges_path, shown));
    }
    rc = conv_init(&c);
    c.name = il_path_shown(opts->edges_path, c.shown);
    if (rc == IGRAPH_SUCCESS) {
        rc = conv_read(&c, opts, format);
    }
    if (rc == IGRAPH_SUCCESS) {
        rc = convert(&c, opts, format);
    }
    conv_drop_igraph(&c);       /* before our graph is created */
    if (rc == IGRAPH_SUCCESS) {
        il_graph_builder_info(c.b)->ids_trimmed = 0;
        rc = il_graph_builder_finish(c.b, g);
    }
    conv_destroy(&c);
    if (rc != IGRAPH_SUCCESS) {
        return rc;
    }
    return il_i_load_ego(opts, g);
}
