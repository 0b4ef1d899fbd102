/*
 * The SDSM backbone of projections (docs/metrics-backbones.md): the
 * stochastic degree sequence model (Neal 2014) with the membership
 * probabilities of the bipartite configuration model (BiCM, Saracco et al.
 * 2017) fitted to both sides' degrees, and exact Poisson-binomial tails.
 */
#include "analysis/backbone.h"
#include "analysis/backbone_internal.h"
#include "core/setup.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- The bipartite configuration model ------------------------------------------ */

/* Pin whole rows and columns of the class matrix that the degrees force
 * to 0 or 1 (an actor in no event or in every remaining one; an event with
 * no member or with every remaining actor). p holds NaN where undecided.
 * Returns 1 when something was pinned. */
static int bicm_pin(const igraph_integer_t *K, const igraph_integer_t *A, igraph_integer_t na,
                    const igraph_integer_t *D, const igraph_integer_t *E, igraph_integer_t ne,
                    double *p)
{
    igraph_integer_t c, f;
    int changed = 0;
    for (c = 0; c < na; c++) {
        double ones = 0, open = 0;
        for (f = 0; f < ne; f++) {
            double v = p[c * ne + f];
            ones += v == 1.0 ? (double) E[f] : 0.0;
            open += isnan(v) ? (double) E[f] : 0.0;
        }
        if (open > 0 && ((double) K[c] - ones == 0 || (double) K[c] - ones == open)) {
            double fill = (double) K[c] - ones == 0 ? 0.0 : 1.0;
            for (f = 0; f < ne; f++) {
                if (isnan(p[c * ne + f])) {
                    p[c * ne + f] = fill;
                }
            }
            changed = 1;
        }
    }
    for (f = 0; f < ne; f++) {
        double ones = 0, open = 0;
        for (c = 0; c < na; c++) {
            double v = p[c * ne + f];
            ones += v == 1.0 ? (double) A[c] : 0.0;
            open += isnan(v) ? (double) A[c] : 0.0;
        }
        if (open > 0 && ((double) D[f] - ones == 0 || (double) D[f] - ones == open)) {
            double fill = (double) D[f] - ones == 0 ? 0.0 : 1.0;
            for (c = 0; c < na; c++) {
                if (isnan(p[c * ne + f])) {
                    p[c * ne + f] = fill;
                }
            }
            changed = 1;
        }
    }
    return changed;
}

/* Largest |expected - observed| degree over actor and event classes. */
static double bicm_error(const igraph_integer_t *K, const igraph_integer_t *A,
                         igraph_integer_t na, const igraph_integer_t *D,
                         const igraph_integer_t *E, igraph_integer_t ne, const double *p)
{
    igraph_integer_t c, f;
    double err = 0;
    for (c = 0; c < na; c++) {
        double k = 0;
        for (f = 0; f < ne; f++) {
            k += (double) E[f] * p[c * ne + f];
        }
        err = fmax(err, fabs(k - (double) K[c]));
    }
    for (f = 0; f < ne; f++) {
        double d = 0;
        for (c = 0; c < na; c++) {
            d += (double) A[c] * p[c * ne + f];
        }
        err = fmax(err, fabs(d - (double) D[f]));
    }
    return err;
}

/**
 * \function il_bicm_fit
 * \brief Membership probabilities of the bipartite configuration model.
 *
 * The BiCM (Saracco et al. 2015, 2017) is the maximum-entropy ensemble of
 * actor-event graphs whose expected degrees equal the observed ones: actor
 * i is in event e with probability p_ie = x_i y_e / (1 + x_i y_e), with one
 * x per actor degree and one y per event size. They solve
 *   K_c = sum_f E_f p(c, f)   for every actor degree class c (A_c actors),
 *   D_f = sum_c A_c p(c, f)   for every event size class f (E_f events),
 * found by the fixed-point iteration x_c <- K_c / sum_f E_f y_f/(1+x_c y_f),
 * y_f <- D_f / sum_c A_c x_c/(1+x_c y_f) until the largest relative degree
 * error is below 1e-14, stops improving (200 rounds without a tenfold
 * gain), or IL_BICM_MAX_ROUNDS rounds. Rows and columns the degrees
 * force (degree 0, or a member of every event) are set to 0 or 1 first.
 *
 * \param kdeg, kcount  Distinct actor degrees (ascending) and their counts.
 * \param ddeg, dcount  Distinct event sizes and their counts.
 * \param p       Out: resized to classes(actors) x classes(events), row-major.
 * \param rounds  Out: rounds used.  \param error  Out: largest degree error.
 * \return IGRAPH_EINVAL when the degrees are inconsistent (sums differ);
 *         IGRAPH_ENOMEM.
 *
 * Time complexity: O(rounds * classes(actors) * classes(events)).
 */
