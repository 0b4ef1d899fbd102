/*
 * Multiple regression QAP with Dekker's double semi-partialling (DSP).
 *
 * The model: OLS of the dyadic outcome on an intercept and the dyadic
 * terms (sna::netlm), or logistic regression of tie presence (sna::netlogit
 * with glm's IRLS). Dyads are not independent (every dyad of a node shares
 * its propensities), so the classical p-values are wrong; QAP permutes the
 * nodes of a matrix instead, which keeps each row's and column's
 * dependence. DSP (Dekker, Krackhardt & Snijders 2007, Psychometrika 72(4):
 * 563-581), for term k:
 *
 *   1. regress x_k on the other terms Z (intercept included) and keep the
 *      residual matrix e_k, the part of x_k no other term explains;
 *   2. permute the nodes of e_k (rows and columns together) P times; each
 *      time regress y on Z and the permuted e_k and keep the t-statistic
 *      of the permuted column;
 *   3. compare the observed t of x_k with those P values.
 *
 * This is sna 2.7's netlm(nullhyp = "qapspp") line by line (its "qap" is
 * the same branch): the statistic is the t-value (z for logit), the
 * intercept is tested like any term, the residual of an undirected design
 * is symmetric, and self-pairs are never dyads. sna reports #/P; innolink
 * reports (1 + #)/(1 + P), which is never 0 (Phipson & Smyth 2010) and
 * differs by less than 1/(P + 1).
 *
 * The permutations run in blocks over core/pool.h: term k's permutations
 * are cut into blocks of at most BLOCK, each drawn from a generator seeded
 * by (seed, block) alone, so 1 and 2 workers give the same bytes.
 */
#include "analysis/mrqap.h"
#include "analysis/lsq_internal.h"
#include "analysis/resample_internal.h"
#include "core/pool.h"
#include "core/rng.h"
#include "core/setup.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define BLOCK 64            /* permutations per block */
#define QR_TOL 1e-7         /* R's lm and sna's default tol */
#define LOGIT_TOL 1e-12     /* observed fit: |dev - dev_old| / (|dev| + 0.1); glm: 1e-8 */
#define LOGIT_TOL_PERM 1e-9 /* permuted fits: only the sign of a comparison counts */
#define LOGIT_MAXIT 100

/** \function il_mrqap_destroy \brief Free a result; safe on a zero-filled one. */
void il_mrqap_destroy(il_mrqap_t *res)
{
    free(res->term);
    memset(res, 0, sizeof *res);
}

static void mrqap_free(void *res)
{
    il_mrqap_destroy((il_mrqap_t *) res);
}

/* ---- Fits ------------------------------------------------------------------- */

/* Copy columns \p cols (count q) of d->x into the N x q matrix \p out. */
static void gather_columns(const il_dyads_t *d, const int *cols, int q, double *out)
{
    int c;
    for (c = 0; c < q; c++) {
        memcpy(out + (size_t) c * d->rows, d->x + (size_t) cols[c] * d->rows,
               d->rows * sizeof *out);
    }
}

/* The logistic deviance contribution of one dyad at linear predictor eta:
 * -2 log P(y | eta), computed without overflow. */
static double logit_dev(double y, double eta)
{
    double s = y > 0.5 ? -eta : eta;      /* -log sigma(-s) = log(1 + e^s) */
    return 2.0 * (s > 0 ? s + log1p(exp(-s)) : log1p(exp(s)));
}

/* sigma(eta), kept inside [eps, 1 - eps] as R's binomial()$linkinv does. */
static double logistic(double eta)
{
    double mu = eta >= 0 ? 1.0 / (1.0 + exp(-eta)) : exp(eta) / (1.0 + exp(eta));
    return mu < DBL_EPSILON ? DBL_EPSILON : mu > 1 - DBL_EPSILON ? 1 - DBL_EPSILON : mu;
}

