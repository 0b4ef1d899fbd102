/*
 * The path measures of a large graph, estimated with a stated guarantee
 * (docs/metrics-centrality.md, "Large graphs"):
 *
 *  - betweenness by Riondato and Kornaropoulos (2016): r shortest paths
 *    drawn uniformly (a random ordered pair, then a random shortest path
 *    between them); a node's estimate is the share of the paths it lies
 *    inside. With r = (c / eps^2) (floor(log2(VD - 2)) + 1 + ln(1 / delta)),
 *    c = 0.5 and VD a bound on the vertex diameter (the most nodes on a
 *    shortest path), every node's betweenness normalised over ordered
 *    pairs is within eps of the exact value with probability >= 1 - delta.
 *  - closeness and harmonic centrality from k pivots drawn without
 *    replacement (Eppstein and Wang 2004): the distances from the pivots
 *    stand for the distances from everyone. With k = ln(2n / delta) /
 *    (2 eps^2), Hoeffding's inequality and a union bound over the nodes
 *    give, with probability >= 1 - delta, every node's harmonic centrality
 *    within eps / l_min (l_min the shortest tie) and its share of nodes
 *    that reach it within eps; in a connected graph its mean distance from
 *    the others is then within eps times the largest distance.
 *
 * Searches run on adjacency arrays with tie lengths (hops: breadth-first,
 * else Dijkstra with an indexed binary heap), in blocks of a worker pool
 * (core/pool.h), each block drawing from its own seeded generator, so the
 * estimates do not depend on the number of workers.
 */
#include "analysis/centrality.h"
#include "analysis/centrality_internal.h"
#include "core/pool.h"
#include "core/rng.h"
#include "core/setup.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Blocks of samples or pivots: fixed by the work alone. */
#define EST_BLOCKS 32

/* Two path lengths within this relative distance are equal (igraph's
 * shortest-path epsilon, so that ties are counted as igraph counts them). */
#define LEN_EPS 1e-10

/* ---- Adjacency with tie lengths --------------------------------------------- */

typedef struct wadj {
    size_t *off;
    uint32_t *to;
    double *len;        /* NULL: every tie is one hop */
} wadj_t;

typedef struct graph_view {
    igraph_integer_t n;
    int directed;
    wadj_t out;         /* out-neighbours (all neighbours when undirected) */
    wadj_t in;          /* in-neighbours when directed; else the same as out */
    double lmin;        /* the shortest tie (1 for hops) */
} graph_view_t;

static void wadj_destroy(wadj_t *a)
{
    free(a->off);
    free(a->to);
    free(a->len);
    memset(a, 0, sizeof *a);
}

static void view_destroy(graph_view_t *v)
{
    if (v->in.off != v->out.off) {
        wadj_destroy(&v->in);
    }
    wadj_destroy(&v->out);
}

static void view_free(void *p)
{
    view_destroy((graph_view_t *) p);
}

/* Adjacency of one direction: \p rev lists the ties at their head. */
static igraph_error_t wadj_init(wadj_t *a, const igraph_t *g, const igraph_vector_t *lengths,
                                int both, int rev)
{
    igraph_integer_t n = igraph_vcount(g), m = igraph_ecount(g), e, v;
    size_t *at;
    memset(a, 0, sizeof *a);
    a->off = calloc((size_t) n + 1, sizeof *a->off);
    IGRAPH_CHECK_OOM(a->off, "Out of memory for path estimates.");
    for (e = 0; e < m; e++) {
        igraph_integer_t x = IGRAPH_FROM(g, e), y = IGRAPH_TO(g, e);
        if (x != y) {
            a->off[(rev ? y : x) + 1]++;
            if (both) {
                a->off[(rev ? x : y) + 1]++;
            }
        }
    }
    for (v = 0; v < n; v++) {
        a->off[v + 1] += a->off[v];
    }
    a->to = malloc((a->off[n] ? a->off[n] : 1) * sizeof *a->to);
    a->len = lengths ? malloc((a->off[n] ? a->off[n] : 1) * sizeof *a->len) : NULL;
    at = malloc(((size_t) n + 1) * sizeof *at);
    if (!a->to || (lengths && !a->len) || !at) {
        free(at);
        wadj_destroy(a);
        IGRAPH_ERROR("Out of memory for path estimates.", IGRAPH_ENOMEM);
    }
    memcpy(at, a->off, ((size_t) n + 1) * sizeof *at);
    for (e = 0; e < m; e++) {
        igraph_integer_t x = IGRAPH_FROM(g, e), y = IGRAPH_TO(g, e), k;
        if (x == y) {
            continue;
        }
        k = (igraph_integer_t) at[rev ? y : x]++;
        a->to[k] = (uint32_t) (rev ? x : y);
        if (a->len) {
            a->len[k] = VECTOR(*lengths)[e];
        }
        if (both) {
            k = (igraph_integer_t) at[rev ? x : y]++;
            a->to[k] = (uint32_t) (rev ? y : x);
            if (a->len) {
                a->len[k] = VECTOR(*lengths)[e];
            }
        }
    }
    free(at);
    return IGRAPH_SUCCESS;
}

