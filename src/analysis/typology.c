/*
 * District types read from network signatures: Marshallian, hub-and-spoke,
 * satellite platform and state-anchored (Markusen 1996, "Sticky places in
 * slippery space: a typology of industrial districts", Economic Geography
 * 72(3):293-313; Park & Markusen 1995, Environment and Planning A 27:81-104).
 *
 * Each type's score is the mean of a few terms in 0..1, each a linear ramp
 * of one measured signature between two anchors (docs/metrics-structure.md
 * lists the rules and why). A type's defining term counts twice and the
 * type is not scored without it; other terms whose signature is NaN are
 * left out. It is a reading aid: the report shows the terms behind it.
 */
#include "analysis/structure.h"
#include "analysis/nulls.h"

#include <math.h>

static double ramp(double x, double lo, double hi)
{
    double r = (x - lo) / (hi - lo);
    return r < 0 ? 0 : (r > 1 ? 1 : r);
}

/**
 * \function il_district_terms
 * \brief The terms that score district type \p kind, with their fit.
 *
 * \param kind An il_district_kind_t.
 * \param s    Measured signatures (NaN: not measured).
 * \param t    Room for IL_DISTRICT_MAXTERMS terms; filled in order.
 * \return The number of terms (0 for an unknown kind).
 *
 * Time complexity: O(1).
 */
int il_district_terms(int kind, const il_district_signs_t *s, il_district_term_t *t)
{
    int n = 0, i;
#define T(w, v, l, h, hf, df) do { \
        il_district_term_t x_ = { w, v, l, h, hf, df, NAN }; t[n++] = x_; \
    } while (0)
    switch (kind) {
    case IL_DISTRICT_MARSHALLIAN:
        /* many similar firms trading with each other: flat, dense, clustered, local */
        T("degree centralization", s->centralization, 0.2, 0.6, 0, 0);
        T("density", s->density, 0.1, 0.3, 1, 0);
        T("transitivity", s->transitivity, 0.1, 0.4, 1, 0);
        T("share of ties leaving the group", s->outside_share, 0.3, 0.6, 0, 0);
        T("share of public bodies at the centre", s->public_centre, 0.25, 0.75, 0, 0);
        break;
    case IL_DISTRICT_HUB_AND_SPOKE:
        /* one or a few large firms with their suppliers around them */
        T("degree centralization", s->centralization, 0.2, 0.6, 1, 1);
        T("share of ties touching the top hub", s->hub_dominance, 0.2, 0.5, 1, 0);
        T("share of spoke-spoke ties", s->spoke_share, 0.2, 0.6, 0, 0);
        T("transitivity", s->transitivity, 0.1, 0.4, 0, 0);
        T("share of public bodies at the centre", s->public_centre, 0.25, 0.75, 0, 0);
        break;
    case IL_DISTRICT_SATELLITE:
        /* branch plants tied to parents outside, little local networking */
        T("share of ties leaving the group", s->outside_share, 0.4, 0.7, 1, 1);
        T("density", s->density, 0.05, 0.2, 0, 0);
        T("transitivity", s->transitivity, 0.1, 0.4, 0, 0);
        break;
    case IL_DISTRICT_STATE_ANCHORED:
        /* a public anchor (research institute, university, base) at the centre */
        T("share of public bodies at the centre", s->public_centre, 0.25, 0.75, 1, 1);
        T("core-periphery fit", s->cp_fit, 0.3, 0.6, 1, 0);
        T("degree centralization", s->centralization, 0.2, 0.6, 1, 0);
        break;
    }
#undef T
    for (i = 0; i < n; i++) {
        if (!isnan(t[i].value)) {
            double r = ramp(t[i].value, t[i].lo, t[i].hi);
            t[i].fit = t[i].high_fits ? r : 1 - r;
        }
    }
    return n;
}

/** \function il_district_name \brief The report name of a district type ("none" for -1). */
const char *il_district_name(int kind)
{
    static const char *const names[] = {
        "marshallian", "hub_and_spoke", "satellite_platform", "state_anchored"
    };
    return kind >= 0 && kind < IL_DISTRICT_KINDS ? names[kind] : "none";
}

