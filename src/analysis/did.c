/*
 * Difference-in-differences on a balanced panel of units (groups or pairs
 * of groups) with one programme start (docs/metrics-panel.md):
 *
 *  - the estimate is the coefficient of treated x post in an OLS of the
 *    outcome on unit and period fixed effects, which on a balanced panel
 *    with one start equals mean_T(z) - mean_C(z), z_u = mean of y_u after
 *    minus mean before (checked against statsmodels in the tests);
 *  - inference reassigns the treatment across the units (Fisher's
 *    randomisation test): every assignment when there are few, else
 *    seeded random draws; the interval collects the constant effects tau
 *    the test does not reject once tau is taken off the treated units
 *    (test inversion; Imbens & Rubin 2015, ch. 5);
 *  - the event study is the same estimate per period against the last
 *    pre-period, and the pre-trend test the sum of squared pre-period
 *    differences under the same reassignments;
 *  - placebos: a fake start inside the pre-period; each control as if
 *    treated against the others; a pre-period slope per unit. A unit is
 *    flagged when its modified z-score (Iglewicz & Hoaglin 1993) exceeds
 *    flag_z.
 */
#include "analysis/did.h"
#include "core/rng.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- Assignments of the treatment ------------------------------------------ */

/* N assignments of the treatment to the n used units, row-major. */
typedef struct assign_set {
    unsigned char *m;
    igraph_integer_t N, n, nt;
    int exact;
} assign_set_t;

static void assign_set_destroy(assign_set_t *s)
{
    free(s->m);
    memset(s, 0, sizeof *s);
}

/* n choose k, or +inf once above \p cap. */
static double choose_capped(igraph_integer_t n, igraph_integer_t k, double cap)
{
    double c = 1;
    igraph_integer_t i;
    if (k > n - k) {
        k = n - k;
    }
    for (i = 1; i <= k; i++) {
        c = c * (double) (n - k + i) / (double) i;
        if (c > cap) {
            return INFINITY;
        }
    }
    return floor(c + 0.5);
}

/* Every assignment of nt treated among n units (when few), or \p perms
 * seeded random ones. perms = 0 leaves the set empty (no inference). */
static igraph_error_t assign_set_init(assign_set_t *s, const unsigned char *tobs,
                                      igraph_integer_t n, igraph_integer_t perms,
                                      igraph_uint_t seed)
{
    igraph_integer_t nt = 0, i, r;
    double all;
    memset(s, 0, sizeof *s);
    for (i = 0; i < n; i++) {
        nt += tobs[i];
    }
    s->n = n;
    s->nt = nt;
    if (perms <= 0 || nt == 0 || nt == n) {
        return IGRAPH_SUCCESS;
    }
    all = choose_capped(n, nt, (double) perms);
    s->exact = isfinite(all);
    s->N = s->exact ? (igraph_integer_t) all : perms;
    s->m = calloc((size_t) (s->N * n), 1);
    IGRAPH_CHECK_OOM(s->m, "Out of memory drawing treatment assignments.");
    if (s->exact) {
        igraph_integer_t *c = malloc((size_t) nt * sizeof *c);
        IGRAPH_CHECK_OOM(c, "Out of memory drawing treatment assignments.");
        for (i = 0; i < nt; i++) {
            c[i] = i;
        }
        for (r = 0; r < s->N; r++) {
            igraph_integer_t j;
            for (i = 0; i < nt; i++) {
                s->m[r * n + c[i]] = 1;
            }
            /* next combination in lexicographic order */
            for (j = nt - 1; j >= 0 && c[j] == n - nt + j; j--) {
            }
            if (j < 0) {
                break;
            }
            c[j]++;
            for (i = j + 1; i < nt; i++) {
                c[i] = c[i - 1] + 1;
            }
        }
        free(c);
    } else {
        il_rng_scope_t rng;
        igraph_integer_t *idx = malloc((size_t) n * sizeof *idx);
        IGRAPH_CHECK_OOM(idx, "Out of memory drawing treatment assignments.");
        IGRAPH_FINALLY(igraph_free, idx);
        IGRAPH_CHECK(il_rng_scope_begin(&rng, seed));
        IGRAPH_FINALLY(il_rng_scope_end, &rng);
        for (i = 0; i < n; i++) {
            idx[i] = i;
        }
        for (r = 0; r < s->N; r++) {
            for (i = 0; i < nt; i++) {
                igraph_integer_t j = igraph_rng_get_integer(igraph_rng_default(), i, n - 1);
                igraph_integer_t t = idx[i];
                idx[i] = idx[j];
                idx[j] = t;
                s->m[r * n + idx[i]] = 1;
            }
        }
        il_rng_scope_end(&rng);
        free(idx);
        IGRAPH_FINALLY_CLEAN(2);
    }
    return IGRAPH_SUCCESS;
}