static igraph_error_t view_init(graph_view_t *v, const igraph_t *g,
                                const igraph_vector_t *lengths)
{
    memset(v, 0, sizeof *v);
    v->n = igraph_vcount(g);
    v->directed = igraph_is_directed(g);
    v->lmin = lengths && igraph_vector_size(lengths) > 0 ? igraph_vector_min(lengths) : 1.0;
    if (v->n > (igraph_integer_t) UINT32_MAX - 1) {
        IGRAPH_ERROR("Too many nodes for path estimates (more than 2^32).", IGRAPH_EOVERFLOW);
    }
    IGRAPH_CHECK(wadj_init(&v->out, g, lengths, !v->directed, 0));
    if (v->directed) {
        igraph_error_t rc = wadj_init(&v->in, g, lengths, 0, 1);
        if (rc != IGRAPH_SUCCESS) {
            wadj_destroy(&v->out);
            return rc;
        }
    } else {
        v->in = v->out;
    }
    return IGRAPH_SUCCESS;
}

/* ---- Searches ---------------------------------------------------------------- */

/* One worker's search state. Nodes are "seen" in the current search when
 * seen[v] == epoch, so nothing is cleared between searches. */
typedef struct search {
    const graph_view_t *g;
    double *dist, *sigma;
    uint32_t *seen, *done, epoch;
    uint32_t *heap, *pos;   /* indexed binary heap on dist (Dijkstra) */
    uint32_t *order;        /* nodes in the order they were settled */
    size_t nheap, nsettled;
} search_t;

static void search_destroy(search_t *s)
{
    free(s->dist);
    free(s->sigma);
    free(s->seen);
    free(s->done);
    free(s->heap);
    free(s->pos);
    free(s->order);
    memset(s, 0, sizeof *s);
}

static igraph_error_t search_init(search_t *s, const graph_view_t *g)
{
    size_t n = g->n > 0 ? (size_t) g->n : 1;
    memset(s, 0, sizeof *s);
    s->g = g;
    s->dist = malloc(n * sizeof *s->dist);
    s->sigma = malloc(n * sizeof *s->sigma);
    s->seen = calloc(n, sizeof *s->seen);
    s->done = calloc(n, sizeof *s->done);
    s->heap = malloc(n * sizeof *s->heap);
    s->pos = malloc(n * sizeof *s->pos);
    s->order = malloc(n * sizeof *s->order);
    if (!s->dist || !s->sigma || !s->seen || !s->done || !s->heap || !s->pos || !s->order) {
        search_destroy(s);
        IGRAPH_ERROR("Out of memory for path estimates.", IGRAPH_ENOMEM);
    }
    return IGRAPH_SUCCESS;
}

static void heap_up(search_t *s, size_t i)
{
    uint32_t v = s->heap[i];
    while (i > 0) {
        size_t p = (i - 1) / 2;
        if (s->dist[s->heap[p]] <= s->dist[v]) {
            break;
        }
        s->heap[i] = s->heap[p];
        s->pos[s->heap[i]] = (uint32_t) i;
        i = p;
    }
    s->heap[i] = v;
    s->pos[v] = (uint32_t) i;
}

