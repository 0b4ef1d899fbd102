/*
 * Reports of `innolink evaluate`: the design, the estimates with their
 * tests, intervals, readings and caveats (the CSV table), the event
 * study, the units and their placebos, the group-level panel behind it,
 * and in plain words what the design can and cannot attribute
 * (docs/metrics-panel.md, "Evaluation designs").
 */
#include "report/panel_report.h"
#include "report/report_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static cJSON *new_row(cJSON *rows)
{
    cJSON *row = rows ? cJSON_CreateObject() : NULL;
    if (row) {
        cJSON_AddItemToArray(rows, row);
    }
    return row;
}

static igraph_error_t add_names(cJSON *obj, const char *key, const char *const *names,
                                const int *flag, igraph_integer_t n, int want)
{
    cJSON *arr = cJSON_AddArrayToObject(obj, key);
    igraph_integer_t i;
    CHECK_ITEM(arr);
    for (i = 0; i < n; i++) {
        if (flag[i] == want) {
            cJSON *s = cJSON_CreateString(names[i]);
            CHECK_ITEM(s);
            cJSON_AddItemToArray(arr, s);
        }
    }
    return IGRAPH_SUCCESS;
}

/* How the p-values were found, in words. */
static void test_text(const il_evaluation_view_t *v, char *buf, size_t size)
{
    const il_did_result_t *r = v->res;
    if (r->assignments == 0) {
        snprintf(buf, size, "none (no permutations, or no controls to reassign the "
                 "treatment to)");
    } else if (r->exact) {
        snprintf(buf, size, "permutation: the treatment reassigned to every one of the %"
                 IGRAPH_PRId " possible sets of %" IGRAPH_PRId " %s (two-sided)",
                 r->assignments, r->did.treated, v->pairs ? "pairs" : "groups");
    } else {
        snprintf(buf, size, "permutation: the treatment reassigned to %" IGRAPH_PRId
                 " random sets of %" IGRAPH_PRId " %s, seed %" IGRAPH_PRIu " (two-sided)",
                 r->assignments, r->did.treated, v->pairs ? "pairs" : "groups",
                 v->options->seed);
    }
}

static const char *null_text(int pairs)
{
    return pairs ? "no effect of the programme on any pair: which pairs were treated "
           "does not matter (pairs exchangeable)" :
           "no effect of the programme on any group: which groups were treated does "
           "not matter (groups exchangeable)";
}

/* The interval in words: "[a, b]", unbounded ends said. */
static void interval_text(const il_did_estimate_t *e, double level, char *buf, size_t size)
{
    if (isnan(e->low)) {
        snprintf(buf, size, "no interval");
    } else if (isinf(e->low) || isinf(e->high)) {
        snprintf(buf, size, "%.0f%% interval unbounded: too few units to reject any effect "
                 "at that level", 100 * level);
    } else {
        snprintf(buf, size, "%.0f%% interval [%.3g, %.3g]", 100 * level, e->low, e->high);
    }
}

static igraph_error_t estimate_cells(cJSON *row, const il_did_estimate_t *e, double level)
{
    IGRAPH_CHECK(il_report_number(row, "estimate", e->estimate));
    IGRAPH_CHECK(il_report_number(row, "treated_change", e->treated_change));
    IGRAPH_CHECK(il_report_number(row, "control_change", e->control_change));
    IGRAPH_CHECK(il_report_number(row, "p_value", e->p_value));
    IGRAPH_CHECK(il_report_number(row, "interval_low", e->low));
    IGRAPH_CHECK(il_report_number(row, "interval_high", e->high));
    IGRAPH_CHECK(il_report_number(row, "level", level));
    IGRAPH_CHECK(il_report_number(row, "treated", (double) e->treated));
    IGRAPH_CHECK(il_report_number(row, "controls", (double) e->controls));
    return IGRAPH_SUCCESS;
}

static igraph_error_t estimate_row(cJSON *rows, const char *what, const il_did_estimate_t *e,
                                   double level, const char *test, const char *null,
                                   const char *reading, const char *caveat)
{
    cJSON *row = new_row(rows);
    CHECK_ITEM(row);
    IGRAPH_CHECK(il_report_string(row, "estimate_of", what));
    IGRAPH_CHECK(estimate_cells(row, e, level));
    IGRAPH_CHECK(il_report_string(row, "test", test));
    IGRAPH_CHECK(il_report_string(row, "null_model", null));
    IGRAPH_CHECK(il_report_string(row, "reading", reading));
    IGRAPH_CHECK(il_report_string(row, "caveat", caveat));
    return IGRAPH_SUCCESS;
}

