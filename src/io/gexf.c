/*
 * GEXF for Gephi: 1.2draft by default (Gephi, networkx 2.8 and 3.x read
 * it), 1.3 on request; the graph, its attributes, tie weights, and node
 * positions from a seeded layout, colours and sizes, so that the file
 * opens already drawn.
 */
#include "io/io_internal.h"
#include "core/version.h"
#include "io/gexf_spells.h"

#include <math.h>
#include <stdlib.h>

/* GEXF's own fields carry the label, the weight and the id (GEXF ids may
 * be any string): no attribute repeats them. */
static int gexf_own(const il_i_attr_t *at)
{
    return at->source == IL_I_LABEL || at->source == IL_I_WEIGHT || at->source == IL_I_NAME;
}

static void gexf_attributes(FILE *out, const il_i_plan_t *plan, int edge,
                            igraph_integer_t *replaced)
{
    size_t a, id = 0;
    fprintf(out, "    <attributes class=\"%s\">\n", edge ? "edge" : "node");
    for (a = 0; a < plan->nattr; a++) {
        const il_i_attr_t *at = &plan->attr[a];
        if (at->edge != edge || gexf_own(at)) {
            continue;
        }
        fprintf(out, "      <attribute id=\"%s%zu\" title=\"", edge ? "e" : "v", id++);
        il_xml_write(out, at->name, 1, replaced);
        fprintf(out, "\" type=\"%s\"/>\n", il_i_type_name(at->type));
    }
    fputs("    </attributes>\n", out);
}

/* Spells of time: runs of consecutive slices slice[0..n), merged where
 * the slices join; with \p w, one attvalue per run of equal weight. */
static void gexf_runs(FILE *out, const il_gexf_spells_t *s, const igraph_integer_t *slice,
                      igraph_integer_t n, const double *w)
{
    igraph_integer_t i = 0, j;
    char buf[40];
    while (i < n) {
        for (j = i; j + 1 < n && slice[j + 1] == slice[j] + 1 && s->joins[slice[j]] &&
             (!w || w[j + 1] == w[i]); j++) {
        }
        if (w) {
            il_i_format_double(w[i], buf, sizeof buf);
            fprintf(out, "<attvalue for=\"w\" value=\"%s\" start=\"%s\" end=\"%s\"/>", buf,
                    s->start[slice[i]], s->end[slice[j]]);
        } else {
            fprintf(out, "<spell start=\"%s\" end=\"%s\"/>", s->start[slice[i]],
                    s->end[slice[j]]);
        }
        i = j + 1;
    }
}

/* A node's or an edge's <spells>. */
static void gexf_spells(FILE *out, const il_gexf_spells_t *s, const igraph_integer_t *off,
                        const igraph_integer_t *slice, igraph_integer_t i)
{
    fputs("<spells>", out);
    gexf_runs(out, s, slice + off[i], off[i + 1] - off[i], NULL);
    fputs("</spells>", out);
}

static void gexf_values(FILE *out, const il_export_t *x, const il_i_plan_t *plan, int edge,
                        igraph_integer_t i, igraph_integer_t *replaced,
                        const il_gexf_spells_t *s)
{
    size_t a, id = 0;
    int open = 0;
    char buf[40];
    for (a = 0; a < plan->nattr; a++) {
        const il_i_attr_t *at = &plan->attr[a];
        const char *val;
        if (at->edge != edge || gexf_own(at)) {
            continue;
        }
        val = il_i_plan_value(x, at, i, buf);
        if (val[0]) {
            if (!open) {
                fputs("<attvalues>", out);
                open = 1;
            }
            fprintf(out, "<attvalue for=\"%s%zu\" value=\"", edge ? "e" : "v", id);
            il_xml_write(out, val, 1, replaced);
            fputs("\"/>", out);
        }
        id++;
    }
    if (s && edge) {                /* the weight in each window */
        if (!open) {
            fputs("<attvalues>", out);
            open = 1;
        }
        gexf_runs(out, s, s->edge_slice + s->edge_off[i], s->edge_off[i + 1] - s->edge_off[i],
                  s->edge_weight + s->edge_off[i]);
    }
    if (open) {
        fputs("</attvalues>", out);
    }
}

