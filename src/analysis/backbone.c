/*
 * Backbones (docs/metrics-backbones.md): what every test shares (results,
 * multiple-test corrections) and the disparity filter of Serrano, Boguñá &
 * Vespignani (2009) on any weighted graph. The stochastic degree sequence
 * model for projections is in backbone_sdsm.c.
 */
#include "analysis/backbone.h"
#include "analysis/backbone_internal.h"
#include "core/setup.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/** \function il_backbone_method_name \brief "none", "disparity" or "sdsm". */
const char *il_backbone_method_name(il_backbone_method_t m)
{
    switch (m) {
    case IL_BACKBONE_DISPARITY:
        return "disparity";
    case IL_BACKBONE_SDSM:
        return "sdsm";
    default:
        return "none";
    }
}

/** \function il_correction_name \brief "none", "holm" or "bonferroni". */
const char *il_correction_name(il_correction_t c)
{
    return c == IL_CORRECTION_HOLM ? "holm" : c == IL_CORRECTION_BONFERRONI ? "bonferroni"
           : "none";
}

/**
 * \function il_backbone_destroy
 * \brief Free a backbone result; safe on a zero-filled or destroyed one.
 */
void il_backbone_destroy(il_backbone_t *res)
{
    if (res->p_value.stor_begin) {
        igraph_vector_destroy(&res->p_value);
    }
    if (res->p_adjusted.stor_begin) {
        igraph_vector_destroy(&res->p_adjusted);
    }
    if (res->score_a.stor_begin) {
        igraph_vector_destroy(&res->score_a);
    }
    if (res->score_b.stor_begin) {
        igraph_vector_destroy(&res->score_b);
    }
    free(res->keep);
    memset(res, 0, sizeof *res);
}

/** \function il_i_backbone_free \brief il_backbone_destroy() for IGRAPH_FINALLY. */
void il_i_backbone_free(void *p)
{
    il_backbone_destroy((il_backbone_t *) p);
}

/**
 * \function il_i_backbone_init
 * \brief Zero \p res and allocate its per-tie vectors for the ties of \p g.
 *
 * \return IGRAPH_ENOMEM. Time complexity: O(m).
 */
