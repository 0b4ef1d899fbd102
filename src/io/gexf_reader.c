/*
 * GEXF in: what Gephi saves (1.2draft, 1.3; 1.1 read the same way), so
 * that a file edited in Gephi comes back with its layout
 * (docs/formats.md, "Reading GEXF"):
 *  - nodes with their ids and labels; declared attributes (by title) with
 *    their types and defaults; viz position (x, y, z), size and colour as
 *    node columns x, y, z, size, color (#rrggbb), shape;
 *  - ties with their weights (1 when absent, GEXF's default), labels,
 *    kinds, declared attributes and viz colour and thickness;
 *  - time: start/end (and startopen/endopen) as columns, <spells> and
 *    timestamps as one text column in Gephi's interval notation
 *    ("<[2001, 2004]; [2008, 2010]>"); a dynamic attribute's last value;
 *  - nested nodes (hierarchies) are read as nodes; `pid` is kept.
 * Every error names the file and line.
 */
#include "io/load_internal.h"
#include "core/setup.h"
#include "core/utf8.h"
#include "io/xml_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define GX_FAIL(r, ln, ...) do { \
        char why_[300]; \
        snprintf(why_, sizeof why_, __VA_ARGS__); \
        IGRAPH_ERRORF("%s:%" IGRAPH_PRId ": %s", IGRAPH_PARSEERROR, (r)->x.path, \
                      (igraph_integer_t) (ln), why_); \
    } while (0)

/* A declared attribute. */
typedef struct gx_attr {
    char *id;
    size_t col;                 /* collection column */
} gx_attr_t;

typedef struct gx {
    il_i_xml_t x;
    il_i_fg_t *fg;
    gx_attr_t *attr[2];
    size_t nattr[2], cattr[2];
    int directed;
    int defaultedgetype_seen;
    igraph_integer_t dynamic;   /* dynamic values flattened to their last */
    char *spells;               /* the element's spells being collected */
    size_t slen, scap;
} gx_t;

static void gx_destroy(gx_t *r)
{
    int k;
    size_t i;
    for (k = 0; k < 2; k++) {
        for (i = 0; i < r->nattr[k]; i++) {
            free(r->attr[k][i].id);
        }
        free(r->attr[k]);
    }
    free(r->spells);
    il_i_fg_free(r->fg);
    il_i_xml_close(&r->x);
}

/* A GEXF attribute type as a declared type. */
static il_attr_type_t gexf_type(const char *t)
{
    if (!t) {
        return IL_ATTR_STRING;
    }
    if (strcmp(t, "integer") == 0 || strcmp(t, "long") == 0 || strcmp(t, "short") == 0 ||
        strcmp(t, "byte") == 0 || strcmp(t, "biginteger") == 0) {
        return IL_ATTR_INTEGER;
    }
    if (strcmp(t, "double") == 0 || strcmp(t, "float") == 0 || strcmp(t, "bigdecimal") == 0) {
        return IL_ATTR_REAL;
    }
    if (strcmp(t, "boolean") == 0) {
        return IL_ATTR_BOOLEAN;
    }
    return IL_ATTR_STRING;
}

/* The text content of the current element (to its END), into *out. */
static igraph_error_t element_text(gx_t *r, char **out)
{
    size_t depth = r->x.depth, len = 0;
    *out = NULL;
    if (r->x.pending_end) {
        IGRAPH_CHECK(il_i_xml_next(&r->x));
        *out = strdup("");
        IGRAPH_CHECK_OOM(*out, "Out of memory reading GEXF.");
        return IGRAPH_SUCCESS;
    }
    *out = calloc(1, 1);
    IGRAPH_CHECK_OOM(*out, "Out of memory reading GEXF.");
    for (;;) {
        igraph_error_t rc = il_i_xml_next(&r->x);
        if (rc != IGRAPH_SUCCESS) {
            free(*out);
            *out = NULL;
            return rc;
        }
        if (r->x.ev == IL_XML_END && r->x.depth == depth - 1) {
            return IGRAPH_SUCCESS;
        }
        if (r->x.ev == IL_XML_TEXT) {
            size_t n = strlen(r->x.text);
            char *nb = realloc(*out, len + n + 1);
            if (!nb) {
                free(*out);
                *out = NULL;
                IGRAPH_ERROR("Out of memory reading GEXF.", IGRAPH_ENOMEM);
            }
            *out = nb;
            memcpy(*out + len, r->x.text, n + 1);
            len += n;
        }
    }
}

