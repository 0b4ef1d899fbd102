/*
 * Communities: detection with igraph's methods, made reproducible
 * (analysis/communities.c); evaluation of a given partition and the
 * per-community figures (analysis/communities_figures.c); canonical
 * numbering, stability across runs and partition comparison
 * (analysis/partition_compare.c).
 */
#ifndef IL_ANALYSIS_COMMUNITIES_H
#define IL_ANALYSIS_COMMUNITIES_H

#include "core/compat.h"
#include "model/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Methods and options ------------------------------------------------ */

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

/* Method names: "leiden", "louvain", ... */
const char *il_comm_method_name(il_comm_method_t m);

/* 1 when the method is randomised (several runs make sense). */
int il_comm_method_randomised(il_comm_method_t m);

/* "none", "sum" or "max". */
const char *il_symmetrize_name(il_symmetrize_t s);

/* Most Leiden iterations per run before giving up on convergence. */
#define IL_LEIDEN_MAX_ITERATIONS 100

/* How communities are detected and evaluated. */
typedef struct il_communities_options {
    il_comm_method_t method;        /* the detection method (IL_COMM_LEIDEN) */
    il_comm_objective_t objective;  /* Leiden only (IL_OBJECTIVE_MODULARITY) */
    double resolution;              /* gamma: Leiden, Louvain, and modularity (1.0) */
    double beta;                    /* Leiden randomness (igraph's default, 0.01) */
    igraph_uint_t seed;             /* run r uses seed + r (42) */
    igraph_integer_t runs;          /* seeded runs of a randomised method (10) */
    igraph_integer_t walktrap_steps;    /* random-walk length of Walktrap (4) */
    il_symmetrize_t symmetrize;     /* directed input for undirected methods
                                     * (IL_SYMMETRIZE_NONE) */
} il_communities_options_t;

#define IL_COMMUNITIES_OPTIONS_INIT {                                       \
        .method = IL_COMM_LEIDEN, .objective = IL_OBJECTIVE_MODULARITY,     \
        .resolution = 1.0, .beta = 0.01, .seed = 42, .runs = 10,            \
        .walktrap_steps = 4, .symmetrize = IL_SYMMETRIZE_NONE               \
    }

/* ---- Detection and evaluation (communities.c, communities_figures.c) ---- */

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

/* ---- Numbering, stability, comparison (partition_compare.c) ------------- */

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

/* NMI, ARI and VI of two memberships (igraph_compare_communities). */
igraph_error_t il_partition_compare(const igraph_vector_int_t *a, const igraph_vector_int_t *b,
                                    il_partition_comparison_t *res);

/* Cross-tabulation: tab[i][j] = nodes in group i of a and group j of b. */
igraph_error_t il_partition_crosstab(const igraph_vector_int_t *a, igraph_integer_t ka,
                                     const igraph_vector_int_t *b, igraph_integer_t kb,
                                     igraph_matrix_int_t *tab);

#ifdef __cplusplus
}
#endif

#endif /* IL_ANALYSIS_COMMUNITIES_H */
