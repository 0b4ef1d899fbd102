/*
 * The path measures of il_centrality(): betweenness, closeness and
 * harmonic centrality (docs/metrics-centrality.md).
 *
 * They are the expensive ones, so they run over worker processes
 * (core/pool.h): the sources are cut into IL_PATH_BLOCKS blocks (a number
 * fixed by the graph, not by the number of workers), workers compute
 * blocks as the parent hands them out, and the parent adds the blocks up
 * in block order. The result is therefore bit for bit the same for any
 * number of workers.
 */
#include "analysis/centrality.h"
#include "analysis/centrality_internal.h"
#include "analysis/distance.h"
#include "core/pool.h"
#include "core/rng.h"

#include <math.h>
#include <string.h>

/* ---- Path measures in blocks of sources --------------------------------- */

typedef struct path_job {
    const igraph_t *graph;
    const igraph_vector_t *lengths;     /* NULL: hops */
    const igraph_vector_int_t *sources; /* NULL: every node */
    igraph_integer_t n, ns, nblocks;
    int bet, clo, har;                  /* which outputs are wanted */
    igraph_vector_t *betweenness, *closeness, *harmonic;
} path_job_t;

static igraph_integer_t block_lo(const path_job_t *job, igraph_integer_t b)
{
    return (igraph_integer_t) ((double) b * (double) job->ns / (double) job->nblocks);
}

static igraph_integer_t block_source(const path_job_t *job, igraph_integer_t k)
{
    return job->sources ? VECTOR(*job->sources)[k] : k;
}

/* Doubles in the result of block b: n betweenness partial sums, then one
 * closeness and one harmonic value per source of the block. */
static size_t block_size(igraph_integer_t b, void *arg)
{
    const path_job_t *job = arg;
    size_t len = (size_t) (block_lo(job, b + 1) - block_lo(job, b));
    return (job->bet ? (size_t) job->n : 0) + (job->clo ? len : 0) + (job->har ? len : 0);
}

/* Compute block b into out[block_size(b, job)]. */
static igraph_error_t block_compute(igraph_integer_t b, double *out, void *arg)
{
    const path_job_t *job = arg;
    igraph_integer_t lo = block_lo(job, b), hi = block_lo(job, b + 1), k, n = job->n;
    igraph_vector_int_t src;
    igraph_vector_int_t reach;
    igraph_vector_t tmp;
    igraph_vs_t vs;
    size_t at = 0;

    IGRAPH_VECTOR_INT_INIT_FINALLY(&src, hi - lo);
    for (k = lo; k < hi; k++) {
        VECTOR(src)[k - lo] = block_source(job, k);
    }
    IGRAPH_VECTOR_INIT_FINALLY(&tmp, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&reach, 0);
    vs = igraph_vss_vector(&src);
    if (job->bet) {
        /* Sources = this block, targets = all: summed over disjoint blocks
         * this is igraph_betweenness (undirected pairs counted once). */
        IGRAPH_CHECK(igraph_betweenness_subset(job->graph, &tmp, igraph_vss_all(),
                                               /* directed = */ true, vs, igraph_vss_all(),
                                               job->lengths));
        memcpy(out, VECTOR(tmp), (size_t) n * sizeof(double));
        at += (size_t) n;
    }
    if (job->clo) {
        IGRAPH_CHECK(igraph_closeness(job->graph, &tmp, &reach, NULL, vs, IGRAPH_IN,
                                      job->lengths, /* normalized = */ true));
        for (k = 0; k < hi - lo; k++) {
            /* igraph: (r-1) / sum d over the r-1 others reached. Wasserman-
             * Faust scales by (r-1)/(n-1); nothing reached gives 0. */
            double r1 = (double) VECTOR(reach)[k];
            out[at + (size_t) k] = r1 > 0 && n > 1 ? VECTOR(tmp)[k] * r1 / (double) (n - 1) : 0.0;
        }
        at += (size_t) (hi - lo);
    }
    if (job->har) {
        IGRAPH_CHECK(igraph_harmonic_centrality(job->graph, &tmp, vs, IGRAPH_IN,
                                                job->lengths, /* normalized = */ true));
        for (k = 0; k < hi - lo; k++) {
            out[at + (size_t) k] = n > 1 ? VECTOR(tmp)[k] : 0.0;
        }
    }
    igraph_vector_int_destroy(&reach);
    igraph_vector_destroy(&tmp);
    igraph_vector_int_destroy(&src);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}