/* Work space of one logistic fit of an N x p design. */
typedef struct irls_work {
    double *a;      /* N x p: sqrt(w) X, factored */
    double *z;      /* N: sqrt(w) z, then Q' of it */
    double *eta;    /* N */
    double tau[64], b[64];
} irls_work_t;

/*
 * Logistic regression by iteratively reweighted least squares, as R's
 * glm.fit (binomial, logit link): start from mu = (y + 1/2)/2 (or from
 * beta_start), solve the weighted least squares of the working response
 * z = eta + (y - mu)/w with weights w = mu(1 - mu) by QR, stop when the
 * deviance changes by less than tol relative. The standard errors are
 * sqrt(diag((X'WX)^-1)) at the estimate. Returns 0 on success, 1 when the
 * fit does not converge or becomes singular.
 */
static int irls(const double *X, const double *y, size_t N, int p, const double *start,
                double tol, int maxit, irls_work_t *w, double *beta, double *se,
                double *dev_out, int *iters)
{
    double dev = 0, dev_old;
    size_t i;
    int j, it, bad;

    if (start) {
        for (i = 0; i < N; i++) {
            double s = 0;
            for (j = 0; j < p; j++) {
                s += X[(size_t) j * N + i] * start[j];
            }
            w->eta[i] = s;
        }
    } else {
        for (i = 0; i < N; i++) {
            double mu = (y[i] + 0.5) / 2.0;
            w->eta[i] = log(mu / (1 - mu));
        }
    }
    for (i = 0; i < N; i++) {
        dev += logit_dev(y[i], w->eta[i]);
    }
    for (it = 1; it <= maxit; it++) {
        for (i = 0; i < N; i++) {
            double mu = logistic(w->eta[i]), wt = mu * (1 - mu), sw;
            if (wt < DBL_EPSILON) {
                wt = DBL_EPSILON;
            }
            sw = sqrt(wt);
            w->z[i] = sw * (w->eta[i] + (y[i] - mu) / wt);
            for (j = 0; j < p; j++) {
                w->a[(size_t) j * N + i] = sw * X[(size_t) j * N + i];
            }
        }
        il_i_qr(w->a, N, p, w->tau, QR_TOL, &bad);
        if (bad >= 0) {
            return 1;
        }
        il_i_qr_qty(w->a, N, p, w->tau, w->z);
        il_i_qr_solve(w->a, N, p, w->z, beta);
        dev_old = dev;
        dev = 0;
        for (i = 0; i < N; i++) {
            double s = 0;
            for (j = 0; j < p; j++) {
                s += X[(size_t) j * N + i] * beta[j];
            }
            w->eta[i] = s;
            dev += logit_dev(y[i], s);
        }
        if (!isfinite(dev)) {
            return 1;
        }
        if (fabs(dev - dev_old) / (fabs(dev) + 0.1) < tol) {
            break;
        }
    }
    if (it > maxit) {
        return 1;
    }
    *iters = it;
    *dev_out = dev;
    for (i = 0; i < N; i++) {          /* X'WX at the estimate */
        double mu = logistic(w->eta[i]), wt = mu * (1 - mu), sw;
        sw = sqrt(wt < DBL_EPSILON ? DBL_EPSILON : wt);
        for (j = 0; j < p; j++) {
            w->a[(size_t) j * N + i] = sw * X[(size_t) j * N + i];
        }
    }
    il_i_qr(w->a, N, p, w->tau, QR_TOL, &bad);
    if (bad >= 0 || il_i_qr_xtx_inv_diag(w->a, N, p, se) != IGRAPH_SUCCESS) {
        return 1;
    }
    for (j = 0; j < p; j++) {
        se[j] = sqrt(se[j]);
    }
    return 0;
}

