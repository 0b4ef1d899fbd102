/*
 * Null models and the tests they give (docs/metrics-inference.md):
 * samples of a null model (analysis/nulls.c), an ensemble of them run
 * over worker processes with streaming accumulators, and the statistics
 * of innolink's families that are tested against it
 * (analysis/null_stats.c).
 *
 * A test compares an observed statistic with its values in N samples of
 * a null model: null mean and standard deviation, z, one-sided p-values
 * p_greater = (1 + #{null >= obs}) / (1 + N) and p_less likewise, the
 * two-sided p = min(1, 2 min(p_greater, p_less)), and the observed
 * value's percentile among the null values.
 */
#ifndef IL_ANALYSIS_NULLS_H
#define IL_ANALYSIS_NULLS_H

#include "core/compat.h"
#include "analysis/centrality.h"
#include "analysis/partition.h"
#include "analysis/structure.h"
#include "model/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Null models ------------------------------------------------------------ */

/* What a sample keeps of the observed network. */
typedef enum il_null_model {
    IL_NULL_DEFAULT = 0,    /* each statistic's documented default */
    IL_NULL_DEGREE,         /* degree-preserving rewiring (double edge swaps) */
    IL_NULL_CONFIGURATION,  /* configuration model on simple graphs (stub matching) */
    IL_NULL_GNM,            /* G(n, m), as sna::cug.test(cmode = "edges") */
    IL_NULL_LABELS,         /* the --by values permuted over the nodes; ties fixed */
    IL_NULL_QAP,            /* node positions permuted (rows and columns together) */
    IL_NULL_MODELS
} il_null_model_t;

/* Where the tie strengths go in a sample (degree-preserving rewiring; the
 * configuration model and G(n, m) always permute them, the label and QAP
 * permutations keep every tie with its strength). */
typedef enum il_null_weights {
    IL_NULL_WEIGHTS_AUTO = 0,       /* TRAVEL when a few common strengths (each held by
                                     * >= 1/10 of the ties) hold >= 3/4 of the ties;
                                     * else PERMUTE */
    IL_NULL_WEIGHTS_TRAVEL,         /* a tie keeps its strength: swaps pair ties of
                                     * equal strength, so strengths are kept too */
    IL_NULL_WEIGHTS_PERMUTE         /* swaps among all ties, then strengths permuted */
} il_null_weights_t;

/* Above this share of ties that can never move (a unique strength), the
 * degree null with travelling strengths warns. */
#define IL_NULL_FROZEN_MAX 0.25

/* "default", "degree", "configuration", "gnm", "labels", "qap". */
const char *il_null_model_name(il_null_model_t model);

/* The model in a sentence, naming what it keeps (for every output). */
const char *il_null_model_describe(il_null_model_t model, il_null_weights_t weights);

/* "auto", "travel", "permute". */
const char *il_null_weights_name(il_null_weights_t weights);

/* How a null ensemble is drawn. */
typedef struct il_null_options {
    il_null_model_t model;          /* IL_NULL_DEFAULT: each statistic's own (DEFAULT) */
    il_null_weights_t weights;      /* degree-preserving rewiring only (AUTO) */
    igraph_integer_t samples;       /* samples per ensemble; 0: no test (1000) */
    igraph_uint_t seed;             /* sample i is seeded from (seed, i) (42) */
    double swaps_per_edge;          /* accepted double edge swaps per tie (10) */
    igraph_integer_t jobs;          /* worker processes; results do not depend on it (1) */
    double alpha;                   /* level at which a reading is decided (0.05) */
} il_null_options_t;

#define IL_NULL_OPTIONS_INIT {                                              \
        .model = IL_NULL_DEFAULT, .weights = IL_NULL_WEIGHTS_AUTO,          \
        .samples = 1000, .seed = 42, .swaps_per_edge = 10, .jobs = 1,       \
        .alpha = 0.05                                                       \
    }

/* Most attempts the configuration model makes per sample before it gives
 * up (a degree sequence with large hubs rarely matches without loops or
 * repeated ties). */
