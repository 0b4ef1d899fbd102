/*
 * Burt's structural holes (Burt 1992, whole-network model, weighted;
 * PEERS.md 4.4): effective size, efficiency, hierarchy and the aggregate
 * constraint they rest on, from one pass over the mutual ties.
 */
#include "analysis/centrality.h"

#include <math.h>

/* Distinct neighbours of every node with the mutual tie a_ij + a_ji
 * (undirected: w_ij, which gives the same proportions), loops left out. */
typedef struct mutual {
    igraph_vector_int_t start;  /* n + 1 offsets into nb / mw */
    igraph_vector_int_t nb;
    igraph_vector_t mw;
    igraph_vector_t total, max; /* per node: sum and max of mw */
} mutual_t;

static void mutual_destroy(mutual_t *mu)
{
    igraph_vector_int_destroy(&mu->start);
    igraph_vector_int_destroy(&mu->nb);
    igraph_vector_destroy(&mu->mw);
    igraph_vector_destroy(&mu->total);
    igraph_vector_destroy(&mu->max);
}

static igraph_error_t mutual_init(const il_graph_t *g, mutual_t *mu)
{
    igraph_integer_t n = il_graph_vcount(g), i, k;
    igraph_inclist_t il;
    igraph_vector_t acc;
    igraph_vector_int_t seen;

    IGRAPH_CHECK(igraph_vector_int_init(&mu->start, n + 1));
    IGRAPH_FINALLY(igraph_vector_int_destroy, &mu->start);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&mu->nb, 0);
    IGRAPH_VECTOR_INIT_FINALLY(&mu->mw, 0);
    IGRAPH_VECTOR_INIT_FINALLY(&mu->total, n);
    IGRAPH_VECTOR_INIT_FINALLY(&mu->max, n);
    IGRAPH_CHECK(igraph_inclist_init(&g->graph, &il, IGRAPH_ALL, IGRAPH_LOOPS_ONCE));
    IGRAPH_FINALLY(igraph_inclist_destroy, &il);
    IGRAPH_VECTOR_INIT_FINALLY(&acc, n);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&seen, n);
    igraph_vector_int_fill(&seen, -1);
    for (i = 0; i < n; i++) {
        igraph_vector_int_t *inc = igraph_inclist_get(&il, i);
        igraph_integer_t deg = igraph_vector_int_size(inc), first = igraph_vector_int_size(&mu->nb);
        VECTOR(mu->start)[i] = first;
        for (k = 0; k < deg; k++) {
            igraph_integer_t e = VECTOR(*inc)[k], j = IGRAPH_OTHER(&g->graph, e, i);
            if (j == i) {
                continue;
            }
            if (VECTOR(seen)[j] != i) {
                VECTOR(seen)[j] = i;
                VECTOR(acc)[j] = 0;
                IGRAPH_CHECK(igraph_vector_int_push_back(&mu->nb, j));
            }
            VECTOR(acc)[j] += VECTOR(g->weight)[e];
        }
        for (k = first; k < igraph_vector_int_size(&mu->nb); k++) {
            double x = VECTOR(acc)[VECTOR(mu->nb)[k]];
            IGRAPH_CHECK(igraph_vector_push_back(&mu->mw, x));
            VECTOR(mu->total)[i] += x;
            if (x > VECTOR(mu->max)[i]) {
                VECTOR(mu->max)[i] = x;
            }
        }
    }
    VECTOR(mu->start)[n] = igraph_vector_int_size(&mu->nb);
    igraph_vector_int_destroy(&seen);
    igraph_vector_destroy(&acc);
    igraph_inclist_destroy(&il);
    IGRAPH_FINALLY_CLEAN(8);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_structural_holes
 * \brief Burt's effective size, efficiency, hierarchy and constraint.
 *
 * With the mutual tie z_ij = a_ij + a_ji and N(i) the distinct neighbours
 * (in or out), p_ij = z_ij / sum_k z_ik and m_jq = z_jq / max_k z_jk:
 *   effective size  ES_i = sum_{j in N(i)} [1 - sum_{q != i,j} p_iq m_jq]
 *                   (networkx.effective_size(weight=));
 *   efficiency      ES_i / |N(i)|;
 *   dyadic constraint c_ij = (p_ij + sum_{q != i,j} p_iq p_qj)^2 and
 *   constraint      C_i = sum_j c_ij (igraph_constraint, networkx.constraint);
 *   hierarchy       H_i = sum_j r_ij ln r_ij / (N ln N), r_ij = c_ij / (C_i/N),
 *                   N = |N(i)|; 0 when N = 1 (Burt 1992, whole-network model).
 * Self-loops are left out. Isolates get NaN in all four.
 *
 * \return IGRAPH_ENOMEM.
 *
 * Time complexity: O(sum over ties of the degrees at both ends).
 */
