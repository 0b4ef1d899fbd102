/*
 * Samples of a null model drawn from an observed graph (the ensemble is
 * analysis/nulls.c; the models are described in nulls.h and
 * docs/metrics-inference.md): double edge swaps, the configuration model,
 * G(n, m), label and QAP permutations. Self-loops, kept only on request,
 * stay in place except under G(n, m) and the configuration model. Sample i
 * of an ensemble seeded with s draws from a generator of its own seeded
 * with a hash of (s, i), so it does not depend on who draws it.
 */
#include "analysis/nulls.h"
#include "analysis/nulls_internal.h"
#include "core/rng.h"
#include "core/setup.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- Seeds --------------------------------------------------------------------- */

static uint64_t splitmix64(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

/**
 * \function il_null_sample_seed
 * \brief The seed of sample \p index: splitmix64 of the ensemble seed mixed
 *        with the index, so that samples are independent of who draws them.
 */
igraph_uint_t il_null_sample_seed(igraph_uint_t seed, igraph_integer_t index)
{
    return (igraph_uint_t) splitmix64(splitmix64((uint64_t) seed) ^ (uint64_t) index);
}

/* ---- A set of ties (open addressing, linear probing) ------------------------------ */

#define KEY_EMPTY UINT64_MAX

typedef struct tieset {
    uint64_t *slot;
    size_t mask;
} tieset_t;

static size_t key_hash(uint64_t k)
{
    return (size_t) splitmix64(k);
}

static igraph_error_t tieset_init(tieset_t *s, size_t m)
{
    size_t cap = 16;
    while (cap < 2 * m + 16) {
        cap *= 2;
    }
    s->slot = malloc(cap * sizeof *s->slot);
    IGRAPH_CHECK_OOM(s->slot, "Out of memory for a null model's tie set.");
    memset(s->slot, 0xff, cap * sizeof *s->slot);
    s->mask = cap - 1;
    return IGRAPH_SUCCESS;
}

static void tieset_destroy(tieset_t *s)
{
    free(s->slot);
    s->slot = NULL;
}

static void tieset_clear(tieset_t *s)
{
    memset(s->slot, 0xff, (s->mask + 1) * sizeof *s->slot);
}

/* A hint that slot of k will be read soon (no effect on the result). */
static void tieset_prefetch(const tieset_t *s, uint64_t k)
{
#if defined(__GNUC__)
    __builtin_prefetch(&s->slot[key_hash(k) & s->mask]);
#else
    (void) s;
    (void) k;
#endif
}

static int tieset_has(const tieset_t *s, uint64_t k)
{
    size_t i = key_hash(k) & s->mask;
    while (s->slot[i] != KEY_EMPTY) {
        if (s->slot[i] == k) {
            return 1;
        }
        i = (i + 1) & s->mask;
    }
    return 0;
}

/* Insert k; 0 when it was there already. */
static int tieset_add(tieset_t *s, uint64_t k)
{
    size_t i = key_hash(k) & s->mask;
    while (s->slot[i] != KEY_EMPTY) {
        if (s->slot[i] == k) {
            return 0;
        }
        i = (i + 1) & s->mask;
    }
    s->slot[i] = k;
    return 1;
}

/* Remove k (backward-shift deletion keeps probe chains whole). */
static void tieset_remove(tieset_t *s, uint64_t k)
{
    size_t i = key_hash(k) & s->mask, j;
    while (s->slot[i] != k) {
        if (s->slot[i] == KEY_EMPTY) {
            return;
        }
        i = (i + 1) & s->mask;
    }
    j = i;
    for (;;) {
        size_t home;
        j = (j + 1) & s->mask;
        if (s->slot[j] == KEY_EMPTY) {
            break;
        }
        home = key_hash(s->slot[j]) & s->mask;
        /* move slot j back to i unless its home lies cyclically in (i, j] */
        if ((i <= j) ? (i < home && home <= j) : (i < home || home <= j)) {
            continue;
        }
        s->slot[i] = s->slot[j];
        i = j;
    }
    s->slot[i] = KEY_EMPTY;
}

/* ---- The sampler ------------------------------------------------------------------ */

struct il_null_sampler {
    const il_graph_t *g;
    il_null_model_t model;
    il_null_weights_t weights;
    int directed;
    igraph_integer_t n, m;          /* m: ties that are not self-loops */
    double swaps_per_edge;
    long group_col;
    igraph_integer_t *from0, *to0;  /* the observed ties (no loops) */
    double *w0;
    igraph_integer_t *loops;        /* edge ids of self-loops, kept in place */
    igraph_integer_t nloops;
    tieset_t observed;              /* the observed ties, for retained and as a start */
    /* degree null, weights travel: ties grouped by equal strength */
    igraph_integer_t *movable;      /* tie indices whose strength class has >= 2 ties */
    igraph_integer_t nmovable;
    igraph_integer_t *cls_start, *cls_len;     /* per tie: its class's range in byclass */
    igraph_integer_t *byclass;      /* tie indices sorted by strength */
    /* working space (each worker process has its own copy after fork) */
    igraph_integer_t *from, *to;
    double *w;
    tieset_t work;
    igraph_integer_t *stubs, *stubs_in;
    igraph_vector_int_t edges;
    igraph_vector_t weight;
    double scale;                   /* swaps multiplier (the mixing check's long chains) */
    /* degree null: the ties in rewiring order (movable strength classes
     * first, class by class; with permuted strengths one class of all) */
    struct rw_tie *rt0, *rt;        /* template and working copy */
    uint32_t *rt_edge;              /* rewiring position -> observed tie index */
    igraph_integer_t rt_pool;       /* positions 0 .. rt_pool - 1 can move */
};

/* One tie in the rewiring loop: its ends and the range of positions of
 * its strength class, packed so that a random tie costs one cache line. */
struct rw_tie {
    uint32_t u, v;
    uint32_t cs, cl;                /* class start and length (positions) */
};

static uint64_t tie_key(const il_null_sampler_t *s, igraph_integer_t u, igraph_integer_t v)
{
    if (!s->directed && u > v) {
        igraph_integer_t t = u;
        u = v;
        v = t;
    }
    return (uint64_t) u * (uint64_t) s->n + (uint64_t) v;
}

/** \function il_null_sampler_free \brief Free a sampler; accepts NULL. */
void il_null_sampler_free(il_null_sampler_t *s)
{
    if (!s) {
        return;
    }
    free(s->from0);
    free(s->to0);
    free(s->w0);
    free(s->loops);
    free(s->movable);
    free(s->cls_start);
    free(s->cls_len);
    free(s->byclass);
    free(s->from);
    free(s->to);
    free(s->w);
    free(s->stubs);
    free(s->stubs_in);
    free(s->rt0);
    free(s->rt);
    free(s->rt_edge);
    tieset_destroy(&s->observed);
    tieset_destroy(&s->work);
    if (s->edges.stor_begin) {
        igraph_vector_int_destroy(&s->edges);
    }
    if (s->weight.stor_begin) {
        igraph_vector_destroy(&s->weight);
    }
    free(s);
}

static void sampler_free(void *s)
{
    il_null_sampler_free((il_null_sampler_t *) s);
}

static int cmp_by_weight(void *ctx, const void *a, const void *b)
{
    const double *w = ctx;
    igraph_integer_t x = *(const igraph_integer_t *) a, y = *(const igraph_integer_t *) b;
    if (w[x] != w[y]) {
        return w[x] < w[y] ? -1 : 1;
    }
    return x < y ? -1 : (x > y);
}

/* Strength classes for swaps that keep strengths (weights travel). */
static igraph_error_t sampler_classes(il_null_sampler_t *s)
{
    igraph_integer_t m = s->m, i, j;
    s->byclass = malloc((size_t) (m + 1) * sizeof *s->byclass);
    s->cls_start = malloc((size_t) (m + 1) * sizeof *s->cls_start);
    s->cls_len = malloc((size_t) (m + 1) * sizeof *s->cls_len);
    s->movable = malloc((size_t) (m + 1) * sizeof *s->movable);
    if (!s->byclass || !s->cls_start || !s->cls_len || !s->movable) {
        IGRAPH_ERROR("Out of memory preparing a null model.", IGRAPH_ENOMEM);
    }
    for (i = 0; i < m; i++) {
        s->byclass[i] = i;
    }
    if (m > 0) {
        igraph_qsort_r(s->byclass, (size_t) m, sizeof *s->byclass, s->w0, cmp_by_weight);
    }
    s->nmovable = 0;
    for (i = 0; i < m; i = j) {
        igraph_integer_t q;
        for (j = i; j < m && s->w0[s->byclass[j]] == s->w0[s->byclass[i]]; j++) {
            /* the class of equal strengths */
        }
        for (q = i; q < j; q++) {
            s->cls_start[s->byclass[q]] = i;
            s->cls_len[s->byclass[q]] = j - i;
            if (j - i >= 2) {
                s->movable[s->nmovable++] = s->byclass[q];
            }
        }
    }
    return IGRAPH_SUCCESS;
}

/* The rewiring order of the degree null: with strengths travelling, the
 * strength classes of two ties or more first, each a contiguous range,
 * then the ties alone in their class (they never move); with permuted
 * strengths, every tie in one class. */
static igraph_error_t sampler_layout(il_null_sampler_t *s)
{
    igraph_integer_t m = s->m, i, j, p = 0, pass;
    int travel = s->weights == IL_NULL_WEIGHTS_TRAVEL;
    if (s->n >= (igraph_integer_t) UINT32_MAX || m >= (igraph_integer_t) UINT32_MAX) {
        IGRAPH_ERROR("Too many nodes or ties for degree-preserving rewiring.", IGRAPH_EINVAL);
    }
    s->rt0 = malloc((size_t) (m + 1) * sizeof *s->rt0);
    s->rt = malloc((size_t) (m + 1) * sizeof *s->rt);
    s->rt_edge = malloc((size_t) (m + 1) * sizeof *s->rt_edge);
    if (!s->rt0 || !s->rt || !s->rt_edge) {
        IGRAPH_ERROR("Out of memory preparing a null model.", IGRAPH_ENOMEM);
    }
    if (!travel) {
        for (i = 0; i < m; i++) {
            s->rt0[i].u = (uint32_t) s->from0[i];
            s->rt0[i].v = (uint32_t) s->to0[i];
            s->rt0[i].cs = 0;
            s->rt0[i].cl = (uint32_t) m;
            s->rt_edge[i] = (uint32_t) i;
        }
        s->rt_pool = m;
        return IGRAPH_SUCCESS;
    }
    for (pass = 0; pass < 2; pass++) {     /* movable classes, then the rest */
        for (i = 0; i < m; i = j) {
            igraph_integer_t len = s->cls_len[s->byclass[i]], q;
            j = i + len;
            if ((len >= 2) != (pass == 0)) {
                continue;
            }
            for (q = i; q < j; q++, p++) {
                igraph_integer_t e = s->byclass[q];
                s->rt0[p].u = (uint32_t) s->from0[e];
                s->rt0[p].v = (uint32_t) s->to0[e];
                s->rt0[p].cs = (uint32_t) (p - (q - i));
                s->rt0[p].cl = (uint32_t) len;
                s->rt_edge[p] = (uint32_t) e;
            }
        }
        if (pass == 0) {
            s->rt_pool = p;
        }
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_null_sampler_new
 * \brief Prepare a null model on a graph.
 *
 * \param s          Set to the new sampler; free it with il_null_sampler_free().
 * \param g          The observed graph; must outlive the sampler.
 * \param model      Not IL_NULL_DEFAULT.
 * \param weights    Degree-preserving rewiring: TRAVEL (swaps pair ties of
 *                   equal strength), PERMUTE, or AUTO (TRAVEL when the
 *                   strengths held by at least a tenth of the ties each
 *                   together hold at least three quarters of the ties, as
 *                   counts of joint projects do; PERMUTE otherwise).
 * \param swaps_per_edge  Accepted swaps per tie for the degree null (> 0).
 * \param group_col  Node column the label permutation shuffles in the
 *                   sample; -1: none (the permutation is still drawn, for
 *                   callers that permute a membership vector with it).
 * \return IGRAPH_EINVAL for a bad model, a graph too large for 64-bit tie
 *         keys; IGRAPH_ENOMEM.
 *
 * Time complexity: O(n + m log m).
 */
igraph_error_t il_null_sampler_new(il_null_sampler_t **s, const il_graph_t *g,
                                   il_null_model_t model, il_null_weights_t weights,
                                   double swaps_per_edge, long group_col)
{
    il_null_sampler_t *x;
    igraph_integer_t n = il_graph_vcount(g), mall = il_graph_ecount(g), e, m = 0;

    *s = NULL;
    if (model <= IL_NULL_DEFAULT || model >= IL_NULL_MODELS) {
        IGRAPH_ERROR("Unknown null model.", IGRAPH_EINVAL);
    }
    if (model == IL_NULL_DEGREE && !(swaps_per_edge > 0)) {
        IGRAPH_ERROR("Degree-preserving rewiring needs a positive number of swaps per tie.",
                     IGRAPH_EINVAL);
    }
    if ((double) n * (double) n >= 1.8e19) {
        IGRAPH_ERROR("Too many nodes for a null model.", IGRAPH_EINVAL);
    }
    x = calloc(1, sizeof *x);
    IGRAPH_CHECK_OOM(x, "Out of memory preparing a null model.");
    IGRAPH_FINALLY(sampler_free, x);
    x->g = g;
    x->model = model;
    x->weights = weights;
    x->directed = g->directed ? 1 : 0;
    x->n = n;
    x->swaps_per_edge = swaps_per_edge;
    x->scale = 1;
    x->group_col = group_col;
    x->from0 = malloc((size_t) (mall + 1) * sizeof *x->from0);
    x->to0 = malloc((size_t) (mall + 1) * sizeof *x->to0);
    x->w0 = malloc((size_t) (mall + 1) * sizeof *x->w0);
    x->loops = malloc((size_t) (mall + 1) * sizeof *x->loops);
    x->from = malloc((size_t) (mall + 1) * sizeof *x->from);
    x->to = malloc((size_t) (mall + 1) * sizeof *x->to);
    x->w = malloc((size_t) (mall + 1) * sizeof *x->w);
    x->stubs = malloc((size_t) (2 * mall + 1) * sizeof *x->stubs);
    x->stubs_in = malloc((size_t) (mall + 1) * sizeof *x->stubs_in);
    if (!x->from0 || !x->to0 || !x->w0 || !x->loops || !x->from || !x->to || !x->w ||
        !x->stubs || !x->stubs_in) {
        IGRAPH_ERROR("Out of memory preparing a null model.", IGRAPH_ENOMEM);
    }
    for (e = 0; e < mall; e++) {
        igraph_integer_t u = IGRAPH_FROM(&g->graph, e), v = IGRAPH_TO(&g->graph, e);
        if (u == v) {
            x->loops[x->nloops++] = e;
            continue;
        }
        x->from0[m] = u;
        x->to0[m] = v;
        x->w0[m] = VECTOR(g->weight)[e];
        m++;
    }
    x->m = m;
    IGRAPH_CHECK(tieset_init(&x->observed, (size_t) m));
    IGRAPH_CHECK(tieset_init(&x->work, (size_t) m));
    for (e = 0; e < m; e++) {
        tieset_add(&x->observed, tie_key(x, x->from0[e], x->to0[e]));
    }
    IGRAPH_CHECK(igraph_vector_int_init(&x->edges, 0));
    IGRAPH_CHECK(igraph_vector_init(&x->weight, 0));
    IGRAPH_CHECK(sampler_classes(x));
    if (x->weights == IL_NULL_WEIGHTS_AUTO) {
        /* travel when a few common strengths (each held by at least a tenth
         * of the ties) hold at least three quarters of the ties */
        igraph_integer_t i, j, common = 0;
        for (i = 0; i < m; i = j) {
            j = i + x->cls_len[x->byclass[i]];
            if (j - i >= 2 && 10 * (j - i) >= m) {
                common += j - i;
            }
        }
        x->weights = 4 * common >= 3 * m ? IL_NULL_WEIGHTS_TRAVEL : IL_NULL_WEIGHTS_PERMUTE;
    }
    if (model == IL_NULL_DEGREE) {
        IGRAPH_CHECK(sampler_layout(x));
    }
    IGRAPH_FINALLY_CLEAN(1);
    *s = x;
    return IGRAPH_SUCCESS;
}

/** \function il_null_sampler_weights \brief TRAVEL or PERMUTE (AUTO resolved). */
il_null_weights_t il_null_sampler_weights(const il_null_sampler_t *s)
{
    return s->weights;
}

/**
 * \function il_null_sampler_frozen
 * \brief The share of the observed ties that degree-preserving rewiring
 *        with travelling strengths can never move (no other tie has their
 *        strength); 0 for the other models and for permuted strengths.
 */
double il_null_sampler_frozen(const il_null_sampler_t *s)
{
    if (s->model != IL_NULL_DEGREE || s->weights != IL_NULL_WEIGHTS_TRAVEL || s->m == 0) {
        return 0;
    }
    return (double) (s->m - s->nmovable) / (double) s->m;
}

static igraph_integer_t rand_int(igraph_integer_t lo, igraph_integer_t hi)
{
    return igraph_rng_get_integer(igraph_rng_default(), lo, hi);
}

/* Fisher-Yates shuffle of a[0..len) from igraph's default generator. */
static void shuffle_int(igraph_integer_t *a, igraph_integer_t len)
{
    igraph_integer_t i;
    for (i = len - 1; i > 0; i--) {
        igraph_integer_t j = rand_int(0, i), t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

static void shuffle_real(double *a, igraph_integer_t len)
{
    igraph_integer_t i;
    for (i = len - 1; i > 0; i--) {
        igraph_integer_t j = rand_int(0, i);
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

/* xoshiro256** (Blackman and Vigna), the swaps' own generator: seeded
 * from the sample's seed, it keeps the inner loop free of library calls. */
typedef struct xoshiro {
    uint64_t s[4];
} xoshiro_t;

static uint64_t rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

static uint64_t xo_next(xoshiro_t *r)
{
    uint64_t out = rotl(r->s[1] * 5, 7) * 9, t = r->s[1] << 17;
    r->s[2] ^= r->s[0];
    r->s[3] ^= r->s[1];
    r->s[1] ^= r->s[2];
    r->s[0] ^= r->s[3];
    r->s[2] ^= t;
    r->s[3] = rotl(r->s[3], 45);
    return out;
}

static void xo_seed(xoshiro_t *r, uint64_t seed)
{
    int i;
    for (i = 0; i < 4; i++) {
        seed = splitmix64(seed);
        r->s[i] = seed;
    }
}

/* Uniform in [0, range), range < 2^32 (Lemire's multiply-and-reject). */
static uint32_t xo_below(xoshiro_t *r, uint32_t range)
{
    uint64_t m = (uint64_t) (uint32_t) (xo_next(r) >> 32) * range;
    uint32_t low = (uint32_t) m;
    if (low < range) {
        uint32_t floor_ = (uint32_t) (-range) % range;
        while (low < floor_) {
            m = (uint64_t) (uint32_t) (xo_next(r) >> 32) * range;
            low = (uint32_t) m;
        }
    }
    return (uint32_t) (m >> 32);
}

/*
 * Double edge swaps on s->rt (a copy of the observed ties in rewiring
 * order), until swaps_per_edge x (ties that can move) swaps are accepted
 * or 100 times as many were tried; then the ties go to s->from/to/w in
 * that order. A swap takes ties e1 = u-v and e2 = x-y and makes them u-y
 * and x-v (undirected: x-y is read in a random direction first); it is
 * refused when it would make a loop or a tie already present, or change
 * nothing. e2 is drawn from e1's strength class (all ties when strengths
 * are permuted), so a tie keeps its strength.
 */
static void rewire(il_null_sampler_t *s, uint64_t seed, il_null_draw_info_t *info)
{
    igraph_integer_t pool = s->rt_pool, p;
    double target = ceil(s->scale * s->swaps_per_edge * (double) pool);
    double cap = 100 * target + 1000;
    double accepted = 0, tried = 0;
    struct rw_tie *rt = s->rt;
    xoshiro_t rng;

    xo_seed(&rng, seed);
    memcpy(rt, s->rt0, (size_t) s->m * sizeof *rt);
    while (pool >= 2 && accepted < target && tried < cap) {
        uint32_t e1, e2, u, v, x, y;
        uint64_t k1, k2, k3, k4;
        tried += 1;
        e1 = xo_below(&rng, (uint32_t) pool);
        e2 = rt[e1].cs + xo_below(&rng, rt[e1].cl);
        if (e1 == e2) {
            continue;
        }
        u = rt[e1].u;
        v = rt[e1].v;
        x = rt[e2].u;
        y = rt[e2].v;
        if (!s->directed && (xo_next(&rng) >> 63)) {
            uint32_t t = x;
            x = y;
            y = t;
        }
        if (u == y || x == v || u == x || v == y) {
            continue;       /* a loop, or no change */
        }
        k1 = tie_key(s, u, y);
        k2 = tie_key(s, x, v);
        k3 = tie_key(s, u, v);
        k4 = tie_key(s, rt[e2].u, rt[e2].v);
        /* four slots in a table larger than the caches: ask for them at once */
        tieset_prefetch(&s->work, k1);
        tieset_prefetch(&s->work, k2);
        tieset_prefetch(&s->work, k3);
        tieset_prefetch(&s->work, k4);
        if (tieset_has(&s->work, k1) || tieset_has(&s->work, k2)) {
            continue;       /* a repeated tie */
        }
        tieset_remove(&s->work, k3);
        tieset_remove(&s->work, k4);
        tieset_add(&s->work, k1);
        tieset_add(&s->work, k2);
        rt[e1].v = y;
        rt[e2].u = x;
        rt[e2].v = v;
        accepted += 1;
    }
    for (p = 0; p < s->m; p++) {
        s->from[p] = rt[p].u;
        s->to[p] = rt[p].v;
        s->w[p] = s->w0[s->rt_edge[p]];
    }
    info->swaps = accepted;
    info->attempts = tried;
}

/* A random simple graph with the observed degrees by stub matching;
 * IGRAPH_FAILURE after IL_NULL_CONFIG_ATTEMPTS failed matchings. */
static igraph_error_t configuration(il_null_sampler_t *s, il_null_draw_info_t *info)
{
    igraph_integer_t m = s->m, e, i, t;
    for (t = 1; t <= IL_NULL_CONFIG_ATTEMPTS; t++) {
        int ok = 1;
        for (e = 0; e < m; e++) {
            if (s->directed) {
                s->stubs[e] = s->from0[e];
                s->stubs_in[e] = s->to0[e];
            } else {
                s->stubs[2 * e] = s->from0[e];
                s->stubs[2 * e + 1] = s->to0[e];
            }
        }
        if (s->directed) {
            shuffle_int(s->stubs_in, m);
        } else {
            shuffle_int(s->stubs, 2 * m);
        }
        tieset_clear(&s->work);
        for (i = 0; i < m && ok; i++) {
            igraph_integer_t u = s->directed ? s->stubs[i] : s->stubs[2 * i];
            igraph_integer_t v = s->directed ? s->stubs_in[i] : s->stubs[2 * i + 1];
            if (u == v || !tieset_add(&s->work, tie_key(s, u, v))) {
                ok = 0;
                break;
            }
            s->from[i] = u;
            s->to[i] = v;
        }
        if (ok) {
            info->tries = (double) t;
            return IGRAPH_SUCCESS;
        }
    }
    IGRAPH_ERRORF("The configuration model found no simple graph with the observed degrees "
                  "in %d random matchings (large hubs make loops and repeated ties almost "
                  "certain); use the degree-preserving null (--null degree), which reaches "
                  "the same graphs by rewiring.", IGRAPH_FAILURE, IL_NULL_CONFIG_ATTEMPTS);
}

/* G(n, m) without loops, from igraph's default generator. */
static igraph_error_t gnm(il_null_sampler_t *s)
{
    igraph_t r;
    igraph_integer_t e;
    IGRAPH_CHECK(igraph_erdos_renyi_game_gnm(&r, s->n, (igraph_real_t) s->m, s->directed,
                                             IGRAPH_NO_LOOPS));
    IGRAPH_FINALLY(igraph_destroy, &r);
    for (e = 0; e < s->m; e++) {
        s->from[e] = IGRAPH_FROM(&r, e);
        s->to[e] = IGRAPH_TO(&r, e);
    }
    igraph_destroy(&r);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* Put s->from/to/w and the observed self-loops into the sample. */
static igraph_error_t sampler_emit(il_null_sampler_t *s, il_graph_t *sample,
                                   const igraph_integer_t *perm)
{
    igraph_integer_t e, m = s->m, i;
    const il_graph_t *g = s->g;
    IGRAPH_CHECK(igraph_vector_int_resize(&s->edges, 2 * (m + s->nloops)));
    IGRAPH_CHECK(igraph_vector_resize(&s->weight, m + s->nloops));
    for (e = 0; e < m; e++) {
        VECTOR(s->edges)[2 * e] = s->from[e];
        VECTOR(s->edges)[2 * e + 1] = s->to[e];
        VECTOR(s->weight)[e] = s->w[e];
    }
    for (i = 0; i < s->nloops; i++) {
        igraph_integer_t le = s->loops[i], v = IGRAPH_FROM(&g->graph, le);
        if (perm) {
            v = perm[v];
        }
        VECTOR(s->edges)[2 * (m + i)] = v;
        VECTOR(s->edges)[2 * (m + i) + 1] = v;
        VECTOR(s->weight)[m + i] = VECTOR(g->weight)[le];
    }
    return il_graph_sample_set_ties(sample, &s->edges, &s->weight);
}

static void scope_end(void *scope)
{
    il_rng_scope_end((il_rng_scope_t *) scope);
}

/**
 * \function il_null_sampler_draw
 * \brief Draw one sample of the sampler's null model.
 *
 * Sample \p index of the ensemble seeded with \p seed draws from a
 * generator of its own seeded with il_null_sample_seed(seed, index)
 * (installed as igraph's default for the time of the call), so the same
 * (seed, index) gives the same sample in any process.
 *
 * - degree: the observed ties rewired by double edge swaps (see rewire());
 *   strengths travel with their ties (swaps within classes of equal
 *   strength) or are permuted over the ties afterwards;
 * - configuration: stub matching redrawn until simple (at most
 *   IL_NULL_CONFIG_ATTEMPTS times), strengths permuted;
 * - gnm: G(n, m) without loops, strengths permuted;
 * - labels: the ties unchanged, the group column permuted (perm);
 * - qap: tie u-v becomes perm[u]-perm[v] with its strength.
 *
 * \param sample  il_graph_sample_init() of the sampler's graph; its ties
 *                (and for labels its group column) are replaced. NULL:
 *                only \p info is wanted.
 * \param perm    NULL or room for n entries: the vertex permutation of the
 *                labels and QAP models, the identity otherwise.
 * \param info    Retained share of observed ties, swaps and tries.
 * \return IGRAPH_FAILURE when the configuration model gives up;
 *         IGRAPH_ENOMEM.
 *
 * Time complexity: degree O(swaps_per_edge m) expected swaps (each O(1)
 * expected) plus O(n + m); configuration O(tries m); gnm, labels, qap
 * O(n + m).
 */
igraph_error_t il_null_sampler_draw(il_null_sampler_t *s, igraph_uint_t seed,
                                    igraph_integer_t index, il_graph_t *sample,
                                    igraph_integer_t *perm, il_null_draw_info_t *info)
{
    il_rng_scope_t rng;
    igraph_integer_t m = s->m, n = s->n, e, v, kept = 0;
    igraph_integer_t *pv = NULL;

    memset(info, 0, sizeof *info);
    if (s->model == IL_NULL_LABELS || s->model == IL_NULL_QAP || perm) {
        pv = perm ? perm : malloc((size_t) (n > 0 ? n : 1) * sizeof *pv);
        IGRAPH_CHECK_OOM(pv, "Out of memory drawing a null sample.");
        if (!perm) {
            IGRAPH_FINALLY(igraph_free, pv);
        }
        for (v = 0; v < n; v++) {
            pv[v] = v;
        }
    }
    IGRAPH_CHECK(il_rng_scope_begin(&rng, il_null_sample_seed(seed, index)));
    IGRAPH_FINALLY(scope_end, &rng);
    memcpy(s->from, s->from0, (size_t) m * sizeof *s->from);
    memcpy(s->to, s->to0, (size_t) m * sizeof *s->to);
    memcpy(s->w, s->w0, (size_t) m * sizeof *s->w);
    switch (s->model) {
    case IL_NULL_DEGREE:
        memcpy(s->work.slot, s->observed.slot, (s->observed.mask + 1) * sizeof *s->work.slot);
        rewire(s, (uint64_t) il_null_sample_seed(seed, index) ^ 0x5DEECE66DULL, info);
        if (s->weights == IL_NULL_WEIGHTS_PERMUTE) {
            shuffle_real(s->w, m);
        }
        break;
    case IL_NULL_CONFIGURATION:
        IGRAPH_CHECK(configuration(s, info));
        shuffle_real(s->w, m);
        break;
    case IL_NULL_GNM:
        IGRAPH_CHECK(gnm(s));
        shuffle_real(s->w, m);
        break;
    case IL_NULL_LABELS:
        shuffle_int(pv, n);
        break;
    case IL_NULL_QAP:
        shuffle_int(pv, n);
        for (e = 0; e < m; e++) {
            s->from[e] = pv[s->from0[e]];
            s->to[e] = pv[s->to0[e]];
        }
        break;
    default:
        break;
    }
    il_rng_scope_end(&rng);
    IGRAPH_FINALLY_CLEAN(1);
    if (sample) {
        IGRAPH_CHECK(sampler_emit(s, sample, s->model == IL_NULL_QAP ? pv : NULL));
    }
    if (sample && s->model == IL_NULL_LABELS && s->group_col >= 0) {
        IGRAPH_CHECK(il_graph_sample_permute_vattr(sample, (size_t) s->group_col, pv));
    }
    for (e = 0; e < m; e++) {
        kept += tieset_has(&s->observed, tie_key(s, s->from[e], s->to[e]));
    }
    info->retained = m > 0 ? (double) kept / (double) m : NAN;
    if (pv && !perm) {
        free(pv);
        IGRAPH_FINALLY_CLEAN(1);
    }
    return IGRAPH_SUCCESS;
}


/** \function il_i_null_sampler_scale \brief Multiply the swaps of the next draws by
 *  \p scale (the mixing check's long chains; 1: the ensemble's own). */
void il_i_null_sampler_scale(il_null_sampler_t *s, double scale)
{
    s->scale = scale;
}