static uint32_t heap_pop(search_t *s)
{
    uint32_t top = s->heap[0], v = s->heap[--s->nheap];
    size_t i = 0;
    while (2 * i + 1 < s->nheap) {
        size_t c = 2 * i + 1;
        if (c + 1 < s->nheap && s->dist[s->heap[c + 1]] < s->dist[s->heap[c]]) {
            c++;
        }
        if (s->dist[v] <= s->dist[s->heap[c]]) {
            break;
        }
        s->heap[i] = s->heap[c];
        s->pos[s->heap[i]] = (uint32_t) i;
        i = c;
    }
    if (s->nheap > 0) {
        s->heap[i] = v;
        s->pos[v] = (uint32_t) i;
    }
    return top;
}

/* Breadth-first search from src (hops): s->order holds the nodes in order
 * of distance, s->nsettled of them; stops after dequeuing \p target. */
static void bfs_run(search_t *s, uint32_t src, int64_t target)
{
    const wadj_t *a = &s->g->out;
    size_t head = 0, tail = 0;
    s->order[tail++] = src;
    while (head < tail) {
        uint32_t u = s->order[head++];
        double du = s->dist[u] + 1;
        size_t k;
        s->done[u] = s->epoch;
        if ((int64_t) u == target) {
            break;
        }
        for (k = a->off[u]; k < a->off[u + 1]; k++) {
            uint32_t v = a->to[k];
            if (s->seen[v] != s->epoch) {
                s->seen[v] = s->epoch;
                s->dist[v] = du;
                s->sigma[v] = s->sigma[u];
                s->order[tail++] = v;
            } else if (s->dist[v] == du) {
                s->sigma[v] += s->sigma[u];
            }
        }
    }
    s->nsettled = head;
}

/* Dijkstra from src with tie lengths: the same, in order of distance. */
static void dijkstra_run(search_t *s, uint32_t src, int64_t target)
{
    const wadj_t *a = &s->g->out;
    s->nheap = 0;
    s->heap[s->nheap++] = src;
    s->pos[src] = 0;
    while (s->nheap > 0) {
        uint32_t u = heap_pop(s);
        size_t k;
        s->done[u] = s->epoch;
        s->order[s->nsettled++] = u;
        if ((int64_t) u == target) {
            break;
        }
        for (k = a->off[u]; k < a->off[u + 1]; k++) {
            uint32_t v = a->to[k];
            double alt = s->dist[u] + a->len[k];
            if (s->seen[v] != s->epoch) {
                s->seen[v] = s->epoch;
                s->dist[v] = alt;
                s->sigma[v] = s->sigma[u];
                s->heap[s->nheap] = v;
                heap_up(s, s->nheap++);
            } else if (s->done[v] == s->epoch) {
                continue;               /* settled: alt is no shorter */
            } else if (alt < s->dist[v] && s->dist[v] - alt > LEN_EPS * s->dist[v]) {
                s->dist[v] = alt;
                s->sigma[v] = s->sigma[u];
                heap_up(s, s->pos[v]);
            } else if (fabs(alt - s->dist[v]) <= LEN_EPS * s->dist[v]) {
                s->sigma[v] += s->sigma[u];
            }
        }
    }
}

/*
 * Shortest paths from \p src: distances and path counts of the nodes
 * settled (s->order, s->nsettled). With \p target >= 0 the search stops
 * once the target is settled: by then every node nearer than it is
 * settled, so its count and those of all its predecessors are final.
 */
static void search_run(search_t *s, uint32_t src, int64_t target)
{
    if (++s->epoch == 0) {          /* the stamps wrapped: start afresh */
        memset(s->seen, 0, (size_t) s->g->n * sizeof *s->seen);
        memset(s->done, 0, (size_t) s->g->n * sizeof *s->done);
        s->epoch = 1;
    }
    s->nsettled = 0;
    s->seen[src] = s->epoch;
    s->dist[src] = 0;
    s->sigma[src] = 1;
    if (s->g->out.len) {
        dijkstra_run(s, src, target);
    } else {
        bfs_run(s, src, target);
    }
}