/* The names of the controls flagged, "A:B, C:D". */
static void flagged_names(const il_evaluation_view_t *v, char *buf, size_t size)
{
    igraph_integer_t u;
    size_t len = 0;
    buf[0] = '\0';
    for (u = 0; u < v->design->units && len < size; u++) {
        if (v->res->unit_flag[u] && v->res->unit_used[u] == 1 && v->design->treated[u] == 0) {
            len += (size_t) snprintf(buf + len, size - len, "%s%s", len ? ", " : "",
                                     v->unit_names[u]);
        }
    }
}

/* What the design can attribute, and the caveats, in plain words. */
typedef struct verdict {
    int can_attribute;
    char statement[1024];
    char caveats[6][600];
    int ncaveat;
} verdict_t;

/* The next caveat's buffer, or NULL when full. */
static char *caveat(verdict_t *vd)
{
    return vd->ncaveat < 6 ? vd->caveats[vd->ncaveat++] : NULL;
}

static void judge(const il_evaluation_view_t *v, verdict_t *vd)
{
    const il_did_result_t *r = v->res;
    double alpha = 1 - r->level;
    char iv[160], names[400], start[64], across[300], *c;
    const char *units = v->pairs ? "pairs" : "groups";
    const char *treated = r->did.treated == 1 ? (v->pairs ? "pair" : "group") : units;
    igraph_integer_t k;
    size_t len = 0;
    snprintf(start, sizeof start, "%s", v->start);
    across[0] = '\0';
    for (k = 0; k < v->design->periods && len < sizeof across; k++) {
        if (r->period_used[k] == 0) {
            len += (size_t) snprintf(across + len, sizeof across - len, "%s%s", len ? ", " : "",
                                     v->period_labels[k]);
        }
    }
    interval_text(&r->did, r->level, iv, sizeof iv);
    memset(vd, 0, sizeof *vd);
    if (r->did.controls == 0) {
        snprintf(vd->statement, sizeof vd->statement, "No control %s: the treated %s "
                 "changed by %.3g%s from before %s to after it, but without %s left "
                 "untreated nothing shows what would have happened without the programme. "
                 "This is a trend over time, not an effect of the programme.", units,
                 treated, r->did.treated_change, r->did.treated == 1 ? "" : " on average",
                 start, units);
    } else if (!isnan(r->pretrend_p) && r->pretrend_p < alpha) {
        snprintf(vd->statement, sizeof vd->statement, "Pre-trend: before %s the treated "
                 "%s already moved apart from the controls (pre-trend test p = %.3g). The "
                 "estimate %.3g (p = %.3g) mixes that trend with any effect: it is not "
                 "credible as an effect of the programme.", start,
                 treated, r->pretrend_p, r->did.estimate,
                 r->did.p_value);
    } else if (!isnan(r->placebo.p_value) && r->placebo.p_value < alpha) {
        snprintf(vd->statement, sizeof vd->statement, "The placebo fails: a fake start "
                 "inside the pre-period shows an 'effect' of %.3g (p = %.3g). The design "
                 "picks up differences that are not the programme's, so the estimate "
                 "%.3g is not credible as its effect.", r->placebo.estimate,
                 r->placebo.p_value, r->did.estimate);
    } else if (!isnan(r->did.p_value) && r->did.p_value < alpha) {
        vd->can_attribute = 1;
        snprintf(vd->statement, sizeof vd->statement, "After %s the treated %s changed by "
                 "%.3g more than the controls (p = %.3g, %s). Before the start they moved "
                 "alike%s, so the difference can be attributed to what began at %s for "
                 "the treated %s alone: the programme, or anything else that began for "
                 "them, and only them, at that time.", start,
                 treated, r->did.estimate, r->did.p_value, iv,
                 isnan(r->pretrend_p) ? " as far as can be seen (one pre-period: untested)" :
                 " (no pre-trend, and the placebo at a fake start finds nothing)",
                 start, treated);
    } else {
        snprintf(vd->statement, sizeof vd->statement, "The treated %s did not change "
                 "detectably more than the controls (estimate %.3g, p = %.3g, %s): no "
                 "effect of the programme is shown, which is not proof that there was none.",
                 treated, r->did.estimate, r->did.p_value, iv);
    }
    if (r->pre < 2 && (c = caveat(vd))) {
        snprintf(c, sizeof vd->caveats[0], "Only one window lies wholly before the start "
                 "(%s): whether a trend had begun before it cannot be checked%s.", start,
                 r->did.controls > 0 ? ", and the estimate rests on the untested "
                 "assumption that treated and controls would have moved alike" : "");
    }
    if (across[0] && (c = caveat(vd))) {
        snprintf(c, sizeof vd->caveats[0], "Left out because they span the start (%s): %s; "
                 "they mix what came before the programme with what came after.", start,
                 across);
    }
    if (r->flagged_controls > 0 && (c = caveat(vd))) {
        flagged_names(v, names, sizeof names);
        snprintf(c, sizeof vd->caveats[0], "Not like-for-like: the control(s) %s moved on "
                 "their own (a trend or a jump the other controls do not show); without "
                 "them the estimate is %.3g (p = %.3g).", names, r->without_flagged.estimate,
                 r->without_flagged.p_value);
    }
    if (r->did.controls > 0 && r->assignments > 0 && isinf(r->did.high) &&
        (c = caveat(vd))) {
        snprintf(c, sizeof vd->caveats[0], "Too few units for a %.0f%% interval: with so "
                 "few ways to reassign the treatment, no effect size can be excluded.",
                 100 * r->level);
    }
    if ((c = caveat(vd))) {
        snprintf(c, sizeof vd->caveats[0], "The design compares %s, not actors; it assumes "
                 "the programme left the controls alone (no spillover) and, for the "
                 "interval, one effect for every treated unit.",
                 v->pairs ? "pairs of groups" : "groups");
    }
}

