/*
 * Null models (docs/metrics-inference.md; DEFINITIONS.md "Inference"):
 * samples of a null model drawn from an observed graph, and the ensemble
 * that tests statistics against them.
 *
 * Models. Degree-preserving rewiring by double edge swaps (u-v, x-y ->
 * u-y, x-v; loops and repeated ties refused; directed graphs keep in- and
 * out-degrees); the configuration model on simple graphs (random matching
 * of tie ends, rejected and redrawn until it has neither loops nor
 * repeated ties); G(n, m) (igraph_erdos_renyi_game_gnm); the permutation
 * of the --by values over the nodes with the ties fixed; and QAP, the
 * permutation of the nodes' positions (rows and columns of the tie matrix
 * together). Self-loops, kept only on request, stay in place in every
 * model except G(n, m) and the configuration model, which have none.
 *
 * Reproducibility. Sample i of an ensemble seeded with s draws from a
 * generator of its own (core/rng.h scope) seeded with a hash of (s, i), so
 * a sample does not depend on which process draws it or in which order.
 * The ensemble is cut into blocks fixed by its size alone (core/pool.h);
 * each block returns streaming accumulators per statistic and the parent
 * adds them in block order, so --jobs 1 and --jobs 2 give the same bytes.
 *
 * Accumulators. Per statistic: samples where it was defined, the sum and
 * the sum of squares of (null - observed) (shifted by the observed value
 * so that large counts with a small spread keep their precision), and the
 * counts of null values >= and <= the observed one (within a relative
 * tolerance of 1e-9, so that sums taken in a different order compare
 * equal) and < it. No sample is kept: per-node statistics of large graphs
 * cost O(statistics) memory per process, not O(statistics x samples).
 */
#include "analysis/nulls.h"
#include "core/pool.h"
#include "core/rng.h"
#include "core/setup.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- Names ------------------------------------------------------------------ */

static const char *const model_names[IL_NULL_MODELS] = {
    "default", "degree", "configuration", "gnm", "labels", "qap"
};

/** \function il_null_model_name \brief The option name of a null model. */
const char *il_null_model_name(il_null_model_t model)
{
    return model >= 0 && model < IL_NULL_MODELS ? model_names[model] : "?";
}

/** \function il_null_weights_name \brief "auto", "travel" or "permute". */
const char *il_null_weights_name(il_null_weights_t weights)
{
    return weights == IL_NULL_WEIGHTS_PERMUTE ? "permute" :
           (weights == IL_NULL_WEIGHTS_TRAVEL ? "travel" : "auto");
}

/**
 * \function il_null_model_describe
 * \brief A null model in one sentence, naming what it holds fixed.
 */
const char *il_null_model_describe(il_null_model_t model, il_null_weights_t weights)
{
    switch (model) {
    case IL_NULL_DEGREE:
        return weights == IL_NULL_WEIGHTS_PERMUTE
               ? "degree-preserving rewiring (double edge swaps among all ties; every node "
               "keeps its degree; tie strengths then permuted over the ties)"
               : "degree-preserving rewiring (double edge swaps between ties of equal "
               "strength; every node keeps its degree and its strength)";
    case IL_NULL_CONFIGURATION:
        return "configuration model (random matching of tie ends, redrawn until simple; "
               "every node keeps its degree; tie strengths permuted over the ties)";
    case IL_NULL_GNM:
        return "G(n, m) (uniform random graphs with the same nodes and number of ties, as "
               "sna::cug.test cmode=\"edges\"; tie strengths permuted over the ties)";
    case IL_NULL_LABELS:
        return "label permutation (the group values shuffled over the nodes: group sizes "
               "kept; ties fixed)";
    case IL_NULL_QAP:
        return "QAP (the nodes' positions permuted, rows and columns of the tie matrix "
               "together; every attribute stays with its node)";
    default:
        return "each statistic's default null";
    }
}

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

/* ---- The tests --------------------------------------------------------------------- */

/* A family's evaluator: statistics [offset, offset + count). */
struct il_null_segment {
    igraph_integer_t offset, count;
    il_null_eval_fn *eval;
    void *arg;
    void (*arg_free)(void *);
    int used;       /* in the ensemble being run: has a statistic under its model */
};

