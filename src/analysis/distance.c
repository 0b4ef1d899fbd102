/*
 * The views of a graph that several analyses share: the undirected simple
 * view that clustering is defined on, and edge lengths derived from tie
 * strengths for the path-based measures.
 */
#include "analysis/distance.h"

#include <string.h>

/**
 * \function il_graph_simple_undirected
 * \brief The undirected simple view of a graph, for clustering measures.
 *
 * DEFINITIONS.md defines transitivity and clustering on it (networkx's
 * functions reject directed input; igraph ignores direction): directed ties
 * collapsed to one, self-loops and multiple ties removed. No copy is made
 * when the graph already is undirected and simple.
 *
 * \param copy  Filled when a copy is needed; then *made = 1 and the caller
 *              destroys it.
 * \param view  Set to the graph to use: &g->graph or \p copy.
 * \return IGRAPH_ENOMEM. Time complexity: O(n + m).
 */
igraph_error_t il_graph_simple_undirected(const il_graph_t *g, igraph_t *copy,
                                          const igraph_t **view, int *made)
{
    igraph_bool_t simple;
    *made = 0;
    *view = &g->graph;
    IGRAPH_CHECK(igraph_is_simple(&g->graph, &simple));
    if (!g->directed && simple) {
        return IGRAPH_SUCCESS;
    }
    IGRAPH_CHECK(igraph_copy(copy, &g->graph));
    IGRAPH_FINALLY(igraph_destroy, copy);
    if (g->directed) {
        IGRAPH_CHECK(igraph_to_undirected(copy, IGRAPH_TO_UNDIRECTED_COLLAPSE, NULL));
    }
    IGRAPH_CHECK(igraph_simplify(copy, /* multiple = */ true, /* loops = */ true, NULL));
    IGRAPH_FINALLY_CLEAN(1);
    *made = 1;
    *view = copy;
    return IGRAPH_SUCCESS;
}

/**
 * \function il_distance_weights
 * \brief Edge lengths for path-based measures, derived from tie strengths.
 *
 * \param mode  IL_DIST_INVERSE: 1/w; IL_DIST_RAW: w; IL_DIST_NONE: hops.
 * \param out   An initialised vector, resized to the number of edges
 *              (left empty for IL_DIST_NONE).
 * \param use   Set to \p out, or to NULL for IL_DIST_NONE, ready to pass as
 *              igraph's `weights` argument.
 * \return IGRAPH_ENOMEM. Weights are > 0 and 1/w finite by the loader's
 *         checks, so every length is finite and > 0.
 *
 * Time complexity: O(m).
 */
igraph_error_t il_distance_weights(const il_graph_t *g, il_distance_t mode,
                                   igraph_vector_t *out, const igraph_vector_t **use)
{
    igraph_integer_t m = il_graph_ecount(g), e;
    if (mode == IL_DIST_NONE) {
        igraph_vector_clear(out);
        *use = NULL;
        return IGRAPH_SUCCESS;
    }
    IGRAPH_CHECK(igraph_vector_resize(out, m));
    for (e = 0; e < m; e++) {
        double w = VECTOR(g->weight)[e];
        VECTOR(*out)[e] = mode == IL_DIST_INVERSE ? 1.0 / w : w;
    }
    *use = out;
    return IGRAPH_SUCCESS;
}

/** \function il_distance_name \brief How a distance mode is shown in outputs. */
const char *il_distance_name(il_distance_t mode)
{
    switch (mode) {
    case IL_DIST_NONE:
        return "none (every tie has length 1)";
    case IL_DIST_RAW:
        return "raw (the weight is a distance)";
    default:
        return "inverse (d = 1/w)";
    }
}