/* viz:size and viz:color of node \p i, when given. */
static void gexf_viz(FILE *out, const il_export_t *x, igraph_integer_t i)
{
    char buf[40];
    if (x->vsize && isfinite(x->vsize[i])) {
        il_i_format_double(x->vsize[i], buf, sizeof buf);
        fprintf(out, "<viz:size value=\"%s\"/>", buf);
    }
    if (x->rgb) {
        fprintf(out, "<viz:color r=\"%lu\" g=\"%lu\" b=\"%lu\"/>", (x->rgb[i] >> 16) & 0xFF,
                (x->rgb[i] >> 8) & 0xFF, x->rgb[i] & 0xFF);
    }
}

/* The GEXF header: 1.2draft (what Gephi and networkx 2.8 read), or 1.3
 * when asked for a static graph (spells are always 1.2draft). */
static void gexf_header(FILE *out, const il_export_t *x, const il_gexf_spells_t *s)
{
    if (!s && x->gexf_version == 13) {
        fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\"\n"
              "      xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
              "      xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\"\n"
              "      version=\"1.3\">\n", out);
        return;
    }
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<gexf xmlns=\"http://www.gexf.net/1.2draft\" "
          "xmlns:viz=\"http://www.gexf.net/1.2draft/viz\"\n"
          "      xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
          "      xsi:schemaLocation=\"http://www.gexf.net/1.2draft "
          "http://www.gexf.net/1.2draft/gexf.xsd\"\n"
          "      version=\"1.2\">\n", out);
}

/* The <graph> element: static, or dynamic over the slices of \p s. */
static void gexf_graph(FILE *out, const il_graph_t *g, const il_gexf_spells_t *s)
{
    const char *type = g->directed ? "directed" : "undirected";
    if (!s) {
        fprintf(out, "  <graph mode=\"static\" defaultedgetype=\"%s\">\n", type);
        return;
    }
    fprintf(out, "  <graph mode=\"dynamic\" defaultedgetype=\"%s\" timeformat=\"%s\"",
            type, s->timeformat);
    if (s->nslice > 0) {
        fprintf(out, " start=\"%s\" end=\"%s\"", s->start[0], s->end[s->nslice - 1]);
    }
    fputs(">\n", out);
}