static igraph_error_t irls_work_init(irls_work_t *w, size_t N, int p)
{
    memset(w, 0, sizeof *w);
    if (p > 64) {
        IGRAPH_ERROR("A dyadic regression takes at most 63 terms.", IGRAPH_EINVAL);
    }
    w->a = malloc(N * (size_t) p * sizeof *w->a);
    w->z = malloc(N * sizeof *w->z);
    w->eta = malloc(N * sizeof *w->eta);
    if (!w->a || !w->z || !w->eta) {
        free(w->a);
        free(w->z);
        free(w->eta);
        IGRAPH_ERROR("Out of memory for the logistic fit.", IGRAPH_ENOMEM);
    }
    return IGRAPH_SUCCESS;
}

static void irls_work_destroy(irls_work_t *w)
{
    free(w->a);
    free(w->z);
    free(w->eta);
    memset(w, 0, sizeof *w);
}

/* An error naming the term that is collinear with the terms before it. */
static igraph_error_t collinear(const il_dyads_t *d, int bad)
{
    char before[512];
    size_t len = 0;
    int c;
    if (bad == 0) {
        IGRAPH_ERROR("The intercept cannot be fitted (no dyads).", IGRAPH_EINVAL);
    }
    before[0] = '\0';
    for (c = 0; c < bad && len + 4 < sizeof before; c++) {
        len += (size_t) snprintf(before + len, sizeof before - len, "%s%s", c ? ", " : "",
                                 il_dyads_name(d, c));
    }
    IGRAPH_ERRORF("The term %s is constant or a linear combination of the terms before it "
                  "(%s): leave it out. Two attributes that group the nodes alike (a cluster "
                  "and its region) cannot both enter.", IGRAPH_EINVAL, il_dyads_name(d, bad),
                  before);
}

/**
 * \function il_dyads_collinear
 * \brief The first column that the columns before it explain, or -1.
 *
 * A column is collinear when the part of it that the columns before it do
 * not explain has a norm below 1e-7 of its own (R's lm and sna::netlm
 * rule); a constant column is collinear with the intercept. Raises no
 * error for a collinear design, so a caller can drop the column and go on.
 *
 * \return IGRAPH_ENOMEM (the only error).
 *
 * Time complexity: O(N p^2).
 */
igraph_error_t il_dyads_collinear(const il_dyads_t *d, int *bad)
{
    double *a, tau[64];
    *bad = -1;
    if (d->p > 63) {
        *bad = 63;
        return IGRAPH_SUCCESS;
    }
    a = malloc(d->rows * (size_t) d->p * sizeof *a);
    IGRAPH_CHECK_OOM(a, "Out of memory for the regression.");
    memcpy(a, d->x, d->rows * (size_t) d->p * sizeof *a);
    il_i_qr(a, d->rows, d->p, tau, QR_TOL, bad);
    free(a);
    return IGRAPH_SUCCESS;
}

/** \function il_dyads_drop_last \brief Remove the last column added. */
void il_dyads_drop_last(il_dyads_t *d)
{
    if (d->p > 1) {
        d->p--;
        free(d->name[d->p]);
        d->name[d->p] = NULL;
        memset(d->x + (size_t) d->p * d->rows, 0, d->rows * sizeof *d->x);
    }
}