/* ---- One estimate and its inference ------------------------------------------ */

/* mean of z over treated minus mean over the others (t: 1 treated). */
static double mean_diff(const double *z, const unsigned char *t, igraph_integer_t n,
                        double *tm, double *cm)
{
    double st = 0, sc = 0;
    igraph_integer_t nt = 0, nc = 0, i;
    for (i = 0; i < n; i++) {
        if (t[i]) {
            st += z[i];
            nt++;
        } else {
            sc += z[i];
            nc++;
        }
    }
    *tm = nt ? st / (double) nt : NAN;
    *cm = nc ? sc / (double) nc : NAN;
    return *tm - *cm;
}

/* Number of assignments whose estimate under "effect tau" is at least as
 * far from 0 as the observed one, as a p-value. */
static double p_at(const double *a, const double *b, const assign_set_t *s, double est,
                   double tau)
{
    double obs = fabs(est - tau), tol = 1e-12 * (fabs(est) + fabs(tau) + 1e-300), cnt = 0;
    igraph_integer_t r;
    for (r = 0; r < s->N; r++) {
        cnt += fabs(a[r] - tau * b[r]) >= obs - tol;
    }
    return s->exact ? cnt / (double) s->N : (1 + cnt) / (double) (s->N + 1);
}

/* p(tau) changes only where |a_r - tau b_r| = |est - tau| for some
 * assignment r: the root of that equation nearest \p tau (within \p tol),
 * else \p tau. The bisection's bound is snapped to it, so that the interval
 * ends exactly where the test's verdict changes. */
static double snap(const double *a, const double *b, const assign_set_t *s, double est,
                   double tau, double tol)
{
    double best = tau, dist = tol;
    igraph_integer_t r;
    for (r = 0; r < s->N; r++) {
        /* (b^2 - 1) t^2 - 2 (a b - est) t + (a^2 - est^2) = 0 */
        double qa = b[r] * b[r] - 1, qb = -2 * (a[r] * b[r] - est), qc = a[r] * a[r] - est * est;
        double roots[2];
        int nr = 0, i;
        if (fabs(qa) < 1e-15) {
            if (qb != 0) {
                roots[nr++] = -qc / qb;
            }
        } else {
            double disc = qb * qb - 4 * qa * qc;
            if (disc >= 0) {
                roots[nr++] = (-qb - sqrt(disc)) / (2 * qa);
                roots[nr++] = (-qb + sqrt(disc)) / (2 * qa);
            }
        }
        for (i = 0; i < nr; i++) {
            if (fabs(roots[i] - tau) < dist) {
                dist = fabs(roots[i] - tau);
                best = roots[i];
            }
        }
    }
    return best;
}

/* The boundary of the accepted effects from \p est in direction \p dir:
 * +-inf when nothing up to a million times \p scale is rejected. */
