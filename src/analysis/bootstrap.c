/*
 * Node bootstrap (Snijders & Borgatti 1999, "Non-parametric standard
 * errors and tests for network statistics", Connections 22(2): 1-11).
 *
 * A network is one draw of its nodes from a population of possible
 * members; the bootstrap redraws them. One replicate:
 *
 *   - draw n nodes with replacement: position j of the new network is node
 *     drawn[j] of the old one, and carries its attributes (its group);
 *   - positions j != k of two different nodes a = drawn[j], b = drawn[k]
 *     are tied as a and b are (same strength; directed: same direction);
 *     a node with a self-loop keeps it at each of its copies;
 *   - two copies of one node (drawn[j] = drawn[k], j != k) have no tie of
 *     their own in the data; as Snijders and Borgatti prescribe, the pair
 *     takes the value of a pair of distinct nodes (u, v) drawn at random
 *     (directed: j -> k as u -> v and k -> j as v -> u), so that copies are
 *     neither all tied nor all untied.
 *
 * Each statistic is then computed on the replicate by the very function
 * its command uses (il_ei_whole, il_mixing, il_centrality, il_communities_*),
 * and the percentile interval is read off the sorted values. Replicates run
 * in blocks of BLOCK over core/pool.h, each block drawing from a generator
 * seeded by (seed, block) alone: 1 and 2 workers give the same bytes.
 */
#include "analysis/bootstrap.h"
#include "analysis/coupling.h"
#include "analysis/mixing.h"
#include "analysis/partition.h"
#include "analysis/resample_internal.h"
#include "core/pool.h"
#include "core/rng.h"
#include "core/setup.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define BLOCK 16            /* replicates per block */

static const char *const stat_names[IL_BOOT_COUNT] = {
    "density", "weighted_density", "ei_index", "ei_index_weighted", "assortativity",
    "assortativity_weighted", "degree", "betweenness", "closeness", "eigenvector",
    "modularity"
};

/** \function il_boot_stat_name \brief The report key of statistic \p s. */
const char *il_boot_stat_name(il_boot_stat_t s)
{
    return s >= 0 && s < IL_BOOT_COUNT ? stat_names[s] : "";
}

/**
 * \function il_quantile_sorted
 * \brief Quantile q of n sorted values, interpolated linearly.
 *
 * h = (n - 1) q; x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]):
 * numpy.quantile's default and R's quantile(type = 7).
 * \return NaN when n = 0.
 *
 * Time complexity: O(1).
 */
double il_quantile_sorted(const double *x, igraph_integer_t n, double q)
{
    double h, f;
    igraph_integer_t lo;
    if (n == 0) {
        return NAN;
    }
    h = (double) (n - 1) * q;
    lo = (igraph_integer_t) floor(h);
    if (lo >= n - 1) {
        return x[n - 1];
    }
    f = h - (double) lo;
    return x[lo] + f * (x[lo + 1] - x[lo]);
}

/* ---- One replicate ------------------------------------------------------------ */

/**
 * \function il_bootstrap_network_destroy
 * \brief Free a bootstrap network; safe on IL_GRAPH_INIT.
 */
void il_bootstrap_network_destroy(il_graph_t *net)
{
    if (net->live) {
        igraph_destroy(&net->graph);
        igraph_vector_destroy(&net->weight);
    }
    memset(net, 0, sizeof *net);
}

static void network_free(void *net)
{
    il_bootstrap_network_destroy((il_graph_t *) net);
}

/* Append tie u -> v of strength w. */
static igraph_error_t push_tie(igraph_vector_int_t *edges, igraph_vector_t *w,
                               igraph_integer_t u, igraph_integer_t v, double x)
{
    IGRAPH_CHECK(igraph_vector_int_push_back(edges, u));
    IGRAPH_CHECK(igraph_vector_int_push_back(edges, v));
    IGRAPH_CHECK(igraph_vector_push_back(w, x));
    return IGRAPH_SUCCESS;
}

