/*
 * District types read from network signatures: Marshallian, hub-and-spoke,
 * satellite platform and state-anchored (Markusen 1996, "Sticky places in
 * slippery space: a typology of industrial districts", Economic Geography
 * 72(3):293-313; Park & Markusen 1995, Environment and Planning A 27:81-104).
 *
 * Each type's score is the mean of a few terms in 0..1, each a linear ramp
 * of one measured signature between two anchors (docs/metrics-structure.md
 * lists the rules and why). A term whose signature is NaN is left out; a
 * type with no term left, or whose defining term is missing, scores NaN.
 * It is a reading aid: the evidence says which measurements drove it.
 */
#include "analysis/analysis.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

typedef struct term {
    const char *what;       /* the signature, in words */
    double value;
    double lo, hi;          /* ramp from 0 at lo to 1 at hi */
    int high_fits;          /* 1: a high value fits the type; 0: a low one */
    int required;           /* the type is not scored without it */
} term_t;

static double ramp(double x, double lo, double hi)
{
    double r = (x - lo) / (hi - lo);
    return r < 0 ? 0 : (r > 1 ? 1 : r);
}

static double term_score(const term_t *t)
{
    double r = ramp(t->value, t->lo, t->hi);
    return t->high_fits ? r : 1 - r;
}

static double score_terms(const term_t *t, int nt)
{
    double sum = 0;
    int i, used = 0;
    for (i = 0; i < nt; i++) {
        if (isnan(t[i].value)) {
            if (t[i].required) {
                return NAN;
            }
            continue;
        }
        /* a type's defining signature counts twice */
        sum += (t[i].required ? 2 : 1) * term_score(&t[i]);
        used += t[i].required ? 2 : 1;
    }
    return used ? sum / used : NAN;
}

#define MAXTERMS 6

/* Fill the terms of each type from the signatures. */
static int type_terms(int kind, const il_district_signs_t *s, term_t *t)
{
    int n = 0;
#define T(w, v, l, h, hf, rq) do { term_t x_ = { w, v, l, h, hf, rq }; t[n++] = x_; } while (0)
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
    return n;
}

/** \function il_district_name \brief The report name of a district type. */
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
 *            sector attribute, too few nodes).
 * \param res Scores (NaN when not computable), best (-1 when none; the
 *            first type in the order above on equal scores) and the
 *            evidence for the best match: each of its terms with the
 *            measured value and whether it fits.
 *
 * Time complexity: O(1).
 */
void il_district_classify(const il_district_signs_t *s, il_district_t *res)
{
    term_t t[MAXTERMS];
    int kind, nt, i;
    size_t len = 0;
    double top = NAN;

    res->best = -1;
    for (kind = 0; kind < IL_DISTRICT_KINDS; kind++) {
        nt = type_terms(kind, s, t);
        res->score[kind] = score_terms(t, nt);
        if (!isnan(res->score[kind]) && (isnan(top) || res->score[kind] > top + 1e-12)) {
            res->best = kind;
            top = res->score[kind];
        }
    }
    res->evidence[0] = '\0';
    if (res->best < 0) {
        snprintf(res->evidence, sizeof res->evidence, "no type can be scored: too few "
                 "measurements (a group needs ties)");
        return;
    }
    nt = type_terms(res->best, s, t);
    len = (size_t) snprintf(res->evidence, sizeof res->evidence, "%s (score %.2f): ",
                            il_district_name(res->best), top);
    for (i = 0; i < nt && len < sizeof res->evidence; i++) {
        const char *verdict;
        if (isnan(t[i].value)) {
            len += (size_t) snprintf(res->evidence + len, sizeof res->evidence - len,
                                     "%s%s not measured", i ? "; " : "", t[i].what);
            continue;
        }
        verdict = term_score(&t[i]) >= 0.75 ? "fits" :
                  (term_score(&t[i]) >= 0.25 ? "fits partly" : "does not fit");
        len += (size_t) snprintf(res->evidence + len, sizeof res->evidence - len,
                                 "%s%s %.2f is %s (%s)", i ? "; " : "", t[i].what, t[i].value,
                                 t[i].high_fits ?
                                 (t[i].value >= t[i].hi ? "high" : t[i].value <= t[i].lo ? "low" : "middling") :
                                 (t[i].value <= t[i].lo ? "low" : t[i].value >= t[i].hi ? "high" : "middling"),
                                 verdict);
    }
}