/* Add the result of block b to the outputs. */
static igraph_error_t block_combine(igraph_integer_t b, const double *in, void *arg)
{
    const path_job_t *job = arg;
    igraph_integer_t lo = block_lo(job, b), hi = block_lo(job, b + 1), k;
    size_t at = 0;
    if (job->bet) {
        for (k = 0; k < job->n; k++) {
            VECTOR(*job->betweenness)[k] += in[k];
        }
        at += (size_t) job->n;
    }
    if (job->clo) {
        for (k = lo; k < hi; k++) {
            VECTOR(*job->closeness)[block_source(job, k)] = in[at + (size_t) (k - lo)];
        }
        at += (size_t) (hi - lo);
    }
    if (job->har) {
        for (k = lo; k < hi; k++) {
            VECTOR(*job->harmonic)[block_source(job, k)] = in[at + (size_t) (k - lo)];
        }
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_path_centrality
 * \brief Betweenness, closeness and harmonic centrality from a set of
 *        sources, over worker processes.
 *
 * Betweenness: raw Brandes counts over shortest paths from the sources to
 * every node (igraph_betweenness_subset per block; an undirected pair is
 * counted once, as igraph_betweenness does, so all nodes as sources give
 * igraph_betweenness exactly). Closeness: Wasserman-Faust,
 * ((r-1)/(n-1)) ((r-1)/sum d) over the r-1 other nodes at finite
 * distance, 0 when there are none (networkx wf_improved). Harmonic: sum
 * 1/d over the others / (n-1), 0 when n = 1. In a directed graph both use
 * distances towards the node (igraph mode "in"), as networkx does;
 * betweenness follows edge direction.
 *
 * The sources are cut into min(s, IL_PATH_BLOCKS) blocks; with \p jobs > 1
 * the blocks run in forked worker processes (il_pool_run(): igraph is not
 * thread-safe) and come back through Unix sockets; the parent adds them
 * in block order, so the values do not depend on \p jobs. Workers never
 * print; a worker's error becomes this function's error, and every worker
 * is reaped.
 *
 * \param lengths     Edge lengths (> 0), or NULL for hops.
 * \param sources     Source nodes, or NULL for every node.
 * \param jobs        Worker processes; 1 computes in this process.
 * \param betweenness Resized to n and filled, or NULL.
 * \param closeness   Resized to n; entries of the sources filled, or NULL.
 * \param harmonic    As closeness.
 * \return IGRAPH_EINVAL for jobs < 1 or a bad length; IGRAPH_FAILURE when
 *         a worker cannot be started or fails; IGRAPH_ENOMEM.
 *
 * Time complexity: O(s (m + n log n)) over all workers for s sources.
 */
igraph_error_t il_path_centrality(const igraph_t *graph, const igraph_vector_t *lengths,
                                  const igraph_vector_int_t *sources, igraph_integer_t jobs,
                                  igraph_vector_t *betweenness, igraph_vector_t *closeness,
                                  igraph_vector_t *harmonic)
{
    path_job_t job;
    il_pool_task_t task;
    igraph_integer_t b;

    if (jobs < 1) {
        IGRAPH_ERROR("The number of worker processes must be at least 1.", IGRAPH_EINVAL);
    }
    memset(&job, 0, sizeof job);
    job.graph = graph;
    job.lengths = lengths;
    job.sources = sources;
    job.n = igraph_vcount(graph);
    job.ns = sources ? igraph_vector_int_size(sources) : job.n;
    job.nblocks = job.ns < IL_PATH_BLOCKS ? job.ns : IL_PATH_BLOCKS;
    job.bet = betweenness != NULL;
    job.clo = closeness != NULL;
    job.har = harmonic != NULL;
    job.betweenness = betweenness;
    job.closeness = closeness;
    job.harmonic = harmonic;
    if (betweenness) {
        IGRAPH_CHECK(igraph_vector_resize(betweenness, job.n));
        igraph_vector_null(betweenness);
    }
    if (closeness) {
        IGRAPH_CHECK(igraph_vector_resize(closeness, job.n));
    }
    if (harmonic) {
        IGRAPH_CHECK(igraph_vector_resize(harmonic, job.n));
    }
    if (job.nblocks == 0 || (!job.bet && !job.clo && !job.har)) {
        return IGRAPH_SUCCESS;
    }
    if (lengths) {
        for (b = 0; b < igraph_vector_size(lengths); b++) {
            double x = VECTOR(*lengths)[b];
            if (!(x > 0) || !isfinite(x)) {
                IGRAPH_ERROR("Path lengths must be finite and greater than zero.",
                             IGRAPH_EINVAL);
            }
        }
    }
    task.nblocks = job.nblocks;
    task.size = block_size;
    task.compute = block_compute;
    task.combine = block_combine;
    task.arg = &job;
    task.name = "path centrality";
    task.failure = "Path centrality in worker processes";
    return il_pool_run(&task, jobs);
}

/* ---- The columns of il_centrality() ------------------------------------- */

/* The shortest tie length: the smallest entry of \p lengths, 1 for hops
 * (lengths NULL), NaN without ties. */
static double shortest_length(const igraph_vector_t *lengths, igraph_integer_t m)
{
    if (m == 0) {
        return NAN;
    }
    return lengths ? igraph_vector_min(lengths) : 1.0;
}

/**
 * \function il_i_centrality_paths
 * \brief The betweenness, closeness and harmonic columns of il_centrality().
 *
 * Lengths from opts->path_weight; betweenness exact, or estimated from
 * opts->samples random sources (seeded with opts->seed) and scaled by
 * n / K; then normalised by 2/((n-1)(n-2)) undirected or 1/((n-1)(n-2))
 * directed unless opts->raw. Betweenness centralization from the raw
 * scores (NaN when n < 3), closeness centralization (n > 1) normalised by
 * il_i_closeness_tmax() for the shortest tie length used. Only the
 * measures set in \p want are computed.
 *
 * \return IGRAPH_FAILURE when a worker fails; IGRAPH_ENOMEM.
 *
 * Time complexity: that of il_path_centrality().
 */
igraph_error_t il_i_centrality_paths(const il_graph_t *g, const il_centrality_options_t *opts,
                                     il_centrality_t *res, unsigned want)
{
    igraph_integer_t n = res->nodes, i;
    igraph_vector_t len;
    const igraph_vector_t *use;
    igraph_vector_int_t sample;
    il_rng_scope_t rng;
    int bet = (want >> IL_MEASURE_BETWEENNESS) & 1;
    int clo = (want >> IL_MEASURE_CLOSENESS) & 1;
    int har = (want >> IL_MEASURE_HARMONIC) & 1;
    int sampled = bet && opts->samples > 0 && opts->samples < n;

    IGRAPH_VECTOR_INIT_FINALLY(&len, 0);
    IGRAPH_CHECK(il_distance_weights(g, opts->path_weight, &len, &use));
    if (bet) {
        IGRAPH_CHECK(il_i_centrality_add_score(res, IL_SCORE_BETWEENNESS, n));
    }
    if (clo) {
        IGRAPH_CHECK(il_i_centrality_add_score(res, IL_SCORE_CLOSENESS, n));
    }
    if (har) {
        IGRAPH_CHECK(il_i_centrality_add_score(res, IL_SCORE_HARMONIC, n));
    }
    res->betweenness_sources = bet ? n : 0;
    if (sampled) {
        IGRAPH_VECTOR_INT_INIT_FINALLY(&sample, 0);
        IGRAPH_CHECK(il_rng_scope_begin(&rng, opts->seed));
        IGRAPH_FINALLY(il_rng_scope_end, &rng);
        IGRAPH_CHECK(igraph_random_sample(&sample, 0, n - 1, opts->samples));
        il_rng_scope_end(&rng);
        IGRAPH_FINALLY_CLEAN(1);
        IGRAPH_CHECK(il_path_centrality(&g->graph, use, &sample, opts->jobs,
                                        &res->score[IL_SCORE_BETWEENNESS], NULL, NULL));
        igraph_vector_scale(&res->score[IL_SCORE_BETWEENNESS],
                            (double) n / (double) opts->samples);
        res->betweenness_sources = opts->samples;
        igraph_vector_int_destroy(&sample);
        IGRAPH_FINALLY_CLEAN(1);
        bet = 0;
    }
    if (bet || clo || har) {
        IGRAPH_CHECK(il_path_centrality(&g->graph, use, NULL, opts->jobs,
                                        bet ? &res->score[IL_SCORE_BETWEENNESS] : NULL,
                                        clo ? &res->score[IL_SCORE_CLOSENESS] : NULL,
                                        har ? &res->score[IL_SCORE_HARMONIC] : NULL));
    }
    if (res->has[IL_SCORE_BETWEENNESS]) {
        igraph_vector_t *b = &res->score[IL_SCORE_BETWEENNESS];
        double tmax;
        IGRAPH_CHECK(igraph_centralization_betweenness_tmax(&g->graph, n, g->directed, &tmax));
        res->betweenness_centralization = n > 2 ? il_i_centralization(b, tmax) : NAN;
        if (!opts->raw) {
            double scale = n > 2 ? (g->directed ? 1.0 : 2.0) / ((double) (n - 1) * (n - 2)) : 1.0;
            for (i = 0; i < n; i++) {
                VECTOR(*b)[i] *= scale;
            }
        }
    }
    if (res->has[IL_SCORE_CLOSENESS] && n > 1) {
        res->closeness_shortest = shortest_length(use, il_graph_ecount(g));
        res->closeness_tmax = il_i_closeness_tmax(n, g->directed, res->closeness_shortest);
        res->closeness_centralization = il_i_centralization(&res->score[IL_SCORE_CLOSENESS],
                                                            res->closeness_tmax);
    }
    igraph_vector_destroy(&len);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}