static igraph_error_t gexf_write(il_export_t *x, const il_gexf_spells_t *s, FILE *out)
{
    const il_graph_t *g = x->g;
    igraph_integer_t n = il_graph_vcount(g), m = il_graph_ecount(g), i;
    il_i_plan_t plan;
    char buf[40], *desc;

    x->replaced = 0;
    IGRAPH_CHECK(il_i_check_ids(g));
    desc = il_i_meta_text(x->meta);
    IGRAPH_CHECK_OOM(desc, "Out of memory writing GEXF.");
    IGRAPH_FINALLY(igraph_free, desc);
    IGRAPH_CHECK(il_i_plan_init(&plan, x));
    IGRAPH_FINALLY(il_i_plan_destroy, &plan);

    gexf_header(out, x, s);
    fputs("  <meta>\n    <creator>innolink " IL_VERSION "</creator>\n", out);
    if (desc[0]) {
        fputs("    <description>", out);
        il_xml_write(out, desc, 0, &x->replaced);
        fputs("</description>\n", out);
    }
    fputs("  </meta>\n", out);
    gexf_graph(out, g, s);
    gexf_attributes(out, &plan, 0, &x->replaced);
    gexf_attributes(out, &plan, 1, &x->replaced);
    if (s) {
        fputs("    <attributes class=\"edge\" mode=\"dynamic\">\n"
              "      <attribute id=\"w\" title=\"weight\" type=\"double\"/>\n"
              "    </attributes>\n", out);
    }
    fputs("    <nodes>\n", out);
    for (i = 0; i < n; i++) {
        fputs("      <node id=\"", out);
        il_xml_write(out, il_graph_vertex_id(g, i), 1, NULL);
        fputs("\" label=\"", out);
        il_xml_write(out, il_graph_vertex_label(g, i), 1, &x->replaced);
        fputs("\">", out);
        gexf_values(out, x, &plan, 0, i, &x->replaced, s);
        if (s) {
            gexf_spells(out, s, s->node_off, s->node_slice, i);
        }
        gexf_viz(out, x, i);
        if (x->xy && isfinite(MATRIX(*x->xy, i, 0)) && isfinite(MATRIX(*x->xy, i, 1))) {
            char yb[40];
            il_i_format_double(MATRIX(*x->xy, i, 0), buf, sizeof buf);
            il_i_format_double(MATRIX(*x->xy, i, 1), yb, sizeof yb);
            fprintf(out, "<viz:position x=\"%s\" y=\"%s\" z=\"0\"/>", buf, yb);
        }
        fputs("</node>\n", out);
    }
    fputs("    </nodes>\n    <edges>\n", out);
    for (i = 0; i < m; i++) {
        igraph_integer_t ea, eb;
        il_i_edge_ends(g, i, &ea, &eb);
        fprintf(out, "      <edge id=\"%" IGRAPH_PRId "\" source=\"", i);
        il_xml_write(out, il_graph_vertex_id(g, ea), 1, NULL);
        fputs("\" target=\"", out);
        il_xml_write(out, il_graph_vertex_id(g, eb), 1, NULL);
        if (s) {                    /* the weight is per window (an attvalue) */
            fputs("\">", out);
        } else {
            il_i_format_double(VECTOR(g->weight)[i], buf, sizeof buf);
            fprintf(out, "\" weight=\"%s\">", buf);
        }
        gexf_values(out, x, &plan, 1, i, &x->replaced, s);
        if (s) {
            gexf_spells(out, s, s->edge_off, s->edge_slice, i);
        }
        fputs("</edge>\n", out);
    }
    fputs("    </edges>\n  </graph>\n</gexf>\n", out);

    il_i_plan_destroy(&plan);
    free(desc);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_write_gexf
 * \brief Write the graph as GEXF 1.2draft (x->gexf_version 13: GEXF 1.3).
 *
 * Node ids are the input ids (GEXF ids may be any string) and labels the
 * labels; the tie strength is the edge `weight`; other columns are
 * declared attributes (same names and types as in GraphML); \p x->xy,
 * when given, becomes viz:position (y up, as in Gephi and in
 * il_layout()), \p x->rgb viz:color and \p x->vsize viz:size; the
 * graph-level record becomes the meta description. Non-finite positions,
 * sizes and values are left out.
 *
 * \return IGRAPH_EINVAL for a node id XML cannot hold; IGRAPH_ENOMEM.
 * Time complexity: O((n + m) * attributes).
 */
igraph_error_t il_write_gexf(il_export_t *x, FILE *out)
{
    return gexf_write(x, NULL, out);
}

/**
 * \function il_write_gexf_spells
 * \brief Write the graph as dynamic GEXF 1.2draft with time spells.
 *
 * As il_write_gexf(), but in GEXF 1.2draft (http://www.gexf.net/1.2draft,
 * the version Gephi and networkx read dynamics from) with
 * mode="dynamic" and timeformat s->timeformat: every node and edge holds
 * <spells> with one closed interval [start, end] per run of consecutive
 * slices it is in, and the tie strength is the dynamic edge attribute
 * "weight", one attvalue (with start and end) per run of equal weight.
 * Edges carry no static weight.
 *
 * \return IGRAPH_EINVAL for a node id XML cannot hold; IGRAPH_ENOMEM.
 * Time complexity: O((n + m) * attributes + spells).
 */
igraph_error_t il_write_gexf_spells(il_export_t *x, const il_gexf_spells_t *s, FILE *out)
{
    return gexf_write(x, s, out);
}