/* The observed OLS fit: coefficients, standard errors, t, R^2. */
static igraph_error_t ols_observed(const il_dyads_t *d, il_mrqap_t *res)
{
    size_t N = d->rows, i;
    int p = d->p, j, bad;
    double *a, *c, *b, *diag, rss = 0, mss = 0, fmean = 0, tau[64];
    a = malloc(N * (size_t) p * sizeof *a);
    c = malloc(N * sizeof *c);
    b = malloc((size_t) p * 2 * sizeof *b);
    if (!a || !c || !b) {
        free(a);
        free(c);
        free(b);
        IGRAPH_ERROR("Out of memory for the regression.", IGRAPH_ENOMEM);
    }
    IGRAPH_FINALLY(igraph_free, a);
    IGRAPH_FINALLY(igraph_free, c);
    IGRAPH_FINALLY(igraph_free, b);
    diag = b + p;
    memcpy(a, d->x, N * (size_t) p * sizeof *a);
    memcpy(c, d->y, N * sizeof *c);
    il_i_qr(a, N, p, tau, QR_TOL, &bad);
    if (bad >= 0) {
        IGRAPH_CHECK(collinear(d, bad));
    }
    il_i_qr_qty(a, N, p, tau, c);
    il_i_qr_solve(a, N, p, c, b);
    IGRAPH_CHECK(il_i_qr_xtx_inv_diag(a, N, p, diag));
    for (i = 0; i < N; i++) {       /* fitted values into c */
        double f = 0;
        for (j = 0; j < p; j++) {
            f += d->x[(size_t) j * N + i] * b[j];
        }
        c[i] = f;
        fmean += f;
        rss += (d->y[i] - f) * (d->y[i] - f);
    }
    fmean /= (double) N;
    for (i = 0; i < N; i++) {
        mss += (c[i] - fmean) * (c[i] - fmean);
    }
    res->df_residual = (double) N - p;
    res->sigma = res->df_residual > 0 ? sqrt(rss / res->df_residual) : NAN;
    res->r_squared = mss + rss > 0 ? mss / (mss + rss) : NAN;
    res->adj_r_squared = res->df_residual > 0 ?
                         1 - (1 - res->r_squared) * ((double) N - 1) / res->df_residual : NAN;
    for (j = 0; j < p; j++) {
        res->term[j].coef = b[j];
        res->term[j].se = res->sigma * sqrt(diag[j]);
        res->term[j].t = res->term[j].se > 0 ? b[j] / res->term[j].se : NAN;
    }
    free(b);
    free(c);
    free(a);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}

/* The observed logistic fit: coefficients, standard errors, z, deviances. */
static igraph_error_t logit_observed(const il_dyads_t *d, il_mrqap_t *res)
{
    size_t N = d->rows, i;
    int p = d->p, j, bad, iters = 0;
    double beta[64], se[64], dev = 0, tau[64], ybar = 0, *a;
    irls_work_t w;

    for (i = 0; i < N; i++) {
        if (d->y[i] != 0 && d->y[i] != 1) {
            IGRAPH_ERROR("The logistic model needs a 0/1 outcome (tie presence).",
                         IGRAPH_EINVAL);
        }
        ybar += d->y[i];
    }
    ybar /= (double) N;
    if (ybar == 0 || ybar == 1) {
        IGRAPH_ERROR("The logistic model needs both tied and untied dyads.", IGRAPH_EINVAL);
    }
    a = malloc(N * (size_t) p * sizeof *a);   /* collinearity, as for OLS */
    IGRAPH_CHECK_OOM(a, "Out of memory for the regression.");
    memcpy(a, d->x, N * (size_t) p * sizeof *a);
    il_i_qr(a, N, p, tau, QR_TOL, &bad);
    free(a);
    if (bad >= 0) {
        IGRAPH_CHECK(collinear(d, bad));
    }
    IGRAPH_CHECK(irls_work_init(&w, N, p));
    if (irls(d->x, d->y, N, p, NULL, LOGIT_TOL, LOGIT_MAXIT, &w, beta, se, &dev, &iters)) {
        irls_work_destroy(&w);
        IGRAPH_ERRORF("The logistic fit did not converge in %d iterations: a term may "
                      "separate tied from untied dyads perfectly (the estimates would be "
                      "infinite). Try the OLS model, or leave that term out.", IGRAPH_EINVAL,
                      LOGIT_MAXIT);
    }
    for (i = 0; i < N; i++) {
        double mu = logistic(w.eta[i]);
        if (mu <= 10 * DBL_EPSILON || mu >= 1 - 10 * DBL_EPSILON) {
            il_warn("logistic fit: fitted probabilities numerically 0 or 1 occurred (as R's "
                    "glm warns); a term nearly separates tied from untied dyads");
            break;
        }
    }
    irls_work_destroy(&w);
    res->iterations = iters;
    res->deviance = dev;
    res->y_mean = ybar;
    res->null_deviance = -2.0 * (double) N * (ybar * log(ybar) + (1 - ybar) * log(1 - ybar));
    res->null_deviance_half = 2.0 * (double) N * log(2.0);
    res->df_residual = (double) N - p;
    res->aic = dev + 2.0 * p;
    res->bic = dev + p * log((double) N);
    res->mcfadden_r2 = 1 - dev / res->null_deviance;
    res->sna_r2 = 1 - dev / res->null_deviance_half;
    res->sna_r2_df = (res->null_deviance_half - dev) /
                     (res->null_deviance_half - dev + (double) N);
    for (j = 0; j < p; j++) {
        res->term[j].coef = beta[j];
        res->term[j].se = se[j];
        res->term[j].t = beta[j] / se[j];
    }
    return IGRAPH_SUCCESS;
}