igraph_error_t il_bicm_fit(const igraph_vector_int_t *kdeg, const igraph_vector_int_t *kcount,
                           const igraph_vector_int_t *ddeg, const igraph_vector_int_t *dcount,
                           igraph_vector_t *p, igraph_integer_t *rounds, double *error)
{
    igraph_integer_t na = igraph_vector_int_size(kdeg), ne = igraph_vector_int_size(ddeg);
    const igraph_integer_t *K = VECTOR(*kdeg), *A = VECTOR(*kcount);
    const igraph_integer_t *D = VECTOR(*ddeg), *E = VECTOR(*dcount);
    igraph_vector_t x, y, kt, dt;
    igraph_integer_t c, f, r, since = 0;
    double sum_k = 0, sum_d = 0, total, best = INFINITY;

    for (c = 0; c < na; c++) {
        sum_k += (double) K[c] * (double) A[c];
    }
    for (f = 0; f < ne; f++) {
        sum_d += (double) D[f] * (double) E[f];
    }
    if (sum_k != sum_d) {
        IGRAPH_ERROR("Actor degrees and event sizes count different memberships.",
                     IGRAPH_EINVAL);
    }
    IGRAPH_CHECK(igraph_vector_resize(p, na * ne));
    igraph_vector_fill(p, NAN);
    while (bicm_pin(K, A, na, D, E, ne, VECTOR(*p))) {
    }
    IGRAPH_VECTOR_INIT_FINALLY(&x, na);
    IGRAPH_VECTOR_INIT_FINALLY(&y, ne);
    IGRAPH_VECTOR_INIT_FINALLY(&kt, na);      /* targets left for the open cells */
    IGRAPH_VECTOR_INIT_FINALLY(&dt, ne);
    total = 0;
    for (c = 0; c < na; c++) {
        VECTOR(kt)[c] = (double) K[c];
        for (f = 0; f < ne; f++) {
            VECTOR(kt)[c] -= VECTOR(*p)[c * ne + f] == 1.0 ? (double) E[f] : 0.0;
        }
        total += VECTOR(kt)[c] * (double) A[c];
    }
    for (f = 0; f < ne; f++) {
        VECTOR(dt)[f] = (double) D[f];
        for (c = 0; c < na; c++) {
            VECTOR(dt)[f] -= VECTOR(*p)[c * ne + f] == 1.0 ? (double) A[c] : 0.0;
        }
    }
    total = total > 0 ? sqrt(total) : 1.0;
    for (c = 0; c < na; c++) {
        VECTOR(x)[c] = VECTOR(kt)[c] / total;
    }
    for (f = 0; f < ne; f++) {
        VECTOR(y)[f] = VECTOR(dt)[f] / total;
    }
    /* The open cells form rows x columns (pinning fills whole rows and
     * columns), so x_c and y_f are updated on their open cells only. */
    for (r = 0; r < IL_BICM_MAX_ROUNDS; r++) {
        double err;
        for (c = 0; c < na; c++) {
            double den = 0;
            int open = 0;
            for (f = 0; f < ne; f++) {
                if (isnan(VECTOR(*p)[c * ne + f])) {
                    den += (double) E[f] * VECTOR(y)[f] / (1.0 + VECTOR(x)[c] * VECTOR(y)[f]);
                    open = 1;
                }
            }
            if (open && den > 0) {
                VECTOR(x)[c] = VECTOR(kt)[c] / den;
            }
        }
        for (f = 0; f < ne; f++) {
            double den = 0;
            int open = 0;
            for (c = 0; c < na; c++) {
                if (isnan(VECTOR(*p)[c * ne + f])) {
                    den += (double) A[c] * VECTOR(x)[c] / (1.0 + VECTOR(x)[c] * VECTOR(y)[f]);
                    open = 1;
                }
            }
            if (open && den > 0) {
                VECTOR(y)[f] = VECTOR(dt)[f] / den;
            }
        }
        err = 0;
        for (c = 0; c < na; c++) {
            double k = 0;
            int open = 0;
            for (f = 0; f < ne; f++) {
                if (isnan(VECTOR(*p)[c * ne + f])) {
                    double xy = VECTOR(x)[c] * VECTOR(y)[f];
                    k += (double) E[f] * xy / (1.0 + xy);
                    open = 1;
                }
            }
            if (open) {
                err = fmax(err, fabs(k - VECTOR(kt)[c]) / fmax(1.0, VECTOR(kt)[c]));
            }
        }
        /* Stop at full precision, or once 200 rounds brought no tenfold gain
         * (the sums' rounding is reached). */
        if (err < 1e-14) {
            r++;
            break;
        }
        if (err < best / 10) {
            best = err;
            since = 0;
        } else if (++since > 200) {
            r++;
            break;
        }
    }
    *rounds = r;
    for (c = 0; c < na; c++) {
        for (f = 0; f < ne; f++) {
            if (isnan(VECTOR(*p)[c * ne + f])) {
                double xy = VECTOR(x)[c] * VECTOR(y)[f];
                VECTOR(*p)[c * ne + f] = xy / (1.0 + xy);
            }
        }
    }
    *error = bicm_error(K, A, na, D, E, ne, VECTOR(*p));
    igraph_vector_destroy(&dt);
    igraph_vector_destroy(&kt);
    igraph_vector_destroy(&y);
    igraph_vector_destroy(&x);
    IGRAPH_FINALLY_CLEAN(4);
    return IGRAPH_SUCCESS;
}

