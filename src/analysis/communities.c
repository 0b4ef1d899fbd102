/*
 * Community detection with igraph 0.10.2's methods, made reproducible and
 * with the known defects of that release handled: the names of the
 * methods, one seeded run of a method, and il_communities_detect(), which
 * keeps the best of several runs. The figures of a partition are in
 * communities_figures.c; canonical numbering, stability and partition
 * comparison in partition_compare.c. Definitions: DEFINITIONS.md
 * "Communities"; docs/metrics-communities.md.
 */
#include "analysis/communities.h"
#include "analysis/communities_internal.h"
#include "core/pool.h"
#include "core/rng.h"
#include "core/setup.h"

#include <math.h>
#include <string.h>

/* ---- Names ---------------------------------------------------------------- */

static const char *const method_names[] = {
    "leiden", "louvain", "infomap", "walktrap", "fastgreedy", "leading-eigenvector",
    "labelprop", "optimal"
};

/** \function il_comm_method_name \brief The command-line name of a method. */
const char *il_comm_method_name(il_comm_method_t m)
{
    if ((size_t) m < sizeof method_names / sizeof method_names[0]) {
        return method_names[m];
    }
    return "unknown";
}

/**
 * \function il_comm_method_randomised
 * \brief 1 for the methods whose result depends on the random seed
 *        (Leiden, Louvain, Infomap, label propagation), so that several
 *        seeded runs make sense; 0 for the deterministic ones.
 */
int il_comm_method_randomised(il_comm_method_t m)
{
    return m == IL_COMM_LEIDEN || m == IL_COMM_LOUVAIN || m == IL_COMM_INFOMAP ||
           m == IL_COMM_LABELPROP;
}

/** \function il_symmetrize_name \brief "none", "sum" or "max". */
const char *il_symmetrize_name(il_symmetrize_t s)
{
    switch (s) {
    case IL_SYMMETRIZE_SUM:
        return "sum";
    case IL_SYMMETRIZE_MAX:
        return "max";
    default:
        return "none";
    }
}

/* ---- One run of a method ------------------------------------------------- */

/*
 * Leiden, one iteration at a time: the first from singletons, each later
 * one starting from the partition before (igraph 0.10.2 ignores a negative
 * n_iterations, fixed in 0.10.17, so innolink counts itself). The stopping
 * rule is o->iterations iterations (python-igraph's n_iterations, 2 by
 * default: each iteration moves nodes, refines and aggregates, and the
 * second one gains little), or with o->iterations = 0 until an iteration
 * leaves the partition as it was, at most IL_LEIDEN_MAX_ITERATIONS.
 * *converged: the last iteration changed nothing (unknown, 0, for a
 * single iteration).
 */
