/*
 * Borgatti-Everett core-periphery models (Borgatti & Everett 1999, Social
 * Networks 21:375-395; PEERS.md section 4.6) and the data they run on:
 * an undirected graph without loops or multiple ties, read as a binary
 * adjacency matrix.
 *
 * Discrete model: the ideal pattern has 1 in core-core cells and 0 in
 * periphery-periphery cells; core-periphery cells are missing (UCINET's
 * default). The fit is the Pearson correlation between the data and the
 * pattern over the non-missing cells i < j, and it depends only on the core
 * size c, the ties inside the core E_cc and the ties inside the periphery
 * E_pp, so one node changing side is an O(1) evaluation.
 */
#include "analysis/structure.h"
#include "core/setup.h"

#include <math.h>

/* Pearson correlation of data and ideal pattern from the counts (NaN when
 * either side has no variance, e.g. a core of fewer than two nodes). */
static double cp_corr(double n, double c, double ecc, double epp)
{
    double p = n - c, ncc = c * (c - 1) / 2, npp = p * (p - 1) / 2, cells = ncc + npp;
    double sx = ecc + epp, sy = ncc, sxy = ecc;
    double num = cells * sxy - sx * sy;
    double vx = cells * sx - sx * sx, vy = cells * sy - sy * sy;
    if (!(vx > 0) || !(vy > 0)) {
        return NAN;
    }
    return num / sqrt(vx * vy);
}

/* a is better than b: defined and larger (ties keep b). */
static int cp_better(double a, double b)
{
    return !isnan(a) && (isnan(b) || a > b + 1e-12);
}

/**
 * \function il_coreper_fit
 * \brief Correlation fit of a given core (Borgatti-Everett discrete model).
 *
 * \param graph Undirected, without loops or multiple ties.
 * \param core  core[v] != 0 puts v in the core.
 * \param fit   Pearson correlation over core-core and periphery-periphery
 *              cells i < j (core-periphery cells missing); NaN when the
 *              data or the pattern has no variance.
 * \return IGRAPH_EINVAL when \p core has the wrong length.
 *
 * Time complexity: O(n + m).
 */
igraph_error_t il_coreper_fit(const igraph_t *graph, const igraph_vector_int_t *core,
                              double *fit)
{
    igraph_integer_t n = igraph_vcount(graph), m = igraph_ecount(graph), e, v;
    double c = 0, ecc = 0, epp = 0;
    if (igraph_vector_int_size(core) != n) {
        IGRAPH_ERROR("Core vector length differs from the number of nodes.", IGRAPH_EINVAL);
    }
    for (v = 0; v < n; v++) {
        c += VECTOR(*core)[v] != 0;
    }
    for (e = 0; e < m; e++) {
        int a = VECTOR(*core)[IGRAPH_FROM(graph, e)] != 0;
        int b = VECTOR(*core)[IGRAPH_TO(graph, e)] != 0;
        if (IGRAPH_FROM(graph, e) == IGRAPH_TO(graph, e)) {
            continue;
        }
        ecc += a && b;
        epp += !a && !b;
    }
    *fit = cp_corr((double) n, c, ecc, epp);
    return IGRAPH_SUCCESS;
}

/* Search state: side of each node, core neighbours per node, counts. */
typedef struct cp_state {
    const igraph_adjlist_t *al;
    igraph_vector_int_t in, kc;
    double n, c, ecc, epp;
    /* Within one step of a pass the fit after flipping v depends only on
     * (side, core neighbours, degree) of v: a memo keyed by them saves the
     * square roots of nodes alike (NULL when degrees exceed CP_MEMO_DEG). */
    double *memo_fit;
    igraph_integer_t *memo_stamp, memo_now, memo_deg;
    igraph_integer_t *deg;              /* degree of each node */
} cp_state_t;

#define CP_MEMO_DEG 256

static double cp_flip_fit(const cp_state_t *s, igraph_integer_t v)
{
    double deg = (double) s->deg[v];
    double kc = (double) VECTOR(s->kc)[v];
    if (VECTOR(s->in)[v]) {
        return cp_corr(s->n, s->c - 1, s->ecc - kc, s->epp + deg - kc);
    }
    return cp_corr(s->n, s->c + 1, s->ecc + kc, s->epp - (deg - kc));
}

/* cp_flip_fit through the memo of the current step (the same value). */
static double cp_flip_fit_memo(cp_state_t *s, igraph_integer_t v)
{
    igraph_integer_t key, d1;
    if (!s->memo_fit) {
        return cp_flip_fit(s, v);
    }
    d1 = s->memo_deg + 1;
    key = ((VECTOR(s->in)[v] ? d1 : 0) + VECTOR(s->kc)[v]) * d1 + s->deg[v];
    if (s->memo_stamp[key] != s->memo_now) {
        s->memo_stamp[key] = s->memo_now;
        s->memo_fit[key] = cp_flip_fit(s, v);
    }
    return s->memo_fit[key];
}

