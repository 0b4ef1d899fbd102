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
