/*
 * The spectral centralities of il_centrality(): eigenvector centrality,
 * PageRank and Kleinberg's hub and authority scores
 * (docs/metrics-centrality.md).
 */
#include "analysis/centrality.h"
#include "analysis/centrality_internal.h"
#include "core/threads.h"

#include <math.h>
#include <stdlib.h>

/* 1 when every node of an undirected graph has the same strength (> 0),
 * self-loops counted twice as igraph does. */
static int equal_strengths(const il_graph_t *g)
{
    igraph_integer_t n = il_graph_vcount(g), m = il_graph_ecount(g), e, v;
    double *s = calloc((size_t) (n > 0 ? n : 1), sizeof *s);
    int equal = s != NULL;
    for (e = 0; equal && e < m; e++) {
        s[IGRAPH_FROM(&g->graph, e)] += VECTOR(g->weight)[e];
        s[IGRAPH_TO(&g->graph, e)] += VECTOR(g->weight)[e];
    }
    for (v = 1; equal && v < n; v++) {
        equal = fabs(s[v] - s[0]) <= 1e-12 * fabs(s[0]);
    }
    equal = equal && n > 0 && s[0] > 0;
    free(s);
    return equal;
}

/**
 * \function il_i_centrality_spectral
 * \brief The eigenvector, PageRank, hub and authority columns of
 *        il_centrality().
 *
 * Eigenvector centrality (weighted, scaled to max 1; all 1 without ties
 * or when every node has the same strength, where ARPACK fails to
 * converge) with its centralization, PageRank (PRPACK on one OpenMP
 * thread, so that every run gives the same digits; damping 0.85,
 * weighted) and Kleinberg's hub and authority scores (weighted, max 1;
 * all 1 without ties). Only the measures set in \p want are computed.
 * ARPACK's start vector draws from igraph's default generator: the
 * caller seeds it.
 *
 * \return ARPACK and igraph errors; IGRAPH_ENOMEM.
 *
 * Time complexity: about O(m) per ARPACK or PRPACK iteration.
 */
igraph_error_t il_i_centrality_spectral(const il_graph_t *g, il_centrality_t *res,
                                        unsigned want)
{
    igraph_integer_t n = res->nodes, m = il_graph_ecount(g);
    igraph_real_t value;

    if ((want >> IL_MEASURE_EIGENVECTOR) & 1) {
        igraph_vector_t *v;
        double tmax;
        IGRAPH_CHECK(il_i_centrality_add_score(res, IL_SCORE_EIGENVECTOR, n));
        v = &res->score[IL_SCORE_EIGENVECTOR];
        if (m == 0) {
            igraph_vector_fill(v, 1.0);     /* what igraph returns, without its warning */
        } else if (!g->directed && equal_strengths(g)) {
            /* every node has the same strength: the all-ones vector is the
             * leading eigenvector (Perron-Frobenius), and ARPACK fails to
             * converge on such degenerate spectra (a ring of 5001 nodes) */
            igraph_vector_fill(v, 1.0);
        } else {
            IGRAPH_CHECK(igraph_eigenvector_centrality(&g->graph, v, &value, g->directed,
                                                       /* scale = */ true, &g->weight, NULL));
        }
        IGRAPH_CHECK(igraph_centralization_eigenvector_centrality_tmax(&g->graph, n, g->directed,
                                                                       /* scale = */ true,
                                                                       &tmax));
        res->eigenvector_centralization = il_i_centralization(v, tmax);
    }
    if ((want >> IL_MEASURE_PAGERANK) & 1) {
        /* PRPACK on one OpenMP thread: its parallel sums change the last
         * digit from run to run, and its idle threads spin (core/threads.h) */
        il_serial_scope_t serial;
        IGRAPH_CHECK(il_i_centrality_add_score(res, IL_SCORE_PAGERANK, n));
        il_serial_scope_begin(&serial);
        IGRAPH_FINALLY(il_serial_scope_end, &serial);
        IGRAPH_CHECK(igraph_pagerank(&g->graph, IGRAPH_PAGERANK_ALGO_PRPACK,
                                     &res->score[IL_SCORE_PAGERANK], &value, igraph_vss_all(),
                                     g->directed, 0.85, &g->weight, NULL));
        il_serial_scope_end(&serial);
        IGRAPH_FINALLY_CLEAN(1);
    }
    if (((want >> IL_MEASURE_HUB) & 1) || ((want >> IL_MEASURE_AUTHORITY) & 1)) {
        igraph_vector_t hub, auth;
        IGRAPH_VECTOR_INIT_FINALLY(&hub, n);
        IGRAPH_VECTOR_INIT_FINALLY(&auth, n);
        if (m == 0) {
            igraph_vector_fill(&hub, 1.0);
            igraph_vector_fill(&auth, 1.0);
        } else {
            IGRAPH_CHECK(igraph_hub_and_authority_scores(&g->graph, &hub, &auth, &value,
                                                         /* scale = */ true, &g->weight, NULL));
        }
        if ((want >> IL_MEASURE_HUB) & 1) {
            IGRAPH_CHECK(il_i_centrality_add_score(res, IL_SCORE_HUB, 0));
            igraph_vector_swap(&res->score[IL_SCORE_HUB], &hub);
        }
        if ((want >> IL_MEASURE_AUTHORITY) & 1) {
            IGRAPH_CHECK(il_i_centrality_add_score(res, IL_SCORE_AUTHORITY, 0));
            igraph_vector_swap(&res->score[IL_SCORE_AUTHORITY], &auth);
        }
        igraph_vector_destroy(&auth);
        igraph_vector_destroy(&hub);
        IGRAPH_FINALLY_CLEAN(2);
    }
    return IGRAPH_SUCCESS;
}