#define IL_NULL_CONFIG_ATTEMPTS 1000

/* ---- One sample --------------------------------------------------------------- */

/* What drawing one sample did. */
typedef struct il_null_draw_info {
    double retained;                /* share of the observed ties present in the sample */
    double swaps, attempts;         /* degree null: accepted swaps, swaps tried */
    double tries;                   /* configuration model: matchings tried */
} il_null_draw_info_t;

/* A null model prepared on one graph (tie set, strength classes, stubs):
 * opaque, made once and drawn from many times. */
typedef struct il_null_sampler il_null_sampler_t;

/* Prepare \p model on \p g; \p group_col is the node column the label
 * permutation shuffles (-1: none). */
igraph_error_t il_null_sampler_new(il_null_sampler_t **s, const il_graph_t *g,
                                   il_null_model_t model, il_null_weights_t weights,
                                   double swaps_per_edge, long group_col);

/* Free a sampler; accepts NULL. */
void il_null_sampler_free(il_null_sampler_t *s);

/* Draw sample \p index of the ensemble seeded with \p seed into \p sample
 * (an il_graph_sample_init() of the sampler's graph); \p perm (n entries,
 * may be NULL) receives the vertex permutation of the label and QAP
 * models (the identity otherwise). */
igraph_error_t il_null_sampler_draw(il_null_sampler_t *s, igraph_uint_t seed,
                                    igraph_integer_t index, il_graph_t *sample,
                                    igraph_integer_t *perm, il_null_draw_info_t *info);

/* The share of the observed ties that can never move (degree null with
 * travelling strengths: no other tie has their strength). */
double il_null_sampler_frozen(const il_null_sampler_t *s);

/* Where the sampler sends the strengths (AUTO resolved). */
il_null_weights_t il_null_sampler_weights(const il_null_sampler_t *s);

/* Chains this many times longer than the samples' give the mixing check
 * its reference, over IL_NULL_MIXING_CHAINS chains. */
#define IL_NULL_MIXING_SCALE 5
#define IL_NULL_MIXING_CHAINS 5

/* The seed of sample \p index of an ensemble seeded with \p seed. */
igraph_uint_t il_null_sample_seed(igraph_uint_t seed, igraph_integer_t index);

/* ---- Tested statistics ------------------------------------------------------------ */

/* What a statistic is about. */
typedef enum il_null_subject {
    IL_SUBJECT_NETWORK = 0,     /* the whole network */
    IL_SUBJECT_GROUP,           /* group a */
    IL_SUBJECT_PAIR,            /* groups a, b (a block; undirected: a < b) */
    IL_SUBJECT_NODE,            /* node a */
    IL_SUBJECT_DEGREE           /* degree k = a (rich club) */
} il_null_subject_t;

/* One tested statistic. */
typedef struct il_null_stat {
    const char *family;         /* "coupling", "mixing", "brokerage", "structure", ... */
    const char *name;           /* "ei_index", "block_density", ... (static strings) */
    il_null_subject_t subject;
    igraph_integer_t a, b;      /* group, node, pair or degree; -1 when unused */
    int role;                   /* brokerage role, or -1 */
    il_null_model_t model;      /* the null it is tested under (resolved, never DEFAULT) */
} il_null_stat_t;

/* One ensemble that was run: its model and the chain's mixing check. */
typedef struct il_null_run {
    int done;                   /* 1 when the ensemble ran */
    il_null_weights_t weights;  /* resolved: TRAVEL or PERMUTE */
    int weights_auto;           /* 1: chosen by IL_NULL_WEIGHTS_AUTO */
    igraph_integer_t samples;
    double swaps_mean, attempts_mean;   /* per sample (degree null) */
    double tries_mean;                  /* matchings per sample (configuration) */
    double retained_mean;       /* share of observed ties still in place, mean over samples */
    double retained_expected;   /* the same after chains IL_NULL_MIXING_SCALE times longer:
                                 * what a random graph with these degrees keeps */
    double frozen;              /* share of ties that cannot move (strengths travel) */
    int mixed;                  /* degree null: 0 when the samples keep clearly more of
                                 * the observed ties than the long chains do */
} il_null_run_t;