static igraph_error_t add_design(il_report_t *r, const il_evaluation_view_t *v)
{
    const il_did_design_t *d = v->design;
    const il_did_result_t *res = v->res;
    cJSON *obj = cJSON_AddObjectToObject(r->root, "design");
    int *role, *per;
    igraph_integer_t u, k;
    igraph_error_t rc = IGRAPH_SUCCESS;
    char test[300];
    CHECK_ITEM(obj);
    IGRAPH_CHECK(il_report_string(obj, "outcome", v->outcome));
    IGRAPH_CHECK(il_report_string(obj, "outcome_is", v->outcome_text));
    IGRAPH_CHECK(il_report_string(obj, "units", v->pairs ? "pairs of groups" : "groups"));
    IGRAPH_CHECK(il_report_string(obj, "by", v->by));
    IGRAPH_CHECK(il_report_string(obj, "start", v->start));
    test_text(v, test, sizeof test);
    IGRAPH_CHECK(il_report_string(obj, "test", test));
    IGRAPH_CHECK(il_report_string(obj, "null_model", null_text(v->pairs)));
    IGRAPH_CHECK(il_report_number(obj, "assignments", (double) res->assignments));
    IGRAPH_CHECK(il_report_bool(obj, "exact", res->exact));
    role = malloc((size_t) (d->units + 1) * sizeof *role);
    per = malloc((size_t) (d->periods + 1) * sizeof *per);
    if (!role || !per) {
        free(role);
        free(per);
        IGRAPH_ERROR("Out of memory building the report.", IGRAPH_ENOMEM);
    }
    for (u = 0; u < d->units; u++) {
        role[u] = res->unit_used[u] == 1 ? d->treated[u] : res->unit_used[u] == -1 ? 3 : 2;
    }
    for (k = 0; k < d->periods; k++) {
        per[k] = res->period_used[k] == 1 ? d->post[k] : res->period_used[k] == -1 ? 3 : 2;
    }
    if ((rc = add_names(obj, "treated", v->unit_names, role, d->units, 1)) == IGRAPH_SUCCESS &&
        (rc = add_names(obj, "controls", v->unit_names, role, d->units, 0)) == IGRAPH_SUCCESS &&
        (rc = add_names(obj, "dropped_units", v->unit_names, role, d->units, 3)) ==
        IGRAPH_SUCCESS &&
        (rc = add_names(obj, "windows_before", v->period_labels, per, d->periods, 0)) ==
        IGRAPH_SUCCESS &&
        (rc = add_names(obj, "windows_after", v->period_labels, per, d->periods, 1)) ==
        IGRAPH_SUCCESS &&
        (rc = add_names(obj, "windows_across_the_start", v->period_labels, per, d->periods,
                        2)) == IGRAPH_SUCCESS) {
        rc = add_names(obj, "windows_without_outcome", v->period_labels, per, d->periods, 3);
    }
    free(role);
    free(per);
    return rc;
}

