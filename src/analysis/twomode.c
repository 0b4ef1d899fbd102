/*
 * Two-mode measures on affiliation data as it is (docs/metrics-twomode.md):
 * degrees, density, Latapy's bipartite clustering and redundancy (peer:
 * networkx.algorithms.bipartite), Opsahl's two-mode clustering (closed
 * 4-paths), and the event size distribution. Every pass visits pairs of
 * co-members, sum over events of d^2 (actors) or over actors of k^2
 * (events): the cost of one projection, never more.
 */
#include "analysis/twomode.h"
#include "core/rng.h"
#include "core/setup.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/** \function il_latapy_mode_name \brief "dot", "min" or "max". */
const char *il_latapy_mode_name(il_latapy_mode_t m)
{
    return m == IL_LATAPY_MIN ? "min" : m == IL_LATAPY_MAX ? "max" : "dot";
}

/** \function il_opsahl_mode_name \brief How Opsahl's clustering was found. */
const char *il_opsahl_mode_name(il_opsahl_mode_t m)
{
    switch (m) {
    case IL_OPSAHL_EXACT:
        return "exact";
    case IL_OPSAHL_SAMPLE:
        return "sampled";
    case IL_OPSAHL_SKIP:
        return "skipped";
    default:
        return "auto";
    }
}

/**
 * \function il_twomode_destroy
 * \brief Free a two-mode result; safe on a zero-filled or destroyed one.
 */
void il_twomode_destroy(il_twomode_t *res)
{
    igraph_vector_t *v[] = {
        &res->actor_degree, &res->actor_strength, &res->actor_clustering,
        &res->actor_redundancy, &res->actor_opsahl, &res->actor_paths, &res->event_size,
        &res->event_strength, &res->event_clustering, &res->event_redundancy,
        &res->event_pairs
    };
    size_t i;
    for (i = 0; i < sizeof v / sizeof v[0]; i++) {
        if (v[i]->stor_begin) {
            igraph_vector_destroy(v[i]);
        }
    }
    if (res->size_value.stor_begin) {
        igraph_vector_int_destroy(&res->size_value);
    }
    if (res->size_events.stor_begin) {
        igraph_vector_int_destroy(&res->size_events);
    }
    memset(res, 0, sizeof *res);
}

static void twomode_free(void *p)
{
    il_twomode_destroy((il_twomode_t *) p);
}

/* ---- The two adjacency lists ------------------------------------------------------ */

/* Members of every event and events of every actor, both sorted, as
 * offsets into one array each; and scratch counters over both modes. */
typedef struct adj {
    igraph_integer_t na, ne;
    igraph_integer_t *ev_start, *ev_list;   /* members of event e */
    igraph_integer_t *ac_start, *ac_list;   /* events of actor a */
    uint32_t *acc, *acc2, *tcnt;            /* counters over max(na, ne), zero between uses */
    igraph_integer_t *touched, *touched2, *touched3;
} adj_t;

static void adj_destroy(void *p)
{
    adj_t *g = p;
    free(g->ev_start);
    free(g->ev_list);
    free(g->ac_start);
    free(g->ac_list);
    free(g->acc);
    free(g->acc2);
    free(g->tcnt);
    free(g->touched);
    free(g->touched2);
    free(g->touched3);
}

