/*
 * Gould-Fernandez brokerage roles (Gould & Fernandez 1989) with the
 * expectations, standard deviations and z-scores of R's sna::brokerage
 * (sna 2.7, R/models.R and src/gli.c). docs/metrics-groups.md.
 */
#include "analysis/brokerage.h"
#include "core/setup.h"

#include <stdlib.h>
#include <string.h>

/* Above this many groups the O(k^3) global liaison variance is skipped (NaN). */
#define IL_BROKER_MAX_K3 300

static const char *const role_names[IL_BROKER_ROLES] = {
    "coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"
};

/** \function il_broker_role_name \brief "coordinator", ..., "total". */
const char *il_broker_role_name(int role)
{
    return role >= 0 && role < IL_BROKER_ROLES ? role_names[role] : "?";
}

/**
 * \function il_brokerage_destroy
 * \brief Free a brokerage result; safe on a zero-filled one.
 */
void il_brokerage_destroy(il_brokerage_t *res)
{
    igraph_matrix_t *ms[6];
    int i;
    ms[0] = &res->raw;
    ms[1] = &res->expected;
    ms[2] = &res->sd;
    ms[3] = &res->z;
    ms[4] = &res->group_expected;
    ms[5] = &res->group_sd;
    for (i = 0; i < 6; i++) {
        if (ms[i]->data.stor_begin) {
            igraph_matrix_destroy(ms[i]);
        }
    }
    memset(res, 0, sizeof *res);
}

static void brokerage_free(void *res)
{
    il_brokerage_destroy((il_brokerage_t *) res);
}

static double choose2(double x)
{
    return x * (x - 1) / 2;
}

static double zscore(double x, double mean, double sd)
{
    return sd > 0 && isfinite(sd) ? (x - mean) / sd : NAN;
}

/* The role of broker v for the two-path a -> v -> b (sna gli.c). */
static int role_of(igraph_integer_t ga, igraph_integer_t gv, igraph_integer_t gb)
{
    if (gv == ga) {
        return gv == gb ? IL_BROKER_COORDINATOR : IL_BROKER_REPRESENTATIVE;
    }
    if (gv == gb) {
        return IL_BROKER_GATEKEEPER;
    }
    return ga == gb ? IL_BROKER_ITINERANT : IL_BROKER_LIAISON;
}

/* Group moments, sna's ebr/vbr for the broker's group i (size ni). */
static void group_moments(const igraph_vector_int_t *size, igraph_integer_t i, double d,
                          double N, double *ex, double *var)
{
    igraph_integer_t k = igraph_vector_int_size(size), j;
    double ni = (double) VECTOR(*size)[i], c = d * d * (1 - d), f = 1 - c;
    double c3 = 2 * pow(d, 3) * pow(1 - d, 3);
    double s_nn1 = 0, s_nn1n2 = 0, s_n = 0, s_n2 = 0, s_lia = 0;
    for (j = 0; j < k; j++) {
        double nj = (double) VECTOR(*size)[j];
        if (j == i) {
            continue;
        }
        s_nn1 += nj * (nj - 1);
        s_nn1n2 += nj * (nj - 1) * (nj - 2);
        s_n += nj;
        s_n2 += nj * nj;
        s_lia += nj * choose2(N - nj - ni);
    }
    ex[0] = c * (ni - 1) * (ni - 2);
    var[0] = ex[0] * f + c3 * (ni - 1) * (ni - 2) * (ni - 3);
    ex[1] = c * s_nn1;
    var[1] = ex[1] * f + c3 * s_nn1n2;
    ex[2] = c * (N - ni) * (ni - 1);
    var[2] = ex[2] * f + c3 * ((ni - 1) * choose2(N - ni) + (N - ni) * choose2(ni - 1));
    ex[3] = ex[2];
    var[3] = var[2];
    ex[4] = c * (s_n * s_n - s_n2);
    var[4] = ex[4] * f + 2 * c3 * s_lia;
    ex[5] = c * (N - 1) * (N - 2);
    var[5] = ex[5] * f + c3 * (N - 1) * (N - 2) * (N - 3);
}