/* ---- The Poisson-binomial tail ------------------------------------------------- */

/* Probabilities below this share of a distribution's largest are dropped
 * while folding: they change no p-value by more than 1e-40 of the
 * distribution's mode, and dropping them keeps the convolutions short. */
#define IL_PMF_FLOOR 1e-40

/* Fold Binomial(trials, q) into the distribution acc[0..*len) (zero above;
 * probabilities acc[x] * exp(*scale), truncated at top), using tmp and b as
 * scratch of top + 1 doubles. The scale keeps small probabilities from
 * underflowing; *len only grows as far as the mass that matters. */
static void fold_binomial(double *acc, int *len, double *scale, double *tmp, double *b, int top,
                          igraph_integer_t trials, double q)
{
    int nb, x, y, hi;
    double lb = 0, big = 0;
    if (*scale == -INFINITY || q <= 0 || trials == 0) {
        return;
    }
    if (q >= 1) {
        if (trials > top) {
            *scale = -INFINITY;     /* all the mass is past top */
            return;
        }
        nb = (int) trials;
        memset(b, 0, (size_t) (nb + 1) * sizeof *b);
        b[nb] = 1;
    } else {
        double l = (double) trials * log1p(-q), r = log(q) - log1p(-q), lmax;
        nb = trials < top ? (int) trials : top;
        b[0] = l;
        lmax = l;
        for (x = 0; x < nb; x++) {
            l += log((double) (trials - x) / (double) (x + 1)) + r;
            b[x + 1] = l;
            if (l > lmax) {
                lmax = l;
            } else if (l < lmax + log(IL_PMF_FLOOR)) {
                nb = x + 1;     /* past the mode and below the floor: the rest is smaller */
                break;
            }
        }
        for (x = 0; x <= nb; x++) {
            b[x] = exp(b[x] - lmax);
        }
        lb = lmax;
        while (nb > 0 && b[nb] < IL_PMF_FLOOR) {
            nb--;
        }
    }
    hi = *len - 1 + nb < top ? *len - 1 + nb : top;
    for (y = 0; y <= hi; y++) {
        double sum = 0;
        int lo = y - nb > 0 ? y - nb : 0, up = y < *len - 1 ? y : *len - 1;
        for (x = lo; x <= up; x++) {
            sum += acc[x] * b[y - x];
        }
        tmp[y] = sum;
        big = fmax(big, sum);
    }
    if (big == 0) {
        *scale = -INFINITY;
        return;
    }
    while (hi > 0 && tmp[hi] < IL_PMF_FLOOR * big) {
        hi--;
    }
    for (y = 0; y <= hi; y++) {
        acc[y] = tmp[y] / big;
    }
    for (y = hi + 1; y < *len; y++) {
        acc[y] = 0;
    }
    *len = hi + 1;
    *scale += lb + log(big);
}