/* 1 when tie k of the in-list of x (from z) ends a shortest path to x. */
static int on_path(const search_t *s, const wadj_t *in, size_t k, uint32_t x)
{
    uint32_t z = in->to[k];
    double d;
    if (s->done[z] != s->epoch) {
        return 0;
    }
    d = s->dist[z] + (in->len ? in->len[k] : 1.0);
    return fabs(d - s->dist[x]) <= LEN_EPS * s->dist[x];
}

/* Walk back from t to src along a shortest path drawn uniformly (each
 * predecessor z of x with probability sigma(z) / sigma(x)), adding 1 to
 * count[] for every node inside the path. */
static void walk_back(const search_t *s, uint32_t src, uint32_t t, double *count)
{
    const wadj_t *in = &s->g->in;
    uint32_t x = t;
    while (x != src) {
        double total = 0, pick, acc = 0;
        size_t k;
        uint32_t z = src;
        for (k = in->off[x]; k < in->off[x + 1]; k++) {
            if (on_path(s, in, k, x)) {
                total += s->sigma[in->to[k]];
            }
        }
        pick = RNG_UNIF01() * total;
        for (k = in->off[x]; k < in->off[x + 1]; k++) {
            if (on_path(s, in, k, x)) {
                z = in->to[k];
                acc += s->sigma[z];
                if (pick < acc) {
                    break;
                }
            }
        }
        if (z != src) {
            count[z] += 1;
        }
        x = z;
    }
}

/* ---- Blocks of samples over worker processes --------------------------------- */

typedef struct est_job {
    const graph_view_t *g;
    igraph_uint_t seed;
    igraph_integer_t total, nblocks;    /* samples (or pivots) and blocks */
    const igraph_vector_int_t *pivots;  /* closeness: the pivots */
    double *out;                        /* combined sums */
    size_t width;                       /* doubles per node in a block's result */
} est_job_t;

static igraph_integer_t est_lo(const est_job_t *j, igraph_integer_t b)
{
    return (igraph_integer_t) ((double) b * (double) j->total / (double) j->nblocks);
}

static size_t est_size(igraph_integer_t b, void *arg)
{
    const est_job_t *j = arg;
    (void) b;
    return j->width * (size_t) j->g->n;
}

/* Riondato-Kornaropoulos samples of block b: per node, the paths it is in. */
static igraph_error_t rk_compute(igraph_integer_t b, double *out, void *arg)
{
    const est_job_t *j = arg;
    igraph_integer_t i, n = j->g->n;
    search_t s;
    il_rng_scope_t rng;
    memset(out, 0, (size_t) n * sizeof *out);
    IGRAPH_CHECK(search_init(&s, j->g));
    if (il_rng_scope_begin(&rng, j->seed + (igraph_uint_t) b) != IGRAPH_SUCCESS) {
        search_destroy(&s);
        IGRAPH_ERROR("Cannot seed the path samples.", IGRAPH_FAILURE);
    }
    for (i = est_lo(j, b); i < est_lo(j, b + 1); i++) {
        uint32_t u = (uint32_t) RNG_INTEGER(0, n - 1), w = (uint32_t) RNG_INTEGER(0, n - 2);
        if (w >= u) {
            w++;                        /* an ordered pair of two nodes */
        }
        search_run(&s, u, w);
        if (s.done[w] == s.epoch) {     /* no path: the sample adds nothing */
            walk_back(&s, u, w, out);
        }
    }
    il_rng_scope_end(&rng);
    search_destroy(&s);
    return IGRAPH_SUCCESS;
}

/* Closeness pivots of block b: per node, pivots reaching it, their summed
 * distance and summed inverse distance. */
static igraph_error_t pivot_compute(igraph_integer_t b, double *out, void *arg)
{
    const est_job_t *j = arg;
    igraph_integer_t i, n = j->g->n;
    search_t s;
    memset(out, 0, 3 * (size_t) n * sizeof *out);
    IGRAPH_CHECK(search_init(&s, j->g));
    for (i = est_lo(j, b); i < est_lo(j, b + 1); i++) {
        uint32_t p = (uint32_t) VECTOR(*j->pivots)[i];
        size_t k;
        search_run(&s, p, -1);
        for (k = 1; k < s.nsettled; k++) {  /* order[0] is the pivot itself */
            uint32_t v = s.order[k];
            out[v] += 1;
            out[n + v] += s.dist[v];
            out[2 * n + v] += 1.0 / s.dist[v];
        }
    }
    search_destroy(&s);
    return IGRAPH_SUCCESS;
}

