/*
 * Graphs made from a graph by choosing ties: a backbone (the ties a filter
 * kept), a layer (the ties of one kind), and a computed edge column added
 * to a graph (a kept tie's p-value). The induced subgraph and the ego
 * network are in graph.c.
 */
#include "model/graph.h"
#include "model/model_internal.h"

#include <stdlib.h>
#include <string.h>

/**
 * \function il_graph_keep_ties
 * \brief The graph of the ties with keep[e] != 0.
 *
 * Vertices, ties and their attributes keep their relative order; weights
 * and load counts are copied. With \p drop_untied = 0 every vertex stays
 * (an aligned graph: vertex i is vertex i of \p g). With 1, a vertex that
 * had ties in \p g and keeps none is left out; vertices without ties in
 * \p g (isolates from a node table) stay, so that a filter never removes
 * what it did not judge.
 *
 * \param out  IL_GRAPH_INIT on entry; the new graph on success.
 * \return IGRAPH_ENOMEM. Time complexity: O(n + m + attribute tables).
 */
igraph_error_t il_graph_keep_ties(const il_graph_t *g, const char *keep, int drop_untied,
                                  il_graph_t *out)
{
    igraph_integer_t n = il_graph_vcount(g), m = il_graph_ecount(g), v, e, nn = 0;
    igraph_vector_int_t newid, vpick, epick, edges;
    char *had, *kept;

    had = calloc((size_t) n + 1, 1);
    kept = calloc((size_t) n + 1, 1);
    if (!had || !kept) {
        free(had);
        free(kept);
        IGRAPH_ERROR("Out of memory choosing ties.", IGRAPH_ENOMEM);
    }
    IGRAPH_FINALLY(igraph_free, had);
    IGRAPH_FINALLY(igraph_free, kept);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&newid, n);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&vpick, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&epick, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&edges, 0);
    for (e = 0; e < m; e++) {
        igraph_integer_t a = IGRAPH_FROM(&g->graph, e), b = IGRAPH_TO(&g->graph, e);
        had[a] = had[b] = 1;
        if (keep[e]) {
            kept[a] = kept[b] = 1;
        }
    }
    for (v = 0; v < n; v++) {
        int stay = !drop_untied || !had[v] || kept[v];
        VECTOR(newid)[v] = stay ? nn++ : -1;
        if (stay) {
            IGRAPH_CHECK(igraph_vector_int_push_back(&vpick, v));
        }
    }
    for (e = 0; e < m; e++) {
        if (keep[e]) {
            IGRAPH_CHECK(igraph_vector_int_push_back(&epick, e));
            IGRAPH_CHECK(igraph_vector_int_push_back(&edges,
                                                     VECTOR(newid)[IGRAPH_FROM(&g->graph, e)]));
            IGRAPH_CHECK(igraph_vector_int_push_back(&edges,
                                                     VECTOR(newid)[IGRAPH_TO(&g->graph, e)]));
        }
    }

    IGRAPH_CHECK(il_i_graph_assemble(g, &vpick, &epick, &edges, "the graph of the kept ties",
                                     out));

    igraph_vector_int_destroy(&edges);
    igraph_vector_int_destroy(&epick);
    igraph_vector_int_destroy(&vpick);
    igraph_vector_int_destroy(&newid);
    igraph_free(kept);
    igraph_free(had);
    IGRAPH_FINALLY_CLEAN(6);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_graph_add_eattr
 * \brief Add an edge attribute column: values[e] for edge e.
 *
 * The values are copied (interned). Outputs that carry edge attributes
 * (edge tables, GraphML, GEXF, JSON) then carry the column.
 * \return IGRAPH_EINVAL when a column of that name exists; IGRAPH_ENOMEM.
 *
 * Time complexity: O(m + total length of the values) expected.
 */
igraph_error_t il_graph_add_eattr(il_graph_t *g, const char *name,
                                  const char *const *values)
{
    igraph_integer_t m = il_graph_ecount(g), e;
    size_t col;
    if (il_i_attrs_find(&g->eattr, name) >= 0) {
        IGRAPH_ERRORF("Edge attribute '%s' exists already.", IGRAPH_EINVAL, name);
    }
    IGRAPH_CHECK(il_i_attrs_add(&g->eattr, name, &col));
    IGRAPH_CHECK(il_i_attrs_reserve(&g->eattr, (size_t) m));
    for (e = 0; e < m; e++) {
        uint32_t id;
        IGRAPH_CHECK(il_strtab_intern(&g->eattr.col[col].values, values[e], strlen(values[e]),
                                      &id, NULL));
        g->eattr.col[col].idx[e] = id;
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_graph_merge_ties
 * \brief One tie per pair: parallel ties merged, their strengths summed.
 *
 * With \p directed = 0 a tie u->v and a tie v->u merge too (an undirected
 * view of a directed graph); with 1 (allowed only for a directed \p g)
 * ties merge per ordered pair. Vertices keep their ids, order, node
 * attributes and load counts; edge attributes are not kept (merged ties
 * may disagree on them). Self-loops stay, one per vertex.
 *
 * \param out  IL_GRAPH_INIT on entry; the merged graph on success.
 * \return IGRAPH_EINVAL when asked for directed ties of an undirected
 *         graph; IGRAPH_ENOMEM. Time complexity: O(n + m) expected.
 */
igraph_error_t il_graph_merge_ties(const il_graph_t *g, igraph_bool_t directed,
                                   il_graph_t *out)
{
    il_graph_builder_t *b;
    igraph_integer_t n = il_graph_vcount(g), m = il_graph_ecount(g), v, e;
    igraph_vector_int_t pick;

    if (directed && !g->directed) {
        IGRAPH_ERROR("An undirected graph has no ordered pairs to merge by.", IGRAPH_EINVAL);
    }
    IGRAPH_CHECK(il_graph_builder_new(&b, directed, IL_DUP_SUM, IL_LOOP_KEEP));
    IGRAPH_FINALLY(il_graph_builder_free, b);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&pick, n);
    for (v = 0; v < n; v++) {
        VECTOR(pick)[v] = v;
    }
    il_strtab_destroy(&b->ids);
    IGRAPH_CHECK(il_strtab_copy(&b->ids, &g->ids));
    IGRAPH_CHECK(il_i_attrs_pick(&b->vattr, &g->vattr, VECTOR(pick), (size_t) n));
    for (e = 0; e < m; e++) {
        il_edge_outcome_t outcome;
        IGRAPH_CHECK(il_graph_builder_add_edge(b, (uint32_t) IGRAPH_FROM(&g->graph, e),
                                               (uint32_t) IGRAPH_TO(&g->graph, e),
                                               VECTOR(g->weight)[e], NULL, NULL, 0, &outcome,
                                               NULL));
    }
    b->info = g->info;
    IGRAPH_CHECK(il_graph_builder_finish(b, out));
    igraph_vector_int_destroy(&pick);
    il_graph_builder_free(b);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}
