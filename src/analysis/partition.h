/*
 * Groups of nodes: partitions from a node attribute (--by ATTR) or from a
 * membership vector, the participation coefficient, and the checks the
 * between-group measures share (analysis/partition.c).
 */
#ifndef IL_ANALYSIS_PARTITION_H
#define IL_ANALYSIS_PARTITION_H

#include "core/compat.h"
#include "model/graph.h"
#include "model/strtab.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Partitions from a node attribute (--by ATTR) ------------------------ */

/* What to do with nodes whose group value is empty. */
typedef enum il_empty_group {
    IL_EMPTY_ERROR = 0,     /* an error naming the node */
    IL_EMPTY_OWN_GROUP      /* put them together in the group "(none)" */
} il_empty_group_t;

/* Groups of nodes: membership[v] in 0..k-1; group g is named names[g].
 * Groups are numbered in byte order of their names. */
typedef struct il_partition {
    igraph_vector_int_t membership;
    il_strtab_t names;
    igraph_integer_t k;
    igraph_vector_int_t size;   /* nodes per group */
} il_partition_t;

/* The partition of the nodes by the values of node attribute \p attr. */
igraph_error_t il_partition_from_attr(const il_graph_t *g, const char *attr,
                                      il_empty_group_t empty, il_partition_t *p);

/* A partition from a membership vector (values 0..k-1), groups named by number. */
igraph_error_t il_partition_from_membership(const igraph_vector_int_t *membership,
                                            il_partition_t *p);

/* Free a partition; accepts a zero-filled one. */
void il_partition_destroy(il_partition_t *p);

/* The name of group \p i. */
const char *il_partition_name(const il_partition_t *p, igraph_integer_t i);

/* 1 when node attribute column \p col looks categorical (see docs). */
int il_vattr_is_categorical(const il_graph_t *g, size_t col);

/* ---- Measures over a partition ------------------------------------------- */

/* Participation coefficient of every node (Guimera & Amaral 2005):
 * P_i = 1 - sum_s (k_is / k_i)^2 over groups s, with ties counted
 * (weighted = 0) or tie strengths summed (weighted = 1); 0 when k_i = 0
 * (as the Brain Connectivity Toolbox). Directed ties count in and out. */
igraph_error_t il_participation(const il_graph_t *g, const il_partition_t *p,
                                int weighted, igraph_vector_t *res);

/* An error naming \p attr when the partition has fewer than two groups. */
igraph_error_t il_groups_require_two(const il_partition_t *p, const char *attr);

/* Most groups the between-group measures take: their k x k matrices and
 * k(k-1)/2 pairs need about 1.4 GB at k = 1000. */
#define IL_GROUPS_MAX 1000

/* An error naming \p attr unless the partition has 2 to IL_GROUPS_MAX groups:
 * the one policy of every between-group measure. */
igraph_error_t il_groups_require(const il_partition_t *p, const char *attr);

/* How empty group values were handled, as outputs record it:
 * "own group \"(none)\"" or "error". */
const char *il_empty_group_name(il_empty_group_t empty);

#ifdef __cplusplus
}
#endif

#endif /* IL_ANALYSIS_PARTITION_H */