static void cp_flip(cp_state_t *s, igraph_integer_t v)
{
    igraph_vector_int_t *nb = igraph_adjlist_get(s->al, v);
    igraph_integer_t i, deg = igraph_vector_int_size(nb);
    double kc = (double) VECTOR(s->kc)[v];
    int delta = VECTOR(s->in)[v] ? -1 : 1;
    if (delta < 0) {
        s->c -= 1;
        s->ecc -= kc;
        s->epp += (double) deg - kc;
    } else {
        s->c += 1;
        s->ecc += kc;
        s->epp -= (double) deg - kc;
    }
    VECTOR(s->in)[v] = delta > 0;
    for (i = 0; i < deg; i++) {
        VECTOR(s->kc)[VECTOR(*nb)[i]] += delta;
    }
}

static void cp_set(cp_state_t *s, const igraph_vector_int_t *core)
{
    igraph_integer_t n = igraph_vector_int_size(&s->in), v;
    igraph_vector_int_null(&s->in);
    igraph_vector_int_null(&s->kc);
    s->c = s->ecc = 0;
    s->epp = 0;
    for (v = 0; v < n; v++) {
        s->epp += (double) igraph_vector_int_size(igraph_adjlist_get(s->al, v));
    }
    s->epp /= 2;
    for (v = 0; v < n; v++) {
        if (VECTOR(*core)[v]) {
            cp_flip(s, v);
        }
    }
}

static double cp_fit_now(const cp_state_t *s)
{
    return cp_corr(s->n, s->c, s->ecc, s->epp);
}

/*
 * Kernighan-Lin passes: move every node once, each time the move with the
 * best resulting fit (lowest index on ties), keep the best prefix of the
 * sequence, and repeat while a pass improves the fit.
 */
static igraph_error_t cp_kl(cp_state_t *s, igraph_vector_int_t *locked,
                            igraph_vector_int_t *moves)
{
    igraph_integer_t n = igraph_vector_int_size(&s->in), pass, step, v;
    for (pass = 0; pass < 100; pass++) {
        double best = cp_fit_now(s);
        igraph_integer_t best_step = -1;
        igraph_vector_int_null(locked);
        for (step = 0; step < n; step++) {
            igraph_integer_t pick = -1;
            double pick_fit = NAN;
            s->memo_now++;          /* c, ecc and epp change with every step */
            for (v = 0; v < n; v++) {
                double f;
                if (VECTOR(*locked)[v]) {
                    continue;
                }
                f = cp_flip_fit_memo(s, v);
                if (pick < 0 || cp_better(f, pick_fit)) {
                    pick = v;
                    pick_fit = f;
                }
            }
            cp_flip(s, pick);
            VECTOR(*locked)[pick] = 1;
            VECTOR(*moves)[step] = pick;
            if (cp_better(pick_fit, best)) {
                best = pick_fit;
                best_step = step;
            }
        }
        for (step = n - 1; step > best_step; step--) {
            cp_flip(s, VECTOR(*moves)[step]);
        }
        if (best_step < 0) {
            break;
        }
    }
    return IGRAPH_SUCCESS;
}

static int cmp_degree_desc(void *ctx, const void *a, const void *b)
{
    const igraph_adjlist_t *al = ctx;
    igraph_integer_t u = *(const igraph_integer_t *) a, v = *(const igraph_integer_t *) b;
    igraph_integer_t du = igraph_vector_int_size(igraph_adjlist_get(al, u));
    igraph_integer_t dv = igraph_vector_int_size(igraph_adjlist_get(al, v));
    if (du != dv) {
        return du > dv ? -1 : 1;
    }
    return u < v ? -1 : (u > v);
}

/**
 * \function il_coreper_discrete
 * \brief Core set maximising the Borgatti-Everett correlation fit.
 *
 * Start 1 is the best prefix of the nodes sorted by degree (highest first,
 * lower index on ties; the deterministic start of Lip 2011); starts 2..R
 * put each node in the core with a probability drawn uniformly per start,
 * from igraph's default RNG (seed it first for repeatable results). Every
 * start is improved by Kernighan-Lin passes (Boyd et al. 2010); the best
 * fit wins, the earlier start on ties.
 *
 * \param graph    Undirected, without loops or multiple ties.
 * \param restarts Number of starts (>= 1).
 * \param core     Initialised; resized to n; 1 for core nodes.
 * \param fit      Best correlation; NaN (and an empty core) when no split
 *                 has one, e.g. without ties or with fewer than 3 nodes.
 * \return IGRAPH_EINVAL for restarts < 1; IGRAPH_ENOMEM.
 *
 * Time complexity: O(R P (n^2 + m)) for P passes per start (usually a few).
 */