/* Accumulator slots per statistic. */
enum { ACC_COUNT = 0, ACC_SUM, ACC_SUMSQ, ACC_GE, ACC_LE, ACC_LT, ACC_SLOTS };
/* Per block, after the statistics: samples, retained, swaps, attempts, tries. */
enum { DIAG_SAMPLES = 0, DIAG_RETAINED, DIAG_SWAPS, DIAG_ATTEMPTS, DIAG_TRIES, DIAG_SLOTS };

/* Blocks of an ensemble of S samples: fixed by S alone. */
#define IL_NULL_MAX_BLOCKS 32

/**
 * \function il_null_tests_init
 * \brief An empty set of tests on a graph.
 *
 * \param groups      The --by groups (borrowed), or NULL.
 * \param group_attr  The node column they come from (the label permutation
 *                    shuffles it), or NULL.
 * \param o           Options (copied); model DEFAULT resolves per statistic.
 * \return IGRAPH_EINVAL for negative samples, jobs < 1, alpha outside
 *         (0, 1) or an unknown column; IGRAPH_ENOMEM.
 */
igraph_error_t il_null_tests_init(il_null_tests_t *t, const il_graph_t *g,
                                  const il_partition_t *groups, const char *group_attr,
                                  const il_null_options_t *o)
{
    memset(t, 0, sizeof *t);
    if (o->samples < 0 || o->jobs < 1 || !(o->alpha > 0 && o->alpha < 1)) {
        IGRAPH_ERROR("Null-model options out of range.", IGRAPH_EINVAL);
    }
    t->g = g;
    t->groups = groups;
    t->opts = *o;
    t->group_col = group_attr ? il_graph_vattr_find(g, group_attr) : -1;
    if (group_attr && t->group_col < 0) {
        IGRAPH_ERRORF("No node attribute '%s' for the null model's groups.", IGRAPH_EINVAL,
                      group_attr);
    }
    return IGRAPH_SUCCESS;
}

/** \function il_null_tests_destroy \brief Free a set of tests; safe on a zero-filled one. */
void il_null_tests_destroy(il_null_tests_t *t)
{
    int i;
    igraph_vector_t *v[8];
    for (i = 0; i < t->nseg; i++) {
        if (t->seg[i].arg_free) {
            t->seg[i].arg_free(t->seg[i].arg);
        }
    }
    free(t->seg);
    free(t->stat);
    v[0] = &t->observed;
    v[1] = &t->mean;
    v[2] = &t->sd;
    v[3] = &t->z;
    v[4] = &t->p_greater;
    v[5] = &t->p_less;
    v[6] = &t->p_two;
    v[7] = &t->percentile;
    for (i = 0; i < 8; i++) {
        if (v[i]->stor_begin) {
            igraph_vector_destroy(v[i]);
        }
    }
    if (t->defined.stor_begin) {
        igraph_vector_int_destroy(&t->defined);
    }
    memset(t, 0, sizeof *t);
}

/**
 * \function il_null_tests_add
 * \brief Add a family of statistics with its evaluator.
 *
 * The statistics' models are resolved here: the options' model when it is
 * not DEFAULT, else each statistic's own (il_null_default_model() when the
 * caller left it DEFAULT). On failure \p arg is freed with \p arg_free.
 * \return IGRAPH_EINVAL after il_null_tests_run(); IGRAPH_ENOMEM.
 */
igraph_error_t il_null_tests_add(il_null_tests_t *t, const il_null_stat_t *stat,
                                 igraph_integer_t count, il_null_eval_fn *eval, void *arg,
                                 void (*arg_free)(void *))
{
    il_null_stat_t *ns;
    struct il_null_segment *seg;
    igraph_integer_t i;
    if (t->ran) {
        if (arg_free) {
            arg_free(arg);
        }
        IGRAPH_ERROR("Tests cannot be added after they ran.", IGRAPH_EINVAL);
    }
    ns = realloc(t->stat, (size_t) (t->nstat + count + 1) * sizeof *ns);
    seg = ns ? realloc(t->seg, (size_t) (t->nseg + 1) * sizeof *seg) : NULL;
    if (ns) {
        t->stat = ns;
    }
    if (!seg) {
        if (arg_free) {
            arg_free(arg);
        }
        IGRAPH_ERROR("Out of memory adding tests.", IGRAPH_ENOMEM);
    }
    t->seg = seg;
    seg = &t->seg[t->nseg++];
    seg->offset = t->nstat;
    seg->count = count;
    seg->eval = eval;
    seg->arg = arg;
    seg->arg_free = arg_free;
    seg->used = 0;
    for (i = 0; i < count; i++) {
        il_null_stat_t *x = &t->stat[t->nstat + i];
        *x = stat[i];
        if (t->opts.model != IL_NULL_DEFAULT) {
            x->model = t->opts.model;
        } else if (x->model == IL_NULL_DEFAULT) {
            x->model = il_null_default_model(x->family, x->name);
        }
    }
    t->nstat += count;
    return IGRAPH_SUCCESS;
}