/* A free name for a new column: \p name, or name_2, name_3, ... */
static igraph_error_t free_name(gx_t *r, int edge, const char *name, char *buf, size_t size)
{
    int k;
    snprintf(buf, size, "%s", name);
    for (k = 2; il_i_fg_find_column(r->fg, edge, buf) >= 0; k++) {
        snprintf(buf, size, "%s_%d", name, k);
    }
    return IGRAPH_SUCCESS;
}

/* <attributes class=...><attribute id title type><default/></attribute>. */
static igraph_error_t read_attributes(gx_t *r)
{
    const char *cls = il_i_xml_attr(&r->x, "class");
    int edge = cls && strcmp(cls, "edge") == 0;
    size_t depth = r->x.depth;
    if (cls && strcmp(cls, "node") != 0 && strcmp(cls, "edge") != 0) {
        return il_i_xml_skip(&r->x);    /* graph-level attributes: not kept */
    }
    for (;;) {
        IGRAPH_CHECK(il_i_xml_next(&r->x));
        if (r->x.ev == IL_XML_END && r->x.depth == depth - 1) {
            return IGRAPH_SUCCESS;
        }
        if (r->x.ev == IL_XML_START && strcmp(r->x.local, "attribute") == 0) {
            const char *id = il_i_xml_attr(&r->x, "id"), *title = il_i_xml_attr(&r->x, "title");
            il_attr_type_t type = gexf_type(il_i_xml_attr(&r->x, "type"));
            igraph_integer_t line = r->x.ev_line;
            size_t adepth = r->x.depth;
            char name[256], *def = NULL;
            gx_attr_t *a;
            if (!id) {
                GX_FAIL(r, line, "<attribute> without an id");
            }
            IGRAPH_CHECK(free_name(r, edge, title && title[0] ? title : id, name, sizeof name));
            if (r->nattr[edge] == r->cattr[edge]) {
                size_t nc = r->cattr[edge] ? 2 * r->cattr[edge] : 8;
                gx_attr_t *na = realloc(r->attr[edge], nc * sizeof *na);
                IGRAPH_CHECK_OOM(na, "Out of memory reading GEXF.");
                r->attr[edge] = na;
                r->cattr[edge] = nc;
            }
            a = &r->attr[edge][r->nattr[edge]];
            a->id = strdup(id);
            IGRAPH_CHECK_OOM(a->id, "Out of memory reading GEXF.");
            r->nattr[edge]++;
            /* children: <default>, <options> */
            while (!(r->x.ev == IL_XML_END && r->x.depth == adepth - 1)) {
                IGRAPH_CHECK(il_i_xml_next(&r->x));
                if (r->x.ev == IL_XML_START && strcmp(r->x.local, "default") == 0) {
                    free(def);
                    IGRAPH_CHECK(element_text(r, &def));
                } else if (r->x.ev == IL_XML_START) {
                    IGRAPH_CHECK(il_i_xml_skip(&r->x));
                }
            }
            {
                igraph_error_t rc = il_i_fg_column(r->fg, edge, name, type, def, &a->col);
                free(def);
                IGRAPH_CHECK(rc);
            }
        } else if (r->x.ev == IL_XML_START) {
            IGRAPH_CHECK(il_i_xml_skip(&r->x));
        }
    }
}

/* Set column \p name (created as a string or real column) of element \p i. */
static igraph_error_t set_named(gx_t *r, int edge, size_t i, const char *name,
                                il_attr_type_t type, const char *value)
{
    size_t col;
    IGRAPH_CHECK(il_i_fg_column(r->fg, edge, name, type, NULL, &col));
    return il_i_fg_set(r->fg, edge, i, col, value);
}

