/*
 * Who matters: il_centrality() computes the per-node measures of
 * `innolink centrality` and the whole-network centralization
 * (docs/metrics-centrality.md). This file holds the names of the measures
 * and score columns, degree and strength, the local measures (Burt's
 * structural holes, coreness, clustering) and the dispatcher; the path
 * measures are in centrality_paths.c, the spectral ones in
 * centrality_spectral.c, Burt's in structural_holes.c and centralization
 * in centralization.c.
 */
#include "analysis/centrality.h"
#include "analysis/centrality_internal.h"
#include "analysis/distance.h"
#include "core/rng.h"

#include <math.h>
#include <string.h>

static const char *const measure_names[IL_MEASURE_COUNT] = {
    "degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector",
    "pagerank", "hub", "authority", "constraint", "effective_size", "efficiency",
    "hierarchy", "coreness", "clustering"
};

static const char *const score_names[IL_SCORE_COUNT] = {
    "degree", "in_degree", "out_degree", "strength", "in_strength", "out_strength",
    "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "hub",
    "authority", "constraint", "effective_size", "efficiency", "hierarchy",
    "coreness", "clustering"
};

/** \function il_measure_name \brief The --measures name of a measure. */
const char *il_measure_name(il_measure_t m)
{
    return m < IL_MEASURE_COUNT ? measure_names[m] : "?";
}

/** \function il_score_name \brief The output column name of a score. */
const char *il_score_name(il_score_t c)
{
    return c < IL_SCORE_COUNT ? score_names[c] : "?";
}

/** \function il_measure_parse \brief A measure by name: 1 and *m, else 0. */
int il_measure_parse(const char *name, il_measure_t *m)
{
    int i;
    for (i = 0; i < IL_MEASURE_COUNT; i++) {
        if (strcmp(name, measure_names[i]) == 0) {
            *m = (il_measure_t) i;
            return 1;
        }
    }
    return 0;
}

/** \function il_score_parse \brief A score column by name: 1 and *c, else 0. */
int il_score_parse(const char *name, il_score_t *c)
{
    int i;
    for (i = 0; i < IL_SCORE_COUNT; i++) {
        if (strcmp(name, score_names[i]) == 0) {
            *c = (il_score_t) i;
            return 1;
        }
    }
    return 0;
}

/** \function il_measure_applies \brief Hub and authority need direction. */
int il_measure_applies(il_measure_t m, igraph_bool_t directed)
{
    if (m == IL_MEASURE_HUB || m == IL_MEASURE_AUTHORITY) {
        return directed ? 1 : 0;
    }
    return m < IL_MEASURE_COUNT;
}

/* ---- Result columns ------------------------------------------------------ */

/**
 * \function il_centrality_destroy
 * \brief Free the score vectors; accepts a zero-filled result.
 */
void il_centrality_destroy(il_centrality_t *res)
{
    int c;
    for (c = 0; c < IL_SCORE_COUNT; c++) {
        if (res->has[c]) {
            igraph_vector_destroy(&res->score[c]);
            res->has[c] = 0;
        }
    }
}

/**
 * \function il_i_centrality_add_score
 * \brief Initialise a score column with n zeros and mark it present.
 * \return IGRAPH_ENOMEM. Time complexity: O(n).
 */
igraph_error_t il_i_centrality_add_score(il_centrality_t *res, il_score_t c,
                                         igraph_integer_t n)
{
    IGRAPH_CHECK(igraph_vector_init(&res->score[c], n));
    res->has[c] = 1;
    return IGRAPH_SUCCESS;
}

/* ---- Degree, strength and the local measures ---------------------------- */

