/*
 * Multiple regression QAP (MRQAP): OLS of tie strength, or logistic
 * regression of tie presence, on dyadic covariates, with p-values from
 * Dekker's double semi-partialling permutations, as UCINET's MRQAP and R's
 * sna::netlm / sna::netlogit with nullhyp = "qapspp" (analysis/mrqap.c;
 * the dyadic covariates in analysis/mrqap_dyads.c; docs/metrics-mrqap.md).
 */
#ifndef IL_ANALYSIS_MRQAP_H
#define IL_ANALYSIS_MRQAP_H

#include "core/compat.h"
#include "model/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Dyads and their covariates (mrqap_dyads.c) ------------------------- */

/* The most dyads x terms the regression holds (doubles): 6e7, 480 MB. */
#define IL_MRQAP_MAX_CELLS 60000000.0

/* What the outcome of a dyad is. */
typedef enum il_mrqap_outcome {
    IL_MRQAP_STRENGTH = 0,      /* the tie strength, 0 without a tie */
    IL_MRQAP_PRESENCE           /* 1 with a tie, else 0 */
} il_mrqap_outcome_t;

/* The dyads of a graph as rows of a regression: an undirected graph has
 * one row per unordered pair {i, j}, i < j (sna's mode "graph"); a
 * directed one a row per ordered pair (i, j), i != j (mode "digraph"). The
 * diagonal (i, i) is never a row (sna's diag = FALSE). Column 0 of x is
 * the intercept; columns are added by the il_dyads_add_* functions. */
typedef struct il_dyads {
    igraph_integer_t n;         /* nodes */
    igraph_bool_t directed;
    size_t rows;                /* n(n-1)/2 or n(n-1) */
    int p;                      /* columns of x, intercept included */
    int cap;                    /* columns allocated */
    double *y;                  /* rows */
    double *x;                  /* rows x cap, column-major */
    char **name;                /* p term names ("(intercept)", "same:cluster") */
} il_dyads_t;

/* The row of dyad (i, j), i != j (undirected: either order). */
size_t il_dyads_row(const il_dyads_t *d, igraph_integer_t i, igraph_integer_t j);

/* The dyads of \p g with the outcome and the intercept column, room for
 * \p terms more columns. */
igraph_error_t il_dyads_init(il_dyads_t *d, const il_graph_t *g, il_mrqap_outcome_t outcome,
                             int terms);

/* Free the dyads; accepts a zero-filled struct. */
void il_dyads_destroy(il_dyads_t *d);

/* same:ATTR: 1 when both ends have the same value of node attribute \p attr. */
igraph_error_t il_dyads_add_same(il_dyads_t *d, const il_graph_t *g, const char *attr);

/* diff:ATTR: |a_i - a_j| of a numeric node attribute. */
igraph_error_t il_dyads_add_diff(il_dyads_t *d, const il_graph_t *g, const char *attr);

/* distance: great-circle distance in km (haversine, R = 6371.0088 km)
 * from the node attributes \p lat and \p lon (decimal degrees). */
igraph_error_t il_dyads_add_distance(il_dyads_t *d, const il_graph_t *g, const char *lat,
                                     const char *lon);

/* The ties of another graph \p h over the same nodes (matched by id): the
 * strength (\p presence = 0) or 1 (\p presence = 1) of tie i-j in \p h,
 * 0 without one; *outside counts ties of \p h with an end not in \p g. */
igraph_error_t il_dyads_add_ties(il_dyads_t *d, const il_graph_t *g, const il_graph_t *h,
                                 int presence, const char *name, igraph_integer_t *outside);

/* The name of column \p c. */
const char *il_dyads_name(const il_dyads_t *d, int c);

/* The first column that is constant or a linear combination of the
 * columns before it (R's rule, tol 1e-7), or -1; no error is raised. */
igraph_error_t il_dyads_collinear(const il_dyads_t *d, int *bad);

/* Remove the last column added. */
void il_dyads_drop_last(il_dyads_t *d);

/* ---- The regression and its test (mrqap.c) ------------------------------ */

/* The models. */
typedef enum il_mrqap_model {
    IL_MRQAP_OLS = 0,           /* least squares: sna::netlm */
    IL_MRQAP_LOGIT              /* logistic, outcome 0/1: sna::netlogit */
} il_mrqap_model_t;

/* How the regression is fitted and tested. */
typedef struct il_mrqap_options {
    il_mrqap_model_t model;     /* IL_MRQAP_OLS */
    igraph_integer_t permutations;  /* per term; 0: no test (1000) */
    igraph_uint_t seed;         /* of the permutations (42) */
    igraph_integer_t jobs;      /* worker processes (1) */
} il_mrqap_options_t;

#define IL_MRQAP_OPTIONS_INIT { .model = IL_MRQAP_OLS, .permutations = 1000, .seed = 42, \
                                .jobs = 1 }

/* One term of the fitted model. */
typedef struct il_mrqap_term {
    double coef, se, t;         /* estimate, standard error, coef / se (logit: z) */
    double p_greater, p_less;   /* (1 + #{t_perm >= t}) / (1 + P), and <= */
    double p_two_sided;         /* min(1, 2 min(p_greater, p_less)) */
    double p_abs;               /* (1 + #{|t_perm| >= |t|}) / (1 + P): sna's Pr(>=|b|) */
    double null_mean, null_sd;  /* of the permuted t */
    igraph_integer_t failed;    /* permutations whose fit failed (not counted) */
} il_mrqap_term_t;

/* The fitted model. */
typedef struct il_mrqap {
    il_mrqap_model_t model;
    int p;                      /* terms, intercept included */
    size_t rows;                /* dyads */
    il_mrqap_term_t *term;      /* p */
    igraph_integer_t permutations;
    /* OLS */
    double r_squared, adj_r_squared, sigma;     /* sigma: residual standard error */
    double df_residual;
    /* logit */
    double deviance, null_deviance;     /* null: the intercept-only model */
    double null_deviance_half;          /* the model p = 1/2 (sna's null.deviance) */
    double aic, bic, mcfadden_r2, sna_r2, sna_r2_df;
    igraph_integer_t iterations;
    double y_mean;
} il_mrqap_t;

/* Fit the model on the dyads and test each term by double semi-partialling
 * (Dekker, Krackhardt and Snijders 2007); may fork worker processes. */
igraph_error_t il_mrqap(const il_dyads_t *d, const il_mrqap_options_t *o, il_mrqap_t *res);

/* Free a result; accepts a zero-filled one. */
void il_mrqap_destroy(il_mrqap_t *res);

#ifdef __cplusplus
}
#endif

#endif /* IL_ANALYSIS_MRQAP_H */
