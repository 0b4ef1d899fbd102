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

/* ---- Communities -------------------------------------------------------- */

/* Community detection methods (igraph 0.10.2 functions in docs). */
typedef enum il_comm_method {
    IL_COMM_LEIDEN = 0,             /* igraph_community_leiden, to convergence */
    IL_COMM_LOUVAIN,                /* igraph_community_multilevel */
    IL_COMM_INFOMAP,                /* igraph_community_infomap */
    IL_COMM_WALKTRAP,               /* igraph_community_walktrap */
    IL_COMM_FASTGREEDY,             /* igraph_community_fastgreedy */
    IL_COMM_LEADING_EIGENVECTOR,    /* igraph_community_leading_eigenvector */
    IL_COMM_LABELPROP,              /* igraph_community_label_propagation */
    IL_COMM_OPTIMAL                 /* igraph_community_optimal_modularity (GLPK) */
} il_comm_method_t;

/* What Leiden optimises. */
typedef enum il_comm_objective {
    IL_OBJECTIVE_MODULARITY = 0,    /* node weights = strength, resolution gamma/2W */
    IL_OBJECTIVE_CPM                /* constant Potts model, node weights 1 */
} il_comm_objective_t;

/* How a directed graph is made undirected for methods that need it. */
typedef enum il_symmetrize {
    IL_SYMMETRIZE_NONE = 0,         /* keep the graph as it is */
    IL_SYMMETRIZE_SUM,              /* u-v strength = w(u->v) + w(v->u) */
    IL_SYMMETRIZE_MAX               /* u-v strength = max(w(u->v), w(v->u)) */
} il_symmetrize_t;

/* Most Leiden iterations per run before giving up on convergence. */
#define IL_LEIDEN_MAX_ITERATIONS 100

typedef struct il_communities_options {
    il_comm_method_t method;
    il_comm_objective_t objective;  /* Leiden only */
    double resolution;              /* gamma: Leiden, Louvain, and modularity */
    double beta;                    /* Leiden randomness (igraph default 0.01) */
    igraph_uint_t seed;             /* run r uses seed + r */
    igraph_integer_t runs;          /* seeded runs of a randomised method */
    igraph_integer_t walktrap_steps;
    il_symmetrize_t symmetrize;
} il_communities_options_t;

#define IL_COMMUNITIES_OPTIONS_INIT \
    { IL_COMM_LEIDEN, IL_OBJECTIVE_MODULARITY, 1.0, 0.01, 42, 10, 4, IL_SYMMETRIZE_NONE }

/* A partition with its quality and per-community figures. Communities are
 * numbered 0..k-1 canonically: by decreasing size, then by smallest vertex. */
typedef struct il_communities {
    igraph_vector_int_t membership;
    igraph_integer_t k;
    igraph_bool_t directed;         /* modularity and figures on a directed graph */
    double total_weight;            /* W of the graph the figures are computed on */
    double modularity;              /* at il_modularity_resolution(); NaN without ties */
    double quality;                 /* what chose the best run (see quality_name) */
    const char *quality_name;       /* "modularity", "cpm" or "codelength" */
    igraph_integer_t runs;          /* runs made (1 for deterministic methods) */
    igraph_integer_t best_run;      /* 0-based; its seed is seed + best_run */
    igraph_integer_t distinct_partitions;   /* among the runs */
    double stability_nmi, stability_ari;    /* mean over run pairs; NaN if runs < 2 */
    igraph_vector_t node_stability;         /* per node; NaN if runs < 2 */
    igraph_integer_t iterations;    /* Leiden: most iterations a run needed */
    igraph_bool_t converged;        /* Leiden: every run stopped changing */
    /* Per community c (length k). */
    igraph_vector_int_t size, internal_ties;
    igraph_vector_t internal_weight, density, conductance, strength;
    igraph_vector_t node_strength;  /* per node (in + out when directed) */
    igraph_vector_int_t order;      /* vertices by community, strength desc, index */
} il_communities_t;

/* Detect communities: opts->runs seeded runs, the best by quality kept. */
igraph_error_t il_communities_detect(const il_graph_t *g, const il_communities_options_t *opts,
                                     il_communities_t *res);

/* Evaluate a given membership (values 0..k-1): modularity and figures. */
igraph_error_t il_communities_evaluate(const il_graph_t *g, const il_communities_options_t *opts,
                                       const igraph_vector_int_t *membership,
                                       il_communities_t *res);

/* Gamma of the reported modularity: the resolution, or 1 for Leiden CPM. */
double il_modularity_resolution(const il_communities_options_t *opts);

/* Free a result; accepts a zero-filled one. */
void il_communities_destroy(il_communities_t *res);

/* Renumber a membership canonically (decreasing size, then smallest vertex);
 * *k receives the number of communities. */
igraph_error_t il_membership_canonical(igraph_vector_int_t *membership, igraph_integer_t *k);

/* Per node, the share of runs (rows of \p runs) in which more than half of
 * its core members (the others in its community of \p best) share its
 * community; a node alone in \p best counts when it is alone in the run. */
igraph_error_t il_communities_node_stability(const igraph_vector_int_t *best,
                                             const igraph_matrix_int_t *runs,
                                             igraph_vector_t *res);

/* NMI, ARI and VI of two memberships of the same nodes. */
typedef struct il_partition_comparison {
    double nmi, ari, vi;
} il_partition_comparison_t;

igraph_error_t il_partition_compare(const igraph_vector_int_t *a, const igraph_vector_int_t *b,
                                    il_partition_comparison_t *res);

/* Cross-tabulation: tab[i][j] = nodes in group i of a and group j of b. */
igraph_error_t il_partition_crosstab(const igraph_vector_int_t *a, igraph_integer_t ka,
                                     const igraph_vector_int_t *b, igraph_integer_t kb,
                                     igraph_matrix_int_t *tab);

/* 1 when node attribute column \p col looks categorical (see docs). */
int il_vattr_is_categorical(const il_graph_t *g, size_t col);

/* Method names: "leiden", "louvain", ...; parse returns 1 on success. */
const char *il_comm_method_name(il_comm_method_t m);
int il_comm_method_parse(const char *name, il_comm_method_t *m);
/* 1 when the method is randomised (several runs make sense). */
int il_comm_method_randomised(il_comm_method_t m);
const char *il_symmetrize_name(il_symmetrize_t s);

#ifdef __cplusplus
}
#endif

#endif /* IL_ANALYSIS_H */