/* <attvalues><attvalue for|id value start end/></attvalues>. */
static igraph_error_t read_attvalues(gx_t *r, int edge, size_t i)
{
    size_t depth = r->x.depth;
    for (;;) {
        IGRAPH_CHECK(il_i_xml_next(&r->x));
        if (r->x.ev == IL_XML_END && r->x.depth == depth - 1) {
            return IGRAPH_SUCCESS;
        }
        if (r->x.ev == IL_XML_START && strcmp(r->x.local, "attvalue") == 0) {
            const char *f = il_i_xml_attr(&r->x, "for"), *v = il_i_xml_attr(&r->x, "value");
            size_t k;
            if (!f) {
                f = il_i_xml_attr(&r->x, "id");     /* GEXF 1.0/1.1 */
            }
            if (!f || !v) {
                GX_FAIL(r, r->x.ev_line, "<attvalue> needs 'for' and 'value'");
            }
            for (k = 0; k < r->nattr[edge]; k++) {
                if (strcmp(r->attr[edge][k].id, f) == 0) {
                    break;
                }
            }
            if (k == r->nattr[edge]) {
                GX_FAIL(r, r->x.ev_line, "<attvalue for=\"%s\">: no %s attribute has that id "
                        "in <attributes class=\"%s\">", f, edge ? "edge" : "node",
                        edge ? "edge" : "node");
            }
            if (il_i_xml_attr(&r->x, "start") || il_i_xml_attr(&r->x, "end") ||
                il_i_xml_attr(&r->x, "timestamp")) {
                r->dynamic++;
            }
            IGRAPH_CHECK(il_i_fg_set(r->fg, edge, i, r->attr[edge][k].col, v));
            IGRAPH_CHECK(il_i_xml_skip(&r->x));
        } else if (r->x.ev == IL_XML_START) {
            IGRAPH_CHECK(il_i_xml_skip(&r->x));
        }
    }
}

/* Append "[s, e]" to the spells text (Gephi's notation; open ends as ( )). */
static igraph_error_t add_spell(gx_t *r, const char *t0, const char *t1, int open0, int open1)
{
    char buf[512];
    size_t n;
    snprintf(buf, sizeof buf, "%s%c%s, %s%c", r->slen ? "; " : "", open0 ? '(' : '[',
             t0 ? t0 : "-inf", t1 ? t1 : "inf", open1 ? ')' : ']');
    n = strlen(buf);
    if (r->slen + n + 3 > r->scap) {
        size_t nc = (r->slen + n + 3) * 2;
        char *ns = realloc(r->spells, nc);
        IGRAPH_CHECK_OOM(ns, "Out of memory reading GEXF.");
        r->spells = ns;
        r->scap = nc;
    }
    memcpy(r->spells + r->slen, buf, n + 1);
    r->slen += n;
    return IGRAPH_SUCCESS;
}

/* <spells><spell start end/></spells> or <timestamps><timestamp/></timestamps>
 * into column "spells" or "timestamps" of element \p i. */
static igraph_error_t read_spells(gx_t *r, int edge, size_t i, int stamps)
{
    size_t depth = r->x.depth;
    char text[8];
    r->slen = 0;
    for (;;) {
        IGRAPH_CHECK(il_i_xml_next(&r->x));
        if (r->x.ev == IL_XML_END && r->x.depth == depth - 1) {
            break;
        }
        if (r->x.ev == IL_XML_START && (strcmp(r->x.local, "spell") == 0 ||
                                       strcmp(r->x.local, "timestamp") == 0)) {
            const char *s = il_i_xml_attr(&r->x, "start"), *e = il_i_xml_attr(&r->x, "end");
            const char *so = il_i_xml_attr(&r->x, "startopen");
            const char *eo = il_i_xml_attr(&r->x, "endopen");
            const char *ts = il_i_xml_attr(&r->x, "timestamp");
            if (ts) {
                IGRAPH_CHECK(add_spell(r, ts, ts, 0, 0));
            } else {
                IGRAPH_CHECK(add_spell(r, s ? s : so, e ? e : eo, !s && so, !e && eo));
            }
            IGRAPH_CHECK(il_i_xml_skip(&r->x));
        } else if (r->x.ev == IL_XML_START) {
            IGRAPH_CHECK(il_i_xml_skip(&r->x));
        }
    }
    if (r->slen > 0) {
        char *v = malloc(r->slen + 3);
        igraph_error_t rc;
        IGRAPH_CHECK_OOM(v, "Out of memory reading GEXF.");
        snprintf(v, r->slen + 3, "<%s>", r->spells);
        rc = set_named(r, edge, i, stamps ? "timestamps" : "spells", IL_ATTR_STRING, v);
        free(v);
        IGRAPH_CHECK(rc);
    }
    (void) text;
    return IGRAPH_SUCCESS;
}

