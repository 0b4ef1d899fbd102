/*
 * The views of a graph that several analyses share: the undirected simple
 * graph that clustering is defined on, and edge lengths derived from tie
 * strengths for path-based measures (analysis/distance.c).
 */
#ifndef IL_ANALYSIS_DISTANCE_H
#define IL_ANALYSIS_DISTANCE_H

#include "core/compat.h"
#include "model/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Views of the graph --------------------------------------------------- */

/* The undirected simple view that clustering measures are defined on:
 * directed ties collapsed, self-loops and multiple ties removed. Sets
 * *view to &g->graph when g already is that, else to *copy (made = 1, the
 * caller destroys it). */
igraph_error_t il_graph_simple_undirected(const il_graph_t *g, igraph_t *copy,
                                          const igraph_t **view, int *made);

/* ---- Distances from tie strengths ------------------------------------- */

/* How path-based measures turn a tie strength w into a length. */
typedef enum il_distance {
    IL_DIST_INVERSE = 0,    /* d = 1/w (default): stronger ties are shorter */
    IL_DIST_NONE,           /* every tie has length 1 (hops) */
    IL_DIST_RAW             /* the weight already is a distance */
} il_distance_t;

/* Fill \p out (initialised by the caller) with one length per edge and set
 * *use to \p out, or to NULL for IL_DIST_NONE (igraph's unweighted case). */
igraph_error_t il_distance_weights(const il_graph_t *g, il_distance_t mode,
                                   igraph_vector_t *out, const igraph_vector_t **use);

/* "inverse (d = 1/w)", "none (hops)" or "raw (weight is a distance)". */
const char *il_distance_name(il_distance_t mode);

#ifdef __cplusplus
}
#endif

#endif /* IL_ANALYSIS_DISTANCE_H */