/* The strength of tie u -> v (u - v undirected), 0 without one. */
static double tie(const il_graph_t *g, igraph_integer_t u, igraph_integer_t v)
{
    igraph_integer_t eid;
    if (igraph_get_eid(&g->graph, &eid, u, v, g->directed, /* error = */ false) !=
        IGRAPH_SUCCESS || eid < 0) {
        return 0;
    }
    return VECTOR(g->weight)[eid];
}

/**
 * \function il_bootstrap_network
 * \brief The bootstrap network of the nodes \p drawn.
 *
 * See the top of this file for the rules. The result is a bare network
 * (graph, strengths, direction; no ids or attributes) for the analysis
 * functions. Draws for the pairs of copies come from igraph's default
 * generator.
 *
 * \param drawn  n vertices of \p g, repeats allowed.
 * \param out    Uninitialised; free with il_bootstrap_network_destroy().
 * \return IGRAPH_ENOMEM.
 *
 * Time complexity: O(n + sum over ties of the copies of their ends +
 * c log d) for c pairs of copies (about n/2 expected).
 */
igraph_error_t il_bootstrap_network(const il_graph_t *g, const igraph_integer_t *drawn,
                                    il_graph_t *out)
{
    igraph_integer_t n = il_graph_vcount(g), m = il_graph_ecount(g), j, e, a;
    igraph_vector_int_t start, pos, edges;
    igraph_vector_t w;

    memset(out, 0, sizeof *out);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&start, n + 1);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&pos, n);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&edges, 0);
    IGRAPH_VECTOR_INIT_FINALLY(&w, 0);
    /* positions of each node, by counting sort: pos[start[a] .. start[a+1]) */
    for (j = 0; j < n; j++) {
        VECTOR(start)[drawn[j] + 1]++;
    }
    for (a = 0; a < n; a++) {
        VECTOR(start)[a + 1] += VECTOR(start)[a];
    }
    {
        igraph_vector_int_t fill;
        IGRAPH_CHECK(igraph_vector_int_init_copy(&fill, &start));
        IGRAPH_FINALLY(igraph_vector_int_destroy, &fill);
        for (j = 0; j < n; j++) {
            VECTOR(pos)[VECTOR(fill)[drawn[j]]++] = j;
        }
        igraph_vector_int_destroy(&fill);
        IGRAPH_FINALLY_CLEAN(1);
    }
    IGRAPH_CHECK(igraph_vector_int_reserve(&edges, 2 * m + n));
    IGRAPH_CHECK(igraph_vector_reserve(&w, m + n / 2 + 1));
    /* the ties of the drawn nodes, at every pair of their copies */
    for (e = 0; e < m; e++) {
        igraph_integer_t u = IGRAPH_FROM(&g->graph, e), v = IGRAPH_TO(&g->graph, e), p, q;
        double x = VECTOR(g->weight)[e];
        for (p = VECTOR(start)[u]; p < VECTOR(start)[u + 1]; p++) {
            if (u == v) {
                IGRAPH_CHECK(push_tie(&edges, &w, VECTOR(pos)[p], VECTOR(pos)[p], x));
                continue;
            }
            for (q = VECTOR(start)[v]; q < VECTOR(start)[v + 1]; q++) {
                IGRAPH_CHECK(push_tie(&edges, &w, VECTOR(pos)[p], VECTOR(pos)[q], x));
            }
        }
    }
    /* pairs of copies of one node: the value of a random pair of distinct nodes */
    for (a = 0; n > 1 && a < n; a++) {
        igraph_integer_t p, q;
        for (p = VECTOR(start)[a]; p < VECTOR(start)[a + 1]; p++) {
            for (q = p + 1; q < VECTOR(start)[a + 1]; q++) {
                igraph_integer_t u = RNG_INTEGER(0, n - 1), v = RNG_INTEGER(0, n - 2);
                double x;
                if (v >= u) {
                    v++;
                }
                x = tie(g, u, v);
                if (x > 0) {
                    IGRAPH_CHECK(push_tie(&edges, &w, VECTOR(pos)[p], VECTOR(pos)[q], x));
                }
                if (g->directed && (x = tie(g, v, u)) > 0) {
                    IGRAPH_CHECK(push_tie(&edges, &w, VECTOR(pos)[q], VECTOR(pos)[p], x));
                }
            }
        }
    }
    IGRAPH_CHECK(igraph_create(&out->graph, &edges, n, g->directed));
    out->weight = w;                    /* the vector moves into out */
    out->directed = g->directed;
    out->live = 1;
    igraph_vector_int_destroy(&edges);
    igraph_vector_int_destroy(&pos);
    igraph_vector_int_destroy(&start);
    IGRAPH_FINALLY_CLEAN(4);
    return IGRAPH_SUCCESS;
}