/* viz:color (r g b [a], or hex in 1.3) as "#rrggbb". */
static igraph_error_t read_color(gx_t *r, int edge, size_t i)
{
    const char *hex = il_i_xml_attr(&r->x, "hex");
    char buf[16];
    if (hex) {
        snprintf(buf, sizeof buf, "%s", hex);
    } else {
        const char *cr = il_i_xml_attr(&r->x, "r"), *cg = il_i_xml_attr(&r->x, "g");
        const char *cb = il_i_xml_attr(&r->x, "b");
        double vr, vg, vb;
        if (!cr || !cg || !cb || !il_parse_number(cr, &vr) || !il_parse_number(cg, &vg) ||
            !il_parse_number(cb, &vb) || vr < 0 || vr > 255 || vg < 0 || vg > 255 || vb < 0 ||
            vb > 255) {
            GX_FAIL(r, r->x.ev_line, "<color> needs r, g and b from 0 to 255 (or hex)");
        }
        snprintf(buf, sizeof buf, "#%02x%02x%02x", (unsigned) vr, (unsigned) vg, (unsigned) vb);
    }
    return set_named(r, edge, i, "color", IL_ATTR_STRING, buf);
}

/* A number attribute of a viz element as column \p name. */
static igraph_error_t viz_number(gx_t *r, int edge, size_t i, const char *attr,
                                 const char *name)
{
    const char *v = il_i_xml_attr(&r->x, attr);
    double d;
    if (!v) {
        return IGRAPH_SUCCESS;
    }
    if (!il_parse_number(v, &d) || !isfinite(d)) {
        GX_FAIL(r, r->x.ev_line, "<%s %s=\"%s\">: expected a number", r->x.local, attr, v);
    }
    return set_named(r, edge, i, name, IL_ATTR_REAL, v);
}

/* Time attributes of a node or edge element as columns. */
static igraph_error_t element_times(gx_t *r, int edge, size_t i)
{
    static const char *const names[] = { "start", "end", "startopen", "endopen", "timestamp",
                                         "pid", NULL
                                       };
    const char *const *k;
    for (k = names; *k; k++) {
        const char *v = il_i_xml_attr(&r->x, *k);
        if (v) {
            IGRAPH_CHECK(set_named(r, edge, i, *k, IL_ATTR_UNDECLARED, v));
        }
    }
    return IGRAPH_SUCCESS;
}

/* The children of a node or edge element: values, time, viz. */
static igraph_error_t read_children(gx_t *r, int edge, size_t i);

/* <node id label ...> ... </node>. */
static igraph_error_t read_node(gx_t *r)
{
    const char *id = il_i_xml_attr(&r->x, "id"), *label = il_i_xml_attr(&r->x, "label");
    size_t v;
    if (!id) {
        GX_FAIL(r, r->x.ev_line, "<node> without an id");
    }
    IGRAPH_CHECK(il_i_fg_add_node(r->fg, id, r->x.ev_line, &v));
    if (label && strcmp(label, id) != 0 && label[0]) {
        IGRAPH_CHECK(set_named(r, 0, v, "label", IL_ATTR_STRING, label));
    }
    IGRAPH_CHECK(element_times(r, 0, v));
    return read_children(r, 0, v);
}

/* <edge id source target type weight label kind ...> ... </edge>. */
static igraph_error_t read_edge(gx_t *r)
{
    const char *s = il_i_xml_attr(&r->x, "source"), *t = il_i_xml_attr(&r->x, "target");
    const char *w = il_i_xml_attr(&r->x, "weight"), *type = il_i_xml_attr(&r->x, "type");
    const char *label = il_i_xml_attr(&r->x, "label"), *kind = il_i_xml_attr(&r->x, "kind");
    double weight = IGRAPH_NAN;
    size_t e;
    if (!s || !t) {
        GX_FAIL(r, r->x.ev_line, "<edge> needs a source and a target");
    }
    if (w && (!il_parse_number(w, &weight) || isnan(weight))) {
        GX_FAIL(r, r->x.ev_line, "edge weight '%.40s' is not a number", w);
    }
    if (type && (strcmp(type, "directed") == 0) != r->directed) {
        GX_FAIL(r, r->x.ev_line, "a %s edge in a graph whose defaultedgetype is %s: innolink "
                "reads graphs whose ties are all directed or all undirected", type,
                r->directed ? "directed" : "undirected");
    }
    IGRAPH_CHECK(il_i_fg_add_edge(r->fg, s, t, weight, r->x.ev_line, &e));
    if (label) {
        IGRAPH_CHECK(set_named(r, 1, e, "label", IL_ATTR_STRING, label));
    }
    if (kind) {
        IGRAPH_CHECK(set_named(r, 1, e, "kind", IL_ATTR_STRING, kind));
    }
    IGRAPH_CHECK(element_times(r, 1, e));
    return read_children(r, 1, e);
}