/* Global moments, sna's egbr/vgbr. */
static void global_moments(const igraph_vector_int_t *size, double d, double N,
                           double *ex, double *var)
{
    igraph_integer_t k = igraph_vector_int_size(size), i, j, l;
    double c = d * d * (1 - d), f = 1 - c;
    double d3 = pow(d, 3) * pow(1 - d, 3), d4 = pow(d, 4) * pow(1 - d, 2), d5 = pow(d, 5) * (1 - d);
    double s1 = 0, v1 = 0, s2 = 0, v2a = 0, v2b = 0, v3 = 0, s5a = 0, s5b = 0, v5 = 0;
    for (i = 0; i < k; i++) {
        double x = (double) VECTOR(*size)[i];
        s1 += x * (x - 1) * (x - 2);
        v1 += x * (x - 1) * (x - 2) * ((4 * x - 10) * d3 - 4 * (x - 3) * d4 + (x - 3) * d5);
        s2 += x * (N - x) * (x - 1);
        v2b += x * x * (x - 1) * ((4 * x - 6) * d3 + (N - x - 1) * d5);
        v3 += x * (N - x) * (x - 1) * ((N - 3) * d3 + (x - 2) * d5);
        s5b += x * x * (N - 2 * x);
        for (j = 0; j < k; j++) {
            double y = (double) VECTOR(*size)[j];
            v2a += x * y * (x - 1) * ((2 * x + 2 * y - 6) * d3 + (N - x - 1) * d5);
            s5a += x * y * (N - x - y);
        }
    }
    ex[0] = c * s1;
    var[0] = ex[0] * f + v1;
    ex[1] = c * s2;
    var[1] = ex[1] * f + (v2a - v2b);
    ex[2] = c * s2;
    var[2] = ex[2] * f + v3;
    ex[3] = ex[2];
    var[3] = var[2];
    ex[4] = c * (s5a - s5b);
    var[4] = ex[4] * f;
    if (k > IL_BROKER_MAX_K3) {
        var[4] = NAN;
    } else {
        for (i = 0; i < k; i++) {
            for (j = 0; j < k; j++) {
                for (l = 0; l < k; l++) {
                    double ni = (double) VECTOR(*size)[i], nj = (double) VECTOR(*size)[j];
                    double nk = (double) VECTOR(*size)[l];
                    if (i == j || j == l || i == l) {
                        continue;
                    }
                    v5 += ni * nj * nk * ((4 * (N - nj) - 2 * (ni + nk + 1)) * d3
                                          - (4 * (N - nk) - 2 * (ni + nj + 1)) * d4
                                          + (N - (ni + nk + 1)) * d5);
                }
            }
        }
        var[4] += v5;
    }
    ex[5] = c * N * (N - 1) * (N - 2);
    var[5] = ex[5] * f + N * (N - 1) * (N - 2) * ((4 * N - 10) * d3 - 4 * (N - 3) * d4
                                                    + (N - 3) * d5);
}

/**
 * \function il_brokerage
 * \brief Gould-Fernandez brokerage roles of every node, with sna's null model.
 *
 * Node v brokers the ordered pair (a, b) when a -> v -> b, a != b, and there
 * is no tie a -> b; the role follows the groups of a, v and b (PEERS.md 4.5).
 * An undirected graph is read as its symmetric directed graph: each tie is
 * two arcs, every unordered pair is counted in both orders, and
 * representative equals gatekeeper, exactly as sna::brokerage on the
 * symmetrised adjacency matrix. Self-loops are skipped (neither counted as
 * arcs in the density nor as two-paths).
 *
 * Expectations and variances are those of sna::brokerage, with
 * d = arcs / (n(n-1)), per broker group and for the whole network; a z-score
 * whose standard deviation is 0 is NaN.
 *
 * \param res  Uninitialised; destroy with il_brokerage_destroy().
 * \return IGRAPH_EINVAL for fewer than two groups; IGRAPH_ENOMEM.
 *
 * Time complexity: O(sum_v k(v)^2) for the two-path pass (no adjacency
 * matrix: a stamp array of n entries), O(n k + k^3) for the moments.
 */