/**
 * \function il_null_tests_find
 * \brief Index of the statistic with exactly these coordinates (unused
 *        ones are -1), or -1.
 *
 * Time complexity: O(statistics).
 */
igraph_integer_t il_null_tests_find(const il_null_tests_t *t, const char *family,
                                    const char *name, il_null_subject_t subject,
                                    igraph_integer_t a, igraph_integer_t b, int role)
{
    igraph_integer_t i;
    for (i = 0; i < t->nstat; i++) {
        const il_null_stat_t *x = &t->stat[i];
        if (x->subject == subject && x->a == a && x->b == b && x->role == role &&
            strcmp(x->name, name) == 0 && strcmp(x->family, family) == 0) {
            return i;
        }
    }
    return -1;
}

/* One ensemble under one model. */
typedef struct ensemble {
    il_null_tests_t *t;
    il_null_model_t model;
    il_null_sampler_t *sampler;
    il_graph_t sample;
    il_partition_t part;            /* the groups' shape with the sample's membership */
    igraph_vector_int_t membership;
    igraph_integer_t *perm;
    double *vals;                   /* nstat */
    const double *obs;              /* nstat */
    double *total;                  /* nstat x ACC_SLOTS + DIAG_SLOTS */
    igraph_integer_t nblocks;
} ensemble_t;

static size_t ens_size(igraph_integer_t block, void *arg)
{
    const ensemble_t *e = arg;
    (void) block;
    return (size_t) e->t->nstat * ACC_SLOTS + DIAG_SLOTS;
}

typedef struct quiet {
    il_progress_fn *pfn;
    void *parg;
    il_warning_fn *wfn;
    void *warg;
} quiet_t;

static void quiet_end(void *q)
{
    quiet_t *x = q;
    il_progress_set(x->pfn, x->parg);
    il_warning_set(x->wfn, x->warg);
}

/* Evaluate every used segment on (g, p) into vals (NaN where unused). */
static igraph_error_t eval_all(il_null_tests_t *t, const il_graph_t *g, const il_partition_t *p,
                               double *vals)
{
    int i;
    igraph_integer_t j;
    for (j = 0; j < t->nstat; j++) {
        vals[j] = NAN;
    }
    for (i = 0; i < t->nseg; i++) {
        struct il_null_segment *sg = &t->seg[i];
        if (!sg->used) {
            continue;
        }
        IGRAPH_CHECK(sg->eval(g, p, vals + sg->offset, sg->arg));
    }
    return IGRAPH_SUCCESS;
}

static double tolerance(double obs)
{
    return 1e-9 * (fabs(obs) > 1 ? fabs(obs) : 1);
}

/* The samples of one block, accumulated (progress and warnings of the
 * analyses run on the samples are kept quiet). */
