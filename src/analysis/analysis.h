#ifndef IL_ANALYSIS_H
#define IL_ANALYSIS_H

#include "core/compat.h"
#include "model/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Every analysis is a pure function from an il_graph_t and an options
 * struct to a result struct: no I/O, no printing, no exit. Definitions
 * follow DEFINITIONS.md; docs/metrics.md names the peer for each number.
 * NaN means "no value under the definition" and is reported as null.
 */

/* ---- Summary: whole-graph structure ------------------------------------ */

/* How average path length and diameter are computed. */
typedef enum il_paths_mode {
    IL_PATHS_AUTO = 0,  /* exact when n(n+m) <= IL_PATHS_EXACT_LIMIT, else sampled */
    IL_PATHS_EXACT,     /* breadth-first search from every node */
    IL_PATHS_SAMPLE,    /* from `samples` random sources (seeded) */
    IL_PATHS_SKIP       /* not computed: both values NaN */
} il_paths_mode_t;

#define IL_PATHS_EXACT_LIMIT 1e10

typedef struct il_summary_options {
    il_paths_mode_t paths;
    igraph_integer_t samples;       /* sources for IL_PATHS_SAMPLE / AUTO */
    igraph_uint_t seed;
} il_summary_options_t;

#define IL_SUMMARY_OPTIONS_INIT { IL_PATHS_AUTO, 200, 42 }

typedef struct il_summary {
    igraph_integer_t nodes, edges;
    igraph_bool_t directed;
    double total_weight;
    double density, weighted_density;
    double mean_degree, mean_strength;
    igraph_integer_t components, largest_component_nodes;
    double largest_component_share;
    igraph_integer_t isolates;
    double transitivity, average_clustering;
    double average_path_length, diameter;
    double degree_assortativity;
    igraph_integer_t duplicates_merged, self_loops_dropped;   /* from loading */
    igraph_integer_t path_sources;  /* BFS sources used (nodes when exact) */
    il_paths_mode_t paths_used;     /* EXACT, SAMPLE or SKIP */
} il_summary_t;

/* Whole-graph structure with the keys of DEFINITIONS.md. */
igraph_error_t il_summary(const il_graph_t *g, const il_summary_options_t *opts,
                          il_summary_t *res);

/* Hop-distance statistics from a set of BFS sources (NULL: all nodes). */
igraph_error_t il_path_lengths(const igraph_t *graph, const igraph_vector_int_t *sources,
                               double *mean, double *diameter);

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

/* Parse "inverse", "none" or "raw": 1 and *mode, else 0. */
int il_distance_parse(const char *name, il_distance_t *mode);

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

/* Participation coefficient of every node (Guimera & Amaral 2005):
 * P_i = 1 - sum_s (k_is / k_i)^2 over groups s, with ties counted
 * (weighted = 0) or tie strengths summed (weighted = 1); 0 when k_i = 0
 * (as the Brain Connectivity Toolbox). Directed ties count in and out. */
igraph_error_t il_participation(const il_graph_t *g, const il_partition_t *p,
                                int weighted, igraph_vector_t *res);

/* ---- Pictures: layouts, degree, group graph, coupling plane ------------ */

/* How node positions are found. */
typedef enum il_layout_kind {
    IL_LAYOUT_AUTO = 0,     /* FR up to IL_LAYOUT_FR_MAX nodes, DrL above */
    IL_LAYOUT_FR,           /* Fruchterman-Reingold, weighted, seeded */
    IL_LAYOUT_DRL,          /* DrL (OpenOrd), weighted, seeded */
    IL_LAYOUT_GEO           /* the lat/lon node columns */
} il_layout_kind_t;

#define IL_LAYOUT_FR_MAX 1000

/* Positions (n x 2, y pointing up) from a seeded layout; *used says which
 * layout ran. Geo: x = lon cos(mean lat), y = lat; NaN where missing. */
igraph_error_t il_layout(const il_graph_t *g, il_layout_kind_t kind, igraph_uint_t seed,
                         igraph_matrix_t *xy, il_layout_kind_t *used);

/* "fruchterman-reingold", "drl" or "geo". */
const char *il_layout_name(il_layout_kind_t kind);

/* Degree (distinct neighbours, in + out when directed) and strength of
 * every node, as doubles for outputs. */
igraph_error_t il_degree_strength(const il_graph_t *g, igraph_vector_t *degree,
                                  igraph_vector_t *strength);

/* The group-level graph: one node per group (id = group name, node
 * attribute `members`), one tie per pair of groups with the summed tie
 * strength between them; ties inside a group are left out. */
igraph_error_t il_group_graph(const il_graph_t *g, const il_partition_t *p, il_graph_t *out);

/* The loose-coupling plane (Weick 1976; Orton & Weick 1990): per group,
 * internal cohesion = weighted density inside the group (sum of tie
 * strengths inside / possible pairs, NaN for one-node groups) and
 * external coupling = share of the tie strength touching the group that
 * leaves it (NaN for a group without ties). Duplicates the coupling
 * family's numbers until that family is merged. */
typedef struct il_plane {
    igraph_vector_t internal_density;
    igraph_vector_t external_share;
    igraph_vector_t internal_weight;    /* sum of w inside the group */
    igraph_vector_t external_weight;    /* sum of w on ties leaving the group */
} il_plane_t;

igraph_error_t il_coupling_plane(const il_graph_t *g, const il_partition_t *p,
                                 il_plane_t *res);

/* Free a plane; accepts a zero-filled one. */
void il_plane_destroy(il_plane_t *res);

#ifdef __cplusplus
}
#endif

#endif /* IL_ANALYSIS_H */