static igraph_error_t adj_init(adj_t *g, const il_affiliation_t *aff)
{
    igraph_integer_t a, e, big;
    size_t i, n = aff->n;
    memset(g, 0, sizeof *g);
    g->na = il_affiliation_actors(aff);
    g->ne = il_affiliation_events(aff);
    big = (g->na > g->ne ? g->na : g->ne) + 1;
    g->ev_start = calloc((size_t) g->ne + 1, sizeof *g->ev_start);
    g->ac_start = calloc((size_t) g->na + 1, sizeof *g->ac_start);
    g->ev_list = malloc((n + 1) * sizeof *g->ev_list);
    g->ac_list = malloc((n + 1) * sizeof *g->ac_list);
    g->acc = calloc((size_t) big, sizeof *g->acc);
    g->acc2 = calloc((size_t) big, sizeof *g->acc2);
    g->tcnt = calloc((size_t) big, sizeof *g->tcnt);
    g->touched = malloc((size_t) big * sizeof *g->touched);
    g->touched2 = malloc((size_t) big * sizeof *g->touched2);
    g->touched3 = malloc((size_t) big * sizeof *g->touched3);
    if (!g->ev_start || !g->ac_start || !g->ev_list || !g->ac_list || !g->acc || !g->acc2 ||
        !g->tcnt || !g->touched || !g->touched2 || !g->touched3) {
        adj_destroy(g);
        IGRAPH_ERROR("Out of memory for the two-mode measures.", IGRAPH_ENOMEM);
    }
    for (i = 0; i < n; i++) {
        g->ev_start[aff->event[i] + 1]++;
        g->ac_start[aff->actor[i] + 1]++;
    }
    for (e = 0; e < g->ne; e++) {
        g->ev_start[e + 1] += g->ev_start[e];
    }
    for (a = 0; a < g->na; a++) {
        g->ac_start[a + 1] += g->ac_start[a];
    }
    for (i = 0; i < n; i++) {   /* sorted by event, then actor: both lists come out sorted */
        g->ev_list[i] = aff->actor[i];
    }
    memcpy(g->touched, g->ac_start, (size_t) g->na * sizeof *g->touched);
    for (i = 0; i < n; i++) {
        g->ac_list[g->touched[aff->actor[i]]++] = aff->event[i];
    }
    return IGRAPH_SUCCESS;
}

/* Latapy's c_uv for overlap s of neighbourhoods of sizes ku and kv. */
static double latapy_pair(il_latapy_mode_t m, double s, double ku, double kv)
{
    switch (m) {
    case IL_LATAPY_MIN:
        return s / fmin(ku, kv);
    case IL_LATAPY_MAX:
        return s / fmax(ku, kv);
    default:
        return s / (ku + kv - s);
    }
}

/* One side's Latapy clustering and the other side's redundancy.
 * "Nodes" are the side whose clustering is computed (start/list: their
 * neighbours), "others" the side whose redundancy is (ostart/olist). */
typedef struct side {
    igraph_integer_t n;
    const igraph_integer_t *start, *list, *ostart, *olist;
    igraph_vector_t *clustering, *other_redundant;  /* other_redundant: ordered pair counts */
    double *work_sq, *opsahl_work;      /* actors only: sum of squared shared counts, work */
    const double *vol;                  /* actors only: co-member visits of each node */
} side_t;

/* Latapy clustering of every node u: the mean of c_uv over its second
 * neighbours v (0 without any; networkx's latapy_clustering). Alongside,
 * for each neighbour e of u, count the co-neighbours v of u in e that
 * share another neighbour with u: the redundant ordered pairs of e. */
static igraph_error_t side_pass(adj_t *g, const side_t *s, il_latapy_mode_t mode,
                                const char *task)
{
    igraph_integer_t u, x, y;
    for (u = 0; u < s->n; u++) {
        igraph_integer_t nt = 0, ku = s->start[u + 1] - s->start[u];
        double cc = 0, sq = 0, vol = 0;
        for (x = s->start[u]; x < s->start[u + 1]; x++) {
            igraph_integer_t e = s->list[x];
            for (y = s->ostart[e]; y < s->ostart[e + 1]; y++) {
                igraph_integer_t v = s->olist[y];
                if (v == u) {
                    continue;
                }
                if (g->acc[v]++ == 0) {
                    g->touched[nt++] = v;
                }
            }
        }
        for (x = 0; x < nt; x++) {
            igraph_integer_t v = g->touched[x];
            double kv = (double) (s->start[v + 1] - s->start[v]);
            cc += latapy_pair(mode, (double) g->acc[v], (double) ku, kv);
            sq += (double) g->acc[v] * (double) g->acc[v];
        }
        VECTOR(*s->clustering)[u] = nt > 0 ? cc / (double) nt : 0.0;
        for (x = s->start[u]; x < s->start[u + 1]; x++) {
            igraph_integer_t e = s->list[x], red = 0;
            for (y = s->ostart[e]; y < s->ostart[e + 1]; y++) {
                igraph_integer_t v = s->olist[y];
                red += v != u && g->acc[v] >= 2;
            }
            VECTOR(*s->other_redundant)[e] += (double) red;
        }
        if (s->work_sq) {
            /* Opsahl's exact count visits, for every neighbour i of u in the
             * projection, i's co-members and u's other neighbours. */
            for (x = 0; x < nt; x++) {
                vol += s->vol[g->touched[x]];
            }
            s->work_sq[u] = sq;
            *s->opsahl_work += vol + (double) nt * (double) nt;
        }
        for (x = 0; x < nt; x++) {
            g->acc[g->touched[x]] = 0;
        }
        if ((u & 1023) == 0 && s->n > 0) {
            il_progress(task, (double) u / (double) s->n);
        }
    }
    return IGRAPH_SUCCESS;
}