/* ---- Double semi-partialling ------------------------------------------------ */

typedef struct dsp_job {
    const il_dyads_t *d;
    const il_mrqap_options_t *o;
    const il_mrqap_t *obs;
    igraph_integer_t chunks;    /* blocks per term */
    double *dist;               /* p x P permuted statistics, filled by combine */
    /* The per-term set-up, kept in the process that computes (a worker's
     * copy, or the caller's with one worker): term k's design without x_k
     * factored, the residual e_k and, for OLS, y's residual. */
    int term;                   /* -1: none yet */
    double *za, *ztau, *e, *yt, *xp, *r, *q;
    double ytyt;
    irls_work_t w;
} dsp_job_t;

static void dsp_clear(dsp_job_t *j)
{
    free(j->za);
    free(j->e);
    free(j->yt);
    free(j->xp);
    free(j->r);
    free(j->q);
    free(j->ztau);
    irls_work_destroy(&j->w);
    j->za = j->e = j->yt = j->xp = j->r = j->q = j->ztau = NULL;
    j->term = -1;
}

/* Residual of column \p x on the factored Z (za, ztau; q columns), into out. */
static void residual(const dsp_job_t *j, const double *Z, int q, const double *x, double *out,
                     double *work)
{
    size_t N = j->d->rows, i;
    int c;
    double b[64];
    memcpy(work, x, N * sizeof *work);
    il_i_qr_qty(j->za, N, q, j->ztau, work);
    il_i_qr_solve(j->za, N, q, work, b);
    for (i = 0; i < N; i++) {
        double f = 0;
        for (c = 0; c < q; c++) {
            f += Z[(size_t) c * N + i] * b[c];
        }
        out[i] = x[i] - f;
    }
}

/* Prepare term k: factor Z = the other columns, residualise x_k (and y). */
static igraph_error_t dsp_setup(dsp_job_t *j, int k)
{
    const il_dyads_t *d = j->d;
    size_t N = d->rows, i;
    int p = d->p, q = p - 1, c, cols[64], bad;
    dsp_clear(j);
    for (c = 0; c < p; c++) {
        if (c != k) {
            cols[c < k ? c : c - 1] = c;
        }
    }
    j->xp = malloc(N * (size_t) p * sizeof *j->xp);   /* Z, then a slot for e_k permuted */
    j->za = malloc(N * (size_t) q * sizeof *j->za);
    j->ztau = malloc((size_t) p * sizeof *j->ztau);
    j->e = malloc(N * sizeof *j->e);
    j->yt = malloc(N * sizeof *j->yt);
    j->r = malloc(N * sizeof *j->r);
    j->q = malloc(N * sizeof *j->q);
    if (!j->xp || !j->za || !j->ztau || !j->e || !j->yt || !j->r || !j->q) {
        dsp_clear(j);
        IGRAPH_ERROR("Out of memory for the permutations.", IGRAPH_ENOMEM);
    }
    gather_columns(d, cols, q, j->xp);
    memcpy(j->za, j->xp, N * (size_t) q * sizeof *j->za);
    il_i_qr(j->za, N, q, j->ztau, QR_TOL, &bad);
    if (bad >= 0) {
        dsp_clear(j);
        IGRAPH_ERROR("The other terms are collinear.", IGRAPH_EINVAL);
    }
    residual(j, j->xp, q, d->x + (size_t) k * N, j->e, j->q);
    residual(j, j->xp, q, d->y, j->yt, j->q);
    j->ytyt = 0;
    for (i = 0; i < N; i++) {
        j->ytyt += j->yt[i] * j->yt[i];
    }
    if (j->o->model == IL_MRQAP_LOGIT) {
        IGRAPH_CHECK(irls_work_init(&j->w, N, p));
    }
    j->term = k;
    return IGRAPH_SUCCESS;
}