/* ---- The statistics ------------------------------------------------------------- */

/* Every statistic asked for, of network \p g with groups \p memb, into
 * out[IL_BOOT_COUNT] (NaN for the others); \p seed seeds the randomised
 * ones (ARPACK's start, community detection). */
static igraph_error_t statistics(const il_graph_t *g, const igraph_integer_t *memb,
                                 const il_bootstrap_options_t *o, igraph_uint_t seed,
                                 double *out)
{
    igraph_integer_t n = il_graph_vcount(g), m = il_graph_ecount(g), e;
    unsigned s = o->stats;
    int k;
    for (k = 0; k < IL_BOOT_COUNT; k++) {
        out[k] = NAN;
    }
    if (s & ((1u << IL_BOOT_DENSITY) | (1u << IL_BOOT_WEIGHTED_DENSITY))) {
        /* as il_summary: ties (and strength) over possible pairs, 0 when n < 2 */
        double pairs = g->directed ? (double) n * (double) (n - 1) :
                       (double) n * (double) (n - 1) / 2.0, total = 0;
        for (e = 0; e < m; e++) {
            total += VECTOR(g->weight)[e];
        }
        out[IL_BOOT_DENSITY] = n < 2 ? 0.0 : (double) m / pairs;
        out[IL_BOOT_WEIGHTED_DENSITY] = n < 2 ? 0.0 : total / pairs;
    }
    if (memb && (s & ((1u << IL_BOOT_EI) | (1u << IL_BOOT_EI_WEIGHTED)))) {
        il_ei_t ei;
        il_ei_whole(g, memb, &ei);
        out[IL_BOOT_EI] = ei.ei;
        out[IL_BOOT_EI_WEIGHTED] = ei.ei_weighted;
    }
    if (memb && (s & ((1u << IL_BOOT_ASSORTATIVITY) | (1u << IL_BOOT_ASSORTATIVITY_WEIGHTED)))) {
        il_partition_t p;
        il_mixing_t mx;
        memset(&p, 0, sizeof p);
        igraph_vector_int_view(&p.membership, memb, n);
        p.k = o->k;
        IGRAPH_CHECK(il_mixing(g, &p, &mx));
        out[IL_BOOT_ASSORTATIVITY] = mx.assortativity;
        out[IL_BOOT_ASSORTATIVITY_WEIGHTED] = mx.assortativity_weighted;
        il_mixing_destroy(&mx);
    }
    if (s & ((1u << IL_BOOT_DEGREE_CENTRALIZATION) | (1u << IL_BOOT_BETWEENNESS_CENTRALIZATION) |
             (1u << IL_BOOT_CLOSENESS_CENTRALIZATION) |
             (1u << IL_BOOT_EIGENVECTOR_CENTRALIZATION))) {
        il_centrality_options_t c = IL_CENTRALITY_OPTIONS_INIT;
        il_centrality_t res;
        if (o->centrality) {
            c = *o->centrality;
        }
        c.measures = 0;
        c.measures |= (s >> IL_BOOT_DEGREE_CENTRALIZATION & 1u) << IL_MEASURE_DEGREE;
        c.measures |= (s >> IL_BOOT_BETWEENNESS_CENTRALIZATION & 1u) << IL_MEASURE_BETWEENNESS;
        c.measures |= (s >> IL_BOOT_CLOSENESS_CENTRALIZATION & 1u) << IL_MEASURE_CLOSENESS;
        c.measures |= (s >> IL_BOOT_EIGENVECTOR_CENTRALIZATION & 1u) << IL_MEASURE_EIGENVECTOR;
        c.jobs = 1;
        c.seed = seed;
        if (c.samples > n) {
            c.samples = n;
        }
        memset(&res, 0, sizeof res);
        IGRAPH_FINALLY(il_centrality_destroy, &res);
        IGRAPH_CHECK(il_centrality(g, &c, &res));
        out[IL_BOOT_DEGREE_CENTRALIZATION] = res.degree_centralization;
        out[IL_BOOT_BETWEENNESS_CENTRALIZATION] = res.betweenness_centralization;
        out[IL_BOOT_CLOSENESS_CENTRALIZATION] = res.closeness_centralization;
        out[IL_BOOT_EIGENVECTOR_CENTRALIZATION] = res.eigenvector_centralization;
        il_centrality_destroy(&res);
        IGRAPH_FINALLY_CLEAN(1);
    }
    if (s & (1u << IL_BOOT_MODULARITY)) {
        il_communities_options_t c = IL_COMMUNITIES_OPTIONS_INIT;
        il_communities_t res;
        if (o->communities) {
            c = *o->communities;
        }
        c.seed = seed;
        memset(&res, 0, sizeof res);
        IGRAPH_FINALLY(il_communities_destroy, &res);
        if (o->detect || !memb) {
            IGRAPH_CHECK(il_communities_detect(g, &c, &res));
        } else {
            igraph_vector_int_t v;
            igraph_vector_int_view(&v, memb, n);
            IGRAPH_CHECK(il_communities_evaluate(g, &c, &v, &res));
        }
        out[IL_BOOT_MODULARITY] = res.modularity;
        il_communities_destroy(&res);
        IGRAPH_FINALLY_CLEAN(1);
    }
    return IGRAPH_SUCCESS;
}

