/*
 * Whole-graph structure (innolink summary): size, density, components,
 * clustering, path lengths and degree assortativity (analysis/summary.c).
 */
#ifndef IL_ANALYSIS_SUMMARY_H
#define IL_ANALYSIS_SUMMARY_H

#include "core/compat.h"
#include "model/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Summary: whole-graph structure ------------------------------------ */

/* How average path length and diameter are computed. */
typedef enum il_paths_mode {
    IL_PATHS_AUTO = 0,  /* exact when n(n+m) <= IL_PATHS_EXACT_LIMIT, else sampled */
    IL_PATHS_EXACT,     /* breadth-first search from every node */
    IL_PATHS_SAMPLE,    /* from `samples` random sources (seeded) */
    IL_PATHS_SKIP       /* not computed: both values NaN */
} il_paths_mode_t;

#define IL_PATHS_EXACT_LIMIT 1e10

/* How il_summary() computes the path statistics. */
typedef struct il_summary_options {
    il_paths_mode_t paths;          /* how path statistics are found (IL_PATHS_AUTO) */
    igraph_integer_t samples;       /* sources for IL_PATHS_SAMPLE / AUTO (200) */
    igraph_uint_t seed;             /* for the sampled sources (42) */
    igraph_integer_t jobs;          /* worker processes for the path search (1) */
} il_summary_options_t;

#define IL_SUMMARY_OPTIONS_INIT { .paths = IL_PATHS_AUTO, .samples = 200, .seed = 42, \
                                  .jobs = 1 }

/* Whole-graph figures, with the keys of DEFINITIONS.md. */
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
    double average_path_length_se;  /* sampling error when sampled; 0 exact */
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

/* The same over worker processes, with the sampling error of the mean when
 * the sources are a random sample (analysis/paths.c). */
igraph_error_t il_path_stats(const igraph_t *graph, const igraph_vector_int_t *sources,
                             igraph_integer_t jobs, double *mean, double *diameter,
                             double *se);

#ifdef __cplusplus
}
#endif

#endif /* IL_ANALYSIS_SUMMARY_H */