/* r := e permuted by perm: r(i, j) = e(perm(i), perm(j)). */
static void permute(const il_dyads_t *d, const double *e, const igraph_integer_t *perm,
                    double *r)
{
    igraph_integer_t a, b;
    for (a = 0; a < d->n; a++) {
        for (b = d->directed ? 0 : a + 1; b < d->n; b++) {
            if (a != b) {
                r[il_dyads_row(d, a, b)] = e[il_dyads_row(d, perm[a], perm[b])];
            }
        }
    }
}

/* The OLS t of the last column when y is regressed on Z and r (FWL). */
static double ols_t(const dsp_job_t *j, const double *r)
{
    size_t N = j->d->rows, i;
    int q = j->d->p - 1, c;
    double rr = 0, ry = 0, proj = 0, rres, b, rss, s2;
    for (i = 0; i < N; i++) {
        rr += r[i] * r[i];
        ry += r[i] * j->yt[i];
        j->q[i] = r[i];
    }
    il_i_qr_qty(j->za, N, q, j->ztau, j->q);
    for (c = 0; c < q; c++) {
        proj += j->q[c] * j->q[c];
    }
    rres = rr - proj;           /* |M_Z r|^2 */
    if (!(rres > 1e-12 * rr)) {
        return NAN;
    }
    b = ry / rres;              /* (M_Z r)'y = r' M_Z y */
    rss = j->ytyt - b * b * rres;
    s2 = rss / ((double) N - q - 1);
    return s2 > 0 ? b / sqrt(s2 / rres) : NAN;
}

/* The logistic z of the last column when y is fitted on Z and r. */
static double logit_t(dsp_job_t *j, const double *r)
{
    size_t N = j->d->rows;
    int p = j->d->p, iters;
    double beta[64], se[64], dev;
    memcpy(j->xp + (size_t) (p - 1) * N, r, N * sizeof *r);
    /* glm's own start (mu = (y + 1/2)/2), as sna refits: starting from the
     * observed estimates diverges when terms are nearly collinear */
    if (irls(j->xp, j->d->y, N, p, NULL, LOGIT_TOL_PERM, LOGIT_MAXIT, &j->w, beta, se, &dev,
             &iters)) {
        return NAN;
    }
    return beta[p - 1] / se[p - 1];
}

static size_t dsp_size(igraph_integer_t block, void *arg)
{
    const dsp_job_t *j = arg;
    igraph_integer_t c = block % j->chunks, lo = c * BLOCK, hi = lo + BLOCK;
    if (hi > j->o->permutations) {
        hi = j->o->permutations;
    }
    return (size_t) (hi - lo);
}

