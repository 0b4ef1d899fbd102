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


/* ---- Centrality: who matters ------------------------------------------- */

/* The measures of `innolink centrality` (what --measures names). */
typedef enum il_measure {
    IL_MEASURE_DEGREE = 0, IL_MEASURE_STRENGTH, IL_MEASURE_BETWEENNESS,
    IL_MEASURE_CLOSENESS, IL_MEASURE_HARMONIC, IL_MEASURE_EIGENVECTOR,
    IL_MEASURE_PAGERANK, IL_MEASURE_HUB, IL_MEASURE_AUTHORITY,
    IL_MEASURE_CONSTRAINT, IL_MEASURE_EFFECTIVE_SIZE, IL_MEASURE_EFFICIENCY,
    IL_MEASURE_HIERARCHY, IL_MEASURE_CORENESS, IL_MEASURE_CLUSTERING,
    IL_MEASURE_COUNT
} il_measure_t;

/* The per-node score columns, in output order. A measure fills one column,
 * or three (total, in, out) for degree and strength in a directed graph. */
typedef enum il_score {
    IL_SCORE_DEGREE = 0, IL_SCORE_IN_DEGREE, IL_SCORE_OUT_DEGREE,
    IL_SCORE_STRENGTH, IL_SCORE_IN_STRENGTH, IL_SCORE_OUT_STRENGTH,
    IL_SCORE_BETWEENNESS, IL_SCORE_CLOSENESS, IL_SCORE_HARMONIC,
    IL_SCORE_EIGENVECTOR, IL_SCORE_PAGERANK, IL_SCORE_HUB, IL_SCORE_AUTHORITY,
    IL_SCORE_CONSTRAINT, IL_SCORE_EFFECTIVE_SIZE, IL_SCORE_EFFICIENCY,
    IL_SCORE_HIERARCHY, IL_SCORE_CORENESS, IL_SCORE_CLUSTERING,
    IL_SCORE_COUNT
} il_score_t;

/* Source blocks of the path measures: fixed by the number of sources alone,
 * so that the result does not depend on the number of worker processes. */
#define IL_PATH_BLOCKS 128

typedef struct il_centrality_options {
    unsigned measures;          /* bits 1u << il_measure_t; 0: all that apply */
    il_distance_t path_weight;  /* lengths for betweenness, closeness, harmonic */
    igraph_bool_t raw;          /* unnormalised betweenness */
    igraph_integer_t jobs;      /* worker processes for the path measures (>= 1) */
    igraph_integer_t samples;   /* 0: exact betweenness; K: K sampled sources */
    igraph_uint_t seed;         /* for the sampled sources */
} il_centrality_options_t;

#define IL_CENTRALITY_OPTIONS_INIT { 0, IL_DIST_INVERSE, 0, 1, 0, 42 }

typedef struct il_centrality {
    igraph_integer_t nodes;
    igraph_bool_t directed;
    unsigned measures;                  /* the measures computed */
    unsigned char has[IL_SCORE_COUNT];  /* 1: score[c] holds one value per node */
    igraph_vector_t score[IL_SCORE_COUNT];
    /* Whole-network figures; NaN when not computed or undefined. */
    double degree_centralization, betweenness_centralization;
    double closeness_centralization, eigenvector_centralization;
    double strength_gini;
    igraph_integer_t betweenness_sources;   /* sources used (nodes when exact) */
    igraph_integer_t jobs;                  /* worker processes used */
} il_centrality_t;

/* "degree", "betweenness", ... / "in_degree", "out_strength", ... */
const char *il_measure_name(il_measure_t m);
const char *il_score_name(il_score_t c);

/* Parse a measure name: 1 and *m, else 0. */
int il_measure_parse(const char *name, il_measure_t *m);

/* Parse a score column name (a measure name or in_/out_ degree/strength). */
int il_score_parse(const char *name, il_score_t *c);

/* 1 if measure \p m is defined for a (un)directed graph (hub and authority
 * need a directed one). */
int il_measure_applies(il_measure_t m, igraph_bool_t directed);

/* Per-node centrality and structural-hole measures and whole-network
 * centralization (docs/metrics-centrality.md); may fork worker processes. */
igraph_error_t il_centrality(const il_graph_t *g, const il_centrality_options_t *opts,
                             il_centrality_t *res);

/* Free a result; accepts a zero-filled one. */
void il_centrality_destroy(il_centrality_t *res);

/* Betweenness (raw), closeness (Wasserman-Faust) and harmonic (/(n-1))
 * from the sources in \p sources (NULL: every node), split into blocks
 * over \p jobs worker processes. Any output may be NULL. Closeness and
 * harmonic are filled for the sources only (others untouched). */
igraph_error_t il_path_centrality(const igraph_t *graph, const igraph_vector_t *lengths,
                                  const igraph_vector_int_t *sources, igraph_integer_t jobs,
                                  igraph_vector_t *betweenness, igraph_vector_t *closeness,
                                  igraph_vector_t *harmonic);

/* Burt's effective size, efficiency, hierarchy (whole-network model,
 * weighted, PEERS.md 4.4) and the aggregate constraint they rest on. Any
 * output may be NULL; isolates get NaN. */
igraph_error_t il_structural_holes(const il_graph_t *g, igraph_vector_t *effective_size,
                                   igraph_vector_t *efficiency, igraph_vector_t *hierarchy,
                                   igraph_vector_t *constraint);

/* Gini coefficient of the values (>= 0): NaN when empty or all zero. */
double il_gini(const igraph_vector_t *values);

#ifdef __cplusplus
}
#endif

#endif /* IL_ANALYSIS_H */