igraph_error_t il_coreper_discrete(const igraph_t *graph, igraph_integer_t restarts,
                                   igraph_vector_int_t *core, double *fit)
{
    igraph_integer_t n = igraph_vcount(graph), v, r;
    igraph_adjlist_t al;
    cp_state_t s;
    igraph_vector_int_t locked, moves, start, order;
    double best = NAN, f;
    igraph_integer_t dmax = 0;

    if (restarts < 1) {
        IGRAPH_ERROR("Core-periphery search needs at least one start.", IGRAPH_EINVAL);
    }
    IGRAPH_CHECK(igraph_vector_int_resize(core, n));
    igraph_vector_int_null(core);
    *fit = NAN;
    if (n < 3) {
        return IGRAPH_SUCCESS;
    }
    IGRAPH_CHECK(igraph_adjlist_init(graph, &al, IGRAPH_ALL, IGRAPH_NO_LOOPS,
                                     IGRAPH_NO_MULTIPLE));
    IGRAPH_FINALLY(igraph_adjlist_destroy, &al);
    s.al = &al;
    s.n = (double) n;
    s.memo_fit = NULL;
    s.memo_stamp = NULL;
    s.memo_now = 0;
    s.deg = IGRAPH_CALLOC(n, igraph_integer_t);
    IGRAPH_CHECK_OOM(s.deg, "Out of memory in the core-periphery search.");
    IGRAPH_FINALLY(igraph_free, s.deg);
    for (v = 0; v < n; v++) {
        s.deg[v] = igraph_vector_int_size(igraph_adjlist_get(&al, v));
        dmax = s.deg[v] > dmax ? s.deg[v] : dmax;
    }
    s.memo_deg = dmax;
    if (dmax <= CP_MEMO_DEG) {
        igraph_integer_t cells = 2 * (dmax + 1) * (dmax + 1);
        s.memo_fit = IGRAPH_CALLOC(cells, double);
        s.memo_stamp = IGRAPH_CALLOC(cells, igraph_integer_t);
        if (!s.memo_fit || !s.memo_stamp) {     /* no memo: the same results, slower */
            IGRAPH_FREE(s.memo_fit);
            IGRAPH_FREE(s.memo_stamp);
            s.memo_fit = NULL;
            s.memo_stamp = NULL;
        }
    }
    IGRAPH_FINALLY(igraph_free, s.memo_fit);
    IGRAPH_FINALLY(igraph_free, s.memo_stamp);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&s.in, n);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&s.kc, n);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&locked, n);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&moves, n);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&start, n);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&order, n);

    for (r = 0; r < restarts; r++) {
        igraph_vector_int_null(&start);
        cp_set(&s, &start);
        if (r == 0) {
            double pbest = NAN;
            igraph_integer_t pk = 0;
            for (v = 0; v < n; v++) {
                VECTOR(order)[v] = v;
            }
            igraph_qsort_r(VECTOR(order), (size_t) n, sizeof(igraph_integer_t), &al,
                           cmp_degree_desc);
            for (v = 0; v < n; v++) {
                cp_flip(&s, VECTOR(order)[v]);
                if (cp_better(cp_fit_now(&s), pbest)) {
                    pbest = cp_fit_now(&s);
                    pk = v + 1;
                }
            }
            for (v = 0; v < pk; v++) {
                VECTOR(start)[VECTOR(order)[v]] = 1;
            }
        } else {
            double q;
            RNG_BEGIN();
            q = RNG_UNIF01();
            for (v = 0; v < n; v++) {
                VECTOR(start)[v] = RNG_UNIF01() < q;
            }
            RNG_END();
        }
        cp_set(&s, &start);
        IGRAPH_CHECK(cp_kl(&s, &locked, &moves));
        f = cp_fit_now(&s);
        if (cp_better(f, best)) {
            best = f;
            IGRAPH_CHECK(igraph_vector_int_update(core, &s.in));
        }
        il_progress("core-periphery", (double) (r + 1) / (double) restarts);
    }
    *fit = best;

    igraph_vector_int_destroy(&order);
    igraph_vector_int_destroy(&start);
    igraph_vector_int_destroy(&moves);
    igraph_vector_int_destroy(&locked);
    igraph_vector_int_destroy(&s.kc);
    igraph_vector_int_destroy(&s.in);
    IGRAPH_FREE(s.memo_stamp);
    IGRAPH_FREE(s.memo_fit);
    IGRAPH_FREE(s.deg);
    igraph_adjlist_destroy(&al);
    IGRAPH_FINALLY_CLEAN(10);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_coreper_continuous
 * \brief Coreness vector of the Borgatti-Everett continuous model.
 *
 * Minimises sum_{i != j} (a_ij - c_i c_j)^2 over c >= 0 (the diagonal is
 * ignored; Borgatti & Everett 1999, section 4; the MINRES form of Boyd et
 * al. 2010) by cyclic coordinate descent: in vertex order,
 *   c_i <- sum_{j in N(i)} c_j / sum_{j != i} c_j^2,
 * the exact minimiser in c_i with the others fixed, so the loss never
 * rises. Start: c_i = k_i / sqrt(sum_j k_j^2). Stops when no scaled value
 * moves by more than 1e-10, or after \p max_sweeps sweeps.
 *
 * \param graph      Undirected, without loops or multiple ties.
 * \param max_sweeps Upper bound on sweeps (>= 1).
 * \param coreness   Initialised; resized to n; scaled so the largest is 1
 *                   (all 0 without ties).
 * \param fit        Pearson correlation of a_ij with c_i c_j over i < j;
 *                   NaN without ties or when c c^T is constant.
 * \param sweeps     Sweeps done.
 * \param converged  Whether the tolerance was met. Stars converge slowly:
 *                   the optimum pushes the leaves towards 0.
 * \return IGRAPH_ENOMEM.
 *
 * Time complexity: O(sweeps (n + m)).
 */