igraph_error_t il_structural_holes(const il_graph_t *g, igraph_vector_t *effective_size,
                                   igraph_vector_t *efficiency, igraph_vector_t *hierarchy,
                                   igraph_vector_t *constraint)
{
    igraph_integer_t n = il_graph_vcount(g), i, a, c;
    mutual_t mu;
    igraph_vector_t p, cij;

    IGRAPH_CHECK(mutual_init(g, &mu));
    IGRAPH_FINALLY(mutual_destroy, &mu);
    IGRAPH_VECTOR_INIT_FINALLY(&p, n);      /* p_iq of the current i, 0 elsewhere */
    IGRAPH_VECTOR_INIT_FINALLY(&cij, 0);
    if (effective_size) {
        IGRAPH_CHECK(igraph_vector_resize(effective_size, n));
    }
    if (efficiency) {
        IGRAPH_CHECK(igraph_vector_resize(efficiency, n));
    }
    if (hierarchy) {
        IGRAPH_CHECK(igraph_vector_resize(hierarchy, n));
    }
    if (constraint) {
        IGRAPH_CHECK(igraph_vector_resize(constraint, n));
    }
    for (i = 0; i < n; i++) {
        igraph_integer_t lo = VECTOR(mu.start)[i], hi = VECTOR(mu.start)[i + 1];
        igraph_integer_t deg = hi - lo;
        double es = 0, ctot = 0, h = 0;
        if (deg == 0) {
            if (effective_size) {
                VECTOR(*effective_size)[i] = NAN;
            }
            if (efficiency) {
                VECTOR(*efficiency)[i] = NAN;
            }
            if (hierarchy) {
                VECTOR(*hierarchy)[i] = NAN;
            }
            if (constraint) {
                VECTOR(*constraint)[i] = NAN;
            }
            continue;
        }
        IGRAPH_CHECK(igraph_vector_resize(&cij, deg));
        for (a = lo; a < hi; a++) {
            VECTOR(p)[VECTOR(mu.nb)[a]] = VECTOR(mu.mw)[a] / VECTOR(mu.total)[i];
        }
        for (a = lo; a < hi; a++) {
            igraph_integer_t j = VECTOR(mu.nb)[a];
            igraph_integer_t jlo = VECTOR(mu.start)[j], jhi = VECTOR(mu.start)[j + 1];
            double red = 0, indirect = 0, d;
            for (c = jlo; c < jhi; c++) {
                igraph_integer_t q = VECTOR(mu.nb)[c];
                double pq = VECTOR(p)[q];
                if (q == i || pq == 0) {
                    continue;
                }
                red += pq * VECTOR(mu.mw)[c] / VECTOR(mu.max)[j];
                indirect += pq * VECTOR(mu.mw)[c] / VECTOR(mu.total)[q];
            }
            es += 1.0 - red;
            d = VECTOR(p)[j] + indirect;
            VECTOR(cij)[a - lo] = d * d;
            ctot += d * d;
        }
        if (deg > 1) {
            double mean = ctot / (double) deg;
            for (a = 0; a < deg; a++) {
                double r = VECTOR(cij)[a] / mean;
                h += r > 0 ? r * log(r) : 0.0;
            }
            h /= (double) deg * log((double) deg);
        }
        for (a = lo; a < hi; a++) {
            VECTOR(p)[VECTOR(mu.nb)[a]] = 0;
        }
        if (effective_size) {
            VECTOR(*effective_size)[i] = es;
        }
        if (efficiency) {
            VECTOR(*efficiency)[i] = es / (double) deg;
        }
        if (hierarchy) {
            VECTOR(*hierarchy)[i] = h;
        }
        if (constraint) {
            VECTOR(*constraint)[i] = ctot;
        }
    }
    igraph_vector_destroy(&cij);
    igraph_vector_destroy(&p);
    mutual_destroy(&mu);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}