static igraph_error_t ens_compute(igraph_integer_t block, double *out, void *arg)
{
    ensemble_t *e = arg;
    il_null_tests_t *t = e->t;
    igraph_integer_t S = t->opts.samples, nstat = t->nstat, j, i;
    igraph_integer_t first = block * S / e->nblocks, last = (block + 1) * S / e->nblocks;
    double *diag = out + nstat * ACC_SLOTS;
    quiet_t q;
    il_null_draw_info_t info;

    memset(out, 0, ens_size(block, arg) * sizeof *out);
    il_progress_get(&q.pfn, &q.parg);
    il_warning_get(&q.wfn, &q.warg);
    il_progress_set(NULL, NULL);
    il_warning_set(NULL, NULL);
    IGRAPH_FINALLY(quiet_end, &q);
    for (i = first; i < last; i++) {
        IGRAPH_CHECK(il_null_sampler_draw(e->sampler, t->opts.seed, i, &e->sample, e->perm,
                                          &info));
        if (e->model == IL_NULL_LABELS && t->groups) {
            for (j = 0; j < il_graph_vcount(t->g); j++) {
                VECTOR(e->membership)[j] = VECTOR(t->groups->membership)[e->perm[j]];
            }
        }
        IGRAPH_CHECK(eval_all(t, &e->sample, t->groups ? &e->part : NULL, e->vals));
        for (j = 0; j < nstat; j++) {
            double x = e->vals[j], o = e->obs[j], d, tol;
            double *acc = out + j * ACC_SLOTS;
            if (t->stat[j].model != e->model || isnan(x) || isnan(o)) {
                continue;
            }
            tol = tolerance(o);
            d = x - o;
            acc[ACC_COUNT] += 1;
            acc[ACC_SUM] += d;
            acc[ACC_SUMSQ] += d * d;
            acc[ACC_GE] += x >= o - tol;
            acc[ACC_LE] += x <= o + tol;
            acc[ACC_LT] += x < o - tol;
        }
        diag[DIAG_SAMPLES] += 1;
        diag[DIAG_RETAINED] += isnan(info.retained) ? 0 : info.retained;
        diag[DIAG_SWAPS] += info.swaps;
        diag[DIAG_ATTEMPTS] += info.attempts;
        diag[DIAG_TRIES] += info.tries;
    }
    quiet_end(&q);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

static igraph_error_t ens_combine(igraph_integer_t block, const double *in, void *arg)
{
    ensemble_t *e = arg;
    size_t i, len = ens_size(block, arg);
    for (i = 0; i < len; i++) {
        e->total[i] += in[i];
    }
    return IGRAPH_SUCCESS;
}

static void ensemble_free(void *arg)
{
    ensemble_t *e = arg;
    il_null_sampler_free(e->sampler);
    il_graph_destroy(&e->sample);
    if (e->membership.stor_begin) {
        igraph_vector_int_destroy(&e->membership);
    }
    free(e->perm);
    free(e->vals);
    free(e->total);
    memset(e, 0, sizeof *e);
}

/* Turn the totals of statistics under \p model into the results. */
static void ensemble_finish(il_null_tests_t *t, const ensemble_t *e)
{
    igraph_integer_t j, nstat = t->nstat;
    const double *diag = e->total + nstat * ACC_SLOTS;
    il_null_run_t *r = &t->run[e->model];
    double S = diag[DIAG_SAMPLES];
    for (j = 0; j < nstat; j++) {
        const double *acc = e->total + j * ACC_SLOTS;
        double c = acc[ACC_COUNT], o = VECTOR(t->observed)[j], mean, var, sd, pg, pl;
        if (t->stat[j].model != e->model) {
            continue;
        }
        VECTOR(t->defined)[j] = (igraph_integer_t) c;
        if (c < 1 || isnan(o)) {
            continue;       /* results stay NaN */
        }
        mean = o + acc[ACC_SUM] / c;
        var = c > 1 ? (acc[ACC_SUMSQ] - acc[ACC_SUM] * acc[ACC_SUM] / c) / (c - 1) : NAN;
        sd = var > 0 ? sqrt(var) : (c > 1 ? 0 : NAN);
        /* a spread of rounding noise is no spread */
        if (sd <= 1e-12 * (fabs(mean) > 1 ? fabs(mean) : 1)) {
            sd = c > 1 ? 0 : NAN;
        }
        pg = (1 + acc[ACC_GE]) / (1 + c);
        pl = (1 + acc[ACC_LE]) / (1 + c);
        VECTOR(t->mean)[j] = mean;
        VECTOR(t->sd)[j] = sd;
        VECTOR(t->z)[j] = sd > 0 ? (o - mean) / sd : NAN;
        VECTOR(t->p_greater)[j] = pg;
        VECTOR(t->p_less)[j] = pl;
        VECTOR(t->p_two)[j] = fmin(1, 2 * fmin(pg, pl));
        VECTOR(t->percentile)[j] = 100 * (acc[ACC_LT] + 0.5 * (acc[ACC_LE] - acc[ACC_LT])) / c;
    }
    r->done = 1;
    r->weights = e->model == IL_NULL_DEGREE ? il_null_sampler_weights(e->sampler)
                 : (e->model == IL_NULL_CONFIGURATION || e->model == IL_NULL_GNM
                    ? IL_NULL_WEIGHTS_PERMUTE : IL_NULL_WEIGHTS_TRAVEL);
    r->samples = (igraph_integer_t) S;
    r->swaps_mean = S > 0 ? diag[DIAG_SWAPS] / S : NAN;
    r->attempts_mean = S > 0 ? diag[DIAG_ATTEMPTS] / S : NAN;
    r->tries_mean = S > 0 ? diag[DIAG_TRIES] / S : NAN;
    r->retained_mean = S > 0 ? diag[DIAG_RETAINED] / S : NAN;
    r->retained_expected = NAN;
    r->frozen = il_null_sampler_frozen(e->sampler);
    r->weights_auto = e->model == IL_NULL_DEGREE && t->opts.weights == IL_NULL_WEIGHTS_AUTO;
    r->mixed = 1;
}

/*
 * The mixing check of degree-preserving rewiring: IL_NULL_MIXING_CHAINS
 * chains IL_NULL_MIXING_SCALE times longer than the samples' (seeded
 * apart from the samples) give the share of observed ties that a chain
 * run to a random graph with these degrees keeps. The samples have not
 * mixed when they keep clearly more: by more than 0.02 and more than
 * three standard errors of the difference.
 */
static igraph_error_t mixing_check(il_null_tests_t *t, ensemble_t *e)
{
    il_null_run_t *r = &t->run[IL_NULL_DEGREE];
    il_null_draw_info_t info;
    double sum = 0, sumsq = 0, P = IL_NULL_MIXING_CHAINS, ref, var, se;
    igraph_integer_t i;
    e->sampler->scale = IL_NULL_MIXING_SCALE;
    for (i = 0; i < IL_NULL_MIXING_CHAINS; i++) {
        IGRAPH_CHECK(il_null_sampler_draw(e->sampler, t->opts.seed, -1 - i, NULL, NULL, &info));
        sum += info.retained;
        sumsq += info.retained * info.retained;
    }
    e->sampler->scale = 1;
    ref = sum / P;
    var = (sumsq - sum * sum / P) / (P - 1);
    /* the samples' own spread is about that of the long chains */
    se = sqrt((var > 0 ? var : 0) * (1 / P + 1 / (double) (r->samples > 0 ? r->samples : 1)));
    r->retained_expected = ref;
    r->mixed = !(r->retained_mean > ref + 0.02 && r->retained_mean > ref + 3 * se);
    return IGRAPH_SUCCESS;
}

/* Run the ensemble of one model over the statistics tested under it. */
static igraph_error_t run_model(il_null_tests_t *t, il_null_model_t model)
{
    ensemble_t e;
    il_pool_task_t task;
    igraph_integer_t n = il_graph_vcount(t->g), nstat = t->nstat, j;
    int i;
    char name[96];

    memset(&e, 0, sizeof e);
    IGRAPH_FINALLY(ensemble_free, &e);
    e.t = t;
    e.model = model;
    for (i = 0; i < t->nseg; i++) {
        struct il_null_segment *sg = &t->seg[i];
        sg->used = 0;
        for (j = sg->offset; j < sg->offset + sg->count; j++) {
            sg->used |= t->stat[j].model == model;
        }
    }
    IGRAPH_CHECK(il_null_sampler_new(&e.sampler, t->g, model, t->opts.weights,
                                     t->opts.swaps_per_edge, t->group_col));
    IGRAPH_CHECK(il_graph_sample_init(&e.sample, t->g));
    e.perm = malloc((size_t) (n > 0 ? n : 1) * sizeof *e.perm);
    e.vals = malloc((size_t) (nstat > 0 ? nstat : 1) * sizeof *e.vals);
    e.total = calloc((size_t) nstat * ACC_SLOTS + DIAG_SLOTS, sizeof *e.total);
    if (!e.perm || !e.vals || !e.total) {
        IGRAPH_ERROR("Out of memory running a null ensemble.", IGRAPH_ENOMEM);
    }
    if (t->groups) {
        IGRAPH_CHECK(igraph_vector_int_init_copy(&e.membership, &t->groups->membership));
        e.part = *t->groups;            /* names and sizes borrowed */
        e.part.membership = e.membership;
    }
    e.obs = VECTOR(t->observed);
    e.nblocks = t->opts.samples < IL_NULL_MAX_BLOCKS ? t->opts.samples : IL_NULL_MAX_BLOCKS;
    snprintf(name, sizeof name, "null model: %s", il_null_model_name(model));
    task.nblocks = e.nblocks;
    task.size = ens_size;
    task.compute = ens_compute;
    task.combine = ens_combine;
    task.arg = &e;
    task.name = name;
    task.failure = "Null-model samples in worker processes";
    IGRAPH_CHECK(il_pool_run(&task, t->opts.jobs));
    ensemble_finish(t, &e);
    if (model == IL_NULL_DEGREE) {
        il_null_run_t *r = &t->run[model];
        IGRAPH_CHECK(mixing_check(t, &e));
        if (!r->mixed) {
            il_warn("degree-preserving rewiring has not mixed: the samples keep %.1f%% of "
                    "the observed ties after %.0f swaps each, chains %d times longer keep "
                    "%.1f%%; raise --swaps", 100 * r->retained_mean, r->swaps_mean,
                    IL_NULL_MIXING_SCALE, 100 * r->retained_expected);
        }
        if (r->weights == IL_NULL_WEIGHTS_TRAVEL && r->frozen > IL_NULL_FROZEN_MAX) {
            il_warn("%.0f%% of the ties have a strength no other tie has, so they never move "
                    "when strengths travel; --null-weights permute lets every tie move",
                    100 * r->frozen);
        }
    }
    ensemble_free(&e);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_null_tests_run
 * \brief Compute the observed statistics and test them: one ensemble of
 *        opts.samples samples per null model the statistics need.
 *
 * Fills observed, mean, sd (sample standard deviation, N - 1), z =
 * (observed - mean) / sd (NaN when sd = 0), p_greater = (1 + #{null >=
 * obs}) / (1 + N), p_less = (1 + #{null <= obs}) / (1 + N), p_two =
 * min(1, 2 min(p_greater, p_less)), percentile = 100 (#{null < obs} +
 * #{null = obs} / 2) / N, and defined (N: the samples in which the
 * statistic was defined; undefined values are left out). With samples 0
 * only the observed values are computed (the rest stays NaN). Warns
 * (il_warn) when degree-preserving rewiring did not mix.
 *
 * \return IGRAPH_EINVAL when run twice; what the sampler and the
 *         evaluators return; IGRAPH_FAILURE when a worker fails.
 *
 * Time complexity: the evaluators' cost on N + 1 graphs per model, plus
 * O(swaps_per_edge m) per sample for the degree null.
 */
igraph_error_t il_null_tests_run(il_null_tests_t *t)
{
    igraph_integer_t nstat = t->nstat, j;
    int i, model;
    igraph_vector_t *v[8];
    if (t->ran) {
        IGRAPH_ERROR("Tests already ran.", IGRAPH_EINVAL);
    }
    t->ran = 1;
    v[0] = &t->observed;
    v[1] = &t->mean;
    v[2] = &t->sd;
    v[3] = &t->z;
    v[4] = &t->p_greater;
    v[5] = &t->p_less;
    v[6] = &t->p_two;
    v[7] = &t->percentile;
    for (i = 0; i < 8; i++) {
        IGRAPH_CHECK(igraph_vector_init(v[i], nstat));
        igraph_vector_fill(v[i], NAN);
    }
    IGRAPH_CHECK(igraph_vector_int_init(&t->defined, nstat));
    for (i = 0; i < t->nseg; i++) {
        t->seg[i].used = 1;
    }
    IGRAPH_CHECK(eval_all(t, t->g, t->groups, VECTOR(t->observed)));
    if (t->opts.samples <= 0) {
        return IGRAPH_SUCCESS;
    }
    for (model = IL_NULL_DEGREE; model < IL_NULL_MODELS; model++) {
        int needed = 0;
        for (j = 0; j < nstat; j++) {
            needed |= t->stat[j].model == (il_null_model_t) model;
        }
        if (needed && model == IL_NULL_LABELS && !t->groups) {
            IGRAPH_ERROR("The label permutation null shuffles the groups: it needs --by ATTR.",
                         IGRAPH_EINVAL);
        }
        if (needed) {
            IGRAPH_CHECK(run_model(t, (il_null_model_t) model));
        }
    }
    return IGRAPH_SUCCESS;
}