/* ---- Opsahl's two-mode clustering ---------------------------------------------------- */

/* Closed ordered 4-paths i-e1-j-e2-k among the ab - t of one triple, where
 * a = |E(i) & E(j)|, b = |E(j) & E(k)|, t = |E(i) & E(j) & E(k)| and
 * c = |E(i) & E(k)|: a path is closed when i and k share an event other
 * than e1 and e2 (Opsahl 2013). */
static double closed_paths(double a, double b, double t, double c)
{
    double closed = 0;
    if (c > t) {
        return a * b - t;
    }
    if (t >= 3) {
        closed += t * (t - 1);
    }
    if (t >= 2) {
        closed += t * (b - t) + (a - t) * t;
    }
    if (t >= 1) {
        closed += (a - t) * (b - t);
    }
    return closed;
}

/* Every 4-path centred on every actor j: local values and the global count. */
static igraph_error_t opsahl_exact(adj_t *g, il_twomode_t *res)
{
    igraph_integer_t j, x, y, z;
    double all_closed = 0;
    for (j = 0; j < g->na; j++) {
        igraph_integer_t nt = 0;
        double closed = 0;
        for (x = g->ac_start[j]; x < g->ac_start[j + 1]; x++) {
            igraph_integer_t e = g->ac_list[x];
            for (y = g->ev_start[e]; y < g->ev_start[e + 1]; y++) {
                igraph_integer_t v = g->ev_list[y];
                if (v != j && g->acc[v]++ == 0) {
                    g->touched[nt++] = v;
                }
            }
        }
        for (x = 0; x < nt; x++) {
            igraph_integer_t i = g->touched[x], n2 = 0, n3 = 0, p = g->ac_start[i];
            /* c: events shared with i, for every actor */
            for (y = g->ac_start[i]; y < g->ac_start[i + 1]; y++) {
                igraph_integer_t e = g->ac_list[y];
                for (z = g->ev_start[e]; z < g->ev_start[e + 1]; z++) {
                    igraph_integer_t k = g->ev_list[z];
                    if (g->acc2[k]++ == 0) {
                        g->touched2[n2++] = k;
                    }
                }
            }
            /* t: events of i and j (merge of sorted lists), for every co-member k */
            for (y = g->ac_start[j]; y < g->ac_start[j + 1]; y++) {
                igraph_integer_t e = g->ac_list[y];
                while (p < g->ac_start[i + 1] && g->ac_list[p] < e) {
                    p++;
                }
                if (p < g->ac_start[i + 1] && g->ac_list[p] == e) {
                    for (z = g->ev_start[e]; z < g->ev_start[e + 1]; z++) {
                        igraph_integer_t k = g->ev_list[z];
                        if (g->tcnt[k]++ == 0) {
                            g->touched3[n3++] = k;
                        }
                    }
                }
            }
            for (y = 0; y < nt; y++) {
                igraph_integer_t k = g->touched[y];
                if (k != i) {
                    closed += closed_paths((double) g->acc[i], (double) g->acc[k],
                                           (double) g->tcnt[k], (double) g->acc2[k]);
                }
            }
            for (y = 0; y < n2; y++) {
                g->acc2[g->touched2[y]] = 0;
            }
            for (y = 0; y < n3; y++) {
                g->tcnt[g->touched3[y]] = 0;
            }
        }
        for (x = 0; x < nt; x++) {
            g->acc[g->touched[x]] = 0;
        }
        all_closed += closed;
        VECTOR(res->actor_opsahl)[j] = VECTOR(res->actor_paths)[j] > 0
                                       ? closed / VECTOR(res->actor_paths)[j] : NAN;
        if ((j & 255) == 0) {
            il_progress("Opsahl clustering", (double) j / (double) g->na);
        }
    }
    res->closed_four_paths = all_closed;
    return IGRAPH_SUCCESS;
}