static igraph_error_t read_children(gx_t *r, int edge, size_t i)
{
    size_t depth = r->x.depth;
    for (;;) {
        const char *nm;
        IGRAPH_CHECK(il_i_xml_next(&r->x));
        if (r->x.ev == IL_XML_END && r->x.depth == depth - 1) {
            return IGRAPH_SUCCESS;
        }
        if (r->x.ev != IL_XML_START) {
            continue;
        }
        nm = r->x.local;
        if (strcmp(nm, "attvalues") == 0) {
            IGRAPH_CHECK(read_attvalues(r, edge, i));
        } else if (strcmp(nm, "spells") == 0 || strcmp(nm, "timestamps") == 0) {
            IGRAPH_CHECK(read_spells(r, edge, i, nm[0] == 't'));
        } else if (strcmp(nm, "color") == 0) {
            IGRAPH_CHECK(read_color(r, edge, i));
            IGRAPH_CHECK(il_i_xml_skip(&r->x));
        } else if (strcmp(nm, "position") == 0 && !edge) {
            const char *z = il_i_xml_attr(&r->x, "z");
            double zv;
            IGRAPH_CHECK(viz_number(r, 0, i, "x", "x"));
            IGRAPH_CHECK(viz_number(r, 0, i, "y", "y"));
            if (z && il_parse_number(z, &zv) && zv != 0) {
                IGRAPH_CHECK(viz_number(r, 0, i, "z", "z"));
            }
            IGRAPH_CHECK(il_i_xml_skip(&r->x));
        } else if (strcmp(nm, "size") == 0 && !edge) {
            IGRAPH_CHECK(viz_number(r, 0, i, "value", "size"));
            IGRAPH_CHECK(il_i_xml_skip(&r->x));
        } else if (strcmp(nm, "thickness") == 0 && edge) {
            IGRAPH_CHECK(viz_number(r, 1, i, "value", "thickness"));
            IGRAPH_CHECK(il_i_xml_skip(&r->x));
        } else if (strcmp(nm, "shape") == 0) {
            const char *v = il_i_xml_attr(&r->x, "value");
            if (v) {
                IGRAPH_CHECK(set_named(r, edge, i, "shape", IL_ATTR_STRING, v));
            }
            IGRAPH_CHECK(il_i_xml_skip(&r->x));
        } else if (strcmp(nm, "nodes") == 0 && !edge) {
            /* a hierarchy: the children are nodes too */
            size_t nd = r->x.depth;
            for (;;) {
                IGRAPH_CHECK(il_i_xml_next(&r->x));
                if (r->x.ev == IL_XML_END && r->x.depth == nd - 1) {
                    break;
                }
                if (r->x.ev == IL_XML_START && strcmp(r->x.local, "node") == 0) {
                    IGRAPH_CHECK(read_node(r));
                } else if (r->x.ev == IL_XML_START) {
                    IGRAPH_CHECK(il_i_xml_skip(&r->x));
                }
            }
        } else {
            IGRAPH_CHECK(il_i_xml_skip(&r->x));     /* parents, edges of a hierarchy, ... */
        }
    }
}

/* <nodes> or <edges>: each child element in turn. */
static igraph_error_t read_list(gx_t *r, int edge)
{
    size_t depth = r->x.depth;
    for (;;) {
        IGRAPH_CHECK(il_i_xml_next(&r->x));
        if (r->x.ev == IL_XML_END && r->x.depth == depth - 1) {
            return IGRAPH_SUCCESS;
        }
        if (r->x.ev == IL_XML_START && strcmp(r->x.local, edge ? "edge" : "node") == 0) {
            IGRAPH_CHECK(edge ? read_edge(r) : read_node(r));
        } else if (r->x.ev == IL_XML_START) {
            IGRAPH_CHECK(il_i_xml_skip(&r->x));
        }
    }
}