static igraph_error_t run_leiden(const il_i_comm_work_t *wk, const il_communities_options_t *o,
                                 igraph_vector_int_t *memb, double *quality,
                                 igraph_integer_t *iterations, igraph_bool_t *converged)
{
    igraph_vector_t nodew;
    igraph_vector_int_t prev;
    igraph_integer_t nb, it, most;
    double res = o->resolution, W = il_i_comm_total_weight(wk->weight);
    const igraph_vector_t *nw = NULL;
    int same = 0, fixed = o->iterations > 0;

    most = fixed ? o->iterations : IL_LEIDEN_MAX_ITERATIONS;
    IGRAPH_VECTOR_INIT_FINALLY(&nodew, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&prev, 0);
    if (o->objective == IL_OBJECTIVE_MODULARITY) {
        IGRAPH_CHECK(igraph_strength(wk->graph, &nodew, igraph_vss_all(), IGRAPH_ALL,
                                     /* loops = */ true, wk->weight));
        nw = &nodew;
        res = o->resolution / (2.0 * W);
    }
    il_progress("leiden iterations", 0.0);
    IGRAPH_CHECK(igraph_community_leiden(wk->graph, wk->weight, nw, res, o->beta,
                                         /* start = */ false, /* n_iterations = */ 1, memb,
                                         &nb, quality));
    for (it = 1; it < most; it++) {
        il_progress("leiden iterations", (double) it / (double) most);
        IGRAPH_CHECK(igraph_vector_int_update(&prev, memb));
        IGRAPH_CHECK(igraph_community_leiden(wk->graph, wk->weight, nw, res, o->beta,
                                             /* start = */ true, /* n_iterations = */ 1, memb,
                                             &nb, quality));
        IGRAPH_CHECK(il_i_same_partition(&prev, memb, &same));
        if (same && !fixed) {
            break;
        }
    }
    il_progress("leiden iterations", 1.0);
    *iterations = fixed ? most : it + (same ? 1 : 0);
    *converged = same;
    igraph_vector_int_destroy(&prev);
    igraph_vector_destroy(&nodew);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/* Label propagation in 0.10.2 counts weights in integer counters. */
static igraph_error_t check_integer_weights(const igraph_vector_t *w)
{
    igraph_integer_t e, m = igraph_vector_size(w);
    for (e = 0; e < m; e++) {
        double x = VECTOR(*w)[e];
        if (x != floor(x) || x > 9007199254740992.0) {
            IGRAPH_ERRORF("Label propagation needs whole-number tie strengths: igraph 0.10.2 "
                          "truncates fractional weights to integers (a strength of %g would "
                          "count as %.0f). Round or rescale the weights, or use another "
                          "method.", IGRAPH_EINVAL, x, floor(x));
        }
    }
    return IGRAPH_SUCCESS;
}

/* One run; *quality is larger-is-better except for codelength. */
static igraph_error_t run_method(const il_i_comm_work_t *wk, const il_communities_options_t *o,
                                 igraph_vector_int_t *memb, double *quality,
                                 igraph_integer_t *iterations, igraph_bool_t *converged)
{
    igraph_vector_t modv;
    igraph_matrix_int_t merges;
    igraph_arpack_options_t arpack;
    igraph_integer_t n = igraph_vcount(wk->graph);
    double q = NAN;

    *iterations = 1;
    *converged = 1;
    IGRAPH_VECTOR_INIT_FINALLY(&modv, 0);
    IGRAPH_CHECK(igraph_matrix_int_init(&merges, 0, 0));
    IGRAPH_FINALLY(igraph_matrix_int_destroy, &merges);
    switch (o->method) {
    case IL_COMM_LEIDEN:
        IGRAPH_CHECK(run_leiden(wk, o, memb, &q, iterations, converged));
        break;
    case IL_COMM_LOUVAIN:
        IGRAPH_CHECK(igraph_community_multilevel(wk->graph, wk->weight, o->resolution, memb,
                                                 /* memberships = */ NULL, &modv));
        break;
    case IL_COMM_INFOMAP:
        IGRAPH_CHECK(igraph_community_infomap(wk->graph, wk->weight, /* v_weights = */ NULL,
                                              /* nb_trials = */ 1, memb, &q));
        break;
    case IL_COMM_WALKTRAP:
        IGRAPH_CHECK(igraph_community_walktrap(wk->graph, wk->weight, o->walktrap_steps,
                                               &merges, &modv, memb));
        break;
    case IL_COMM_FASTGREEDY:
        /* igraph 0.10.2 stops one merge short when the best cut is one
         * community: take the best step from the merges ourselves */
        IGRAPH_CHECK(igraph_community_fastgreedy(wk->graph, wk->weight, &merges, &modv,
                                                 /* membership = */ NULL));
        IGRAPH_CHECK(igraph_community_to_membership(&merges, n,
                                                    igraph_vector_which_max(&modv), memb,
                                                    /* csize = */ NULL));
        break;
    case IL_COMM_LEADING_EIGENVECTOR:
        igraph_arpack_options_init(&arpack);
        IGRAPH_CHECK(igraph_community_leading_eigenvector(wk->graph, wk->weight,
                                                          /* merges = */ NULL, memb,
                                                          /* steps = */ n, &arpack, &q,
                                                          /* start = */ false, NULL, NULL,
                                                          NULL, NULL, NULL));
        break;
    case IL_COMM_LABELPROP:
        IGRAPH_CHECK(check_integer_weights(wk->weight));
        IGRAPH_CHECK(igraph_community_label_propagation(wk->graph, memb, IGRAPH_ALL,
                                                        wk->weight, NULL, NULL));
        break;
    case IL_COMM_OPTIMAL:
        IGRAPH_CHECK(igraph_community_optimal_modularity(wk->graph, &q, memb, wk->weight));
        break;
    default:
        IGRAPH_ERROR("Unknown community detection method.", IGRAPH_EINVAL);
    }
    if (o->method == IL_COMM_INFOMAP) {
        *quality = q;                           /* codelength */
    } else if (o->method == IL_COMM_LEIDEN && o->objective == IL_OBJECTIVE_CPM) {
        *quality = q;                           /* igraph's CPM quality */
    } else {
        IGRAPH_CHECK(igraph_modularity(wk->graph, memb, wk->weight, o->resolution,
                                       wk->directed, quality));
    }
    igraph_matrix_int_destroy(&merges);
    igraph_vector_destroy(&modv);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/* ---- Seeded runs over worker processes ------------------------------------- */

/*
 * Run r is block r of a worker pool (core/pool.h): it draws from a
 * generator seeded with seed + r and sends back its quality, iterations,
 * convergence and membership. The parent takes the runs in order, keeps
 * the best (the first on ties) and, with a patience of K, stops after the
 * first run that leaves the best K runs old: which runs are made depends
 * on their results alone, not on the number of workers.
 */
typedef struct runs_job {
    const il_i_comm_work_t *wk;
    const il_communities_options_t *o;
    igraph_integer_t n;
    il_communities_t *res;
    igraph_matrix_int_t *all;
    igraph_vector_int_t memb;
    int lower_better;
    igraph_integer_t made;
    igraph_integer_t runs;          /* runs asked for */
    igraph_integer_t jobs;          /* workers */
    double start;                   /* il_wall_seconds() when the runs began */
} runs_job_t;

#define RUN_HEAD 3      /* quality, iterations, converged; then the membership */

static size_t run_size(igraph_integer_t block, void *arg)
{
    (void) block;
    return RUN_HEAD + (size_t) ((const runs_job_t *) arg)->n;
}

static igraph_error_t run_compute(igraph_integer_t r, double *out, void *arg)
{
    const runs_job_t *job = arg;
    igraph_vector_int_t memb;
    igraph_integer_t it, v;
    igraph_bool_t conv;
    il_rng_scope_t rng;
    double q;
    IGRAPH_VECTOR_INT_INIT_FINALLY(&memb, job->n);
    IGRAPH_CHECK(il_rng_scope_begin(&rng, job->o->seed + (igraph_uint_t) r));
    IGRAPH_FINALLY(il_rng_scope_end, &rng);
    IGRAPH_CHECK(run_method(job->wk, job->o, &memb, &q, &it, &conv));
    il_rng_scope_end(&rng);
    IGRAPH_FINALLY_CLEAN(1);
    out[0] = q;
    out[1] = (double) it;
    out[2] = conv ? 1.0 : 0.0;
    for (v = 0; v < job->n; v++) {
        out[RUN_HEAD + v] = (double) VECTOR(memb)[v];
    }
    igraph_vector_int_destroy(&memb);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* When the first run is back: warn if the rest would take over a minute,
 * with the estimate (the first run's time for each further run, shared by
 * the workers) and how to make it faster. */
static void warn_if_long(const runs_job_t *job)
{
    double one = il_wall_seconds() - job->start;
    double rest = one * (double) (job->runs - 1) / (double) job->jobs;
    if (job->runs > 1 && rest > 60) {
        il_warn("%s: %" IGRAPH_PRId " seeded runs, the first took %.0f s: about %.0f s more "
                "with %" IGRAPH_PRId " workers; fewer --runs, or --patience K (stop once the "
                "best run is K runs old), is faster", il_comm_method_name(job->o->method),
                job->runs, one, rest, job->jobs);
    }
}

static igraph_error_t run_combine(igraph_integer_t r, const double *in, void *arg)
{
    runs_job_t *job = arg;
    il_communities_t *res = job->res;
    igraph_integer_t v, k, it = (igraph_integer_t) in[1];
    double q = in[0];
    for (v = 0; v < job->n; v++) {
        VECTOR(job->memb)[v] = (igraph_integer_t) in[RUN_HEAD + v];
    }
    IGRAPH_CHECK(il_membership_canonical(&job->memb, &k));
    IGRAPH_CHECK(igraph_matrix_int_set_row(job->all, &job->memb, r));
    if (it > res->iterations) {
        res->iterations = it;
    }
    res->converged = res->converged && in[2] != 0;
    if (r == 0 || (job->lower_better ? q < res->quality : q > res->quality) ||
        (isnan(res->quality) && !isnan(q))) {
        res->quality = q;
        res->best_run = r;
        res->k = k;
        IGRAPH_CHECK(igraph_vector_int_update(&res->membership, &job->memb));
    }
    job->made = r + 1;
    if (r == 0) {
        warn_if_long(job);
    }
    return IGRAPH_SUCCESS;
}

/* Patience: stop once the best run is o->patience runs old. */
static int run_enough(igraph_integer_t r, void *arg)
{
    const runs_job_t *job = arg;
    return job->o->patience > 0 && r - job->res->best_run >= job->o->patience;
}

/* Make the seeded runs; *made: how many were made (the rows of \p all). */
static igraph_error_t make_runs(const il_i_comm_work_t *wk, const il_communities_options_t *o,
                                igraph_integer_t runs, il_communities_t *res,
                                igraph_matrix_int_t *all, igraph_integer_t *made)
{
    runs_job_t job;
    il_pool_task_t task;
    igraph_integer_t n = igraph_vcount(wk->graph);
    memset(&job, 0, sizeof job);
    memset(&task, 0, sizeof task);
    job.wk = wk;
    job.o = o;
    job.n = n;
    job.res = res;
    job.all = all;
    job.lower_better = o->method == IL_COMM_INFOMAP;
    job.runs = runs;
    job.jobs = o->jobs > 0 ? o->jobs : 1;
    job.start = il_wall_seconds();
    IGRAPH_VECTOR_INT_INIT_FINALLY(&job.memb, n);
    task.nblocks = runs;
    task.size = run_size;
    task.compute = run_compute;
    task.combine = run_combine;
    task.arg = &job;
    task.name = "communities";
    task.failure = "Community detection in worker processes";
    il_progress("communities", 0.0);
    IGRAPH_CHECK(il_pool_run_until(&task, o->jobs > 0 ? o->jobs : 1, run_enough));
    *made = job.made;
    igraph_vector_int_destroy(&job.memb);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* Keep the first \p rows rows of \p all. */
static igraph_error_t keep_rows(igraph_matrix_int_t *all, igraph_integer_t rows)
{
    igraph_matrix_int_t head;
    igraph_integer_t r, n = igraph_matrix_int_ncol(all);
    igraph_vector_int_t row;
    if (rows == igraph_matrix_int_nrow(all)) {
        return IGRAPH_SUCCESS;
    }
    IGRAPH_CHECK(igraph_matrix_int_init(&head, rows, n));
    IGRAPH_FINALLY(igraph_matrix_int_destroy, &head);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&row, n);
    for (r = 0; r < rows; r++) {
        IGRAPH_CHECK(igraph_matrix_int_get_row(all, &row, r));
        IGRAPH_CHECK(igraph_matrix_int_set_row(&head, &row, r));
    }
    igraph_vector_int_destroy(&row);
    IGRAPH_FINALLY_CLEAN(1);
    igraph_matrix_int_destroy(all);
    *all = head;
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* ---- Detection -------------------------------------------------------------- */

/**
 * \function il_communities_detect
 * \brief Find communities with the chosen method, reproducibly.
 *
 * A randomised method (Leiden, Louvain, Infomap, label propagation) runs
 * up to opts->runs times; run r draws from a generator of its own seeded
 * with opts->seed + r (igraph's default generator is left as it was).
 * The run with the best quality is kept (the first on ties): the largest
 * modularity at opts->resolution, igraph's CPM quality for Leiden with
 * IL_OBJECTIVE_CPM, the smallest codelength for Infomap. With
 * opts->patience K > 0 the runs stop after the first run that leaves the
 * best K runs old (IL_COMM_AUTO: 3 on a graph of more than
 * IL_COMM_LARGE_TIES ties, else every run). Runs are spread over opts->jobs worker processes
 * (core/pool.h) and taken in order, so the result does not depend on the
 * number of workers. Deterministic methods run once. Leiden with
 * IL_OBJECTIVE_MODULARITY passes strengths as node weights and resolution
 * gamma/2W, and makes opts->iterations iterations (0: until one changes
 * nothing; IL_COMM_AUTO: 2 on a large graph, as python-igraph, else until
 * stable; see run_leiden). Louvain is igraph's multilevel method, which
 * stops when a level no longer moves a node for a gain in modularity.
 * Every method is given the tie strengths. Communities
 * are renumbered canonically (il_membership_canonical). Stability across
 * runs: mean pairwise NMI and ARI and per-node stability
 * (il_communities_node_stability against the kept partition).
 *
 * A graph without ties gives every node its own community (modularity
 * NaN) without running the method.
 *
 * \return IGRAPH_EINVAL: a directed graph (without opts->symmetrize) for a
 *         method other than Infomap and optimal; non-integer weights for
 *         label propagation; a resolution other than 1 for a method that
 *         has none; bad options. GLPK and ARPACK errors of igraph.
 *
 * Time complexity: R times that of the method, plus O(R^2 n) for stability
 * (R: the runs made).
 */
igraph_error_t il_communities_detect(const il_graph_t *g, const il_communities_options_t *opts,
                                     il_communities_t *res)
{
    igraph_integer_t n = il_graph_vcount(g), runs, v;
    igraph_matrix_int_t all;
    il_i_comm_work_t wk;
    il_comm_method_t m = opts->method;
    il_communities_options_t o;
    int large;

    IGRAPH_CHECK(il_i_comm_check_options(opts));
    if ((unsigned) m > IL_COMM_OPTIMAL) {
        IGRAPH_ERROR("Unknown community detection method.", IGRAPH_EINVAL);
    }
    if (opts->resolution != 1.0 && m != IL_COMM_LEIDEN && m != IL_COMM_LOUVAIN) {
        IGRAPH_ERRORF("Method '%s' has no resolution parameter; only leiden and louvain "
                      "take one.", IGRAPH_EINVAL, il_comm_method_name(m));
    }
    if (g->directed && opts->symmetrize == IL_SYMMETRIZE_NONE &&
        m != IL_COMM_INFOMAP && m != IL_COMM_OPTIMAL) {
        IGRAPH_ERRORF("Method '%s' needs an undirected graph; combine the two directions "
                      "of each tie with --symmetrize sum or --symmetrize max.", IGRAPH_EINVAL,
                      il_comm_method_name(m));
    }
    runs = il_comm_method_randomised(m) ? opts->runs : 1;

    IGRAPH_CHECK(il_i_comm_init(res, n));
    IGRAPH_FINALLY(il_i_comm_free, res);
    IGRAPH_CHECK(il_i_comm_work_init(&wk, g, opts->symmetrize));
    IGRAPH_FINALLY(il_i_comm_work_free, &wk);
    o = *opts;              /* the automatic rules, settled by the graph's size */
    large = igraph_ecount(wk.graph) > IL_COMM_LARGE_TIES;
    if (o.iterations == IL_COMM_AUTO) {
        o.iterations = large ? 2 : 0;
    }
    if (o.patience == IL_COMM_AUTO) {
        o.patience = large ? 3 : 0;
    }
    res->iterations_rule = o.iterations;
    res->patience = il_comm_method_randomised(m) ? o.patience : 0;
    if (m == IL_COMM_INFOMAP) {
        res->quality_name = "codelength";
    } else if (m == IL_COMM_LEIDEN && opts->objective == IL_OBJECTIVE_CPM) {
        res->quality_name = "cpm";
    }
    IGRAPH_CHECK(igraph_matrix_int_init(&all, 0, 0));
    IGRAPH_FINALLY(igraph_matrix_int_destroy, &all);

    if (igraph_ecount(wk.graph) == 0) {
        for (v = 0; v < n; v++) {
            VECTOR(res->membership)[v] = v;
        }
        runs = 1;
        IGRAPH_CHECK(il_membership_canonical(&res->membership, &res->k));
        IGRAPH_CHECK(igraph_matrix_int_resize(&all, 1, n));
        IGRAPH_CHECK(igraph_matrix_int_set_row(&all, &res->membership, 0));
    } else {
        IGRAPH_CHECK(igraph_matrix_int_resize(&all, runs, n));
        if (m == IL_COMM_LABELPROP) {
            IGRAPH_CHECK(check_integer_weights(wk.weight));
        }
        IGRAPH_CHECK(make_runs(&wk, &o, runs, res, &all, &runs));
        IGRAPH_CHECK(keep_rows(&all, runs));
    }
    res->runs = runs;
    if (m != IL_COMM_LEIDEN) {
        res->iterations = 0;
    }
    IGRAPH_CHECK(il_i_communities_stability(res, &all));
    IGRAPH_CHECK(il_i_comm_figures(&wk, opts, res));
    if (igraph_ecount(wk.graph) == 0) {
        res->quality = res->quality_name[0] == 'm' ? res->modularity : NAN;
    }

    igraph_matrix_int_destroy(&all);
    il_i_comm_work_destroy(&wk);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}