igraph_error_t il_coreper_continuous(const igraph_t *graph, igraph_integer_t max_sweeps,
                                     igraph_vector_t *coreness, double *fit,
                                     igraph_integer_t *sweeps, igraph_bool_t *converged)
{
    igraph_integer_t n = igraph_vcount(graph), m = igraph_ecount(graph), v, e, it;
    igraph_adjlist_t al;
    double ss = 0, cmax = 0;

    IGRAPH_CHECK(igraph_vector_resize(coreness, n));
    igraph_vector_null(coreness);
    *fit = NAN;
    *sweeps = 0;
    *converged = true;
    if (n < 2 || m == 0) {
        return IGRAPH_SUCCESS;
    }
    IGRAPH_CHECK(igraph_adjlist_init(graph, &al, IGRAPH_ALL, IGRAPH_NO_LOOPS,
                                     IGRAPH_NO_MULTIPLE));
    IGRAPH_FINALLY(igraph_adjlist_destroy, &al);
    for (v = 0; v < n; v++) {
        double k = (double) igraph_vector_int_size(igraph_adjlist_get(&al, v));
        VECTOR(*coreness)[v] = k;
        ss += k * k;
    }
    for (v = 0; v < n; v++) {
        VECTOR(*coreness)[v] /= sqrt(ss);
    }
    ss = 1;
    *converged = false;
    for (it = 0; it < max_sweeps; it++) {
        double change = 0;
        cmax = 0;
        for (v = 0; v < n; v++) {
            igraph_vector_int_t *nb = igraph_adjlist_get(&al, v);
            igraph_integer_t i, deg = igraph_vector_int_size(nb);
            double old = VECTOR(*coreness)[v], num = 0, den = ss - old * old, c;
            for (i = 0; i < deg; i++) {
                num += VECTOR(*coreness)[VECTOR(*nb)[i]];
            }
            c = den > 0 ? num / den : 0;
            VECTOR(*coreness)[v] = c;
            ss += c * c - old * old;
            if (fabs(c - old) > change) {
                change = fabs(c - old);
            }
            if (c > cmax) {
                cmax = c;
            }
        }
        /* recompute the sum of squares now and then against drift */
        if ((it & 15) == 15) {
            ss = 0;
            for (v = 0; v < n; v++) {
                ss += VECTOR(*coreness)[v] * VECTOR(*coreness)[v];
            }
        }
        *sweeps = it + 1;
        if (cmax > 0 && change / cmax <= 1e-10) {
            *converged = true;
            break;
        }
    }
    if (cmax > 0) {
        double sc = 0, sc2 = 0, sc4 = 0, sxy = 0, cells = (double) n * (double) (n - 1) / 2;
        double sx = (double) m, sy, sy2, num, vx, vy;
        for (v = 0; v < n; v++) {
            double c = VECTOR(*coreness)[v] / cmax;
            VECTOR(*coreness)[v] = c;
            sc += c;
            sc2 += c * c;
            sc4 += c * c * c * c;
        }
        for (e = 0; e < m; e++) {
            sxy += VECTOR(*coreness)[IGRAPH_FROM(graph, e)] * VECTOR(*coreness)[IGRAPH_TO(graph, e)];
        }
        sy = (sc * sc - sc2) / 2;
        sy2 = (sc2 * sc2 - sc4) / 2;
        num = cells * sxy - sx * sy;
        vx = cells * sx - sx * sx;
        vy = cells * sy2 - sy * sy;
        *fit = (vx > 0 && vy > 1e-15 * cells * sy2) ? num / sqrt(vx * vy) : NAN;
    }
    igraph_adjlist_destroy(&al);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}