static igraph_error_t dsp_compute(igraph_integer_t block, double *out, void *arg)
{
    dsp_job_t *j = arg;
    int k = (int) (block / j->chunks);
    size_t m = dsp_size(block, arg), s;
    igraph_vector_int_t perm;
    il_rng_scope_t rng;
    if (j->term != k) {
        IGRAPH_CHECK(dsp_setup(j, k));
    }
    IGRAPH_CHECK(igraph_vector_int_init_range(&perm, 0, j->d->n));
    IGRAPH_FINALLY(igraph_vector_int_destroy, &perm);
    IGRAPH_CHECK(il_rng_scope_begin(&rng, il_i_block_seed(j->o->seed, IL_I_STREAM_MRQAP,
                                                          block)));
    IGRAPH_FINALLY(il_rng_scope_end, &rng);
    for (s = 0; s < m; s++) {
        IGRAPH_CHECK(igraph_vector_int_shuffle(&perm));
        permute(j->d, j->e, VECTOR(perm), j->r);
        out[s] = j->o->model == IL_MRQAP_LOGIT ? logit_t(j, j->r) : ols_t(j, j->r);
    }
    il_rng_scope_end(&rng);
    igraph_vector_int_destroy(&perm);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

static igraph_error_t dsp_combine(igraph_integer_t block, const double *in, void *arg)
{
    dsp_job_t *j = arg;
    igraph_integer_t k = block / j->chunks, c = block % j->chunks;
    memcpy(j->dist + (size_t) k * (size_t) j->o->permutations + (size_t) (c * BLOCK), in,
           dsp_size(block, arg) * sizeof *in);
    return IGRAPH_SUCCESS;
}

static void dsp_job_free(void *j)
{
    dsp_clear((dsp_job_t *) j);
}

/* p-values and the null moments of term k from its P permuted statistics. */
static void term_pvalues(il_mrqap_term_t *t, const double *dist, igraph_integer_t P)
{
    igraph_integer_t s, ge = 0, le = 0, ab = 0, valid = 0;
    double tol = 1e-9 * fmax(1.0, fabs(t->t)), sum = 0, ss = 0, mean;
    for (s = 0; s < P; s++) {
        double x = dist[s];
        if (isnan(x)) {
            t->failed++;
            continue;
        }
        valid++;
        sum += x;
        ge += x >= t->t - tol;
        le += x <= t->t + tol;
        ab += fabs(x) >= fabs(t->t) - tol;
    }
    mean = valid ? sum / (double) valid : NAN;
    for (s = 0; s < P; s++) {
        if (!isnan(dist[s])) {
            ss += (dist[s] - mean) * (dist[s] - mean);
        }
    }
    t->null_mean = mean;
    t->null_sd = valid > 1 ? sqrt(ss / (double) (valid - 1)) : NAN;
    if (isnan(t->t) || valid == 0) {
        t->p_greater = t->p_less = t->p_two_sided = t->p_abs = NAN;
        return;
    }
    t->p_greater = (1.0 + (double) ge) / (1.0 + (double) valid);
    t->p_less = (1.0 + (double) le) / (1.0 + (double) valid);
    t->p_two_sided = fmin(1.0, 2.0 * fmin(t->p_greater, t->p_less));
    t->p_abs = (1.0 + (double) ab) / (1.0 + (double) valid);
}

/**
 * \function il_mrqap
 * \brief Fit a dyadic regression and test every term by double
 *        semi-partialling (MRQAP).
 *
 * OLS: the coefficients, standard errors sqrt(s^2 (X'X)^-1_jj) and t of
 * the least-squares fit of d->y on d->x (Householder QR; a term that is
 * constant or a linear combination of the terms before it, by R's rule
 * with tol 1e-7, is an error naming it), R^2 = MSS/(MSS + RSS) with the
 * fitted values centred (R's summary.lm with an intercept), adjusted R^2
 * and the residual standard error. Logit (outcome 0/1): glm's IRLS to a
 * relative deviance change below 1e-12 (1e-9 for the permuted fits),
 * standard errors from (X'WX)^-1 at the estimate,
 * z = coef/se, the deviance, the null deviance of the intercept-only
 * model (McFadden's R^2 = 1 - D/D_0), sna's null deviance of the model
 * p = 1/2 (2 N log 2) with sna's two pseudo-R^2, AIC = D + 2p and
 * BIC = D + p log N.
 *
 * With o->permutations = P > 0, each term's t (z) is compared with P
 * values from the permutations of its residual (see the top of this
 * file): p_greater = (1 + #{t_perm >= t})/(1 + P), p_less likewise,
 * p_two_sided = min(1, 2 min), p_abs = (1 + #{|t_perm| >= |t|})/(1 + P)
 * (sna's Pr(>=|b|)). A permuted fit that fails (singular, or a logistic
 * fit that does not converge) is left out and counted.
 *
 * \param d    Dyads with at least one term besides the intercept.
 * \param res  Filled; free with il_mrqap_destroy().
 * \return IGRAPH_EINVAL for no terms, collinear terms, a logistic fit on
 *         a non-0/1 outcome or one that does not converge; IGRAPH_FAILURE
 *         when a worker fails; IGRAPH_ENOMEM.
 *
 * Time complexity: O(N p^2) for the fit; O(P p N p) for the OLS test and
 * O(P p N p^2 I) for the logistic one (I iterations), over o->jobs workers.
 */
igraph_error_t il_mrqap(const il_dyads_t *d, const il_mrqap_options_t *o, il_mrqap_t *res)
{
    il_pool_task_t task;
    dsp_job_t job;
    int k;

    memset(res, 0, sizeof *res);
    if (d->p < 2) {
        IGRAPH_ERROR("A dyadic regression needs at least one term besides the intercept.",
                     IGRAPH_EINVAL);
    }
    if (d->p > 63) {
        IGRAPH_ERROR("A dyadic regression takes at most 62 terms.", IGRAPH_EINVAL);
    }
    if ((double) d->rows <= (double) d->p) {
        IGRAPH_ERROR("Too few dyads for the number of terms.", IGRAPH_EINVAL);
    }
    if (o->permutations < 0 || o->jobs < 1) {
        IGRAPH_ERROR("Permutations must be >= 0 and worker processes >= 1.", IGRAPH_EINVAL);
    }
    IGRAPH_FINALLY(mrqap_free, res);
    res->model = o->model;
    res->p = d->p;
    res->rows = d->rows;
    res->permutations = o->permutations;
    res->r_squared = res->adj_r_squared = res->sigma = NAN;
    res->deviance = res->null_deviance = res->null_deviance_half = NAN;
    res->aic = res->bic = res->mcfadden_r2 = res->sna_r2 = res->sna_r2_df = res->y_mean = NAN;
    res->term = calloc((size_t) d->p, sizeof *res->term);
    IGRAPH_CHECK_OOM(res->term, "Out of memory for the regression.");
    if (o->model == IL_MRQAP_LOGIT) {
        IGRAPH_CHECK(logit_observed(d, res));
    } else {
        IGRAPH_CHECK(ols_observed(d, res));
    }
    for (k = 0; k < d->p; k++) {
        res->term[k].p_greater = res->term[k].p_less = NAN;
        res->term[k].p_two_sided = res->term[k].p_abs = NAN;
        res->term[k].null_mean = res->term[k].null_sd = NAN;
    }
    if (o->permutations > 0) {
        memset(&job, 0, sizeof job);
        job.d = d;
        job.o = o;
        job.obs = res;
        job.term = -1;
        job.chunks = (o->permutations + BLOCK - 1) / BLOCK;
        job.dist = calloc((size_t) d->p * (size_t) o->permutations, sizeof *job.dist);
        IGRAPH_CHECK_OOM(job.dist, "Out of memory for the permutations.");
        IGRAPH_FINALLY(igraph_free, job.dist);
        IGRAPH_FINALLY(dsp_job_free, &job);
        task.nblocks = job.chunks * d->p;
        task.size = dsp_size;
        task.compute = dsp_compute;
        task.combine = dsp_combine;
        task.arg = &job;
        task.name = "MRQAP permutations";
        task.failure = "MRQAP permutations in worker processes";
        IGRAPH_CHECK(il_pool_run(&task, o->jobs));
        for (k = 0; k < d->p; k++) {
            term_pvalues(&res->term[k], job.dist + (size_t) k * (size_t) o->permutations,
                         o->permutations);
        }
        dsp_clear(&job);
        free(job.dist);
        IGRAPH_FINALLY_CLEAN(2);
    }
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}