/**
 * \function il_district_classify
 * \brief Score the four district types and name the best match.
 *
 * \param s   Measured signatures; NaN where not available (no --by, no
 *            sector attribute, no ties).
 * \param res Scores (the weighted mean of the fits of the measured terms;
 *            NaN when the defining term or every term is missing) and best
 *            (-1 when none; the first type in enum order on equal scores).
 *
 * Time complexity: O(1).
 */
void il_district_classify(const il_district_signs_t *s, il_district_t *res)
{
    il_district_term_t t[IL_DISTRICT_MAXTERMS];
    double top = NAN;
    int kind, nt, i;

    res->best = -1;
    for (kind = 0; kind < IL_DISTRICT_KINDS; kind++) {
        double sum = 0, used = 0;
        nt = il_district_terms(kind, s, t);
        for (i = 0; i < nt; i++) {
            if (isnan(t[i].fit)) {
                if (t[i].defining) {
                    used = 0;
                    break;
                }
                continue;
            }
            sum += (t[i].defining ? 2 : 1) * t[i].fit;
            used += t[i].defining ? 2 : 1;
        }
        res->score[kind] = used > 0 ? sum / used : NAN;
        if (!isnan(res->score[kind]) && (isnan(top) || res->score[kind] > top + 1e-12)) {
            res->best = kind;
            top = res->score[kind];
        }
    }
}

/* ---- Readings against a null model ---------------------------------------- */

static const char *const score_names[IL_DISTRICT_KINDS] = {
    "district_marshallian", "district_hub_and_spoke", "district_satellite_platform",
    "district_state_anchored"
};

/* The test of statistic \p name for scope \p x (-1: the network), or -1. */
static igraph_integer_t scope_test(const il_null_tests_t *t, const char *name,
                                   igraph_integer_t x)
{
    return il_null_tests_find(t, "structure", name, x < 0 ? IL_SUBJECT_NETWORK
                              : IL_SUBJECT_GROUP, x, -1, -1);
}

/*
 * The district reading of one scope (docs/metrics-structure.md): its best
 * type holds when (1) its score is above what the null gives, two-sided
 * p < alpha; (2) it beats the second type by at least the null spread
 * (the larger null standard deviation of the two scores); (3) at least
 * half of its measured criteria fit (fit >= 0.5). Else indeterminate,
 * saying which condition failed.
 */
