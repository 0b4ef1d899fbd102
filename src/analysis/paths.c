/*
 * Hop distances for the summary: breadth-first search from a set of
 * sources over a compact adjacency array, the sources cut into blocks
 * over worker processes (core/pool.h).
 *
 * igraph's adjacency list keeps one vector per vertex: every vertex taken
 * off the queue costs a cache miss for its vector's header before the one
 * for its neighbours (igraph_vector_int_size was 18% of `summary` on the
 * bench graph). Here the neighbours of all vertices lie in one array of
 * 32-bit indices with an offset array beside it: one miss, and half the
 * memory. Sums of distances are whole numbers added exactly, so the
 * result is the same in any order and for any number of workers.
 */
#include "analysis/summary.h"
#include "core/pool.h"
#include "core/setup.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Source blocks: fixed by the number of sources alone (as IL_PATH_BLOCKS). */
#define PATH_BLOCKS 64

/* Out-neighbours (all neighbours when undirected) of every vertex, loops
 * left out: the neighbours of v are adj[off[v] .. off[v + 1]). */
typedef struct csr {
    size_t *off;
    uint32_t *adj;
    igraph_integer_t n;
} csr_t;

static void csr_destroy(csr_t *c)
{
    free(c->off);
    free(c->adj);
    c->off = NULL;
    c->adj = NULL;
}

static void csr_free(void *p)
{
    csr_destroy((csr_t *) p);
}