static double bound(const double *a, const double *b, const assign_set_t *s, double est,
                    double alpha, double scale, int dir)
{
    double lo = 0, hi = scale / 64;
    int i;
    while (p_at(a, b, s, est, est + dir * hi) > alpha) {
        lo = hi;
        hi *= 2;
        if (hi > 1e6 * scale) {
            return dir * INFINITY;
        }
    }
    for (i = 0; i < 200 && hi - lo > 1e-13 * (scale + fabs(est)); i++) {
        double mid = 0.5 * (lo + hi);
        if (p_at(a, b, s, est, est + dir * mid) > alpha) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return snap(a, b, s, est, est + dir * 0.5 * (lo + hi), 1e-9 * (scale + fabs(est)));
}

/* The estimate on z (one value per used unit) with its p-value and
 * interval over the assignment set \p s. */
static igraph_error_t infer(const double *z, const unsigned char *tobs, const assign_set_t *s,
                            double level, il_did_estimate_t *e)
{
    igraph_integer_t n = s->n, r, i;
    double *a, *b, lo = INFINITY, hi = -INFINITY, scale;
    e->estimate = mean_diff(z, tobs, n, &e->treated_change, &e->control_change);
    e->treated = s->nt;
    e->controls = n - s->nt;
    e->p_value = e->low = e->high = NAN;
    if (e->controls == 0) {
        e->estimate = NAN;
        return IGRAPH_SUCCESS;
    }
    if (s->N == 0) {
        return IGRAPH_SUCCESS;
    }
    a = malloc((size_t) s->N * sizeof *a);
    b = malloc((size_t) s->N * sizeof *b);
    if (!a || !b) {
        free(a);
        free(b);
        IGRAPH_ERROR("Out of memory testing an estimate.", IGRAPH_ENOMEM);
    }
    for (r = 0; r < s->N; r++) {
        const unsigned char *t = s->m + r * n;
        double tm, cm, both = 0;
        a[r] = mean_diff(z, t, n, &tm, &cm);
        for (i = 0; i < n; i++) {
            both += t[i] && tobs[i];
        }
        b[r] = both / (double) s->nt - ((double) s->nt - both) / (double) (n - s->nt);
    }
    for (i = 0; i < n; i++) {
        lo = fmin(lo, z[i]);
        hi = fmax(hi, z[i]);
    }
    scale = hi - lo > 0 ? hi - lo : (fabs(e->estimate) > 0 ? fabs(e->estimate) : 1.0);
    e->p_value = p_at(a, b, s, e->estimate, 0.0);
    e->low = bound(a, b, s, e->estimate, 1 - level, scale, -1);
    e->high = bound(a, b, s, e->estimate, 1 - level, scale, +1);
    free(a);
    free(b);
    return IGRAPH_SUCCESS;
}

/* ---- The design ---------------------------------------------------------------- */

/**
 * \function il_did_destroy
 * \brief Free a result; safe on a zero-filled one.
 */
void il_did_destroy(il_did_result_t *res)
{
    free(res->unit_used);
    free(res->period_used);
    free(res->event);
    free(res->unit_placebo);
    free(res->unit_placebo_z);
    free(res->unit_placebo_p);
    free(res->unit_slope);
    free(res->unit_slope_z);
    free(res->unit_flag);
    memset(res, 0, sizeof *res);
}

static void did_free(void *res)
{
    il_did_destroy(res);
}

static int cmp_double(const void *x, const void *y)
{
    double a = *(const double *) x, b = *(const double *) y;
    return (a > b) - (a < b);
}

static double median_of(double *v, size_t n)
{
    qsort(v, n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

/**
 * \function il_modified_z
 * \brief Modified z-scores 0.6745 (x_i - median) / MAD over the x_i with use[i].
 *
 * Iglewicz & Hoaglin (1993) flag |z| > 3.5 as an outlier. NaN where
 * use[i] is 0, for NaN values, and everywhere when the MAD is 0 or fewer
 * than three values are used. \return IGRAPH_ENOMEM.
 * Time complexity: O(n log n).
 */
igraph_error_t il_modified_z(const double *x, const int *use, size_t n, double *z)
{
    double *v = malloc((n ? n : 1) * sizeof *v), med, mad;
    size_t i, m = 0;
    IGRAPH_CHECK_OOM(v, "Out of memory scoring units.");
    for (i = 0; i < n; i++) {
        z[i] = NAN;
        if (use[i] && !isnan(x[i])) {
            v[m++] = x[i];
        }
    }
    if (m >= 3) {
        med = median_of(v, m);
        for (i = 0, m = 0; i < n; i++) {
            if (use[i] && !isnan(x[i])) {
                v[m++] = fabs(x[i] - med);
            }
        }
        mad = median_of(v, m);
        for (i = 0; mad > 0 && i < n; i++) {
            if (use[i] && !isnan(x[i])) {
                z[i] = 0.6745 * (x[i] - med) / mad;
            }
        }
    }
    free(v);
    return IGRAPH_SUCCESS;
}

/* Which units and periods have an outcome throughout. */
static igraph_error_t did_usable(const il_did_design_t *d, il_did_result_t *res)
{
    igraph_integer_t u, k, U = d->units, K = d->periods, nt = 0;
    for (u = 0; u < U; u++) {
        res->unit_used[u] = d->treated[u] >= 0;
    }
    for (k = 0; k < K; k++) {
        int any = 0;
        res->period_used[k] = d->post[k] >= 0;
        for (u = 0; res->period_used[k] && u < U; u++) {
            any |= res->unit_used[u] && !isnan(d->y[u * K + k]);
        }
        if (res->period_used[k] && !any) {
            res->period_used[k] = -1;
        }
    }
    for (u = 0; u < U; u++) {
        for (k = 0; res->unit_used[u] == 1 && k < K; k++) {
            if (res->period_used[k] == 1 && isnan(d->y[u * K + k])) {
                res->unit_used[u] = -1;
            }
        }
        nt += res->unit_used[u] == 1 && d->treated[u] == 1;
    }
    for (k = 0; k < K; k++) {
        if (res->period_used[k] == 1) {
            if (d->post[k]) {
                res->post_periods++;
            } else {
                res->pre++;
                res->reference = k;
            }
        }
    }
    if (res->pre == 0 || res->post_periods == 0) {
        IGRAPH_ERRORF("the design needs a period with outcomes before the start and one "
                      "after (before: %" IGRAPH_PRId ", after: %" IGRAPH_PRId ")",
                      IGRAPH_EINVAL, res->pre, res->post_periods);
    }
    if (nt == 0) {
        IGRAPH_ERROR("no treated unit has an outcome in every period of the design",
                     IGRAPH_EINVAL);
    }
    return IGRAPH_SUCCESS;
}

/* The used units' data: index, treated flag. */
typedef struct used {
    igraph_integer_t n, *unit;
    unsigned char *t;
    double *z;
} used_t;

static void used_destroy(used_t *u)
{
    free(u->unit);
    free(u->t);
    free(u->z);
}

static igraph_error_t used_init(used_t *us, const il_did_design_t *d, const int *keep)
{
    igraph_integer_t u;
    us->n = 0;
    us->unit = malloc((size_t) (d->units + 1) * sizeof *us->unit);
    us->t = malloc((size_t) (d->units + 1));
    us->z = malloc((size_t) (d->units + 1) * sizeof *us->z);
    if (!us->unit || !us->t || !us->z) {
        used_destroy(us);
        IGRAPH_ERROR("Out of memory estimating the design.", IGRAPH_ENOMEM);
    }
    for (u = 0; u < d->units; u++) {
        if (keep[u] == 1) {
            us->unit[us->n] = u;
            us->t[us->n] = d->treated[u] == 1;
            us->n++;
        }
    }
    return IGRAPH_SUCCESS;
}

/* z_u = mean of y_u over periods with sel[k] == 2 minus over sel[k] == 1. */
static void change_z(const il_did_design_t *d, const used_t *us, const int *sel, double *z)
{
    igraph_integer_t i, k, K = d->periods;
    for (i = 0; i < us->n; i++) {
        const double *y = d->y + us->unit[i] * K;
        double s1 = 0, s2 = 0;
        igraph_integer_t n1 = 0, n2 = 0;
        for (k = 0; k < K; k++) {
            if (sel[k] == 1) {
                s1 += y[k];
                n1++;
            } else if (sel[k] == 2) {
                s2 += y[k];
                n2++;
            }
        }
        z[i] = s2 / (double) n2 - s1 / (double) n1;
    }
}

/* The main estimate, or any split of the used periods (\p sel). */
static igraph_error_t split_estimate(const il_did_design_t *d, const used_t *us,
                                     const assign_set_t *s, const int *sel, double level,
                                     il_did_estimate_t *e)
{
    double *z = malloc((size_t) (us->n + 1) * sizeof *z);
    igraph_error_t rc;
    IGRAPH_CHECK_OOM(z, "Out of memory estimating the design.");
    change_z(d, us, sel, z);
    rc = infer(z, us->t, s, level, e);
    free(z);
    return rc;
}

/* The event study: each used period against the reference, and the
 * pre-trend test on the periods before the reference. */
static igraph_error_t event_study(const il_did_design_t *d, const used_t *us,
                                  const assign_set_t *s, double level, il_did_result_t *res)
{
    igraph_integer_t k, K = d->periods, r, npre = 0;
    int *sel = calloc((size_t) K + 1, sizeof *sel);
    double *stat = s->N ? calloc((size_t) s->N, sizeof *stat) : NULL;
    double *z = malloc((size_t) (us->n + 1) * sizeof *z);
    if (!sel || !z || (s->N && !stat)) {
        free(sel);
        free(stat);
        free(z);
        IGRAPH_ERROR("Out of memory in the event study.", IGRAPH_ENOMEM);
    }
    res->pretrend_stat = 0;
    for (k = 0; k < K; k++) {
        il_did_estimate_t *e = &res->event[k];
        e->estimate = e->treated_change = e->control_change = e->p_value = NAN;
        e->low = e->high = NAN;
        if (res->period_used[k] != 1) {
            continue;
        }
        memset(sel, 0, (size_t) K * sizeof *sel);
        sel[res->reference] = 1;
        sel[k] = 2;
        if (k == res->reference) {
            e->estimate = e->treated_change = e->control_change = 0;
            continue;
        }
        change_z(d, us, sel, z);
        IGRAPH_CHECK(infer(z, us->t, s, level, e));
        if (!d->post[k] && !isnan(e->estimate)) {
            npre++;
            res->pretrend_stat += e->estimate * e->estimate;
            for (r = 0; r < s->N; r++) {
                double tm, cm, x = mean_diff(z, s->m + r * us->n, us->n, &tm, &cm);
                stat[r] += x * x;
            }
        }
    }
    res->pretrend_p = NAN;
    if (npre > 0 && s->N > 0) {
        double cnt = 0, tol = 1e-12 * res->pretrend_stat;
        for (r = 0; r < s->N; r++) {
            cnt += stat[r] >= res->pretrend_stat - tol;
        }
        res->pretrend_p = s->exact ? cnt / (double) s->N : (1 + cnt) / (double) (s->N + 1);
    }
    if (npre == 0) {
        res->pretrend_stat = NAN;
    }
    free(sel);
    free(stat);
    free(z);
    return IGRAPH_SUCCESS;
}

/* The placebo at a fake start: the pre-periods only, split at it. */
static igraph_error_t placebo_time(const il_did_design_t *d, const used_t *us,
                                   const assign_set_t *s, const il_did_options_t *o,
                                   il_did_result_t *res)
{
    igraph_integer_t k, K = d->periods, seen = 0, start = o->placebo_start;
    int *sel;
    igraph_error_t rc;
    res->placebo_start = -1;
    res->placebo.estimate = res->placebo.p_value = res->placebo.low = NAN;
    res->placebo.high = res->placebo.treated_change = res->placebo.control_change = NAN;
    if (res->pre < 2) {
        return IGRAPH_SUCCESS;
    }
    if (start < 0) {    /* the middle pre-period: as many pre-periods before it as from it */
        for (k = 0; k < K; k++) {
            if (res->period_used[k] == 1 && !d->post[k] && seen++ == res->pre / 2) {
                start = k;
            }
        }
    }
    seen = 0;
    for (k = 0; k < start; k++) {
        seen += res->period_used[k] == 1 && !d->post[k];
    }
    if (start >= K || d->post[start] != 0 || res->period_used[start] != 1 || seen == 0) {
        IGRAPH_ERROR("the placebo start must be a pre-period after the first one",
                     IGRAPH_EINVAL);
    }
    sel = calloc((size_t) K + 1, sizeof *sel);
    IGRAPH_CHECK_OOM(sel, "Out of memory in the placebo test.");
    for (k = 0; k < K; k++) {
        if (res->period_used[k] == 1 && !d->post[k]) {
            sel[k] = k < start ? 1 : 2;
        }
    }
    res->placebo_start = start;
    rc = split_estimate(d, us, s, sel, o->level, &res->placebo);
    free(sel);
    return rc;
}

/* Each control as if treated against the other controls (main split). */
static igraph_error_t placebo_units(const il_did_design_t *d, const used_t *us,
                                    const double *z, const il_did_options_t *o,
                                    il_did_result_t *res)
{
    igraph_integer_t i, j, nc = 0, above = 0;
    int *use = calloc((size_t) d->units + 1, sizeof *use);
    IGRAPH_CHECK_OOM(use, "Out of memory in the placebo test.");
    for (i = 0; i < us->n; i++) {
        nc += !us->t[i];
    }
    res->placebo_rank_p = NAN;
    for (i = 0; nc >= 2 && i < us->n; i++) {
        double others = 0;
        if (us->t[i]) {
            continue;
        }
        for (j = 0; j < us->n; j++) {
            if (!us->t[j] && j != i) {
                others += z[j];
            }
        }
        res->unit_placebo[us->unit[i]] = z[i] - others / (double) (nc - 1);
        use[us->unit[i]] = 1;
    }
    for (i = 0; nc >= 2 && i < us->n; i++) {
        double bi = res->unit_placebo[us->unit[i]], cnt = 0;
        if (us->t[i]) {
            continue;
        }
        for (j = 0; j < us->n; j++) {
            if (!us->t[j]) {
                cnt += fabs(res->unit_placebo[us->unit[j]]) >= fabs(bi) * (1 - 1e-12);
            }
        }
        res->unit_placebo_p[us->unit[i]] = cnt / (double) nc;
        above += fabs(bi) >= fabs(res->did.estimate) * (1 - 1e-12);
    }
    if (nc >= 2 && !isnan(res->did.estimate)) {
        res->placebo_rank_p = (1 + (double) above) / (1 + (double) nc);
    }
    IGRAPH_CHECK(il_modified_z(res->unit_placebo, use, (size_t) d->units, res->unit_placebo_z));
    free(use);
    (void) o;
    return IGRAPH_SUCCESS;
}

/* Each used unit's pre-period slope against the mean of all other units. */
static igraph_error_t unit_slopes(const il_did_design_t *d, const used_t *us,
                                  il_did_result_t *res)
{
    igraph_integer_t i, j, k, K = d->periods;
    int *use = calloc((size_t) d->units + 1, sizeof *use);
    IGRAPH_CHECK_OOM(use, "Out of memory scoring pre-trends.");
    for (i = 0; res->pre >= 3 && us->n >= 3 && i < us->n; i++) {
        double sx = 0, sy = 0, sxx = 0, sxy = 0, m = 0;
        for (k = 0; k < K; k++) {
            double others = 0, dev;
            if (res->period_used[k] != 1 || d->post[k]) {
                continue;
            }
            for (j = 0; j < us->n; j++) {
                if (j != i) {
                    others += d->y[us->unit[j] * K + k];
                }
            }
            dev = d->y[us->unit[i] * K + k] - others / (double) (us->n - 1);
            sx += (double) k;
            sy += dev;
            sxx += (double) k * (double) k;
            sxy += (double) k * dev;
            m++;
        }
        res->unit_slope[us->unit[i]] = (sxy - sx * sy / m) / (sxx - sx * sx / m);
        use[us->unit[i]] = 1;
    }
    IGRAPH_CHECK(il_modified_z(res->unit_slope, use, (size_t) d->units, res->unit_slope_z));
    free(use);
    return IGRAPH_SUCCESS;
}

/* Flag units; the estimate without the flagged controls. */
static igraph_error_t flag_units(const il_did_design_t *d, const int *sel,
                                 const il_did_options_t *o, il_did_result_t *res)
{
    igraph_integer_t u;
    int *keep;
    used_t us2;
    assign_set_t s2;
    igraph_error_t rc;
    res->without_flagged.estimate = res->without_flagged.p_value = NAN;
    res->without_flagged.low = res->without_flagged.high = NAN;
    res->without_flagged.treated_change = res->without_flagged.control_change = NAN;
    for (u = 0; u < d->units; u++) {
        res->unit_flag[u] = (fabs(res->unit_placebo_z[u]) > o->flag_z ? 1 : 0) |
                            (fabs(res->unit_slope_z[u]) > o->flag_z ? 2 : 0);
        res->flagged_controls += res->unit_flag[u] && res->unit_used[u] == 1 &&
                                 d->treated[u] == 0;
    }
    if (res->flagged_controls == 0) {
        return IGRAPH_SUCCESS;
    }
    keep = malloc((size_t) d->units * sizeof *keep);
    IGRAPH_CHECK_OOM(keep, "Out of memory estimating the design.");
    for (u = 0; u < d->units; u++) {
        keep[u] = res->unit_used[u] == 1 && !(d->treated[u] == 0 && res->unit_flag[u]) ? 1 : 0;
    }
    rc = used_init(&us2, d, keep);
    free(keep);
    IGRAPH_CHECK(rc);
    rc = assign_set_init(&s2, us2.t, us2.n, o->permutations, o->seed);
    if (rc == IGRAPH_SUCCESS) {
        rc = split_estimate(d, &us2, &s2, sel, o->level, &res->without_flagged);
    }
    assign_set_destroy(&s2);
    used_destroy(&us2);
    return rc;
}

static igraph_error_t did_alloc(const il_did_design_t *d, il_did_result_t *res)
{
    size_t U = (size_t) d->units + 1, K = (size_t) d->periods + 1, i;
    res->unit_used = calloc(U, sizeof *res->unit_used);
    res->period_used = calloc(K, sizeof *res->period_used);
    res->event = calloc(K, sizeof *res->event);
    res->unit_placebo = malloc(U * sizeof *res->unit_placebo);
    res->unit_placebo_z = malloc(U * sizeof *res->unit_placebo_z);
    res->unit_placebo_p = malloc(U * sizeof *res->unit_placebo_p);
    res->unit_slope = malloc(U * sizeof *res->unit_slope);
    res->unit_slope_z = malloc(U * sizeof *res->unit_slope_z);
    res->unit_flag = calloc(U, sizeof *res->unit_flag);
    if (!res->unit_used || !res->period_used || !res->event || !res->unit_placebo ||
        !res->unit_placebo_z || !res->unit_placebo_p || !res->unit_slope ||
        !res->unit_slope_z || !res->unit_flag) {
        IGRAPH_ERROR("Out of memory estimating the design.", IGRAPH_ENOMEM);
    }
    for (i = 0; i < U; i++) {
        res->unit_placebo[i] = res->unit_placebo_z[i] = res->unit_placebo_p[i] = NAN;
        res->unit_slope[i] = res->unit_slope_z[i] = NAN;
    }
    return IGRAPH_SUCCESS;
}

static void used_release(void *u)
{
    used_destroy(u);
}

static void assign_release(void *s)
{
    assign_set_destroy(s);
}

/**
 * \function il_did
 * \brief Difference-in-differences, event study and placebos of a design.
 *
 * Units with treated = -1 and periods with post = -1 are left out; then
 * periods where no unit has an outcome are dropped, and units without an
 * outcome in some remaining period (so that the panel is balanced). The
 * estimate is mean_T(z) - mean_C(z), z = mean after - mean before: the
 * treated x post coefficient of the two-way fixed-effects OLS. Its p-value
 * is the share of treatment assignments (nT of the used units) whose
 * |estimate| is at least the observed one (exact over every assignment
 * when there are at most o->permutations, else (1 + count) / (1 + draws));
 * the interval holds the constant effects the test does not reject at
 * 1 - o->level (+-inf when the units are too few to reject any). Without
 * controls only the treated change is given. See did.h for the rest.
 *
 * \return IGRAPH_EINVAL when no period before or after the start, or no
 *         treated unit, remains; IGRAPH_ENOMEM.
 *
 * Time complexity: O(A (U + K) + U K^2) for A assignments, U units and K
 * periods.
 */
igraph_error_t il_did(const il_did_design_t *d, const il_did_options_t *o,
                      il_did_result_t *res)
{
    igraph_integer_t k, K = d->periods;
    used_t us;
    assign_set_t s;
    int *sel;

    memset(res, 0, sizeof *res);
    IGRAPH_FINALLY(did_free, res);
    IGRAPH_CHECK(did_alloc(d, res));
    res->reference = -1;
    res->level = o->level;
    IGRAPH_CHECK(did_usable(d, res));
    IGRAPH_CHECK(used_init(&us, d, res->unit_used));
    IGRAPH_FINALLY(used_release, &us);
    IGRAPH_CHECK(assign_set_init(&s, us.t, us.n, o->permutations, o->seed));
    IGRAPH_FINALLY(assign_release, &s);
    res->assignments = s.N;
    res->exact = s.exact;
    sel = calloc((size_t) K + 1, sizeof *sel);
    IGRAPH_CHECK_OOM(sel, "Out of memory estimating the design.");
    IGRAPH_FINALLY(igraph_free, sel);
    for (k = 0; k < K; k++) {
        sel[k] = res->period_used[k] == 1 ? (d->post[k] ? 2 : 1) : 0;
    }
    change_z(d, &us, sel, us.z);
    IGRAPH_CHECK(infer(us.z, us.t, &s, o->level, &res->did));
    IGRAPH_CHECK(event_study(d, &us, &s, o->level, res));
    IGRAPH_CHECK(placebo_time(d, &us, &s, o, res));
    IGRAPH_CHECK(placebo_units(d, &us, us.z, o, res));
    IGRAPH_CHECK(unit_slopes(d, &us, res));
    IGRAPH_CHECK(flag_units(d, sel, o, res));
    igraph_free(sel);
    assign_set_destroy(&s);
    used_destroy(&us);
    IGRAPH_FINALLY_CLEAN(4);
    return IGRAPH_SUCCESS;
}