/* The distribution of the number of shared events of two actors of degree
 * classes a and b, P(S = x) for x = 0..top, as acc[x] * exp(*scale). */
static igraph_error_t shared_pmf(const double *p, igraph_integer_t ne, igraph_integer_t a,
                                 igraph_integer_t b, const igraph_integer_t *E, int top,
                                 double *acc, double *scale, double *mean)
{
    double *tmp = malloc(2 * ((size_t) top + 1) * sizeof *tmp);
    igraph_integer_t f;
    int len = 1;
    IGRAPH_CHECK_OOM(tmp, "Out of memory for shared-event distributions.");
    memset(acc, 0, ((size_t) top + 1) * sizeof *acc);
    acc[0] = 1;
    *scale = 0;
    *mean = 0;
    for (f = 0; f < ne; f++) {
        double q = p[a * ne + f] * p[b * ne + f];
        *mean += (double) E[f] * q;
        fold_binomial(acc, &len, scale, tmp, tmp + top + 1, top, E[f], q);
    }
    free(tmp);
    return IGRAPH_SUCCESS;
}

/* P(S >= s) from the distribution acc[0..top] * exp(scale), s <= top:
 * the upper sum when s is above the mean (small tails keep their digits),
 * else one minus the lower sum. */
static double upper_tail(const double *acc, double scale, int top, int s, double mean)
{
    double sum = 0;
    int x;
    if (scale == -INFINITY) {
        return 1.0;         /* no mass up to top: S exceeds top almost surely */
    }
    if ((double) s > mean) {
        for (x = s; x <= top; x++) {
            sum += acc[x];
        }
        return fmin(1.0, sum * exp(scale));
    }
    for (x = 0; x < s; x++) {
        sum += acc[x];
    }
    return fmax(0.0, 1.0 - sum * exp(scale));
}

/* ---- SDSM ---------------------------------------------------------------------------- */

typedef struct sdsm_tie {
    igraph_integer_t key;       /* class pair a * classes + b, a <= b */
    igraph_integer_t shared;
    igraph_integer_t edge;
} sdsm_tie_t;

static int cmp_tie(const void *x, const void *y)
{
    const sdsm_tie_t *a = x, *b = y;
    if (a->key != b->key) {
        return a->key < b->key ? -1 : 1;
    }
    return (a->edge > b->edge) - (a->edge < b->edge);
}

/* Distinct values of deg[0..n) (ascending) with their counts, and each
 * element's class in cls. */
