/*
 * Mixing of a node attribute (--by ATTR): mixing matrices and nominal
 * assortativity, unweighted and weighted (analysis/mixing.c).
 */
#ifndef IL_ANALYSIS_MIXING_H
#define IL_ANALYSIS_MIXING_H

#include "core/compat.h"
#include "analysis/partition.h"
#include "model/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Mixing of a node attribute ------------------------------------------- */

/* The mixing matrices and nominal assortativity of a partition. */
typedef struct il_mixing {
    igraph_integer_t k;
    igraph_bool_t directed;
    igraph_matrix_t ties, weight;       /* k x k: undirected symmetric, ties counted once per cell */
    igraph_matrix_t e, e_weighted;      /* k x k: shares of tie ends (networkx mixing matrix) */
    double assortativity, assortativity_weighted;
    double ties_total, weight_total;
} il_mixing_t;

/* Mixing matrix and nominal assortativity (unweighted and weighted). */
igraph_error_t il_mixing(const il_graph_t *g, const il_partition_t *p, il_mixing_t *res);

/* Free a mixing result; accepts a zero-filled one. */
void il_mixing_destroy(il_mixing_t *res);

#ifdef __cplusplus
}
#endif

#endif /* IL_ANALYSIS_MIXING_H */