/* The document: <gexf> <meta/> <graph> attributes, nodes, edges </graph>. */
static igraph_error_t read_document(gx_t *r)
{
    int in_graph = 0, graphs = 0;
    IGRAPH_CHECK(il_i_xml_next(&r->x));
    if (r->x.ev != IL_XML_START || strcmp(r->x.local, "gexf") != 0) {
        GX_FAIL(r, r->x.ev_line, "expected the root element <gexf>, found <%s>: is this a "
                "GEXF file?", r->x.ev == IL_XML_START ? r->x.name : "nothing");
    }
    for (;;) {
        IGRAPH_CHECK(il_i_xml_next(&r->x));
        if (r->x.ev == IL_XML_EOF) {
            break;
        }
        if (r->x.ev == IL_XML_END) {
            if (strcmp(r->x.local, "graph") == 0) {
                in_graph = 0;
            }
            continue;
        }
        if (r->x.ev != IL_XML_START) {
            continue;
        }
        if (!in_graph && strcmp(r->x.local, "graph") == 0) {
            const char *t = il_i_xml_attr(&r->x, "defaultedgetype");
            if (++graphs > 1) {
                GX_FAIL(r, r->x.ev_line, "a second <graph>: innolink reads one graph per file");
            }
            if (t && strcmp(t, "directed") != 0 && strcmp(t, "undirected") != 0 &&
                strcmp(t, "mutual") != 0) {
                GX_FAIL(r, r->x.ev_line, "defaultedgetype '%s': expected directed or "
                        "undirected", t);
            }
            r->directed = t && strcmp(t, "directed") == 0;
            in_graph = 1;
        } else if (in_graph && strcmp(r->x.local, "attributes") == 0) {
            IGRAPH_CHECK(read_attributes(r));
        } else if (in_graph && strcmp(r->x.local, "nodes") == 0) {
            IGRAPH_CHECK(read_list(r, 0));
        } else if (in_graph && strcmp(r->x.local, "edges") == 0) {
            IGRAPH_CHECK(read_list(r, 1));
        } else {
            IGRAPH_CHECK(il_i_xml_skip(&r->x));     /* meta and anything unknown */
        }
    }
    if (graphs == 0) {
        GX_FAIL(r, r->x.ev_line, "no <graph> element");
    }
    return IGRAPH_SUCCESS;
}

static void gx_free(void *p)
{
    gx_destroy((gx_t *) p);
}

/**
 * \function il_i_read_gexf
 * \brief Read a GEXF file (1.1, 1.2draft, 1.3) into \p g.
 *
 * See the file comment for what becomes of each part. Directedness comes
 * from defaultedgetype (undirected when absent, as the format says); a
 * tie of the other kind is an error, as are unknown attribute ids, ties to
 * undeclared nodes, repeated node ids and ill-formed XML, each naming the
 * file and line. A dynamic attribute keeps its last value (a warning
 * counts them).
 * \return IGRAPH_PARSEERROR, IGRAPH_EFILE, IGRAPH_EINVAL (options),
 *         IGRAPH_ENOMEM. Time complexity: O(file size + (n + m) * columns).
 */
igraph_error_t il_i_read_gexf(const il_load_options_t *opts, il_graph_t *g)
{
    gx_t r;
    igraph_integer_t replaced = 0;
    memset(&r, 0, sizeof r);
    IGRAPH_FINALLY(gx_free, &r);
    IGRAPH_CHECK(il_i_xml_open(&r.x, opts));
    IGRAPH_CHECK(il_i_fg_new(&r.fg, opts->edges_path));
    il_i_fg_default_weight(r.fg);
    IGRAPH_CHECK(read_document(&r));
    IGRAPH_CHECK(il_i_fg_build(r.fg, opts, r.directed, g, &replaced));
    if (r.dynamic > 0) {
        il_warn("%s: %" IGRAPH_PRId " dynamic attribute values (with start/end): each "
                "attribute keeps the last value listed", opts->edges_path, r.dynamic);
    }
    gx_destroy(&r);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}
