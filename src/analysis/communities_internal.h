/*
 * What the files of the communities family share (analysis/communities.c,
 * communities_figures.c, partition_compare.c). Not part of the public API.
 */
#ifndef IL_COMMUNITIES_INTERNAL_H
#define IL_COMMUNITIES_INTERNAL_H

#include "core/compat.h"
#include "analysis/communities.h"
#include "model/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- The graph the methods see (communities_figures.c) ------------------- */

/* The input graph, or its symmetrized undirected copy. */
typedef struct il_i_comm_work {
    const igraph_t *graph;
    const igraph_vector_t *weight;
    igraph_bool_t directed;
    igraph_t own;
    igraph_vector_t own_weight;
    int made;
} il_i_comm_work_t;

/* The input graph, or its copy symmetrized as \p mode says. */
igraph_error_t il_i_comm_work_init(il_i_comm_work_t *wk, const il_graph_t *g,
                                   il_symmetrize_t mode);

/* Free the symmetrized copy, if one was made. */
void il_i_comm_work_destroy(il_i_comm_work_t *w);

/* il_i_comm_work_destroy() for IGRAPH_FINALLY. */
void il_i_comm_work_free(void *p);

/* The sum of the tie strengths (0 without ties). */
double il_i_comm_total_weight(const igraph_vector_t *w);

/* ---- Results (communities_figures.c) ------------------------------------- */

/* An empty result for n nodes. */
igraph_error_t il_i_comm_init(il_communities_t *r, igraph_integer_t n);

/* il_communities_destroy() for IGRAPH_FINALLY. */
void il_i_comm_free(void *p);

/* IGRAPH_EINVAL for a bad resolution or runs < 1. */
igraph_error_t il_i_comm_check_options(const il_communities_options_t *o);

/* Modularity and per-community figures of r->membership on the working graph. */
igraph_error_t il_i_comm_figures(const il_i_comm_work_t *wk, const il_communities_options_t *o,
                                 il_communities_t *r);

/* ---- Comparing runs (partition_compare.c) -------------------------------- */

/* *same = 1 when two memberships describe the same partition. */
igraph_error_t il_i_same_partition(const igraph_vector_int_t *a, const igraph_vector_int_t *b,
                                   int *same);

/* Distinct partitions, mean NMI and ARI over pairs of runs, node stability. */
igraph_error_t il_i_communities_stability(il_communities_t *r, const igraph_matrix_int_t *runs);

#ifdef __cplusplus
}
#endif

#endif /* IL_COMMUNITIES_INTERNAL_H */
