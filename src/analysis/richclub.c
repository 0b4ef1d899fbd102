/*
 * Rich-club coefficient (Zhou & Mondragon 2004; Colizza et al. 2006;
 * PEERS.md section 4.9), unweighted, as networkx.rich_club_coefficient:
 *   phi(k) = 2 E_k / (N_k (N_k - 1)),
 * N_k the nodes of degree > k and E_k the ties among them, for
 * k = 0, 1, ... while N_k >= 2. The normalised rho(k) divides by the mean
 * phi(k) over an ensemble of degree-preserving rewirings (igraph_rewire).
 */
#include "analysis/structure.h"
#include "core/setup.h"

#include <math.h>

/* E_k for k = 0..rows-1 from the degrees of the ends of every tie. */
static void rich_edges(const igraph_t *graph, const igraph_vector_int_t *deg,
                       igraph_vector_t *ek)
{
    igraph_integer_t m = igraph_ecount(graph), e, k, rows = igraph_vector_size(ek);
    igraph_vector_null(ek);
    for (e = 0; e < m; e++) {
        igraph_integer_t a = VECTOR(*deg)[IGRAPH_FROM(graph, e)];
        igraph_integer_t b = VECTOR(*deg)[IGRAPH_TO(graph, e)];
        igraph_integer_t lo = a < b ? a : b;
        /* the tie counts for every k < lo */
        if (lo > 0) {
            VECTOR(*ek)[(lo - 1 < rows - 1 ? lo - 1 : rows - 1)] += 1;
        }
    }
    for (k = rows - 2; k >= 0; k--) {
        VECTOR(*ek)[k] += VECTOR(*ek)[k + 1];
    }
}

/**
 * \function il_rich_club_init
 * \brief Empty rich-club result; destroy with il_rich_club_destroy().
 */
igraph_error_t il_rich_club_init(il_rich_club_t *rc)
{
    IGRAPH_VECTOR_INT_INIT_FINALLY(&rc->nodes, 0);
    IGRAPH_VECTOR_INIT_FINALLY(&rc->edges, 0);
    IGRAPH_VECTOR_INIT_FINALLY(&rc->phi, 0);
    IGRAPH_VECTOR_INIT_FINALLY(&rc->phi_random, 0);
    IGRAPH_VECTOR_INIT_FINALLY(&rc->rho, 0);
    IGRAPH_FINALLY_CLEAN(5);
    rc->rewirings_done = 0;
    return IGRAPH_SUCCESS;
}

/** \function il_rich_club_destroy \brief Free a rich-club result. */
void il_rich_club_destroy(il_rich_club_t *rc)
{
    igraph_vector_int_destroy(&rc->nodes);
    igraph_vector_destroy(&rc->edges);
    igraph_vector_destroy(&rc->phi);
    igraph_vector_destroy(&rc->phi_random);
    igraph_vector_destroy(&rc->rho);
}

/**
 * \function il_rich_club
 * \brief Rich-club coefficient by degree, raw and normalised.
 *
 * Row k (k = 0..K) holds N_k, E_k, phi(k), the mean phi(k) over
 * \p rewirings copies of the graph each rewired by igraph_rewire() with
 * \p trials_per_edge * m trials (IGRAPH_REWIRING_SIMPLE: degrees kept, no
 * loops or multiple ties), and rho(k) = phi(k) / that mean (NaN when the
 * mean is 0 or no rewiring was done). Graphs with fewer than 4 nodes or 2
 * ties are not rewired. Uses igraph's default RNG: seed it first.
 *
 * \param graph Undirected, without loops or multiple ties.
 * \param rc    Initialised with il_rich_club_init(); rows = nodes >= 2 only.
 * \return IGRAPH_EINVAL for a directed graph; IGRAPH_ENOMEM.
 *
 * Time complexity: O(R (t m + m + n)) for R rewirings of t m trials.
 */
