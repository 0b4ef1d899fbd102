#include "analysis/summary.h"
#include "analysis/distance.h"
#include "core/rng.h"
#include "core/setup.h"

#include <math.h>
#include <string.h>

static igraph_error_t summary_paths(const il_graph_t *g, const il_summary_options_t *opts,
                                    il_summary_t *res)
{
    double n = (double) res->nodes, m = (double) res->edges;
    il_paths_mode_t mode = opts->paths;
    igraph_vector_int_t sources;
    il_rng_scope_t rng;

    if (mode == IL_PATHS_AUTO) {
        mode = n * (n + m) <= IL_PATHS_EXACT_LIMIT || opts->samples >= res->nodes
               ? IL_PATHS_EXACT : IL_PATHS_SAMPLE;
    }
    if (mode == IL_PATHS_SAMPLE && opts->samples >= res->nodes) {
        mode = IL_PATHS_EXACT;      /* sampling every node is the exact value */
    }
    res->paths_used = mode;
    if (mode == IL_PATHS_SKIP) {
        res->average_path_length = res->diameter = NAN;
        res->average_path_length_se = NAN;
        res->path_sources = 0;
        return IGRAPH_SUCCESS;
    }
    if (mode == IL_PATHS_EXACT) {
        res->path_sources = res->nodes;
        return il_path_stats(&g->graph, NULL, opts->jobs > 0 ? opts->jobs : 1,
                             &res->average_path_length, &res->diameter,
                             &res->average_path_length_se);
    }
    if (opts->samples < 1) {
        IGRAPH_ERROR("The number of path samples must be at least 1.", IGRAPH_EINVAL);
    }
    IGRAPH_VECTOR_INT_INIT_FINALLY(&sources, 0);
    IGRAPH_CHECK(il_rng_scope_begin(&rng, opts->seed));
    IGRAPH_FINALLY(il_rng_scope_end, &rng);
    IGRAPH_CHECK(igraph_random_sample(&sources, 0, res->nodes - 1, opts->samples));
    il_rng_scope_end(&rng);
    IGRAPH_FINALLY_CLEAN(1);
    res->path_sources = opts->samples;
    IGRAPH_CHECK(il_path_stats(&g->graph, &sources, opts->jobs > 0 ? opts->jobs : 1,
                               &res->average_path_length, &res->diameter,
                               &res->average_path_length_se));
    igraph_vector_int_destroy(&sources);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_summary
 * \brief Whole-graph structure: size, density, components, clustering,
 *        path lengths and degree assortativity.
 *
 * Definitions are those of DEFINITIONS.md (networkx and igraph as peers):
 * density 2m/(n(n-1)) (m/(n(n-1)) directed) and 0 when n < 2; weighted
 * density W over the same pairs; mean degree 2m/n and mean strength 2W/n
 * (in + out when directed); weak components with isolates; transitivity
 * and average clustering (degree < 2 counts 0) on the undirected simple
 * graph, transitivity 0 without connected triples (networkx); path
 * statistics in hops (see il_path_lengths()); Newman's degree assortativity
 * (out-degree of source against in-degree of target when directed).
 *
 * \param opts  Path-length mode, sample size and seed.
 * \param res   Filled on success.
 * \return IGRAPH_EINVAL for bad options; IGRAPH_ENOMEM.
 *
 * Time complexity: O(n + m d) plus the path statistics, O(s (n + m)).
 */
igraph_error_t il_summary(const il_graph_t *g, const il_summary_options_t *opts,
                          il_summary_t *res)
{
    igraph_integer_t n = il_graph_vcount(g), m = il_graph_ecount(g), i;
    igraph_vector_int_t membership, csize, degree;
    igraph_t und;
    const igraph_t *ug = &g->graph;
    int made = 0;
    double pairs;

    memset(res, 0, sizeof *res);
    res->nodes = n;
    res->edges = m;
    res->directed = g->directed;
    res->duplicates_merged = g->info.duplicates_merged;
    res->self_loops_dropped = g->info.self_loops_dropped;
    for (i = 0; i < m; i++) {
        res->total_weight += VECTOR(g->weight)[i];
    }
    pairs = g->directed ? (double) n * (n - 1) : (double) n * (n - 1) / 2.0;
    res->density = n < 2 ? 0.0 : (double) m / pairs;
    res->weighted_density = n < 2 ? 0.0 : res->total_weight / pairs;
    res->mean_degree = n == 0 ? NAN : 2.0 * (double) m / (double) n;
    res->mean_strength = n == 0 ? NAN : 2.0 * res->total_weight / (double) n;

    IGRAPH_VECTOR_INT_INIT_FINALLY(&membership, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&csize, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&degree, 0);
    IGRAPH_CHECK(igraph_connected_components(&g->graph, &membership, &csize,
                                             &res->components, IGRAPH_WEAK));
    res->largest_component_nodes = n > 0 ? igraph_vector_int_max(&csize) : 0;
    res->largest_component_share = n > 0 ? (double) res->largest_component_nodes / n : NAN;
    IGRAPH_CHECK(igraph_degree(&g->graph, &degree, igraph_vss_all(), IGRAPH_ALL,
                               /* loops = */ false));
    for (i = 0; i < n; i++) {
        res->isolates += VECTOR(degree)[i] == 0;
    }

    IGRAPH_CHECK(il_graph_simple_undirected(g, &und, &ug, &made));
    if (made) {
        IGRAPH_FINALLY(igraph_destroy, &und);
    }
    if (n > 0) {
        IGRAPH_CHECK(igraph_transitivity_undirected(ug, &res->transitivity,
                                                    IGRAPH_TRANSITIVITY_ZERO));
        if (isnan(res->transitivity)) {
            res->transitivity = 0.0;    /* no connected triple: networkx gives 0 */
        }
        IGRAPH_CHECK(igraph_transitivity_avglocal_undirected(ug, &res->average_clustering,
                                                             IGRAPH_TRANSITIVITY_ZERO));
    } else {
        res->transitivity = 0.0;
        res->average_clustering = NAN;
    }
    if (made) {
        igraph_destroy(&und);
        IGRAPH_FINALLY_CLEAN(1);
    }
    if (m > 0) {
        IGRAPH_CHECK(igraph_assortativity_degree(&g->graph, &res->degree_assortativity,
                                                 /* directed = */ g->directed));
    } else {
        res->degree_assortativity = NAN;
    }
    IGRAPH_CHECK(summary_paths(g, opts, res));

    igraph_vector_int_destroy(&degree);
    igraph_vector_int_destroy(&csize);
    igraph_vector_int_destroy(&membership);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}