/* ---- Replicates over the pool ----------------------------------------------------- */

typedef struct boot_job {
    const il_graph_t *g;
    const il_bootstrap_options_t *o;
    igraph_integer_t nblocks;
    double *values;             /* replicates x IL_BOOT_COUNT, filled by combine */
} boot_job_t;

/* Progress and warnings of the analyses inside a replicate stay quiet: a
 * thousand replicates would print a thousand bars and warnings. */
typedef struct quiet {
    il_progress_fn *pfn;
    void *parg;
    il_warning_fn *wfn;
    void *warg;
} quiet_t;

static void quiet_begin(quiet_t *q)
{
    il_progress_get(&q->pfn, &q->parg);
    il_warning_get(&q->wfn, &q->warg);
    il_progress_set(NULL, NULL);
    il_warning_set(NULL, NULL);
}

static void quiet_end(void *vq)
{
    quiet_t *q = vq;
    il_progress_set(q->pfn, q->parg);
    il_warning_set(q->wfn, q->warg);
}

static size_t boot_size(igraph_integer_t block, void *arg)
{
    const boot_job_t *j = arg;
    igraph_integer_t lo = block * BLOCK, hi = lo + BLOCK;
    if (hi > j->o->replicates) {
        hi = j->o->replicates;
    }
    return (size_t) (hi - lo) * IL_BOOT_COUNT;
}