/* 1 when sorted list[0..n) holds v. */
static int holds(const igraph_integer_t *list, igraph_integer_t n, igraph_integer_t v)
{
    igraph_integer_t lo = 0, hi = n;
    while (lo < hi) {
        igraph_integer_t mid = lo + (hi - lo) / 2;
        if (list[mid] < v) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo < n && list[lo] == v;
}

/* An index drawn with probability weight[i] / cum[n-1] from cumulative weights. */
static igraph_integer_t draw(const double *cum, igraph_integer_t n, double u)
{
    igraph_integer_t lo = 0, hi = n - 1;
    double target = u * cum[n - 1];
    while (lo < hi) {
        igraph_integer_t mid = lo + (hi - lo) / 2;
        if (cum[mid] <= target) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

/* A co-member of j in event e other than j, uniformly. */
static igraph_integer_t draw_member(const adj_t *g, igraph_integer_t e, igraph_integer_t j)
{
    igraph_integer_t d = g->ev_start[e + 1] - g->ev_start[e];
    igraph_integer_t r = RNG_INTEGER(0, d - 2), v = g->ev_list[g->ev_start[e] + r];
    return v >= j ? g->ev_list[g->ev_start[e] + r + 1] : v;
}

/* One event of j drawn with probability (d_e - 1) / S_j. */
static igraph_integer_t draw_event(const adj_t *g, igraph_integer_t j, double s)
{
    double target = RNG_UNIF01() * s, run = 0;
    igraph_integer_t x, last = -1;
    for (x = g->ac_start[j]; x < g->ac_start[j + 1]; x++) {
        igraph_integer_t e = g->ac_list[x];
        double w = (double) (g->ev_start[e + 1] - g->ev_start[e] - 1);
        if (w > 0) {
            last = e;
            run += w;
            if (target < run) {
                return e;
            }
        }
    }
    return last;
}

/* Global Opsahl clustering from 4-paths drawn uniformly: a centre j with
 * probability S_j^2 / sum S^2 (S_j = sum over j's events of d_e - 1), e1 and
 * e2 each with probability (d_e - 1)/S_j, i and k uniformly among their
 * other members; draws with e1 = e2 or i = k are rejected, which leaves
 * every 4-path equally likely. The share closed estimates the global
 * value, with a Wilson 95% interval. */
static igraph_error_t opsahl_sample(adj_t *g, const il_twomode_options_t *o,
                                    const double *s, il_twomode_t *res)
{
    il_rng_scope_t scope;
    igraph_vector_t cum;
    igraph_integer_t j, got = 0, closed = 0, tries = 0, limit = 100 * o->samples;
    double z = 1.959963984540054, n, phat, den, mid, half;

    IGRAPH_VECTOR_INIT_FINALLY(&cum, g->na);
    for (j = 0; j < g->na; j++) {
        VECTOR(cum)[j] = (j ? VECTOR(cum)[j - 1] : 0) + s[j] * s[j];
    }
    IGRAPH_CHECK(il_rng_scope_begin(&scope, o->seed));
    IGRAPH_FINALLY(il_rng_scope_end, &scope);
    while (got < o->samples && tries < limit && g->na > 0 && VECTOR(cum)[g->na - 1] > 0) {
        igraph_integer_t e1, e2, i, k, ni, nk, shared;
        tries++;
        j = draw(VECTOR(cum), g->na, RNG_UNIF01());
        e1 = draw_event(g, j, s[j]);
        e2 = draw_event(g, j, s[j]);
        if (e1 == e2) {
            continue;
        }
        i = draw_member(g, e1, j);
        k = draw_member(g, e2, j);
        if (i == k) {
            continue;
        }
        got++;
        ni = g->ac_start[i + 1] - g->ac_start[i];
        nk = g->ac_start[k + 1] - g->ac_start[k];
        shared = 0;
        {
            igraph_integer_t p = g->ac_start[i], q = g->ac_start[k];
            while (p < g->ac_start[i] + ni && q < g->ac_start[k] + nk) {
                if (g->ac_list[p] < g->ac_list[q]) {
                    p++;
                } else if (g->ac_list[p] > g->ac_list[q]) {
                    q++;
                } else {
                    shared++;
                    p++;
                    q++;
                }
            }
        }
        shared -= holds(&g->ev_list[g->ev_start[e1]], g->ev_start[e1 + 1] - g->ev_start[e1], k);
        shared -= holds(&g->ev_list[g->ev_start[e2]], g->ev_start[e2 + 1] - g->ev_start[e2], i);
        closed += shared >= 1;
        if ((got & 4095) == 0) {
            il_progress("Opsahl clustering (sampled)", (double) got / (double) o->samples);
        }
    }
    il_rng_scope_end(&scope);
    IGRAPH_FINALLY_CLEAN(1);
    res->opsahl_samples = got;
    if (got == 0) {
        res->opsahl = res->opsahl_low = res->opsahl_high = NAN;
        res->closed_four_paths = NAN;
    } else {
        n = (double) got;
        phat = (double) closed / n;
        den = 1 + z * z / n;
        mid = (phat + z * z / (2 * n)) / den;
        half = z * sqrt(phat * (1 - phat) / n + z * z / (4 * n * n)) / den;
        res->opsahl = phat;
        res->opsahl_low = fmax(0.0, mid - half);
        res->opsahl_high = fmin(1.0, mid + half);
        res->closed_four_paths = phat * res->four_paths;
    }
    igraph_vector_destroy(&cum);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* ---- Everything ------------------------------------------------------------------------ */

static igraph_error_t init_vectors(il_twomode_t *res, igraph_integer_t na, igraph_integer_t ne)
{
    igraph_vector_t *va[] = {
        &res->actor_degree, &res->actor_strength, &res->actor_clustering,
        &res->actor_redundancy, &res->actor_opsahl, &res->actor_paths
    };
    igraph_vector_t *ve[] = {
        &res->event_size, &res->event_strength, &res->event_clustering,
        &res->event_redundancy, &res->event_pairs
    };
    size_t i;
    for (i = 0; i < sizeof va / sizeof va[0]; i++) {
        IGRAPH_CHECK(igraph_vector_init(va[i], na));
    }
    for (i = 0; i < sizeof ve / sizeof ve[0]; i++) {
        IGRAPH_CHECK(igraph_vector_init(ve[i], ne));
    }
    IGRAPH_CHECK(igraph_vector_int_init(&res->size_value, 0));
    IGRAPH_CHECK(igraph_vector_int_init(&res->size_events, 0));
    return IGRAPH_SUCCESS;
}

/* Degrees, strengths, density, means and the event size distribution. */
static igraph_error_t degrees(const il_affiliation_t *aff, const adj_t *g, il_twomode_t *res)
{
    igraph_integer_t a, e, i;
    igraph_vector_int_t order;
    size_t x;
    for (x = 0; x < aff->n; x++) {
        VECTOR(res->actor_strength)[aff->actor[x]] += aff->w[x];
        VECTOR(res->event_strength)[aff->event[x]] += aff->w[x];
    }
    for (a = 0; a < g->na; a++) {
        VECTOR(res->actor_degree)[a] = (double) (g->ac_start[a + 1] - g->ac_start[a]);
    }
    res->largest_event = -1;
    res->max_event_size = 0;
    for (e = 0; e < g->ne; e++) {
        double d = (double) (g->ev_start[e + 1] - g->ev_start[e]);
        VECTOR(res->event_size)[e] = d;
        VECTOR(res->event_pairs)[e] = d * (d - 1) / 2;
        res->pairs += d * (d - 1) / 2;
        if (res->largest_event < 0 || d > res->max_event_size) {
            res->largest_event = e;
            res->max_event_size = d;
        }
    }
    res->actors = g->na;
    res->events = g->ne;
    res->memberships = (igraph_integer_t) aff->n;
    res->density = aff->n == 0 ? 0.0 : (double) aff->n / ((double) g->na * (double) g->ne);
    res->mean_actor_degree = g->na ? (double) aff->n / (double) g->na : NAN;
    res->mean_event_size = g->ne ? (double) aff->n / (double) g->ne : NAN;
    if (g->ne == 0) {
        res->max_event_size = NAN;
    }
    IGRAPH_VECTOR_INT_INIT_FINALLY(&order, 0);
    IGRAPH_CHECK(igraph_vector_qsort_ind(&res->event_size, &order, IGRAPH_ASCENDING));
    for (i = 0; i < g->ne; i++) {
        igraph_integer_t d = (igraph_integer_t) VECTOR(res->event_size)[VECTOR(order)[i]];
        igraph_integer_t k = igraph_vector_int_size(&res->size_value);
        if (k == 0 || VECTOR(res->size_value)[k - 1] != d) {
            IGRAPH_CHECK(igraph_vector_int_push_back(&res->size_value, d));
            IGRAPH_CHECK(igraph_vector_int_push_back(&res->size_events, 0));
            k++;
        }
        VECTOR(res->size_events)[k - 1]++;
    }
    igraph_vector_int_destroy(&order);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* Redundancy from counted ordered redundant pairs: NaN below degree 2. */
static void redundancy(igraph_vector_t *red, const igraph_vector_t *deg)
{
    igraph_integer_t i, n = igraph_vector_size(red);
    for (i = 0; i < n; i++) {
        double k = VECTOR(*deg)[i];
        VECTOR(*red)[i] = k < 2 ? NAN : VECTOR(*red)[i] / (k * (k - 1));
    }
}

static double mean_of(const igraph_vector_t *v)
{
    igraph_integer_t i, n = igraph_vector_size(v);
    double s = 0;
    for (i = 0; i < n; i++) {
        s += VECTOR(*v)[i];
    }
    return n ? s / (double) n : NAN;
}

/**
 * \function il_twomode
 * \brief Two-mode measures of affiliation data, without projecting it.
 *
 * Per actor and per event: degree (events of an actor, members of an
 * event; networkx bipartite.degrees), strength (sum of membership
 * weights), Latapy clustering (networkx bipartite.clustering: the mean
 * over the node's second neighbours v of c_uv, 0 without any), redundancy
 * (networkx bipartite.node_redundancy: the share of pairs of the node's
 * neighbours that another node also joins; NaN below degree 2, where
 * networkx refuses). Whole: density M/(actors * events) (networkx
 * bipartite.density; 0 without memberships), mean degree and size, the
 * largest event, the size distribution, the pairs a projection visits
 * (sum of d(d-1)/2), and Opsahl's global clustering: the share of 4-paths
 * i-e1-j-e2-k (three distinct actors, two distinct events) whose ends
 * share an event other than e1 and e2 (Opsahl 2013, Social Networks
 * 35:159-167); locally, of the 4-paths centred on actor j. Exact counts
 * use closed forms per triple of actors (docs/metrics-twomode.md); when
 * their work is above IL_OPSAHL_EXACT_LIMIT and o->opsahl is AUTO, the
 * global value is estimated from o->samples uniform 4-paths (seeded) with
 * a 95% Wilson interval, and local values are NaN.
 *
 * \param res  Zero-filled; destroy with il_twomode_destroy().
 * \return IGRAPH_ENOMEM.
 *
 * Time complexity: O(sum_e d_e^2 + sum_a k_a^2), plus the exact Opsahl
 * work (reported as opsahl_work) or O(samples * k) when sampled.
 */
igraph_error_t il_twomode(const il_affiliation_t *aff, const il_twomode_options_t *o,
                          il_twomode_t *res)
{
    adj_t g;
    side_t sa, se;
    double *sq, *vol, total = 0;
    igraph_integer_t j, x;

    memset(res, 0, sizeof *res);
    IGRAPH_FINALLY(twomode_free, res);
    IGRAPH_CHECK(adj_init(&g, aff));
    IGRAPH_FINALLY(adj_destroy, &g);
    IGRAPH_CHECK(init_vectors(res, g.na, g.ne));
    IGRAPH_CHECK(degrees(aff, &g, res));
    sq = calloc((size_t) g.na + 1, sizeof *sq);
    IGRAPH_CHECK_OOM(sq, "Out of memory for the two-mode measures.");
    IGRAPH_FINALLY(igraph_free, sq);
    vol = calloc((size_t) g.na + 1, sizeof *vol);
    IGRAPH_CHECK_OOM(vol, "Out of memory for the two-mode measures.");
    IGRAPH_FINALLY(igraph_free, vol);
    for (j = 0; j < g.na; j++) {    /* sum of the sizes of j's events */
        for (x = g.ac_start[j]; x < g.ac_start[j + 1]; x++) {
            vol[j] += VECTOR(res->event_size)[g.ac_list[x]];
        }
    }

    sa.n = g.na;
    sa.start = g.ac_start;
    sa.list = g.ac_list;
    sa.ostart = g.ev_start;
    sa.olist = g.ev_list;
    sa.clustering = &res->actor_clustering;
    sa.other_redundant = &res->event_redundancy;
    sa.work_sq = sq;
    sa.opsahl_work = &res->opsahl_work;
    sa.vol = vol;
    IGRAPH_CHECK(side_pass(&g, &sa, o->clustering, "two-mode clustering (actors)"));
    se.n = g.ne;
    se.start = g.ev_start;
    se.list = g.ev_list;
    se.ostart = g.ac_start;
    se.olist = g.ac_list;
    se.clustering = &res->event_clustering;
    se.other_redundant = &res->actor_redundancy;
    se.work_sq = NULL;
    se.opsahl_work = NULL;
    se.vol = NULL;
    IGRAPH_CHECK(side_pass(&g, &se, o->clustering, "two-mode clustering (events)"));
    redundancy(&res->actor_redundancy, &res->actor_degree);
    redundancy(&res->event_redundancy, &res->event_size);
    res->average_clustering_actors = mean_of(&res->actor_clustering);
    res->average_clustering_events = mean_of(&res->event_clustering);

    /* 4-paths centred on j, ordered by their ends: (sum_i a_i)^2 - sum_i a_i^2
     * - sum over j's events of (d-1)(d-2); reused below as S_j. */
    for (j = 0; j < g.na; j++) {
        double s = 0, same = 0;
        for (x = g.ac_start[j]; x < g.ac_start[j + 1]; x++) {
            double d = VECTOR(res->event_size)[g.ac_list[x]];
            s += d - 1;
            same += (d - 1) * (d - 2);
        }
        VECTOR(res->actor_paths)[j] = s * s - sq[j] - same;
        total += VECTOR(res->actor_paths)[j];
        sq[j] = s;
    }
    res->four_paths = total / 2;
    igraph_vector_fill(&res->actor_opsahl, NAN);
    res->opsahl_used = o->opsahl;
    if (o->opsahl == IL_OPSAHL_AUTO) {
        res->opsahl_used = res->opsahl_work <= IL_OPSAHL_EXACT_LIMIT ? IL_OPSAHL_EXACT
                           : IL_OPSAHL_SAMPLE;
    }
    res->opsahl = res->opsahl_low = res->opsahl_high = res->closed_four_paths = NAN;
    if (res->opsahl_used == IL_OPSAHL_EXACT) {
        IGRAPH_CHECK(opsahl_exact(&g, res));
        res->closed_four_paths /= 2;
        res->opsahl = total > 0 ? res->closed_four_paths / res->four_paths : NAN;
    } else if (res->opsahl_used == IL_OPSAHL_SAMPLE) {
        IGRAPH_CHECK(opsahl_sample(&g, o, sq, res));
    }
    for (j = 0; j < g.na; j++) {
        VECTOR(res->actor_paths)[j] /= 2;
    }
    igraph_free(vol);
    igraph_free(sq);
    adj_destroy(&g);
    IGRAPH_FINALLY_CLEAN(4);
    return IGRAPH_SUCCESS;
}