igraph_error_t il_i_backbone_init(il_backbone_t *res, const il_graph_t *g,
                                  il_backbone_method_t method, double alpha)
{
    igraph_integer_t m = il_graph_ecount(g);
    memset(res, 0, sizeof *res);
    res->method = method;
    res->alpha = alpha;
    res->nodes = il_graph_vcount(g);
    res->ties = m;
    IGRAPH_CHECK(igraph_vector_init(&res->p_value, m));
    IGRAPH_CHECK(igraph_vector_init(&res->p_adjusted, m));
    IGRAPH_CHECK(igraph_vector_init(&res->score_a, m));
    IGRAPH_CHECK(igraph_vector_init(&res->score_b, m));
    res->keep = calloc((size_t) m + 1, 1);
    IGRAPH_CHECK_OOM(res->keep, "Out of memory judging ties.");
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_backbone_finish
 * \brief Keep every tie whose adjusted p-value is below alpha; count ties,
 *        weight and nodes (from zero).
 *
 * \return IGRAPH_ENOMEM. Time complexity: O(n + m).
 */
igraph_error_t il_i_backbone_finish(il_backbone_t *res, const il_graph_t *g)
{
    igraph_integer_t n = il_graph_vcount(g), e;
    char *had = calloc((size_t) n + 1, 1), *kept = calloc((size_t) n + 1, 1);
    igraph_integer_t v;
    if (!had || !kept) {
        free(had);
        free(kept);
        IGRAPH_ERROR("Out of memory judging ties.", IGRAPH_ENOMEM);
    }
    res->weight = res->weight_kept = 0;
    res->tested = res->ties_kept = res->nodes_with_ties = res->nodes_kept = 0;
    for (e = 0; e < res->ties; e++) {
        double p = VECTOR(res->p_adjusted)[e], w = VECTOR(g->weight)[e];
        igraph_integer_t a = IGRAPH_FROM(&g->graph, e), b = IGRAPH_TO(&g->graph, e);
        res->weight += w;
        had[a] = had[b] = 1;
        res->keep[e] = 0;
        if (!isnan(p)) {
            res->tested++;
        }
        if (p < res->alpha) {
            res->keep[e] = 1;
            res->ties_kept++;
            res->weight_kept += w;
            kept[a] = kept[b] = 1;
        }
    }
    for (v = 0; v < n; v++) {
        res->nodes_with_ties += had[v];
        res->nodes_kept += kept[v];
    }
    free(had);
    free(kept);
    return IGRAPH_SUCCESS;
}

typedef struct ranked_p {
    double p;
    igraph_integer_t i;
} ranked_p_t;

static int cmp_ranked_p(const void *a, const void *b)
{
    const ranked_p_t *x = a, *y = b;
    if (x->p != y->p) {
        return x->p < y->p ? -1 : 1;
    }
    return (x->i > y->i) - (x->i < y->i);
}

/**
 * \function il_p_adjust
 * \brief Adjusted p-values for testing m hypotheses at once.
 *
 * Entries that are NaN are not tests: they stay NaN. The family has m =
 * \p family hypotheses (0: the entries that are numbers); hypotheses of
 * the family without an entry have p = 1 and come last in Holm's order.
 * IL_CORRECTION_NONE copies; IL_CORRECTION_BONFERRONI gives min(1, m p);
 * IL_CORRECTION_HOLM gives Holm's (1979) step-down adjusted values: with
 * p_(1) <= ... <= p_(m), adj_(i) = max over j <= i of min(1, (m - j + 1)
 * p_(j)) (peer: statsmodels multipletests(method="holm") over the family).
 * Comparing an adjusted value with alpha keeps the family-wise error rate
 * at alpha.
 *
 * \param adj  Resized to the length of \p p.
 * \return IGRAPH_ENOMEM. Time complexity: O(m log m).
 */
igraph_error_t il_p_adjust(const igraph_vector_t *p, il_correction_t c, double family,
                           igraph_vector_t *adj)
{
    igraph_integer_t n = igraph_vector_size(p), i, m = 0;
    ranked_p_t *r;
    double run = 0, size;
    IGRAPH_CHECK(igraph_vector_update(adj, p));
    if (c == IL_CORRECTION_NONE) {
        return IGRAPH_SUCCESS;
    }
    r = malloc(((size_t) n + 1) * sizeof *r);
    IGRAPH_CHECK_OOM(r, "Out of memory adjusting p-values.");
    for (i = 0; i < n; i++) {
        if (!isnan(VECTOR(*p)[i])) {
            r[m].p = VECTOR(*p)[i];
            r[m].i = i;
            m++;
        }
    }
    size = family > (double) m ? family : (double) m;
    if (c == IL_CORRECTION_BONFERRONI) {
        for (i = 0; i < m; i++) {
            VECTOR(*adj)[r[i].i] = fmin(1.0, size * r[i].p);
        }
    } else {
        qsort(r, (size_t) m, sizeof *r, cmp_ranked_p);
        for (i = 0; i < m; i++) {
            run = fmax(run, fmin(1.0, (size - (double) i) * r[i].p));
            VECTOR(*adj)[r[i].i] = run;
        }
    }
    free(r);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_backbone_correct
 * \brief Adjust the p-values of a judged graph and keep again.
 *
 * p_adjusted becomes il_p_adjust(p_value, \p c, res->family); keep, the
 * counts of ties, nodes and weight kept follow (a tie is kept when its
 * adjusted p-value is below alpha); expected_kept is NaN under a correction
 * (the family-wise error rate is at most alpha instead).
 * \param g  The graph the ties of \p res belong to.
 * \return IGRAPH_ENOMEM. Time complexity: O(m log m + n).
 */
igraph_error_t il_backbone_correct(const il_graph_t *g, il_correction_t c, il_backbone_t *res)
{
    IGRAPH_CHECK(il_p_adjust(&res->p_value, c, res->family, &res->p_adjusted));
    res->correction = c;
    if (c != IL_CORRECTION_NONE) {
        res->expected_kept = NAN;
    }
    return il_i_backbone_finish(res, g);
}

/* ---- Disparity filter ----------------------------------------------------------- */

/* alpha_ij = (1 - w/s)^(k - 1) seen from an end of degree k and strength s;
 * 1 when k = 1 (the end cannot judge its only tie). */
static double disparity_alpha(double w, double s, igraph_integer_t k)
{
    if (k <= 1) {
        return 1.0;
    }
    if (w >= s) {
        return 0.0;
    }
    return exp((double) (k - 1) * log1p(-w / s));
}

/**
 * \function il_backbone_disparity
 * \brief The disparity filter: each tie's p-value from both ends.
 *
 * For a tie i-j of strength w, seen from end i with strength s_i (sum of
 * its tie strengths) and degree k_i (its ties), the null model spreads s_i
 * uniformly at random over the k_i ties, and the probability of a share at
 * least w/s_i is alpha_ij = (1 - w/s_i)^(k_i - 1) (Serrano, Boguñá and
 * Vespignani 2009, PNAS 106:6483); 1 when k_i = 1. The tie's p-value is the
 * smaller of the two ends' values (kept when either end finds it
 * significant, the rule of the paper and of R's backbone::disparity).
 * Directed ties are judged by the source's out-ties and the target's
 * in-ties. score_a / score_b hold alpha from the source / target end.
 * Self-loops (with --self-loops keep) are not judged (NaN, dropped) and
 * count neither in degree nor strength.
 *
 * \param res  Zero-filled; destroy it with il_backbone_destroy().
 * \return IGRAPH_ENOMEM. Time complexity: O(n + m).
 */
igraph_error_t il_backbone_disparity(const il_graph_t *g, double alpha, il_backbone_t *res)
{
    igraph_integer_t n = il_graph_vcount(g), m = il_graph_ecount(g), e;
    igraph_vector_t s_out, s_in;
    igraph_vector_int_t k_out, k_in;

    IGRAPH_CHECK(il_i_backbone_init(res, g, IL_BACKBONE_DISPARITY, alpha));
    IGRAPH_FINALLY(il_i_backbone_free, res);
    IGRAPH_VECTOR_INIT_FINALLY(&s_out, n);
    IGRAPH_VECTOR_INIT_FINALLY(&s_in, n);
    IGRAPH_CHECK(igraph_vector_int_init(&k_out, n));
    IGRAPH_FINALLY(igraph_vector_int_destroy, &k_out);
    IGRAPH_CHECK(igraph_vector_int_init(&k_in, n));
    IGRAPH_FINALLY(igraph_vector_int_destroy, &k_in);
    for (e = 0; e < m; e++) {
        igraph_integer_t a = IGRAPH_FROM(&g->graph, e), b = IGRAPH_TO(&g->graph, e);
        double w = VECTOR(g->weight)[e];
        if (a == b) {
            continue;
        }
        if (g->directed) {
            VECTOR(s_out)[a] += w;
            VECTOR(k_out)[a]++;
            VECTOR(s_in)[b] += w;
            VECTOR(k_in)[b]++;
        } else {        /* one set of totals: out holds them */
            VECTOR(s_out)[a] += w;
            VECTOR(k_out)[a]++;
            VECTOR(s_out)[b] += w;
            VECTOR(k_out)[b]++;
        }
    }
    for (e = 0; e < m; e++) {
        igraph_integer_t a = IGRAPH_FROM(&g->graph, e), b = IGRAPH_TO(&g->graph, e);
        double w = VECTOR(g->weight)[e], pa, pb;
        if (a == b) {
            VECTOR(res->p_value)[e] = VECTOR(res->score_a)[e] = VECTOR(res->score_b)[e] = NAN;
            continue;
        }
        pa = disparity_alpha(w, VECTOR(s_out)[a], VECTOR(k_out)[a]);
        pb = g->directed ? disparity_alpha(w, VECTOR(s_in)[b], VECTOR(k_in)[b])
             : disparity_alpha(w, VECTOR(s_out)[b], VECTOR(k_out)[b]);
        VECTOR(res->score_a)[e] = pa;
        VECTOR(res->score_b)[e] = pb;
        VECTOR(res->p_value)[e] = pa < pb ? pa : pb;
    }
    IGRAPH_CHECK(igraph_vector_update(&res->p_adjusted, &res->p_value));
    IGRAPH_CHECK(il_i_backbone_finish(res, g));
    res->family = (double) res->tested;
    res->expected_kept = alpha * (double) res->tested;     /* p is uniform under the null */
    igraph_vector_int_destroy(&k_in);
    igraph_vector_int_destroy(&k_out);
    igraph_vector_destroy(&s_in);
    igraph_vector_destroy(&s_out);
    IGRAPH_FINALLY_CLEAN(5);
    return IGRAPH_SUCCESS;
}