static igraph_error_t boot_compute(igraph_integer_t block, double *out, void *arg)
{
    const boot_job_t *j = arg;
    const il_graph_t *g = j->g;
    igraph_integer_t n = il_graph_vcount(g), r, v;
    igraph_integer_t reps = (igraph_integer_t) (boot_size(block, arg) / IL_BOOT_COUNT);
    igraph_vector_int_t drawn, memb;
    il_rng_scope_t rng;
    quiet_t q;

    quiet_begin(&q);
    IGRAPH_FINALLY(quiet_end, &q);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&drawn, n);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&memb, n);
    IGRAPH_CHECK(il_rng_scope_begin(&rng, il_i_block_seed(j->o->seed, IL_I_STREAM_BOOTSTRAP,
                                                          block)));
    IGRAPH_FINALLY(il_rng_scope_end, &rng);
    for (r = 0; r < reps; r++) {
        il_graph_t net;
        igraph_uint_t seed;
        for (v = 0; v < n; v++) {
            VECTOR(drawn)[v] = RNG_INTEGER(0, n - 1);
            if (j->o->membership) {
                VECTOR(memb)[v] = j->o->membership[VECTOR(drawn)[v]];
            }
        }
        seed = (igraph_uint_t) RNG_INTEGER(0, 2147483646);
        IGRAPH_CHECK(il_bootstrap_network(g, VECTOR(drawn), &net));
        IGRAPH_FINALLY(network_free, &net);
        IGRAPH_CHECK(statistics(&net, j->o->membership ? VECTOR(memb) : NULL, j->o, seed,
                                out + r * IL_BOOT_COUNT));
        il_bootstrap_network_destroy(&net);
        IGRAPH_FINALLY_CLEAN(1);
    }
    il_rng_scope_end(&rng);
    igraph_vector_int_destroy(&memb);
    igraph_vector_int_destroy(&drawn);
    quiet_end(&q);
    IGRAPH_FINALLY_CLEAN(4);
    return IGRAPH_SUCCESS;
}

static igraph_error_t boot_combine(igraph_integer_t block, const double *in, void *arg)
{
    boot_job_t *j = arg;
    memcpy(j->values + (size_t) block * BLOCK * IL_BOOT_COUNT, in,
           boot_size(block, arg) * sizeof *in);
    return IGRAPH_SUCCESS;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *) a, y = *(const double *) b;
    return x < y ? -1 : x > y;
}