static igraph_error_t est_combine(igraph_integer_t b, const double *in, void *arg)
{
    est_job_t *j = arg;
    size_t i, len = j->width * (size_t) j->g->n;
    (void) b;
    for (i = 0; i < len; i++) {
        j->out[i] += in[i];
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t est_run(est_job_t *j, il_pool_compute_fn *compute, const char *name,
                              igraph_integer_t jobs)
{
    il_pool_task_t task;
    memset(&task, 0, sizeof task);
    j->nblocks = j->total < EST_BLOCKS ? j->total : EST_BLOCKS;
    task.nblocks = j->nblocks;
    task.size = est_size;
    task.compute = compute;
    task.combine = est_combine;
    task.arg = j;
    task.name = name;
    task.failure = "Path estimates in worker processes";
    il_progress(name, 0.0);
    return il_pool_run(&task, jobs);
}

/* ---- Sample sizes ------------------------------------------------------------------ */

/*
 * A bound on the vertex diameter: the most nodes on a shortest path. In an
 * undirected graph, a shortest path inside a component with a node x is at
 * most 2 ecc(x) long (through x), so it has at most 2 ecc(x) / l_min ties;
 * and never more nodes than the component. The node of largest degree of
 * each component serves as x. A directed graph gets the size of its
 * largest weakly connected component (Riondato and Kornaropoulos, 5.1).
 */
static igraph_error_t vertex_diameter_bound(const igraph_t *graph, const graph_view_t *g,
                                            igraph_integer_t *vd)
{
    igraph_vector_int_t memb, csize, hub;
    igraph_integer_t ncomp, v, c, best = 0;
    search_t s;
    IGRAPH_VECTOR_INT_INIT_FINALLY(&memb, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&csize, 0);
    IGRAPH_CHECK(igraph_connected_components(graph, &memb, &csize, &ncomp, IGRAPH_WEAK));
    if (g->directed) {
        *vd = ncomp > 0 ? igraph_vector_int_max(&csize) : 0;
        igraph_vector_int_destroy(&csize);
        igraph_vector_int_destroy(&memb);
        IGRAPH_FINALLY_CLEAN(2);
        return IGRAPH_SUCCESS;
    }
    IGRAPH_VECTOR_INT_INIT_FINALLY(&hub, ncomp);
    igraph_vector_int_fill(&hub, -1);
    for (v = 0; v < g->n; v++) {
        igraph_integer_t k = VECTOR(memb)[v], h = VECTOR(hub)[k];
        if (h < 0 || g->out.off[v + 1] - g->out.off[v] > g->out.off[h + 1] - g->out.off[h]) {
            VECTOR(hub)[k] = v;
        }
    }
    IGRAPH_CHECK(search_init(&s, g));
    for (c = 0; c < ncomp; c++) {
        igraph_integer_t size = VECTOR(csize)[c], bound = size;
        if (size > 2) {
            double ecc = 0, hops;
            search_run(&s, (uint32_t) VECTOR(hub)[c], -1);
            ecc = s.dist[s.order[s.nsettled - 1]];  /* settled in order of distance */
            hops = floor(2.0 * ecc / g->lmin * (1 + 1e-9)) + 1;
            if (hops < (double) bound) {
                bound = (igraph_integer_t) hops;
            }
        }
        best = bound > best ? bound : best;
    }
    search_destroy(&s);
    *vd = best;
    igraph_vector_int_destroy(&hub);
    igraph_vector_int_destroy(&csize);
    igraph_vector_int_destroy(&memb);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_rk_samples
 * \brief Riondato-Kornaropoulos sample size for \p eps, \p delta and a
 *        vertex diameter bound \p vd: (0.5 / eps^2) (floor(log2(vd - 2)) +
 *        1 + ln(1 / delta)); 0 when no path has an inside node (vd < 3).
 */
double il_i_rk_samples(double eps, double delta, igraph_integer_t vd)
{
    if (vd < 3) {
        return 0;
    }
    return ceil(0.5 / (eps * eps) *
                (floor(log2((double) (vd - 2))) + 1 + log(1.0 / delta)));
}

/**
 * \function il_i_pivot_count
 * \brief Pivots for closeness and harmonic estimates within \p eps with
 *        probability >= 1 - \p delta over n nodes: ln(2n / delta) / (2 eps^2).
 */
double il_i_pivot_count(double eps, double delta, igraph_integer_t n)
{
    return ceil(log(2.0 * (double) n / delta) / (2 * eps * eps));
}

/* ---- Time estimates ---------------------------------------------------------------- */

/**
 * \function il_i_search_seconds
 * \brief CPU seconds of one full shortest-path search on \p graph, timed
 *        on up to three searches from evenly spread nodes (for the time
 *        estimates printed before a long step).
 *
 * \return IGRAPH_ENOMEM. Time: three searches.
 */
igraph_error_t il_i_search_seconds(const igraph_t *graph, const igraph_vector_t *lengths,
                                   double *seconds)
{
    graph_view_t g;
    search_t s;
    igraph_integer_t k, tries;
    double t0;
    IGRAPH_CHECK(view_init(&g, graph, lengths));
    IGRAPH_FINALLY(view_free, &g);
    IGRAPH_CHECK(search_init(&s, &g));
    tries = g.n < 3 ? g.n : 3;
    t0 = il_cpu_seconds();
    for (k = 0; k < tries; k++) {
        search_run(&s, (uint32_t) (k * g.n / (tries ? tries : 1)), -1);
    }
    *seconds = tries > 0 ? (il_cpu_seconds() - t0) / (double) tries : 0;
    search_destroy(&s);
    view_destroy(&g);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* ---- The estimates ---------------------------------------------------------------- */

/**
 * \function il_i_betweenness_estimate
 * \brief Raw betweenness of every node estimated from sampled shortest
 *        paths (Riondato and Kornaropoulos 2016).
 *
 * The sample size comes from \p eps, \p delta and the vertex diameter
 * bound (il_i_rk_samples, vertex_diameter_bound); the share of paths
 * through a node, times the number of pairs (n(n-1), halved when
 * undirected), is its raw betweenness estimate. Samples are drawn in
 * EST_BLOCKS blocks, block b from a generator seeded with seed + b, over
 * \p jobs workers; the result does not depend on \p jobs.
 *
 * \param raw      Resized to n.
 * \param samples  Out: the paths sampled. \param vd Out: the bound used.
 * \return IGRAPH_ENOMEM; IGRAPH_FAILURE when a worker fails.
 *
 * Time complexity: O(r (m + n log n)) for r samples, r independent of n
 * but for the logarithm of the vertex diameter.
 */
igraph_error_t il_i_betweenness_estimate(const igraph_t *graph, const igraph_vector_t *lengths,
                                         double eps, double delta, igraph_uint_t seed,
                                         igraph_integer_t jobs, igraph_vector_t *raw,
                                         igraph_integer_t *samples, igraph_integer_t *vd)
{
    graph_view_t g;
    est_job_t j;
    igraph_integer_t n = igraph_vcount(graph), v;
    double pairs;
    IGRAPH_CHECK(igraph_vector_resize(raw, n));
    igraph_vector_null(raw);
    IGRAPH_CHECK(view_init(&g, graph, lengths));
    IGRAPH_FINALLY(view_free, &g);
    IGRAPH_CHECK(vertex_diameter_bound(graph, &g, vd));
    memset(&j, 0, sizeof j);
    j.g = &g;
    j.seed = seed;
    j.total = n > 1 ? (igraph_integer_t) il_i_rk_samples(eps, delta, *vd) : 0;
    j.width = 1;
    j.out = VECTOR(*raw);
    *samples = j.total;
    if (j.total > 0) {
        IGRAPH_CHECK(est_run(&j, rk_compute, "betweenness estimate", jobs));
        pairs = (double) n * (double) (n - 1) / (g.directed ? 1.0 : 2.0);
        for (v = 0; v < n; v++) {
            VECTOR(*raw)[v] *= pairs / (double) j.total;
        }
    }
    view_destroy(&g);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_closeness_estimate
 * \brief Closeness (Wasserman-Faust) and harmonic centrality of every node
 *        estimated from k pivots drawn without replacement (Eppstein and
 *        Wang 2004), k = il_i_pivot_count(eps, delta, n).
 *
 * For node v and the pivots other than v: the share that reach v estimates
 * (r-1)/(n-1), their mean distance to v estimates the mean over the r-1
 * nodes that reach it, and their mean inverse distance estimates the
 * harmonic centrality; closeness = share / mean distance (0 when no
 * pivot reaches v). Distances run towards v (from the pivots, along the
 * ties' direction), as the exact measures use them.
 *
 * \param closeness, harmonic  Resized to n; either may be NULL.
 * \param pivots   Out: k. \return IGRAPH_ENOMEM; IGRAPH_FAILURE.
 *
 * Time complexity: O(k (m + n log n)).
 */
igraph_error_t il_i_closeness_estimate(const igraph_t *graph, const igraph_vector_t *lengths,
                                       double eps, double delta, igraph_uint_t seed,
                                       igraph_integer_t jobs, igraph_vector_t *closeness,
                                       igraph_vector_t *harmonic, igraph_integer_t *pivots)
{
    graph_view_t g;
    est_job_t j;
    igraph_vector_int_t piv;
    igraph_integer_t n = igraph_vcount(graph), v, k;
    double *sums;
    char *is_pivot;
    il_rng_scope_t rng;

    k = (igraph_integer_t) il_i_pivot_count(eps, delta, n);
    if (k > n) {
        k = n;
    }
    *pivots = k;
    IGRAPH_VECTOR_INT_INIT_FINALLY(&piv, 0);
    if (k > 0) {
        IGRAPH_CHECK(il_rng_scope_begin(&rng, seed));
        IGRAPH_FINALLY(il_rng_scope_end, &rng);
        IGRAPH_CHECK(igraph_random_sample(&piv, 0, n - 1, k));
        il_rng_scope_end(&rng);
        IGRAPH_FINALLY_CLEAN(1);
    }
    sums = calloc(3 * (size_t) (n > 0 ? n : 1), sizeof *sums);
    is_pivot = calloc((size_t) (n > 0 ? n : 1), 1);
    if (!sums || !is_pivot) {
        free(sums);
        free(is_pivot);
        IGRAPH_ERROR("Out of memory for path estimates.", IGRAPH_ENOMEM);
    }
    IGRAPH_FINALLY(igraph_free, sums);
    IGRAPH_FINALLY(igraph_free, is_pivot);
    IGRAPH_CHECK(view_init(&g, graph, lengths));
    IGRAPH_FINALLY(view_free, &g);
    memset(&j, 0, sizeof j);
    j.g = &g;
    j.total = k;
    j.pivots = &piv;
    j.width = 3;
    j.out = sums;
    if (k > 0) {
        IGRAPH_CHECK(est_run(&j, pivot_compute, "closeness estimate", jobs));
    }
    for (v = 0; v < k; v++) {
        is_pivot[VECTOR(piv)[v]] = 1;
    }
    if (closeness) {
        IGRAPH_CHECK(igraph_vector_resize(closeness, n));
    }
    if (harmonic) {
        IGRAPH_CHECK(igraph_vector_resize(harmonic, n));
    }
    for (v = 0; v < n; v++) {
        double others = (double) (k - is_pivot[v]), reach = sums[v];
        if (closeness) {
            VECTOR(*closeness)[v] = others > 0 && reach > 0 && sums[n + v] > 0
                                    ? (reach / others) / (sums[n + v] / reach) : 0.0;
        }
        if (harmonic) {
            VECTOR(*harmonic)[v] = others > 0 ? sums[2 * n + v] / others : 0.0;
        }
    }
    view_destroy(&g);
    free(is_pivot);
    free(sums);
    igraph_vector_int_destroy(&piv);
    IGRAPH_FINALLY_CLEAN(4);
    return IGRAPH_SUCCESS;
}