static igraph_error_t add_estimates(il_report_t *r, const il_evaluation_view_t *v,
                                    const verdict_t *vd)
{
    const il_did_result_t *res = v->res;
    double alpha = 1 - res->level;
    cJSON *rows = cJSON_AddArrayToObject(r->root, "estimates");
    char test[300], reading[1200], what[160], iv[160];
    const char *null = null_text(v->pairs);
    il_did_estimate_t pre;
    CHECK_ITEM(rows);
    test_text(v, test, sizeof test);

    {
        char all[sizeof vd->caveats];
        size_t len = 0;
        int i;
        all[0] = '\0';
        for (i = 0; i < vd->ncaveat; i++) {
            len += (size_t) snprintf(all + len, sizeof all - len, "%s%s", i ? " " : "",
                                     vd->caveats[i]);
        }
        IGRAPH_CHECK(estimate_row(rows, "difference-in-differences", &res->did, res->level,
                                  test, null, vd->statement, all));
    }

    memset(&pre, 0, sizeof pre);
    pre.estimate = res->pretrend_stat;
    pre.p_value = res->pretrend_p;
    pre.low = pre.high = pre.treated_change = pre.control_change = NAN;
    pre.treated = res->did.treated;
    pre.controls = res->did.controls;
    if (isnan(res->pretrend_p)) {
        snprintf(reading, sizeof reading, "not tested: %s", res->pre < 2 ?
                 "one window before the start" : "no controls or no permutations");
    } else {
        snprintf(reading, sizeof reading, res->pretrend_p < alpha ?
                 "pre-trend: treated and controls moved apart before the start (p = %.3g)" :
                 "no pre-trend detected: treated and controls moved alike before the start "
                 "(p = %.3g)", res->pretrend_p);
    }
    IGRAPH_CHECK(estimate_row(rows, "pre-trend (sum of squared event-study differences "
                              "before the start)", &pre, res->level, test, null, reading,
                              "a test of the windows before the start only; it cannot see "
                              "trends that begin with the programme"));

    if (res->placebo_start >= 0) {
        snprintf(what, sizeof what, "placebo: a fake start at %s, windows before the "
                 "real start only", v->period_labels[res->placebo_start]);
        interval_text(&res->placebo, res->level, iv, sizeof iv);
        snprintf(reading, sizeof reading, !isnan(res->placebo.p_value) &&
                 res->placebo.p_value < alpha ? "the placebo fails: an 'effect' where "
                 "there was no programme (p = %.3g, %s)" : "the placebo is rejected: no "
                 "effect at the fake start (p = %.3g, %s)", res->placebo.p_value, iv);
        IGRAPH_CHECK(estimate_row(rows, what, &res->placebo, res->level, test, null, reading,
                                  "tests the design, not the programme"));
    }
    if (!isnan(res->placebo_rank_p)) {
        il_did_estimate_t e = res->did;
        e.p_value = res->placebo_rank_p;
        e.low = e.high = NAN;
        snprintf(reading, sizeof reading, "the real estimate is larger than %.0f%% of the "
                 "estimates with one control at a time as if treated", 100.0 *
                 (1 - res->placebo_rank_p));
        IGRAPH_CHECK(estimate_row(rows, "placebo: each control as if treated (rank of the "
                                  "real estimate)", &e, res->level,
                                  "rank among the placebo estimates: (1 + controls at "
                                  "least as large) / (1 + controls)",
                                  "the treated units are like the controls", reading,
                                  "units flagged below changed on their own"));
    }
    if (res->flagged_controls > 0) {
        char names[400];
        flagged_names(v, names, sizeof names);
        interval_text(&res->without_flagged, res->level, iv, sizeof iv);
        snprintf(reading, sizeof reading, "without the flagged control(s) %s: %.3g "
                 "(p = %.3g, %s)", names, res->without_flagged.estimate,
                 res->without_flagged.p_value, iv);
        IGRAPH_CHECK(estimate_row(rows, "difference-in-differences without flagged controls",
                                  &res->without_flagged, res->level, test, null, reading,
                                  "a robustness check: the controls left out were chosen "
                                  "after looking at the data"));
    }
    r->table = "estimates";
    return IGRAPH_SUCCESS;
}