/* The percentile interval of statistic k from the replicate values. */
static igraph_error_t interval(const boot_job_t *j, int k, double level, il_interval_t *iv)
{
    igraph_integer_t R = j->o->replicates, r, used = 0;
    double *x = malloc((size_t) (R > 0 ? R : 1) * sizeof *x), sum = 0, ss = 0;
    IGRAPH_CHECK_OOM(x, "Out of memory for the bootstrap.");
    for (r = 0; r < R; r++) {
        double v = j->values[(size_t) r * IL_BOOT_COUNT + (size_t) k];
        if (isnan(v)) {
            iv->undefined++;
            continue;
        }
        x[used++] = v;
        sum += v;
    }
    iv->used = used;
    iv->mean = used ? sum / (double) used : NAN;
    for (r = 0; r < used; r++) {
        ss += (x[r] - iv->mean) * (x[r] - iv->mean);
    }
    iv->se = used > 1 ? sqrt(ss / (double) (used - 1)) : NAN;
    qsort(x, (size_t) used, sizeof *x, cmp_double);
    iv->lower = il_quantile_sorted(x, used, (1 - level) / 2);
    iv->upper = il_quantile_sorted(x, used, (1 + level) / 2);
    free(x);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_bootstrap
 * \brief Percentile intervals of the statistics in o->stats by node
 *        bootstrap.
 *
 * The estimate is the statistic of \p g itself, computed as its command
 * computes it (the seeds of o->centrality and o->communities included, so
 * that it equals the command's value). Each of o->replicates replicates
 * draws n nodes with replacement and builds il_bootstrap_network(); the
 * statistic is recomputed on it (groups travel with their nodes;
 * communities are detected anew in every replicate when o->detect; the
 * randomised analyses get a seed drawn from the block's generator). The
 * interval runs from quantile (1 - level)/2 to (1 + level)/2 of the
 * replicate values (il_quantile_sorted); replicates where the statistic
 * is undefined (NaN: say, assortativity without ties) are left out and
 * counted. `mean` and `se` are the replicates' mean and standard
 * deviation (the bootstrap standard error).
 *
 * \return IGRAPH_EINVAL for a level outside (0, 1), fewer than 2
 *         replicates, group statistics without groups or a graph with no
 *         nodes; what the analyses return; IGRAPH_FAILURE when a worker
 *         fails; IGRAPH_ENOMEM.
 *
 * Time complexity: replicates x the statistics' cost, over o->jobs workers.
 */
igraph_error_t il_bootstrap(const il_graph_t *g, const il_bootstrap_options_t *o,
                            il_bootstrap_t *res)
{
    boot_job_t job;
    il_pool_task_t task;
    double est[IL_BOOT_COUNT];
    int k;
    il_bootstrap_options_t self;
    quiet_t q;

    memset(res, 0, sizeof *res);
    if (!(o->level > 0 && o->level < 1)) {
        IGRAPH_ERROR("The confidence level must lie strictly between 0 and 1.", IGRAPH_EINVAL);
    }
    if (o->replicates < 2 || o->jobs < 1) {
        IGRAPH_ERROR("The bootstrap needs at least 2 replicates and 1 worker.", IGRAPH_EINVAL);
    }
    if (il_graph_vcount(g) < 1) {
        IGRAPH_ERROR("The bootstrap needs nodes to draw.", IGRAPH_EINVAL);
    }
    if (!o->membership && (o->stats & ((1u << IL_BOOT_EI) | (1u << IL_BOOT_EI_WEIGHTED) |
                                       (1u << IL_BOOT_ASSORTATIVITY) |
                                       (1u << IL_BOOT_ASSORTATIVITY_WEIGHTED)))) {
        IGRAPH_ERROR("E-I and assortativity intervals need the groups of the nodes.",
                     IGRAPH_EINVAL);
    }
    res->stats = o->stats;
    res->level = o->level;
    res->replicates = o->replicates;
    res->seed = o->seed;
    /* the estimate, with the command's own seeds (quietly: the command
     * has already said what these analyses warn about) */
    quiet_begin(&q);
    IGRAPH_FINALLY(quiet_end, &q);
    self = *o;
    self.stats = o->stats & ~(1u << IL_BOOT_MODULARITY);
    IGRAPH_CHECK(statistics(g, o->membership, &self, o->centrality ? o->centrality->seed : 42,
                            est));
    if (o->stats & (1u << IL_BOOT_MODULARITY)) {
        double c[IL_BOOT_COUNT];
        self.stats = 1u << IL_BOOT_MODULARITY;
        IGRAPH_CHECK(statistics(g, o->membership, &self,
                                o->communities ? o->communities->seed : 42, c));
        est[IL_BOOT_MODULARITY] = c[IL_BOOT_MODULARITY];
    }
    quiet_end(&q);
    IGRAPH_FINALLY_CLEAN(1);
    memset(&job, 0, sizeof job);
    job.g = g;
    job.o = o;
    job.nblocks = (o->replicates + BLOCK - 1) / BLOCK;
    job.values = calloc((size_t) o->replicates * IL_BOOT_COUNT, sizeof *job.values);
    IGRAPH_CHECK_OOM(job.values, "Out of memory for the bootstrap.");
    IGRAPH_FINALLY(igraph_free, job.values);
    task.nblocks = job.nblocks;
    task.size = boot_size;
    task.compute = boot_compute;
    task.combine = boot_combine;
    task.arg = &job;
    task.name = "bootstrap";
    task.failure = "Bootstrap in worker processes";
    IGRAPH_CHECK(il_pool_run(&task, o->jobs));
    for (k = 0; k < IL_BOOT_COUNT; k++) {
        il_interval_t *iv = &res->stat[k];
        iv->estimate = iv->lower = iv->upper = iv->mean = iv->se = NAN;
        if (!((o->stats >> k) & 1)) {
            continue;
        }
        IGRAPH_CHECK(interval(&job, k, o->level, iv));
        iv->estimate = est[k];
    }
    free(job.values);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}
