/*
 * Backbones: which ties are more than what the nodes' totals would give
 * by chance (analysis/backbone.c; docs/metrics-backbones.md). The
 * disparity filter (Serrano, Boguñá & Vespignani 2009) judges any weighted
 * graph from each end's strength and degree; the stochastic degree
 * sequence model (Neal 2014) judges a projection of affiliation data from
 * both sides' degrees, actors' numbers of events and events' sizes, with
 * membership probabilities of the bipartite configuration model (Saracco
 * et al. 2017).
 */
#ifndef IL_ANALYSIS_BACKBONE_H
#define IL_ANALYSIS_BACKBONE_H

#include "core/compat.h"
#include "model/affiliation.h"
#include "model/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Methods and options --------------------------------------------------- */

/* Which test judges the ties. */
typedef enum il_backbone_method {
    IL_BACKBONE_NONE = 0,   /* every tie as loaded */
    IL_BACKBONE_DISPARITY,  /* disparity filter, any weighted graph */
    IL_BACKBONE_SDSM        /* stochastic degree sequence model, projections only */
} il_backbone_method_t;

/* How the p-values of many ties are adjusted for testing them all. */
typedef enum il_correction {
    IL_CORRECTION_NONE = 0, /* each tie at level alpha (as the published filters) */
    IL_CORRECTION_HOLM,     /* Holm's step-down: family-wise error rate <= alpha */
    IL_CORRECTION_BONFERRONI    /* m * p: the same bound, less power */
} il_correction_t;

/* What --backbone METHOD --alpha A --backbone-correction C ask for. */
typedef struct il_backbone_options {
    il_backbone_method_t method;    /* IL_BACKBONE_NONE */
    double alpha;                   /* a tie is kept when its (adjusted) p-value < alpha (0.05) */
    il_correction_t correction;     /* IL_CORRECTION_NONE */
} il_backbone_options_t;

#define IL_BACKBONE_OPTIONS_INIT { .method = IL_BACKBONE_NONE, .alpha = 0.05, \
                                   .correction = IL_CORRECTION_NONE }

/* Most fixed-point rounds of the bipartite configuration model. */
#define IL_BICM_MAX_ROUNDS 100000

/* ---- Result ------------------------------------------------------------------ */

/* Every tie of the input judged: p-value, kept or not, and the shares kept. */
typedef struct il_backbone {
    il_backbone_method_t method;
    double alpha;
    igraph_integer_t nodes, ties;       /* of the input graph */
    double weight;                      /* its total tie strength */
    igraph_vector_t p_value;            /* per tie; NaN: not judged (a self-loop) */
    il_correction_t correction;         /* how p_adjusted was made (NONE: a copy) */
    igraph_vector_t p_adjusted;         /* per tie: what alpha is compared with */
    /* Per tie: disparity: alpha_ij from the source end and from the target
     * end; sdsm: shared events observed and expected under the model. */
    igraph_vector_t score_a, score_b;
    char *keep;                         /* per tie: 1 when kept */
    igraph_integer_t tested;            /* ties given a p-value */
    double family;                      /* hypotheses a correction counts: the ties
                                         * tested (disparity) or every pair of actors
                                         * with an event (sdsm: an untied pair is a
                                         * test with p = 1) */
    double expected_kept;               /* ties the null model alone would keep at
                                         * alpha without correction (disparity:
                                         * alpha x tested; sdsm: summed over every
                                         * pair of actors); NaN with a correction */
    igraph_integer_t ties_kept;
    double weight_kept;
    igraph_integer_t nodes_with_ties;   /* nodes with a tie in the input */
    igraph_integer_t nodes_kept;        /* nodes with a kept tie */
    /* sdsm only: the fit of the bipartite configuration model. */
    igraph_integer_t rounds;            /* fixed-point rounds used */
    double degree_error;                /* largest |expected - observed| degree */
} il_backbone_t;

/* "none", "disparity", "sdsm"; "none", "holm", "bonferroni". */
const char *il_backbone_method_name(il_backbone_method_t m);
const char *il_correction_name(il_correction_t c);

/* Adjust p-values for a family of \p family hypotheses (0: the entries
 * that are numbers; NaN entries are not tests and stay NaN; hypotheses not
 * listed count as p = 1): Holm's or Bonferroni's adjusted values in \p adj. */
igraph_error_t il_p_adjust(const igraph_vector_t *p, il_correction_t c, double family,
                           igraph_vector_t *adj);

/* Adjust a result's p-values and keep the ties whose adjusted p-value is
 * below its alpha; the counts follow. */
igraph_error_t il_backbone_correct(const il_graph_t *g, il_correction_t c, il_backbone_t *res);

/* Free a result; accepts a zero-filled one. */
void il_backbone_destroy(il_backbone_t *res);

/* The disparity filter on a weighted graph (directed: out-strength at the
 * source, in-strength at the target). */
igraph_error_t il_backbone_disparity(const il_graph_t *g, double alpha, il_backbone_t *res);

/* The SDSM backbone of \p proj, the projection of \p aff (vertex i is
 * actor i): each tie's p-value is P(S >= shared events) under independent
 * memberships with the configuration model's probabilities. */
igraph_error_t il_backbone_sdsm(const il_graph_t *proj, const il_affiliation_t *aff,
                                double alpha, il_backbone_t *res);

/* The membership probabilities of the bipartite configuration model for
 * actor degree classes and event size classes (for tests and reports):
 * p[c * ne + f] for the c-th distinct actor degree in \p kdeg (sorted
 * ascending, counts in \p kcount) and the f-th distinct event size. */
igraph_error_t il_bicm_fit(const igraph_vector_int_t *kdeg, const igraph_vector_int_t *kcount,
                           const igraph_vector_int_t *ddeg, const igraph_vector_int_t *dcount,
                           igraph_vector_t *p, igraph_integer_t *rounds, double *error);

#ifdef __cplusplus
}
#endif

#endif /* IL_ANALYSIS_BACKBONE_H */
