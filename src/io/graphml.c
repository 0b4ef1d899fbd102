/*
 * GraphML 1.0 written by innolink itself, because igraph 0.10.2's writer
 * leaves truncated or ill-formed files and colliding key ids (PITFALLS
 * item 3). What the file holds is described in docs/formats.md.
 */
#include "io/io_internal.h"

#include <stdlib.h>

/* `<data key="e12">`, written without printf: one per value of a million
 * ties adds up. */
static void data_key(FILE *out, char kind, size_t k)
{
    char digits[24];
    size_t d = sizeof digits;
    do {
        digits[--d] = (char) ('0' + k % 10);
        k /= 10;
    } while (k > 0);
    fputs("<data key=\"", out);
    fputc(kind, out);
    fwrite(digits + d, 1, sizeof digits - d, out);
    fputs("\">", out);
}

/**
 * \function il_write_graphml
 * \brief Write the graph, its attributes and computed columns as GraphML.
 *
 * Keys have ids v0, v1, ... (nodes) and e0, e1, ... (edges), so node and
 * edge attributes of the same name never collide, and every key has
 * `for=` and `attr.type` (string, long, double or boolean). Node ids are
 * the input ids when they are NMTOKENs, as the GraphML schema requires,
 * else an escaped form (il_i_graphml_id()); `name` always carries the
 * input id (igraph's vertex name) and `label` the label (Gephi's).
 * Values that are empty or non-finite are left out. The graph-level record (options used,
 * summary) goes into the graph's `<desc>` rather than graph-level keys,
 * which Gephi reports as errors.
 *
 * \return IGRAPH_EINVAL for a node id XML cannot hold (nothing is
 *         written then); IGRAPH_ENOMEM. Write errors show in \p out's
 *         error flag, which the caller checks (il_output_commit()).
 *
 * Time complexity: O((n + m) * attributes).
 */
igraph_error_t il_write_graphml(il_export_t *x, FILE *out)
{
    const il_graph_t *g = x->g;
    igraph_integer_t n = il_graph_vcount(g), m = il_graph_ecount(g), i;
    il_i_plan_t plan;
    size_t a, nv = 0, ne = 0;
    char buf[40], *desc;

    x->replaced = 0;
    IGRAPH_CHECK(il_i_check_ids(g));
    desc = il_i_meta_text(x->meta);
    IGRAPH_CHECK_OOM(desc, "Out of memory writing GraphML.");
    IGRAPH_FINALLY(igraph_free, desc);
    IGRAPH_CHECK(il_i_plan_init(&plan, x));
    IGRAPH_FINALLY(il_i_plan_destroy, &plan);

    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
          "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
          "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
          "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n", out);
    for (a = 0; a < plan.nattr; a++) {
        il_i_attr_t *at = &plan.attr[a];
        fprintf(out, "  <key id=\"%c%zu\" for=\"%s\" attr.name=\"", at->edge ? 'e' : 'v',
                at->edge ? ne++ : nv++, at->edge ? "edge" : "node");
        il_xml_write(out, at->name, 1, &x->replaced);
        fprintf(out, "\" attr.type=\"%s\"/>\n", il_i_type_name(at->type));
    }
    fprintf(out, "  <graph id=\"G\" edgedefault=\"%s\">\n",
            g->directed ? "directed" : "undirected");
    if (desc[0]) {
        fputs("    <desc>", out);
        il_xml_write(out, desc, 0, &x->replaced);
        fputs("</desc>\n", out);
    }
    for (i = 0; i < n; i++) {
        fputs("    <node id=\"", out);
        il_i_graphml_id(out, il_graph_vertex_id(g, i));
        fputs("\">", out);
        for (a = 0, nv = 0; a < plan.nattr; a++) {
            const char *val;
            if (plan.attr[a].edge) {
                continue;
            }
            val = il_i_plan_value(x, &plan.attr[a], i, buf);
            if (val[0]) {
                data_key(out, 'v', nv);
                il_xml_write(out, val, 0, &x->replaced);
                fputs("</data>", out);
            }
            nv++;
        }
        fputs("</node>\n", out);
    }
    for (i = 0; i < m; i++) {
        igraph_integer_t ea, eb;
        il_i_edge_ends(g, i, &ea, &eb);
        fputs("    <edge source=\"", out);
        il_i_graphml_id(out, il_graph_vertex_id(g, ea));
        fputs("\" target=\"", out);
        il_i_graphml_id(out, il_graph_vertex_id(g, eb));
        fputs("\">", out);
        for (a = 0, ne = 0; a < plan.nattr; a++) {
            const char *val;
            if (!plan.attr[a].edge) {
                continue;
            }
            val = il_i_plan_value(x, &plan.attr[a], i, buf);
            if (val[0]) {
                data_key(out, 'e', ne);
                il_xml_write(out, val, 0, &x->replaced);
                fputs("</data>", out);
            }
            ne++;
        }
        fputs("</edge>\n", out);
    }
    fputs("  </graph>\n</graphml>\n", out);

    il_i_plan_destroy(&plan);
    free(desc);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}
