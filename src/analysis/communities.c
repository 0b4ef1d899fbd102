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
 * Leiden until the membership stops changing. igraph 0.10.2 ignores a
 * negative n_iterations (fixed in 0.10.17), so innolink iterates itself:
 * one iteration from singletons, then one iteration at a time starting
 * from the previous result, until an iteration leaves the partition as it
 * was, at most IL_LEIDEN_MAX_ITERATIONS times.
 */
static igraph_error_t run_leiden(const il_i_comm_work_t *wk, const il_communities_options_t *o,
                                 igraph_vector_int_t *memb, double *quality,
                                 igraph_integer_t *iterations, igraph_bool_t *converged)
{
    igraph_vector_t nodew;
    igraph_vector_int_t prev;
    igraph_integer_t nb, it;
    double res = o->resolution, W = il_i_comm_total_weight(wk->weight);
    const igraph_vector_t *nw = NULL;
    int same = 0;

    IGRAPH_VECTOR_INIT_FINALLY(&nodew, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&prev, 0);
    if (o->objective == IL_OBJECTIVE_MODULARITY) {
        IGRAPH_CHECK(igraph_strength(wk->graph, &nodew, igraph_vss_all(), IGRAPH_ALL,
                                     /* loops = */ true, wk->weight));
        nw = &nodew;
        res = o->resolution / (2.0 * W);
    }
    IGRAPH_CHECK(igraph_community_leiden(wk->graph, wk->weight, nw, res, o->beta,
                                         /* start = */ false, /* n_iterations = */ 1, memb,
                                         &nb, quality));
    for (it = 1; it < IL_LEIDEN_MAX_ITERATIONS; it++) {
        IGRAPH_CHECK(igraph_vector_int_update(&prev, memb));
        IGRAPH_CHECK(igraph_community_leiden(wk->graph, wk->weight, nw, res, o->beta,
                                             /* start = */ true, /* n_iterations = */ 1, memb,
                                             &nb, quality));
        IGRAPH_CHECK(il_i_same_partition(&prev, memb, &same));
        if (same) {
            break;
        }
    }
    *iterations = it + (same ? 1 : 0);
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

/* ---- Detection -------------------------------------------------------------- */

/**
 * \function il_communities_detect
 * \brief Find communities with the chosen method, reproducibly.
 *
 * A randomised method (Leiden, Louvain, Infomap, label propagation) runs
 * opts->runs times; run r draws from a generator of its own seeded with
 * opts->seed + r (igraph's default generator is left as it was).
 * The run with the best quality is kept (the first on ties): the largest
 * modularity at opts->resolution, igraph's CPM quality for Leiden with
 * IL_OBJECTIVE_CPM, the smallest codelength for Infomap. Deterministic
 * methods run once. Leiden with IL_OBJECTIVE_MODULARITY passes strengths
 * as node weights and resolution gamma/2W, and iterates to convergence
 * (see run_leiden). Every method is given the tie strengths. Communities
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
 * Time complexity: R times that of the method, plus O(R^2 n) for stability.
 */
igraph_error_t il_communities_detect(const il_graph_t *g, const il_communities_options_t *opts,
                                     il_communities_t *res)
{
    igraph_integer_t n = il_graph_vcount(g), runs, r, v;
    igraph_matrix_int_t all;
    igraph_vector_int_t memb;
    il_i_comm_work_t wk;
    il_comm_method_t m = opts->method;
    int lower_better = m == IL_COMM_INFOMAP;

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
    if (m == IL_COMM_INFOMAP) {
        res->quality_name = "codelength";
    } else if (m == IL_COMM_LEIDEN && opts->objective == IL_OBJECTIVE_CPM) {
        res->quality_name = "cpm";
    }
    IGRAPH_CHECK(igraph_matrix_int_init(&all, 0, 0));
    IGRAPH_FINALLY(igraph_matrix_int_destroy, &all);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&memb, n);

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
        for (r = 0; r < runs; r++) {
            double q;
            igraph_integer_t it, k;
            igraph_bool_t conv;
            il_rng_scope_t rng;
            IGRAPH_CHECK(il_rng_scope_begin(&rng, opts->seed + (igraph_uint_t) r));
            IGRAPH_FINALLY(il_rng_scope_end, &rng);
            IGRAPH_CHECK(run_method(&wk, opts, &memb, &q, &it, &conv));
            il_rng_scope_end(&rng);
            IGRAPH_FINALLY_CLEAN(1);
            IGRAPH_CHECK(il_membership_canonical(&memb, &k));
            IGRAPH_CHECK(igraph_matrix_int_set_row(&all, &memb, r));
            if (it > res->iterations) {
                res->iterations = it;
            }
            res->converged = res->converged && conv;
            if (r == 0 || (lower_better ? q < res->quality : q > res->quality) ||
                (isnan(res->quality) && !isnan(q))) {
                res->quality = q;
                res->best_run = r;
                res->k = k;
                IGRAPH_CHECK(igraph_vector_int_update(&res->membership, &memb));
            }
            il_progress("communities", (double) (r + 1) / (double) runs);
        }
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

    igraph_vector_int_destroy(&memb);
    igraph_matrix_int_destroy(&all);
    il_i_comm_work_destroy(&wk);
    IGRAPH_FINALLY_CLEAN(4);
    return IGRAPH_SUCCESS;
}