static igraph_error_t add_event_study(il_report_t *r, const il_evaluation_view_t *v)
{
    const il_did_result_t *res = v->res;
    cJSON *rows = cJSON_AddArrayToObject(r->root, "event_study");
    igraph_integer_t k, rel, ref = res->reference;
    char reading[200];
    CHECK_ITEM(rows);
    for (k = 0; k < v->design->periods; k++) {
        const il_did_estimate_t *e = &res->event[k];
        cJSON *row;
        if (res->period_used[k] != 1) {
            continue;
        }
        rel = 0;
        {
            igraph_integer_t j;
            for (j = (k < ref ? k : ref); j < (k < ref ? ref : k); j++) {
                rel += res->period_used[j] == 1;
            }
            rel = k < ref ? -rel : rel;
        }
        row = new_row(rows);
        CHECK_ITEM(row);
        IGRAPH_CHECK(il_report_string(row, "window", v->period_labels[k]));
        IGRAPH_CHECK(il_report_number(row, "relative", (double) rel));
        IGRAPH_CHECK(il_report_string(row, "period", k == ref ? "reference" :
                                      v->design->post[k] ? "after" : "before"));
        IGRAPH_CHECK(estimate_cells(row, e, res->level));
        if (k == ref) {
            snprintf(reading, sizeof reading, "the reference: differences are counted "
                     "from this window");
        } else if (isnan(e->p_value)) {
            snprintf(reading, sizeof reading, "not tested");
        } else if (e->p_value < 1 - res->level) {
            snprintf(reading, sizeof reading, "treated %s controls by %.3g more than in the "
                     "reference (p = %.3g)%s", e->estimate > 0 ? "above" : "below",
                     fabs(e->estimate), e->p_value, v->design->post[k] ? "" :
                     ": before the start, a pre-trend");
        } else {
            snprintf(reading, sizeof reading, "no difference from the reference (p = %.3g)",
                     e->p_value);
        }
        IGRAPH_CHECK(il_report_string(row, "reading", reading));
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t add_units(il_report_t *r, const il_evaluation_view_t *v)
{
    const il_did_design_t *d = v->design;
    const il_did_result_t *res = v->res;
    cJSON *rows = cJSON_AddArrayToObject(r->root, "units");
    igraph_integer_t u;
    char reading[300];
    CHECK_ITEM(rows);
    for (u = 0; u < d->units; u++) {
        cJSON *row = new_row(rows);
        int f = res->unit_flag[u];
        CHECK_ITEM(row);
        IGRAPH_CHECK(il_report_string(row, "unit", v->unit_names[u]));
        IGRAPH_CHECK(il_report_string(row, "role", res->unit_used[u] == -1 ? "dropped" :
                                      res->unit_used[u] == 0 ? "left out" :
                                      d->treated[u] ? "treated" : "control"));
        IGRAPH_CHECK(il_report_number(row, "placebo_estimate", res->unit_placebo[u]));
        IGRAPH_CHECK(il_report_number(row, "placebo_z", res->unit_placebo_z[u]));
        IGRAPH_CHECK(il_report_number(row, "placebo_p", res->unit_placebo_p[u]));
        IGRAPH_CHECK(il_report_number(row, "pre_slope", res->unit_slope[u]));
        IGRAPH_CHECK(il_report_number(row, "pre_slope_z", res->unit_slope_z[u]));
        IGRAPH_CHECK(il_report_bool(row, "flagged", f != 0));
        if (res->unit_used[u] == -1) {
            snprintf(reading, sizeof reading, "dropped: the outcome is undefined in a window "
                     "of the design");
        } else if (f) {
            snprintf(reading, sizeof reading, "%s%s%s (modified z-score beyond %.3g: an "
                     "outlier among the units)",
                     f & 2 ? "a pre-trend of its own before the start" : "",
                     f == 3 ? "; " : "", f & 1 ? "changed at the start without the "
                     "programme (placebo)" : "", v->options->flag_z);
        } else {
            snprintf(reading, sizeof reading, "%s", res->unit_used[u] == 0 ? "not in the "
                     "design" : isnan(res->unit_slope_z[u]) && isnan(res->unit_placebo_z[u]) ?
                     "not screened: too few units or windows before the start to tell a "
                     "trend of its own" : "no trend of its own detected");
        }
        IGRAPH_CHECK(il_report_string(row, "reading", reading));
        IGRAPH_CHECK(il_report_string(row, "test", "modified z-score (Iglewicz-Hoaglin): "
                                      "0.6745 (x - median) / MAD over the units; flagged "
                                      "beyond the threshold"));
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t add_panel(il_report_t *r, const il_evaluation_view_t *v)
{
    const il_did_design_t *d = v->design;
    const il_did_result_t *res = v->res;
    cJSON *rows = cJSON_AddArrayToObject(r->root, "outcomes");
    igraph_integer_t u, k;
    CHECK_ITEM(rows);
    for (u = 0; u < d->units; u++) {
        for (k = 0; k < d->periods; k++) {
            cJSON *row = new_row(rows);
            CHECK_ITEM(row);
            IGRAPH_CHECK(il_report_string(row, "unit", v->unit_names[u]));
            IGRAPH_CHECK(il_report_string(row, "window", v->period_labels[k]));
            IGRAPH_CHECK(il_report_string(row, "role", d->treated[u] == 1 ? "treated" :
                                          d->treated[u] == 0 ? "control" : "left out"));
            IGRAPH_CHECK(il_report_string(row, "period", d->post[k] == 1 ? "after" :
                                          d->post[k] == 0 ? "before" : "across the start"));
            IGRAPH_CHECK(il_report_bool(row, "used", res->unit_used[u] == 1 &&
                                        res->period_used[k] == 1));
            IGRAPH_CHECK(il_report_number(row, v->outcome, d->y[u * d->periods + k]));
        }
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_add_evaluation
 * \brief The whole evaluation: `attribution` (what the design can
 *        attribute, in plain words), `reading` (the same with its caveats),
 *        `design`, `estimates` (the CSV table), `event_study`, `units` and
 *        `outcomes` (the group-level panel); options in `parameters`.
 *
 * \return IGRAPH_ENOMEM.
 */
igraph_error_t il_report_add_evaluation(il_report_t *r, const il_evaluation_view_t *v)
{
    verdict_t vd;
    cJSON *obj, *arr, *par;
    int i;
    judge(v, &vd);
    IGRAPH_CHECK(il_report_string(r->root, "attribution", vd.statement));
    IGRAPH_CHECK(il_report_bool(r->root, "can_attribute", vd.can_attribute));
    obj = cJSON_AddObjectToObject(r->root, "reading");
    CHECK_ITEM(obj);
    IGRAPH_CHECK(il_report_string(obj, "statement", vd.statement));
    arr = cJSON_AddArrayToObject(obj, "caveats");
    CHECK_ITEM(arr);
    for (i = 0; i < vd.ncaveat; i++) {
        cJSON *s = cJSON_CreateString(vd.caveats[i]);
        CHECK_ITEM(s);
        cJSON_AddItemToArray(arr, s);
    }
    IGRAPH_CHECK(add_design(r, v));
    IGRAPH_CHECK(add_estimates(r, v, &vd));
    IGRAPH_CHECK(add_event_study(r, v));
    IGRAPH_CHECK(add_units(r, v));
    IGRAPH_CHECK(add_panel(r, v));
    par = il_report_parameters(r);
    CHECK_ITEM(par);
    IGRAPH_CHECK(il_report_number(par, "permutations", (double) v->options->permutations));
    IGRAPH_CHECK(il_report_number(par, "seed", (double) v->options->seed));
    IGRAPH_CHECK(il_report_number(par, "level", v->options->level));
    IGRAPH_CHECK(il_report_number(par, "flag_z", v->options->flag_z));
    IGRAPH_CHECK(il_report_string(par, "interval", "test inversion: the constant effects "
                                  "the permutation test does not reject"));
    return IGRAPH_SUCCESS;
}