static igraph_error_t degree_scores(const il_graph_t *g, il_centrality_t *res, int strength)
{
    igraph_integer_t n = res->nodes, i;
    igraph_vector_int_t d;
    il_score_t base = strength ? IL_SCORE_STRENGTH : IL_SCORE_DEGREE;
    igraph_neimode_t modes[3] = { IGRAPH_ALL, IGRAPH_IN, IGRAPH_OUT };
    int k, nk = g->directed ? 3 : 1;

    IGRAPH_VECTOR_INT_INIT_FINALLY(&d, 0);
    for (k = 0; k < nk; k++) {
        il_score_t c = (il_score_t) (base + k);
        IGRAPH_CHECK(il_i_centrality_add_score(res, c, n));
        if (strength) {
            IGRAPH_CHECK(igraph_strength(&g->graph, &res->score[c], igraph_vss_all(), modes[k],
                                         /* loops = */ true, &g->weight));
        } else {
            IGRAPH_CHECK(igraph_degree(&g->graph, &d, igraph_vss_all(), modes[k],
                                       /* loops = */ true));
            for (i = 0; i < n; i++) {
                VECTOR(res->score[c])[i] = (double) VECTOR(d)[i];
            }
        }
    }
    igraph_vector_int_destroy(&d);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

static igraph_error_t local_scores(const il_graph_t *g, il_centrality_t *res, unsigned want)
{
    igraph_integer_t n = res->nodes, i;
    int es = (want >> IL_MEASURE_EFFECTIVE_SIZE) & 1, ef = (want >> IL_MEASURE_EFFICIENCY) & 1;
    int hi = (want >> IL_MEASURE_HIERARCHY) & 1, co = (want >> IL_MEASURE_CONSTRAINT) & 1;

    if (co) {
        IGRAPH_CHECK(il_i_centrality_add_score(res, IL_SCORE_CONSTRAINT, n));
    }
    /* one pass for all four Burt measures, so they agree on loops and
     * isolates; constraint equals igraph_constraint on loop-free graphs */
    if (co || es || ef || hi) {
        if (es) {
            IGRAPH_CHECK(il_i_centrality_add_score(res, IL_SCORE_EFFECTIVE_SIZE, n));
        }
        if (ef) {
            IGRAPH_CHECK(il_i_centrality_add_score(res, IL_SCORE_EFFICIENCY, n));
        }
        if (hi) {
            IGRAPH_CHECK(il_i_centrality_add_score(res, IL_SCORE_HIERARCHY, n));
        }
        IGRAPH_CHECK(il_structural_holes(g, es ? &res->score[IL_SCORE_EFFECTIVE_SIZE] : NULL,
                                         ef ? &res->score[IL_SCORE_EFFICIENCY] : NULL,
                                         hi ? &res->score[IL_SCORE_HIERARCHY] : NULL,
                                         co ? &res->score[IL_SCORE_CONSTRAINT] : NULL));
    }
    if ((want >> IL_MEASURE_CORENESS) & 1) {
        igraph_vector_int_t core;
        IGRAPH_CHECK(il_i_centrality_add_score(res, IL_SCORE_CORENESS, n));
        IGRAPH_VECTOR_INT_INIT_FINALLY(&core, n);
        IGRAPH_CHECK(igraph_coreness(&g->graph, &core, IGRAPH_ALL));
        for (i = 0; i < n; i++) {
            VECTOR(res->score[IL_SCORE_CORENESS])[i] = (double) VECTOR(core)[i];
        }
        igraph_vector_int_destroy(&core);
        IGRAPH_FINALLY_CLEAN(1);
    }
    if ((want >> IL_MEASURE_CLUSTERING) & 1) {
        igraph_t und;
        const igraph_t *view;
        int made;
        IGRAPH_CHECK(il_i_centrality_add_score(res, IL_SCORE_CLUSTERING, n));
        IGRAPH_CHECK(il_graph_simple_undirected(g, &und, &view, &made));
        if (made) {
            IGRAPH_FINALLY(igraph_destroy, &und);
        }
        IGRAPH_CHECK(igraph_transitivity_local_undirected(view, &res->score[IL_SCORE_CLUSTERING],
                                                          igraph_vss_all(),
                                                          IGRAPH_TRANSITIVITY_ZERO));
        if (made) {
            igraph_destroy(&und);
            IGRAPH_FINALLY_CLEAN(1);
        }
    }
    return IGRAPH_SUCCESS;
}

/* ---- The whole command -------------------------------------------------- */

static void result_free(void *p)
{
    il_centrality_destroy((il_centrality_t *) p);
}

/**
 * \function il_centrality
 * \brief Per-node centrality, structural holes and centralization.
 *
 * Computes the measures in opts->measures (0: every measure that applies;
 * hub and authority only for directed graphs) as DEFINITIONS.md defines
 * them: degree and strength (directed: total, in, out; loops count twice
 * as in networkx), betweenness (Brandes on the --path-weight lengths,
 * x 2/((n-1)(n-2)) undirected, x 1/((n-1)(n-2)) directed, 0 when n < 3;
 * raw with opts->raw; estimated from opts->samples random sources scaled
 * by n/K when 0 < K < n), closeness (Wasserman-Faust, 0 for a node that
 * reaches nobody), harmonic (/(n-1)), eigenvector (weighted, max 1; all 1
 * without ties, as igraph), pagerank (0.85, weighted), hub and authority
 * (weighted, max 1), constraint, effective size, efficiency, hierarchy
 * (il_structural_holes(), weighted; constraint as igraph_constraint), coreness
 * (unweighted, in + out) and local clustering (unweighted, undirected
 * simple graph, degree < 2 gives 0).
 *
 * Centralization (igraph's normalised definitions, generic form
 * (n max - sum)/tmax applied to innolink's scores): degree (total degree,
 * igraph_centralization_degree_tmax, mode all, no loops), betweenness
 * (raw scores, igraph_centralization_betweenness_tmax), closeness
 * (il_i_closeness_tmax: the maximum for the tie lengths used, a star of
 * ties of the shortest length), eigenvector
 * (igraph_centralization_eigenvector_centrality_tmax, scale = true) and
 * the Gini coefficient of total strengths. NaN when the measure was not
 * asked for or the maximum is 0 (n < 3 for most).
 *
 * \param opts  Measures, path weights, raw, jobs, samples and seed.
 * \param res   Filled on success; free with il_centrality_destroy().
 * \return IGRAPH_EINVAL for hub/authority on an undirected graph, jobs < 1
 *         or samples > n; IGRAPH_FAILURE when a worker fails; ENOMEM.
 *
 * Time complexity: O(n m + n^2 log n) for the path measures (divided over
 * the workers), about O(m d) for the rest.
 */
igraph_error_t il_centrality(const il_graph_t *g, const il_centrality_options_t *opts,
                             il_centrality_t *res)
{
    igraph_integer_t n = il_graph_vcount(g);
    unsigned want = opts->measures;
    il_rng_scope_t rng;
    int k;

    memset(res, 0, sizeof *res);
    res->nodes = n;
    res->directed = g->directed;
    res->jobs = opts->jobs;
    res->degree_centralization = res->betweenness_centralization = NAN;
    res->closeness_centralization = res->eigenvector_centralization = NAN;
    res->strength_gini = NAN;
    res->closeness_shortest = res->closeness_tmax = NAN;
    if (want == 0) {
        for (k = 0; k < IL_MEASURE_COUNT; k++) {
            if (il_measure_applies((il_measure_t) k, g->directed)) {
                want |= 1u << k;
            }
        }
    }
    for (k = 0; k < IL_MEASURE_COUNT; k++) {
        if (((want >> k) & 1) && !il_measure_applies((il_measure_t) k, g->directed)) {
            IGRAPH_ERRORF("The measure '%s' needs a directed graph.", IGRAPH_EINVAL,
                          measure_names[k]);
        }
    }
    if (opts->jobs < 1) {
        IGRAPH_ERROR("The number of worker processes must be at least 1.", IGRAPH_EINVAL);
    }
    if (opts->samples < 0 || opts->samples > n) {
        IGRAPH_ERRORF("Cannot sample %" IGRAPH_PRId " sources from %" IGRAPH_PRId " nodes.",
                      IGRAPH_EINVAL, opts->samples, n);
    }
    res->measures = want;
    IGRAPH_FINALLY(result_free, res);
    if ((want >> IL_MEASURE_DEGREE) & 1) {
        double tmax;
        IGRAPH_CHECK(degree_scores(g, res, 0));
        IGRAPH_CHECK(igraph_centralization_degree_tmax(&g->graph, n, IGRAPH_ALL,
                                                       /* loops = */ false, &tmax));
        res->degree_centralization = il_i_centralization(&res->score[IL_SCORE_DEGREE], tmax);
    }
    if ((want >> IL_MEASURE_STRENGTH) & 1) {
        IGRAPH_CHECK(degree_scores(g, res, 1));
        res->strength_gini = il_gini(&res->score[IL_SCORE_STRENGTH]);
    }
    IGRAPH_CHECK(il_i_centrality_paths(g, opts, res, want));
    if (n > 0) {
        /* ARPACK's start vector carries a small random perturbation in
         * igraph: seed it so that every run gives the same digits. */
        IGRAPH_CHECK(il_rng_scope_begin(&rng, opts->seed));
        IGRAPH_FINALLY(il_rng_scope_end, &rng);
        IGRAPH_CHECK(il_i_centrality_spectral(g, res, want));
        il_rng_scope_end(&rng);
        IGRAPH_FINALLY_CLEAN(1);
    } else {
        for (k = IL_MEASURE_EIGENVECTOR; k <= IL_MEASURE_AUTHORITY; k++) {
            if ((want >> k) & 1) {
                il_score_t c = k == IL_MEASURE_EIGENVECTOR ? IL_SCORE_EIGENVECTOR :
                               k == IL_MEASURE_PAGERANK ? IL_SCORE_PAGERANK :
                               k == IL_MEASURE_HUB ? IL_SCORE_HUB : IL_SCORE_AUTHORITY;
                IGRAPH_CHECK(il_i_centrality_add_score(res, c, 0));
            }
        }
    }
    IGRAPH_CHECK(local_scores(g, res, want));
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}