static void read_district(il_shape_t *sh, const il_null_tests_t *t, igraph_integer_t x,
                          double alpha)
{
    il_district_term_t term[IL_DISTRICT_MAXTERMS];
    int best = sh->district.best, second = -1, k, nt, i, measured = 0, fits = 0;
    igraph_integer_t ib, is;
    double p, mean, sd, spread, margin;
    const char *name = il_district_name(best);

    sh->district_reading = -1;
    if (best < 0) {
        snprintf(sh->district_why, sizeof sh->district_why, "no type can be scored");
        return;
    }
    for (k = 0; k < IL_DISTRICT_KINDS; k++) {
        double sc = sh->district.score[k];
        if (k != best && !isnan(sc) && (second < 0 || sc > sh->district.score[second])) {
            second = k;
        }
    }
    nt = il_district_terms(best, &sh->signs, term);
    for (i = 0; i < nt; i++) {
        if (!isnan(term[i].fit)) {
            measured++;
            fits += term[i].fit >= 0.5;
        }
    }
    ib = scope_test(t, score_names[best], x);
    if (ib < 0 || VECTOR(t->defined)[ib] == 0) {
        snprintf(sh->district_why, sizeof sh->district_why, "indeterminate: %s (%.2f) was "
                 "not tested (no null samples)", name, sh->district.score[best]);
        return;
    }
    p = VECTOR(t->p_two)[ib];
    mean = VECTOR(t->mean)[ib];
    sd = VECTOR(t->sd)[ib];
    is = second >= 0 ? scope_test(t, score_names[second], x) : -1;
    spread = sd;
    if (is >= 0 && !isnan(VECTOR(t->sd)[is]) && VECTOR(t->sd)[is] > spread) {
        spread = VECTOR(t->sd)[is];
    }
    margin = second >= 0 ? sh->district.score[best] - sh->district.score[second] : NAN;
    if (!(p < alpha) || !(sh->district.score[best] > mean)) {
        snprintf(sh->district_why, sizeof sh->district_why, "indeterminate: %s scores %.2f, "
                 "the null %.2f +/- %.2f (%s, two-sided p %.3g): the null gives it as often",
                 name, sh->district.score[best], mean, sd,
                 il_null_model_name(t->stat[ib].model), p);
        return;
    }
    if (second >= 0 && !(margin >= spread)) {
        snprintf(sh->district_why, sizeof sh->district_why, "indeterminate: %s (%.2f) and "
                 "%s (%.2f) are within the null spread (%.2f)", name,
                 sh->district.score[best], il_district_name(second),
                 sh->district.score[second], spread);
        return;
    }
    if (2 * fits < measured) {
        snprintf(sh->district_why, sizeof sh->district_why, "indeterminate: only %d of the "
                 "%d measured criteria of %s fit", fits, measured, name);
        return;
    }
    sh->district_reading = best;
    snprintf(sh->district_why, sizeof sh->district_why, "%s scores %.2f against the null's "
             "%.2f +/- %.2f (%s, two-sided p %.3g), %.2f ahead of %s, %d of %d criteria fit",
             name, sh->district.score[best], mean, sd, il_null_model_name(t->stat[ib].model),
             p, margin, second >= 0 ? il_district_name(second) : "none", fits, measured);
}

/* The core-periphery reading: the fit against the null, two-sided. */
static void read_cp(il_shape_t *sh, const il_null_tests_t *t, igraph_integer_t x, double alpha)
{
    igraph_integer_t i = scope_test(t, "core_periphery_fit", x);
    double p, mean, sd;
    sh->cp_reading = 0;
    if (i < 0 || VECTOR(t->defined)[i] == 0 || isnan(sh->cp_fit)) {
        snprintf(sh->cp_why, sizeof sh->cp_why, "indeterminate: %s",
                 isnan(sh->cp_fit) ? "no fit (too few ties)" : "not tested (no null samples)");
        return;
    }
    p = VECTOR(t->p_two)[i];
    mean = VECTOR(t->mean)[i];
    sd = VECTOR(t->sd)[i];
    if (p < alpha) {
        sh->cp_reading = sh->cp_fit > mean ? 1 : -1;
    }
    snprintf(sh->cp_why, sizeof sh->cp_why, "%s: fit %.3f against the null's %.3f +/- %.3f "
             "(%s, two-sided p %.3g)", sh->cp_reading > 0 ? "core-periphery beyond what the "
             "degrees give" : (sh->cp_reading < 0 ? "less core-periphery than the degrees give"
                               : "indeterminate"), sh->cp_fit, mean, sd,
             il_null_model_name(t->stat[i].model), p);
}

/**
 * \function il_structure_read
 * \brief Read the district type and the core-periphery of the network and
 *        of every group against the tests of il_null_tests_add_structure()
 *        (with the full family) on the same graph and options.
 *
 * District: the best type holds only when its score is above the null's
 * (two-sided p < \p alpha), it leads the second type by at least the null
 * spread, and at least half of its measured criteria fit; otherwise
 * indeterminate (district_reading -1) with the reason in district_why.
 * Core-periphery: cp_reading 1 (fit above the null's, p < alpha), -1
 * (below), 0 (indeterminate), with cp_why.
 *
 * Time complexity: O(k x statistics).
 */
void il_structure_read(il_structure_t *res, const il_null_tests_t *t, double alpha)
{
    igraph_integer_t x;
    read_district(&res->network, t, -1, alpha);
    read_cp(&res->network, t, -1, alpha);
    for (x = 0; res->grouped && x < res->part.k; x++) {
        read_district(&res->group[x], t, x, alpha);
        read_cp(&res->group[x], t, x, alpha);
    }
}