/* Evaluate statistics [0, count) of a family on a graph whose groups are
 * \p p (in a sample: permuted under the label model). */
typedef igraph_error_t il_null_eval_fn(const il_graph_t *g, const il_partition_t *p,
                                       double *out, void *arg);

/* A set of tested statistics, their results and the ensembles behind them. */
typedef struct il_null_tests {
    const il_graph_t *g;
    const il_partition_t *groups;   /* NULL: no --by */
    long group_col;                 /* node column of the groups, or -1 */
    il_null_options_t opts;
    il_null_stat_t *stat;
    igraph_integer_t nstat;
    /* per statistic (nstat entries) after il_null_tests_run() */
    igraph_vector_t observed, mean, sd, z, p_greater, p_less, p_two, percentile;
    igraph_vector_int_t defined;    /* samples in which it was defined */
    il_null_run_t run[IL_NULL_MODELS];
    struct il_null_segment *seg;    /* the families' evaluators (private) */
    int nseg;
    int ran;
} il_null_tests_t;

/* Start an empty set of tests on \p g with groups \p groups (NULL: none)
 * taken from node column \p group_attr (NULL: none). */
igraph_error_t il_null_tests_init(il_null_tests_t *t, const il_graph_t *g,
                                  const il_partition_t *groups, const char *group_attr,
                                  const il_null_options_t *o);

/* Free a set of tests; accepts a zero-filled one. */
void il_null_tests_destroy(il_null_tests_t *t);

/* Add a family: \p count statistics described by \p stat (copied; their
 * model is resolved against the options), evaluated by \p eval with \p arg
 * (\p arg_free frees it with the tests; may be NULL). */
igraph_error_t il_null_tests_add(il_null_tests_t *t, const il_null_stat_t *stat,
                                 igraph_integer_t count, il_null_eval_fn *eval, void *arg,
                                 void (*arg_free)(void *));

/* Run one ensemble per null model the statistics need and fill the results. */
igraph_error_t il_null_tests_run(il_null_tests_t *t);

/* Index of a statistic, or -1. */
igraph_integer_t il_null_tests_find(const il_null_tests_t *t, const char *family,
                                    const char *name, il_null_subject_t subject,
                                    igraph_integer_t a, igraph_integer_t b, int role);

/* ---- The families (analysis/null_stats.c) --------------------------------------- */

/* Families of il_null_tests_add_groups(). */
enum {
    IL_NULL_COUPLING = 1u << 0,     /* E-I (network, groups, nodes), densities, plane */
    IL_NULL_MIXING = 1u << 1        /* assortativity and modularity of the groups */
};

/* Between-group statistics (needs groups). */
igraph_error_t il_null_tests_add_groups(il_null_tests_t *t, unsigned what);

/* Gould-Fernandez brokerage counts per node and role, and in total (needs groups). */
igraph_error_t il_null_tests_add_brokerage(il_null_tests_t *t);

/* Shape of the network and of each group: centralization, hub dominance,
 * density, transitivity (cheap; default G(n, m)); core-periphery fit,
 * share of ties leaving, district scores and the rich club (the whole
 * structure analysis on every sample, with \p full; default
 * degree-preserving). */
igraph_error_t il_null_tests_add_structure(il_null_tests_t *t,
                                           const il_structure_options_t *so, int full);

/* The centralizations of the centrality family (default G(n, m)). */
igraph_error_t il_null_tests_add_centralization(il_null_tests_t *t,
                                                const il_centrality_options_t *co);

/* The correlation of the tie matrix with that of \p other (same vertices,
 * same order), as sna::gcor; tested by QAP as sna::qaptest. */
igraph_error_t il_null_tests_add_correlation(il_null_tests_t *t, const il_graph_t *other,
                                             int weighted);

/* The documented default null of a statistic of \p family called \p name. */
il_null_model_t il_null_default_model(const char *family, const char *name);

#ifdef __cplusplus
}
#endif

#endif /* IL_ANALYSIS_NULLS_H */