igraph_error_t il_brokerage(const il_graph_t *g, const il_partition_t *p, il_brokerage_t *res)
{
    igraph_integer_t n = il_graph_vcount(g), k = p->k, v, i, j, r;
    const igraph_integer_t *mem = VECTOR(p->membership);
    igraph_adjlist_t out, in;
    igraph_integer_t *mark, stamp = 0;
    double N = (double) n, ex[IL_BROKER_ROLES], var[IL_BROKER_ROLES];

    memset(res, 0, sizeof *res);
    if (k < 2) {
        IGRAPH_ERROR("Between-group measures need at least two groups.", IGRAPH_EINVAL);
    }
    IGRAPH_FINALLY(brokerage_free, res);
    res->n = n;
    res->k = k;
    IGRAPH_CHECK(igraph_matrix_init(&res->raw, n, IL_BROKER_ROLES));
    IGRAPH_CHECK(igraph_matrix_init(&res->expected, n, IL_BROKER_ROLES));
    IGRAPH_CHECK(igraph_matrix_init(&res->sd, n, IL_BROKER_ROLES));
    IGRAPH_CHECK(igraph_matrix_init(&res->z, n, IL_BROKER_ROLES));
    IGRAPH_CHECK(igraph_matrix_init(&res->group_expected, k, IL_BROKER_ROLES));
    IGRAPH_CHECK(igraph_matrix_init(&res->group_sd, k, IL_BROKER_ROLES));

    /* Neighbour lists without loops or multi-edges; for an undirected
     * graph OUT and IN are both the neighbours. */
    IGRAPH_CHECK(igraph_adjlist_init(&g->graph, &out, IGRAPH_OUT, IGRAPH_NO_LOOPS,
                                     IGRAPH_NO_MULTIPLE));
    IGRAPH_FINALLY(igraph_adjlist_destroy, &out);
    IGRAPH_CHECK(igraph_adjlist_init(&g->graph, &in, IGRAPH_IN, IGRAPH_NO_LOOPS,
                                     IGRAPH_NO_MULTIPLE));
    IGRAPH_FINALLY(igraph_adjlist_destroy, &in);

    /* For broker v and source a, stamp a's out-neighbours, then every
     * unstamped out-neighbour b != a of v is brokered. The stamping costs
     * sum_a kout(a)^2 over all (v, a), the scan sum_v kin(v) kout(v). */
    mark = calloc((size_t) (n > 0 ? n : 1), sizeof *mark);
    IGRAPH_CHECK_OOM(mark, "Out of memory counting brokerage.");
    IGRAPH_FINALLY(igraph_free, mark);
    for (v = 0; v < n; v++) {
        igraph_vector_int_t *vin = igraph_adjlist_get(&in, v);
        igraph_vector_int_t *vout = igraph_adjlist_get(&out, v);
        res->arcs += igraph_vector_int_size(vout);
        for (i = 0; i < igraph_vector_int_size(vin); i++) {
            igraph_integer_t a = VECTOR(*vin)[i];
            igraph_vector_int_t *aout = igraph_adjlist_get(&out, a);
            stamp++;
            for (j = 0; j < igraph_vector_int_size(aout); j++) {
                mark[VECTOR(*aout)[j]] = stamp;
            }
            for (j = 0; j < igraph_vector_int_size(vout); j++) {
                igraph_integer_t b = VECTOR(*vout)[j];
                if (b == a || mark[b] == stamp) {
                    continue;
                }
                MATRIX(res->raw, v, role_of(mem[a], mem[v], mem[b])) += 1;
            }
        }
        if ((v & 255) == 0) {
            il_progress("brokerage two-paths", (double) v / (double) n);
        }
    }
    for (v = 0; v < n; v++) {
        double t = 0;
        for (r = 0; r < IL_BROKER_TOTAL; r++) {
            t += MATRIX(res->raw, v, r);
        }
        MATRIX(res->raw, v, IL_BROKER_TOTAL) = t;
    }
    res->density = n > 1 ? (double) res->arcs / (N * (N - 1)) : NAN;

    for (i = 0; i < k; i++) {
        group_moments(&p->size, i, res->density, N, ex, var);
        for (r = 0; r < IL_BROKER_ROLES; r++) {
            MATRIX(res->group_expected, i, r) = ex[r] + 0.0;    /* -0 (size 1) -> 0 */
            MATRIX(res->group_sd, i, r) = sqrt(var[r]);
        }
    }
    for (v = 0; v < n; v++) {
        for (r = 0; r < IL_BROKER_ROLES; r++) {
            double x = MATRIX(res->raw, v, r);
            MATRIX(res->expected, v, r) = MATRIX(res->group_expected, mem[v], r);
            MATRIX(res->sd, v, r) = MATRIX(res->group_sd, mem[v], r);
            MATRIX(res->z, v, r) = zscore(x, MATRIX(res->expected, v, r), MATRIX(res->sd, v, r));
            res->global_raw[r] += x;
        }
    }
    global_moments(&p->size, res->density, N, ex, var);
    for (r = 0; r < IL_BROKER_ROLES; r++) {
        res->global_expected[r] = ex[r];
        res->global_sd[r] = sqrt(var[r]);
        res->global_z[r] = zscore(res->global_raw[r], ex[r], res->global_sd[r]);
    }
    free(mark);
    igraph_adjlist_destroy(&in);
    igraph_adjlist_destroy(&out);
    IGRAPH_FINALLY_CLEAN(4);
    return IGRAPH_SUCCESS;
}