static igraph_error_t degree_classes(const igraph_vector_int_t *deg, igraph_vector_int_t *val,
                                     igraph_vector_int_t *count, igraph_vector_int_t *cls)
{
    igraph_integer_t n = igraph_vector_int_size(deg), i, j;
    igraph_vector_int_t order;
    IGRAPH_VECTOR_INT_INIT_FINALLY(&order, 0);
    IGRAPH_CHECK(igraph_vector_int_qsort_ind(deg, &order, IGRAPH_ASCENDING));
    igraph_vector_int_clear(val);
    igraph_vector_int_clear(count);
    IGRAPH_CHECK(igraph_vector_int_resize(cls, n));
    for (i = 0; i < n; i++) {
        igraph_integer_t v = VECTOR(order)[i], d = VECTOR(*deg)[v];
        j = igraph_vector_int_size(val);
        if (j == 0 || VECTOR(*val)[j - 1] != d) {
            IGRAPH_CHECK(igraph_vector_int_push_back(val, d));
            IGRAPH_CHECK(igraph_vector_int_push_back(count, 0));
            j++;
        }
        VECTOR(*count)[j - 1]++;
        VECTOR(*cls)[v] = j - 1;
    }
    igraph_vector_int_destroy(&order);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* Events of every actor (sorted), as offsets into one array. */
static igraph_error_t actor_events(const il_affiliation_t *aff, igraph_integer_t na,
                                   igraph_vector_int_t *start, igraph_vector_int_t *list)
{
    igraph_integer_t a;
    size_t i;
    IGRAPH_CHECK(igraph_vector_int_resize(start, na + 1));
    igraph_vector_int_null(start);
    for (i = 0; i < aff->n; i++) {
        VECTOR(*start)[aff->actor[i] + 1]++;
    }
    for (a = 0; a < na; a++) {
        VECTOR(*start)[a + 1] += VECTOR(*start)[a];
    }
    IGRAPH_CHECK(igraph_vector_int_resize(list, (igraph_integer_t) aff->n));
    {
        igraph_vector_int_t pos;
        IGRAPH_CHECK(igraph_vector_int_init_copy(&pos, start));
        for (i = 0; i < aff->n; i++) {  /* memberships are sorted by event */
            VECTOR(*list)[VECTOR(pos)[aff->actor[i]]++] = aff->event[i];
        }
        igraph_vector_int_destroy(&pos);
    }
    return IGRAPH_SUCCESS;
}

/* Number of events in both sorted lists. */
static igraph_integer_t shared_events(const igraph_integer_t *a, igraph_integer_t na,
                                      const igraph_integer_t *b, igraph_integer_t nb)
{
    igraph_integer_t i = 0, j = 0, s = 0;
    while (i < na && j < nb) {
        if (a[i] < b[j]) {
            i++;
        } else if (a[i] > b[j]) {
            j++;
        } else {
            s++;
            i++;
            j++;
        }
    }
    return s;
}

/* p-values of the ties of one class pair, ties[0..n). The distribution of
 * shared events is computed up to the largest count observed; when some
 * tie lies above the mean, whose p-value is the upper sum, up to that count
 * plus 64 + 10 standard deviations (a Poisson-binomial tail beyond is below
 * 1e-20 of it), so that small p-values keep their digits. */
static igraph_error_t sdsm_group(const double *p, igraph_integer_t ne,
                                 const igraph_integer_t *E, igraph_integer_t classes,
                                 const sdsm_tie_t *ties, size_t n, il_backbone_t *res)
{
    igraph_integer_t a = ties[0].key / classes, b = ties[0].key % classes, f;
    int top = 0, above = 0;
    size_t i;
    double *acc, scale, mean = 0, var = 0;
    for (f = 0; f < ne; f++) {
        double q = p[a * ne + f] * p[b * ne + f];
        mean += (double) E[f] * q;
        var += (double) E[f] * q * (1 - q);
    }
    for (i = 0; i < n; i++) {
        top = ties[i].shared > top ? (int) ties[i].shared : top;
        above |= (double) ties[i].shared > mean;
    }
    if (above) {
        top += 64 + (int) ceil(10 * sqrt(var));
    }
    acc = malloc(((size_t) top + 1) * sizeof *acc);
    IGRAPH_CHECK_OOM(acc, "Out of memory for shared-event distributions.");
    IGRAPH_FINALLY(igraph_free, acc);
    IGRAPH_CHECK(shared_pmf(p, ne, a, b, E, top, acc, &scale, &mean));
    for (i = 0; i < n; i++) {
        igraph_integer_t e = ties[i].edge;
        VECTOR(res->p_value)[e] = upper_tail(acc, scale, top, (int) ties[i].shared, mean);
        VECTOR(res->score_a)[e] = (double) ties[i].shared;
        VECTOR(res->score_b)[e] = mean;
    }
    igraph_free(acc);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* The ties the model alone would put in the backbone at level alpha without
 * correction: over every pair of actors with events (ka degree classes,
 * kval[c] > 0 events, kcount[c] actors), P(S >= s*), s* the smallest count
 * of shared events whose p-value is below alpha; and the number of pairs. */
static igraph_error_t sdsm_expected(const double *p, igraph_integer_t ne,
                                    const igraph_integer_t *E, const igraph_integer_t *kval,
                                    const igraph_integer_t *kcount, igraph_integer_t ka,
                                    double alpha, double *expected, double *pairs)
{
    igraph_integer_t a, b, f;
    double *acc = NULL;
    int cap = 0;
    *expected = 0;
    *pairs = 0;
    for (a = 0; a < ka; a++) {
        for (b = a; b < ka; b++) {
            double n, mean = 0, var = 0, scale, tail = 0;
            int top, s;
            if (kval[a] == 0 || kval[b] == 0) {
                continue;
            }
            n = a == b ? (double) kcount[a] * (double) (kcount[a] - 1) / 2
                : (double) kcount[a] * (double) kcount[b];
            if (n == 0) {
                continue;
            }
            for (f = 0; f < ne; f++) {
                double q = p[a * ne + f] * p[b * ne + f];
                mean += (double) E[f] * q;
                var += (double) E[f] * q * (1 - q);
            }
            top = (int) ceil(mean + 10 * sqrt(var)) + 16;
            if (top + 1 > cap) {
                double *grown = realloc(acc, ((size_t) top + 1) * sizeof *acc);
                if (!grown) {
                    free(acc);
                    IGRAPH_ERROR("Out of memory for shared-event distributions.", IGRAPH_ENOMEM);
                }
                acc = grown;
                cap = top + 1;
            }
            if (shared_pmf(p, ne, a, b, E, top, acc, &scale, &mean) != IGRAPH_SUCCESS) {
                free(acc);
                IGRAPH_ERROR("Out of memory for shared-event distributions.", IGRAPH_ENOMEM);
            }
            for (s = 1; s <= top; s++) {
                tail = upper_tail(acc, scale, top, s, mean);
                if (tail < alpha) {
                    break;
                }
            }
            *expected += n * (s <= top ? tail : 0);
            *pairs += n;
        }
    }
    free(acc);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_backbone_sdsm
 * \brief The SDSM backbone of a projection: ties more shared than the
 *        degrees of both sides would give by chance.
 *
 * Null model (Neal 2014, "The backbone of bipartite projections", Social
 * Networks 39:84-97): actor i is in event e independently with the
 * probability p_ie of the bipartite configuration model fitted to every
 * actor's number of events and every event's size (il_bicm_fit; Neal,
 * Domagalski and Sagan 2021 recommend these probabilities). The number of
 * events two actors share is then a sum of independent Bernoulli(p_ie p_je)
 * variables (a Poisson binomial), computed exactly; a tie's p-value is
 * P(S >= observed shared events), kept when below \p alpha. This conditions
 * on both sides' degrees: a pair of very active actors in large events
 * needs more shared events to count. score_a holds the shared events,
 * score_b their expectation under the model. family counts every pair of
 * actors with an event (a pair without a shared event is a test with
 * p = 1, so corrections count it); expected_kept is the number of ties
 * the model alone would put in the backbone at \p alpha, summed over every
 * such pair (in sparse data nearly every observed tie: one shared event
 * is already unlikely for two given actors). The projection's own weights
 * (count, newman, jaccard, scaled) are kept on the kept ties; the test
 * reads only who shares which events.
 *
 * \param proj  The projection of \p aff (vertex i is actor i).
 * \param aff   The memberships the projection was made from (after any cap).
 * \param res   Zero-filled; destroy with il_backbone_destroy().
 * \return IGRAPH_EINVAL when \p proj does not match \p aff or the model
 *         does not fit (degree error above 1e-6); IGRAPH_ENOMEM.
 *
 * Time complexity: O(memberships + m (k_u + k_v) + rounds * classes^2 +
 * class pairs * event classes * s_max^2), classes of distinct degrees.
 */
igraph_error_t il_backbone_sdsm(const il_graph_t *proj, const il_affiliation_t *aff,
                                double alpha, il_backbone_t *res)
{
    igraph_integer_t na = il_affiliation_actors(aff), ne = il_affiliation_events(aff);
    igraph_integer_t m = il_graph_ecount(proj), e, ka, kd;
    igraph_vector_int_t kdeg, ddeg, kval, kcount, kcls, dval, dcount, dcls, start, list;
    igraph_vector_t p;
    sdsm_tie_t *ties;
    size_t i, j;

    if (il_graph_vcount(proj) != na || proj->directed) {
        IGRAPH_ERROR("The SDSM backbone needs the undirected projection of the same "
                     "memberships.", IGRAPH_EINVAL);
    }
    IGRAPH_CHECK(il_i_backbone_init(res, proj, IL_BACKBONE_SDSM, alpha));
    IGRAPH_FINALLY(il_i_backbone_free, res);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&kdeg, na);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&ddeg, ne);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&kval, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&kcount, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&kcls, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&dval, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&dcount, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&dcls, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&start, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&list, 0);
    IGRAPH_VECTOR_INIT_FINALLY(&p, 0);
    for (i = 0; i < aff->n; i++) {
        VECTOR(kdeg)[aff->actor[i]]++;
        VECTOR(ddeg)[aff->event[i]]++;
    }
    IGRAPH_CHECK(degree_classes(&kdeg, &kval, &kcount, &kcls));
    IGRAPH_CHECK(degree_classes(&ddeg, &dval, &dcount, &dcls));
    IGRAPH_CHECK(il_bicm_fit(&kval, &kcount, &dval, &dcount, &p, &res->rounds,
                             &res->degree_error));
    if (!(res->degree_error <= 1e-6)) {
        IGRAPH_ERRORF("The bipartite configuration model did not fit the degrees (largest "
                      "error %g after %" IGRAPH_PRId " rounds).", IGRAPH_EINVAL,
                      res->degree_error, res->rounds);
    }
    IGRAPH_CHECK(actor_events(aff, na, &start, &list));

    ka = igraph_vector_int_size(&kval);
    kd = igraph_vector_int_size(&dval);
    ties = malloc(((size_t) m + 1) * sizeof *ties);
    IGRAPH_CHECK_OOM(ties, "Out of memory judging ties.");
    IGRAPH_FINALLY(igraph_free, ties);
    for (e = 0; e < m; e++) {
        igraph_integer_t u = IGRAPH_FROM(&proj->graph, e), v = IGRAPH_TO(&proj->graph, e);
        igraph_integer_t cu = VECTOR(kcls)[u], cv = VECTOR(kcls)[v];
        ties[e].key = cu < cv ? cu * ka + cv : cv * ka + cu;
        ties[e].edge = e;
        ties[e].shared = shared_events(&VECTOR(list)[VECTOR(start)[u]],
                                       VECTOR(start)[u + 1] - VECTOR(start)[u],
                                       &VECTOR(list)[VECTOR(start)[v]],
                                       VECTOR(start)[v + 1] - VECTOR(start)[v]);
        if (ties[e].shared == 0 || u == v) {
            IGRAPH_ERROR("The SDSM backbone needs the projection of the same memberships "
                         "(a tie without a shared event).", IGRAPH_EINVAL);
        }
    }
    qsort(ties, (size_t) m, sizeof *ties, cmp_tie);
    for (i = 0; i < (size_t) m; i = j) {
        for (j = i; j < (size_t) m && ties[j].key == ties[i].key; j++) {
        }
        IGRAPH_CHECK(sdsm_group(VECTOR(p), kd, VECTOR(dcount), ka, ties + i, j - i, res));
        il_progress("testing ties", (double) j / (double) m);
    }
    IGRAPH_CHECK(igraph_vector_update(&res->p_adjusted, &res->p_value));
    IGRAPH_CHECK(il_i_backbone_finish(res, proj));
    IGRAPH_CHECK(sdsm_expected(VECTOR(p), kd, VECTOR(dcount), VECTOR(kval), VECTOR(kcount), ka,
                               alpha, &res->expected_kept, &res->family));

    igraph_free(ties);
    igraph_vector_destroy(&p);
    igraph_vector_int_destroy(&list);
    igraph_vector_int_destroy(&start);
    igraph_vector_int_destroy(&dcls);
    igraph_vector_int_destroy(&dcount);
    igraph_vector_int_destroy(&dval);
    igraph_vector_int_destroy(&kcls);
    igraph_vector_int_destroy(&kcount);
    igraph_vector_int_destroy(&kval);
    igraph_vector_int_destroy(&ddeg);
    igraph_vector_int_destroy(&kdeg);
    IGRAPH_FINALLY_CLEAN(13);
    return IGRAPH_SUCCESS;
}