/* Build the adjacency array from the edge list. Time and memory O(n + m). */
static igraph_error_t csr_init(csr_t *c, const igraph_t *graph)
{
    igraph_integer_t n = igraph_vcount(graph), m = igraph_ecount(graph), e, v;
    igraph_bool_t directed = igraph_is_directed(graph);
    size_t total = 0, *at;
    memset(c, 0, sizeof *c);
    c->n = n;
    if (n > (igraph_integer_t) UINT32_MAX) {
        IGRAPH_ERROR("Too many nodes for path lengths (more than 2^32).", IGRAPH_EOVERFLOW);
    }
    c->off = calloc((size_t) n + 1, sizeof *c->off);
    IGRAPH_CHECK_OOM(c->off, "Out of memory for path lengths.");
    IGRAPH_FINALLY(csr_free, c);
    for (e = 0; e < m; e++) {
        igraph_integer_t a = IGRAPH_FROM(graph, e), b = IGRAPH_TO(graph, e);
        if (a != b) {
            c->off[a + 1]++;
            if (!directed) {
                c->off[b + 1]++;
            }
        }
    }
    for (v = 0; v < n; v++) {
        c->off[v + 1] += c->off[v];
    }
    total = c->off[n];
    c->adj = malloc((total ? total : 1) * sizeof *c->adj);
    at = malloc(((size_t) n + 1) * sizeof *at);
    if (!c->adj || !at) {
        free(at);
        IGRAPH_ERROR("Out of memory for path lengths.", IGRAPH_ENOMEM);
    }
    memcpy(at, c->off, ((size_t) n + 1) * sizeof *at);
    for (e = 0; e < m; e++) {
        igraph_integer_t a = IGRAPH_FROM(graph, e), b = IGRAPH_TO(graph, e);
        if (a != b) {
            c->adj[at[a]++] = (uint32_t) b;
            if (!directed) {
                c->adj[at[b]++] = (uint32_t) a;
            }
        }
    }
    free(at);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

typedef struct bfs_job {
    csr_t csr;
    int undirected;                         /* bottom-up steps allowed */
    const igraph_vector_int_t *sources;     /* NULL: every vertex */
    igraph_integer_t ns, nblocks;
    double *total, *reached, *farthest;     /* per source, filled in order */
} bfs_job_t;

static igraph_integer_t block_lo(const bfs_job_t *job, igraph_integer_t b)
{
    return (igraph_integer_t) ((double) b * (double) job->ns / (double) job->nblocks);
}

static size_t bfs_size(igraph_integer_t b, void *arg)
{
    const bfs_job_t *job = arg;
    return 3 * (size_t) (block_lo(job, b + 1) - block_lo(job, b));
}

/* Scratch of one search: the visited set and the frontier as bitmaps (a
 * million nodes take 128 KiB, which stays in the cache where an array of
 * distances would not), and the frontier and the next level as lists. */
typedef struct bfs_scratch {
    uint64_t *seen, *front;
    uint32_t *cur, *next;
} bfs_scratch_t;

#define BIT_GET(b, v) (((b)[(v) >> 6] >> ((v) & 63)) & 1u)
#define BIT_SET(b, v) ((b)[(v) >> 6] |= (uint64_t) 1 << ((v) & 63))

/* One level top-down: the unseen neighbours of the frontier. */
static size_t step_down(const csr_t *c, bfs_scratch_t *w, size_t ncur, size_t *unseen_edges)
{
    size_t i, nnext = 0;
    for (i = 0; i < ncur; i++) {
        uint32_t u = w->cur[i];
        const uint32_t *nb = c->adj + c->off[u], *end = c->adj + c->off[u + 1];
        for (; nb < end; nb++) {
            if (!BIT_GET(w->seen, *nb)) {
                BIT_SET(w->seen, *nb);
                w->next[nnext++] = *nb;
                *unseen_edges -= c->off[*nb + 1] - c->off[*nb];
            }
        }
    }
    return nnext;
}

/* One level bottom-up (undirected only): every unseen node with a
 * neighbour in the frontier (Beamer, Asanovic and Patterson 2012). The
 * same level as step_down, found scanning the nodes in order. */
static size_t step_up(const csr_t *c, bfs_scratch_t *w, size_t ncur, size_t *unseen_edges)
{
    size_t i, nnext = 0, words = ((size_t) c->n + 63) / 64;
    uint32_t v;
    memset(w->front, 0, words * sizeof *w->front);
    for (i = 0; i < ncur; i++) {
        BIT_SET(w->front, w->cur[i]);
    }
    for (v = 0; v < (uint32_t) c->n; v++) {
        const uint32_t *nb, *end;
        if (BIT_GET(w->seen, v)) {
            continue;
        }
        for (nb = c->adj + c->off[v], end = c->adj + c->off[v + 1]; nb < end; nb++) {
            if (BIT_GET(w->front, *nb)) {
                w->next[nnext++] = v;
                *unseen_edges -= c->off[v + 1] - c->off[v];
                break;
            }
        }
    }
    for (i = 0; i < nnext; i++) {
        BIT_SET(w->seen, w->next[i]);
    }
    return nnext;
}

/*
 * Breadth-first search from \p src, one level at a time: the sum of the
 * distances (level times its size), the nodes reached besides the source
 * and the last level. An undirected search goes bottom-up while the
 * frontier's ties outnumber a 14th of the unseen nodes' ties and the
 * frontier is not small (Beamer et al.'s rule); the levels, and so every
 * number, are those of a plain search.
 */
static void bfs_one(const csr_t *c, int undirected, bfs_scratch_t *w, uint32_t src,
                    double *sum, double *reached, double *far)
{
    size_t words = ((size_t) c->n + 63) / 64, ncur = 1, level = 0, total = 0;
    size_t unseen_edges = c->off[c->n];
    uint64_t s = 0;
    int up = 0;
    memset(w->seen, 0, words * sizeof *w->seen);
    BIT_SET(w->seen, src);
    unseen_edges -= c->off[src + 1] - c->off[src];
    w->cur[0] = src;
    while (ncur > 0) {
        size_t i, frontier_edges = 0, nnext;
        uint32_t *t;
        for (i = 0; i < ncur; i++) {
            frontier_edges += c->off[w->cur[i] + 1] - c->off[w->cur[i]];
        }
        if (undirected) {
            if (!up && frontier_edges > unseen_edges / 14) {
                up = 1;
            } else if (up && ncur < (size_t) c->n / 24) {
                up = 0;
            }
        }
        nnext = up ? step_up(c, w, ncur, &unseen_edges) : step_down(c, w, ncur, &unseen_edges);
        if (nnext == 0) {
            break;
        }
        level++;
        s += (uint64_t) level * nnext;
        total += nnext;
        t = w->cur;
        w->cur = w->next;
        w->next = t;
        ncur = nnext;
    }
    *sum = (double) s;
    *reached = (double) total;
    *far = (double) level;
}

/* BFS from every source of block b: (sum of distances, vertices reached
 * besides the source, largest distance) per source. */
static igraph_error_t bfs_compute(igraph_integer_t b, double *out, void *arg)
{
    const bfs_job_t *job = arg;
    const csr_t *c = &job->csr;
    igraph_integer_t lo = block_lo(job, b), hi = block_lo(job, b + 1), k;
    size_t n = (size_t) c->n ? (size_t) c->n : 1, words = (n + 63) / 64;
    bfs_scratch_t w;
    w.seen = malloc(words * sizeof *w.seen);
    w.front = malloc(words * sizeof *w.front);
    w.cur = malloc(n * sizeof *w.cur);
    w.next = malloc(n * sizeof *w.next);
    if (!w.seen || !w.front || !w.cur || !w.next) {
        free(w.seen);
        free(w.front);
        free(w.cur);
        free(w.next);
        IGRAPH_ERROR("Out of memory for path lengths.", IGRAPH_ENOMEM);
    }
    for (k = lo; k < hi; k++) {
        uint32_t src = (uint32_t) (job->sources ? VECTOR(*job->sources)[k] : k);
        bfs_one(c, job->undirected, &w, src, &out[3 * (k - lo)], &out[3 * (k - lo) + 1],
                &out[3 * (k - lo) + 2]);
    }
    free(w.seen);
    free(w.front);
    free(w.cur);
    free(w.next);
    return IGRAPH_SUCCESS;
}

static igraph_error_t bfs_combine(igraph_integer_t b, const double *in, void *arg)
{
    bfs_job_t *job = arg;
    igraph_integer_t lo = block_lo(job, b), hi = block_lo(job, b + 1), k;
    for (k = lo; k < hi; k++) {
        job->total[k] = in[3 * (k - lo)];
        job->reached[k] = in[3 * (k - lo) + 1];
        job->farthest[k] = in[3 * (k - lo) + 2];
    }
    return IGRAPH_SUCCESS;
}

/*
 * The standard error of the average path length estimated from s of n
 * sources drawn without replacement: the estimate is a ratio of sums, R =
 * sum T_i / sum P_i (T_i the summed distance from source i, P_i the nodes
 * it reaches), with the usual linearised variance of a ratio estimator
 * and the finite-population correction (Cochran 1977, section 6.3):
 * SE(R)^2 = (1 - s/n) / (s Pbar^2) * sum (T_i - R P_i)^2 / (s - 1).
 * NaN for fewer than 2 sources or when nothing is reached.
 */
static double ratio_se(const bfs_job_t *job, igraph_integer_t n, double r)
{
    igraph_integer_t s = job->ns, k;
    double pbar = 0, ss = 0;
    if (s < 2 || isnan(r)) {
        return NAN;
    }
    for (k = 0; k < s; k++) {
        pbar += job->reached[k];
    }
    pbar /= (double) s;
    if (!(pbar > 0)) {
        return NAN;
    }
    for (k = 0; k < s; k++) {
        double d = job->total[k] - r * job->reached[k];
        ss += d * d;
    }
    return sqrt((1.0 - (double) s / (double) n) / ((double) s * pbar * pbar) * ss /
                (double) (s - 1));
}

/**
 * \function il_path_stats
 * \brief Hop-distance statistics from a set of BFS sources, over worker
 *        processes.
 *
 * Breadth-first search from each source, following edge direction in a
 * directed graph; pairs that cannot reach each other are left out, as in
 * igraph's average_path_length(unconn=True). With \p sources given, the
 * sources are taken as a simple random sample of the nodes and *se is the
 * standard error of the mean as an estimate of the all-pairs value (see
 * ratio_se); with every node as a source it is 0.
 *
 * \param sources  Source vertices; NULL means every vertex (exact).
 * \param jobs     Worker processes (>= 1); the result does not depend on it.
 * \param mean     Mean distance over the reached pairs; NaN if none.
 * \param diameter Largest distance seen (a lower bound of the diameter
 *                 when sampled); NaN for a graph without vertices, 0 when
 *                 no pair is connected.
 * \param se       May be NULL.
 * \return IGRAPH_EINVAL for jobs < 1; IGRAPH_ENOMEM; IGRAPH_FAILURE when a
 *         worker fails. Reports progress as "path lengths".
 *
 * Time complexity: O(s (n + m)) over all workers; memory O(n + m).
 */
igraph_error_t il_path_stats(const igraph_t *graph, const igraph_vector_int_t *sources,
                             igraph_integer_t jobs, double *mean, double *diameter,
                             double *se)
{
    igraph_integer_t n = igraph_vcount(graph), k;
    bfs_job_t job;
    il_pool_task_t task;
    double total = 0, pairs = 0, far = 0;

    if (se) {
        *se = NAN;
    }
    if (n == 0) {
        *mean = *diameter = NAN;
        return IGRAPH_SUCCESS;
    }
    memset(&job, 0, sizeof job);
    memset(&task, 0, sizeof task);
    job.sources = sources;
    job.undirected = !igraph_is_directed(graph);
    job.ns = sources ? igraph_vector_int_size(sources) : n;
    job.nblocks = job.ns < PATH_BLOCKS ? job.ns : PATH_BLOCKS;
    IGRAPH_CHECK(csr_init(&job.csr, graph));
    IGRAPH_FINALLY(csr_free, &job.csr);
    job.total = calloc(3 * (size_t) (job.ns ? job.ns : 1), sizeof(double));
    IGRAPH_CHECK_OOM(job.total, "Out of memory for path lengths.");
    IGRAPH_FINALLY(igraph_free, job.total);
    job.reached = job.total + job.ns;
    job.farthest = job.reached + job.ns;
    task.nblocks = job.nblocks;
    task.size = bfs_size;
    task.compute = bfs_compute;
    task.combine = bfs_combine;
    task.arg = &job;
    task.name = "path lengths";
    task.failure = "Path lengths in worker processes";
    il_progress("path lengths", 0.0);
    IGRAPH_CHECK(il_pool_run(&task, jobs));
    for (k = 0; k < job.ns; k++) {      /* whole numbers: exact in any order */
        total += job.total[k];
        pairs += job.reached[k];
        far = job.farthest[k] > far ? job.farthest[k] : far;
    }
    *mean = pairs > 0 ? total / pairs : NAN;
    *diameter = far;
    if (se) {
        *se = sources ? ratio_se(&job, n, *mean) : 0.0;
    }
    igraph_free(job.total);
    csr_destroy(&job.csr);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_path_lengths
 * \brief Mean and maximum hop distance over ordered reachable pairs, in
 *        this process (il_path_stats() with one job).
 *
 * \return IGRAPH_ENOMEM. Time complexity: O(s (n + m)) for s sources.
 */
igraph_error_t il_path_lengths(const igraph_t *graph, const igraph_vector_int_t *sources,
                               double *mean, double *diameter)
{
    return il_path_stats(graph, sources, 1, mean, diameter, NULL);
}
