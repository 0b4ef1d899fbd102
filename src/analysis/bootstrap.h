/*
 * Bootstrap confidence intervals by node resampling (Snijders & Borgatti
 * 1999) for the headline figures: density, E-I, assortativity,
 * centralization and modularity (analysis/bootstrap.c;
 * docs/metrics-uncertainty.md).
 */
#ifndef IL_ANALYSIS_BOOTSTRAP_H
#define IL_ANALYSIS_BOOTSTRAP_H

#include "core/compat.h"
#include "analysis/centrality.h"
#include "analysis/communities.h"
#include "model/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- What can be resampled ------------------------------------------------ */

/* The statistics, each as its command computes it. */
typedef enum il_boot_stat {
    IL_BOOT_DENSITY = 0,                /* summary: density */
    IL_BOOT_WEIGHTED_DENSITY,           /* summary: weighted_density */
    IL_BOOT_EI,                         /* coupling: ei_index (needs groups) */
    IL_BOOT_EI_WEIGHTED,                /* coupling: ei_index_weighted */
    IL_BOOT_ASSORTATIVITY,              /* mixing: assortativity (needs groups) */
    IL_BOOT_ASSORTATIVITY_WEIGHTED,     /* mixing: assortativity_weighted */
    IL_BOOT_DEGREE_CENTRALIZATION,      /* centrality: centralization.degree */
    IL_BOOT_BETWEENNESS_CENTRALIZATION, /* centralization.betweenness */
    IL_BOOT_CLOSENESS_CENTRALIZATION,   /* centralization.closeness */
    IL_BOOT_EIGENVECTOR_CENTRALIZATION, /* centralization.eigenvector */
    IL_BOOT_MODULARITY,                 /* communities: modularity */
    IL_BOOT_COUNT
} il_boot_stat_t;

/* "density", "ei_index", ... (the key its command reports it under). */
const char *il_boot_stat_name(il_boot_stat_t s);

/* How the intervals are made. */
typedef struct il_bootstrap_options {
    double level;                   /* coverage of the interval, in (0, 1) (0.95) */
    igraph_integer_t replicates;    /* bootstrap networks (1000) */
    igraph_uint_t seed;             /* of the draws (42) */
    igraph_integer_t jobs;          /* worker processes (1) */
    unsigned stats;                 /* bits 1u << il_boot_stat_t (0: none) */
    const igraph_integer_t *membership; /* groups of the nodes (E-I, assortativity,
                                     * modularity of a declared partition), or NULL */
    igraph_integer_t k;             /* number of groups */
    const il_centrality_options_t *centrality;     /* centralization: how (NULL: defaults) */
    const il_communities_options_t *communities;   /* modularity: how (NULL: defaults) */
    int detect;                     /* modularity: detect communities in every
                                     * replicate (1) or evaluate membership (0) */
} il_bootstrap_options_t;

#define IL_BOOTSTRAP_OPTIONS_INIT { .level = 0.95, .replicates = 1000, .seed = 42, \
                                    .jobs = 1, .stats = 0, .membership = NULL, .k = 0, \
                                    .centrality = NULL, .communities = NULL, .detect = 0 }

/* One percentile interval. */
typedef struct il_interval {
    double estimate;            /* on the network itself */
    double lower, upper;        /* percentiles (1 - level)/2 and (1 + level)/2 */
    double mean, se;            /* mean and standard deviation of the replicates */
    igraph_integer_t used;      /* replicates with a value */
    igraph_integer_t undefined; /* replicates where the statistic has none */
} il_interval_t;

/* The intervals of the statistics asked for. */
typedef struct il_bootstrap {
    unsigned stats;
    double level;
    igraph_integer_t replicates;
    igraph_uint_t seed;
    il_interval_t stat[IL_BOOT_COUNT];
} il_bootstrap_t;

/* ---- The bootstrap -------------------------------------------------------- */

/* Percentile intervals from o->replicates node-bootstrap networks; may
 * fork worker processes. */
igraph_error_t il_bootstrap(const il_graph_t *g, const il_bootstrap_options_t *o,
                            il_bootstrap_t *res);

/* One bootstrap network from the nodes drawn[0 .. n-1] (vertices of g,
 * with repeats): ties of the drawn nodes kept, each pair of copies of one
 * node given the value of a random pair of distinct nodes (drawn from
 * igraph's default generator). *out is a new graph of n nodes with
 * weights (free with il_bootstrap_network_destroy). */
igraph_error_t il_bootstrap_network(const il_graph_t *g, const igraph_integer_t *drawn,
                                    il_graph_t *out);

/* Free a network made by il_bootstrap_network(). */
void il_bootstrap_network_destroy(il_graph_t *net);

/* The value at quantile q of n sorted values, linear between order
 * statistics (numpy's default, R's type 7). */
double il_quantile_sorted(const double *x, igraph_integer_t n, double q);

#ifdef __cplusplus
}
#endif

#endif /* IL_ANALYSIS_BOOTSTRAP_H */