igraph_error_t il_rich_club(const igraph_t *graph, igraph_integer_t rewirings,
                            igraph_integer_t trials_per_edge, il_rich_club_t *rc)
{
    igraph_integer_t n = igraph_vcount(graph), m = igraph_ecount(graph), v, k, rows, r;
    igraph_vector_int_t deg;
    igraph_vector_t ek, sum;

    if (igraph_is_directed(graph)) {
        IGRAPH_ERROR("Rich-club coefficient needs an undirected graph.", IGRAPH_EINVAL);
    }
    IGRAPH_VECTOR_INT_INIT_FINALLY(&deg, n);
    IGRAPH_CHECK(igraph_degree(graph, &deg, igraph_vss_all(), IGRAPH_ALL, IGRAPH_NO_LOOPS));
    /* N_k for k = 0.. while N_k >= 2 */
    IGRAPH_CHECK(igraph_vector_int_resize(&rc->nodes, 0));
    for (k = 0;; k++) {
        igraph_integer_t nk = 0;
        for (v = 0; v < n; v++) {
            nk += VECTOR(deg)[v] > k;
        }
        if (nk < 2) {
            break;
        }
        IGRAPH_CHECK(igraph_vector_int_push_back(&rc->nodes, nk));
    }
    rows = igraph_vector_int_size(&rc->nodes);
    IGRAPH_CHECK(igraph_vector_resize(&rc->edges, rows));
    IGRAPH_CHECK(igraph_vector_resize(&rc->phi, rows));
    IGRAPH_CHECK(igraph_vector_resize(&rc->phi_random, rows));
    IGRAPH_CHECK(igraph_vector_resize(&rc->rho, rows));
    igraph_vector_fill(&rc->phi_random, NAN);
    igraph_vector_fill(&rc->rho, NAN);
    rc->rewirings_done = 0;
    if (rows == 0) {
        igraph_vector_int_destroy(&deg);
        IGRAPH_FINALLY_CLEAN(1);
        return IGRAPH_SUCCESS;
    }
    IGRAPH_VECTOR_INIT_FINALLY(&ek, rows);
    IGRAPH_VECTOR_INIT_FINALLY(&sum, rows);
    rich_edges(graph, &deg, &ek);
    for (k = 0; k < rows; k++) {
        double nk = (double) VECTOR(rc->nodes)[k];
        VECTOR(rc->edges)[k] = VECTOR(ek)[k];
        VECTOR(rc->phi)[k] = 2 * VECTOR(ek)[k] / (nk * (nk - 1));
    }
    if (n >= 4 && m >= 2 && rewirings > 0) {
        for (r = 0; r < rewirings; r++) {
            igraph_t copy;
            IGRAPH_CHECK(igraph_copy(&copy, graph));
            IGRAPH_FINALLY(igraph_destroy, &copy);
            IGRAPH_CHECK(igraph_rewire(&copy, trials_per_edge * m, IGRAPH_REWIRING_SIMPLE));
            rich_edges(&copy, &deg, &ek);      /* rewiring keeps every degree */
            for (k = 0; k < rows; k++) {
                VECTOR(sum)[k] += VECTOR(ek)[k];
            }
            igraph_destroy(&copy);
            IGRAPH_FINALLY_CLEAN(1);
            il_progress("rich club", (double) (r + 1) / (double) rewirings);
        }
        rc->rewirings_done = rewirings;
        for (k = 0; k < rows; k++) {
            double nk = (double) VECTOR(rc->nodes)[k];
            double pr = 2 * (VECTOR(sum)[k] / (double) rewirings) / (nk * (nk - 1));
            VECTOR(rc->phi_random)[k] = pr;
            VECTOR(rc->rho)[k] = pr > 0 ? VECTOR(rc->phi)[k] / pr : NAN;
        }
    }
    igraph_vector_destroy(&sum);
    igraph_vector_destroy(&ek);
    igraph_vector_int_destroy(&deg);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}
