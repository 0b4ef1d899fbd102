/*
 * Issue 12's building blocks, worked by hand: the node-bootstrap network
 * (how copies of a node are tied), the percentile rule, the dyad rows of
 * MRQAP and the Triple-Helix information of a 2 x 2 x 2 table.
 */
#include "test_util.h"
#include "core/rng.h"

/* The value of tie u-v in a bootstrap network (0 without one). */
static double tie_of(const il_graph_t *g, igraph_integer_t u, igraph_integer_t v)
{
    igraph_integer_t eid;
    igraph_get_eid(&g->graph, &eid, u, v, g->directed, false);
    return eid < 0 ? 0 : VECTOR(g->weight)[eid];
}

/*
 * Path a -1- b -2- c. Drawn [a, b, b]: position 0 is a, positions 1 and 2
 * are copies of b. Ties of different nodes are kept: 0-1 and 0-2 (a-b,
 * strength 1). The copies 1-2 take the value of a random pair of distinct
 * nodes: a-b 1, a-c 0 (none), b-c 2, each with probability 1/3.
 * 3000 networks: each value within 5 standard deviations of 1000.
 */
static void test_bootstrap_copies(void **state)
{
    static const char *const pairs[] = { "a", "b", "b", "c" };
    static const double w[] = { 1, 2 };
    igraph_integer_t drawn[3] = { 0, 1, 1 }, seen[3] = { 0, 0, 0 };
    il_graph_t g = IL_GRAPH_INIT, net;
    il_rng_scope_t rng;
    int r;
    (void) state;
    tu_graph(&g, 0, pairs, 2, w);
    assert_int_equal(il_rng_scope_begin(&rng, 7), 0);
    for (r = 0; r < 3000; r++) {
        double x;
        assert_int_equal(il_bootstrap_network(&g, drawn, &net), 0);
        assert_int_equal(il_graph_vcount(&net), 3);
        assert_near(tie_of(&net, 0, 1), 1, 0);
        assert_near(tie_of(&net, 0, 2), 1, 0);
        x = tie_of(&net, 1, 2);
        assert_true(x == 0 || x == 1 || x == 2);
        seen[(int) x]++;
        assert_int_equal(il_graph_ecount(&net), x > 0 ? 3 : 2);
        il_bootstrap_network_destroy(&net);
    }
    il_rng_scope_end(&rng);
    for (r = 0; r < 3; r++) {
        assert_true(labs((long) seen[r] - 1000) < 5 * 26);      /* sd sqrt(3000 2/9) = 25.8 */
    }
    /* drawn [a, c, c]: no tie a-c; the copies of c as above */
    drawn[1] = drawn[2] = 2;
    assert_int_equal(il_rng_scope_begin(&rng, 8), 0);
    assert_int_equal(il_bootstrap_network(&g, drawn, &net), 0);
    assert_near(tie_of(&net, 0, 1), 0, 0);
    assert_near(tie_of(&net, 0, 2), 0, 0);
    il_bootstrap_network_destroy(&net);
    il_rng_scope_end(&rng);
    il_graph_destroy(&g);
}

/*
 * Directed a -> b (3), b -> a (5), c -> a (1); drawn [a, a, b]. Different
 * nodes keep their arcs in both directions (0 -> 2 and 1 -> 2 strength 3,
 * 2 -> 0 and 2 -> 1 strength 5). The copies 0, 1 take a random ordered
 * pair (u, v) of distinct nodes as a dyad: 0 -> 1 is u -> v and 1 -> 0 is
 * v -> u, so (0 -> 1, 1 -> 0) is one of (3, 5), (5, 3), (0, 1), (1, 0),
 * (0, 0); over 600 networks all five turn up.
 */
static void test_bootstrap_directed(void **state)
{
    static const char *const pairs[] = { "a", "b", "b", "a", "c", "a" };
    static const double w[] = { 3, 5, 1 };
    igraph_integer_t drawn[3] = { 0, 0, 1 };
    il_graph_t g = IL_GRAPH_INIT, net;
    il_rng_scope_t rng;
    int r, seen[5] = { 0, 0, 0, 0, 0 }, k;
    (void) state;
    tu_graph(&g, 1, pairs, 3, w);
    assert_int_equal(il_rng_scope_begin(&rng, 1), 0);
    for (r = 0; r < 600; r++) {
        double x, y;
        assert_int_equal(il_bootstrap_network(&g, drawn, &net), 0);
        assert_near(tie_of(&net, 0, 2), 3, 0);
        assert_near(tie_of(&net, 1, 2), 3, 0);
        assert_near(tie_of(&net, 2, 0), 5, 0);
        assert_near(tie_of(&net, 2, 1), 5, 0);
        x = tie_of(&net, 0, 1);
        y = tie_of(&net, 1, 0);
        k = x == 3 && y == 5 ? 0 : x == 5 && y == 3 ? 1 : x == 0 && y == 1 ? 2 :
            x == 1 && y == 0 ? 3 : x == 0 && y == 0 ? 4 : -1;
        assert_true(k >= 0);
        seen[k]++;
        il_bootstrap_network_destroy(&net);
    }
    for (k = 0; k < 5; k++) {
        assert_true(seen[k] > 0);
    }
    il_rng_scope_end(&rng);
    il_graph_destroy(&g);
}

/* Percentiles as numpy.quantile (linear): [1, 2, 3, 4] at 0.25 is 1.75,
 * at 0.5 2.5, at 0 and 1 the ends; one value is itself; none is NaN. */
static void test_quantile(void **state)
{
    static const double x[] = { 1, 2, 3, 4 };
    (void) state;
    assert_near(il_quantile_sorted(x, 4, 0.25), 1.75, 1e-15);
    assert_near(il_quantile_sorted(x, 4, 0.5), 2.5, 1e-15);
    assert_near(il_quantile_sorted(x, 4, 0.975), 3.925, 1e-15);
    assert_near(il_quantile_sorted(x, 4, 0), 1, 0);
    assert_near(il_quantile_sorted(x, 4, 1), 4, 0);
    assert_near(il_quantile_sorted(x, 1, 0.3), 1, 0);
    assert_true(isnan(il_quantile_sorted(x, 0, 0.5)));
}

/* The dyad rows of 5 nodes: undirected pairs i < j number 0 .. 9 in the
 * order (0,1), (0,2), ..., (3,4), either order of a pair giving the same
 * row; directed pairs number 0 .. 19, (i, j) and (j, i) apart. */
static void test_dyad_rows(void **state)
{
    il_dyads_t d;
    igraph_integer_t i, j;
    size_t next = 0;
    char seen[20];
    (void) state;
    memset(&d, 0, sizeof d);
    d.n = 5;
    d.directed = 0;
    for (i = 0; i < 5; i++) {
        for (j = i + 1; j < 5; j++) {
            assert_int_equal(il_dyads_row(&d, i, j), next);
            assert_int_equal(il_dyads_row(&d, j, i), next);
            next++;
        }
    }
    d.directed = 1;
    memset(seen, 0, sizeof seen);
    for (i = 0; i < 5; i++) {
        for (j = 0; j < 5; j++) {
            if (i != j) {
                size_t r = il_dyads_row(&d, i, j);
                assert_true(r < 20 && !seen[r]);
                seen[r] = 1;
            }
        }
    }
}

/*
 * Leydesdorff's T by hand on the cells (u, i, g): UIG 1, UI. 1, U.G 1,
 * .IG 1 (four units). Margins: U 3/4, I 3/4, G 3/4 -> H = 0.811278 each;
 * pairs UI: (1,1) 2, (1,0) 1, (0,1) 1 -> H(1/2, 1/4, 1/4) = 1.5; likewise
 * UG and IG; H_UIG = 2 (four equal cells). T = 3 (0.811278) - 3 (1.5) + 2
 * = -0.066166 bits. Independent margins (all eight cells equal) give
 * T = 0; no units give NaN.
 */
static void test_helix_information(void **state)
{
    double cell[8] = { 0, 0, 0, 1, 0, 1, 1, 1 };    /* index u*4 + i*2 + g */
    double h34 = -(0.75 * log2(0.75) + 0.25 * log2(0.25));
    il_helix_info_t x;
    int k;
    (void) state;
    il_helix_information(cell, &x);
    assert_near(x.h_u, h34, 1e-15);
    assert_near(x.h_ui, 1.5, 1e-15);
    assert_near(x.h_uig, 2, 1e-15);
    assert_near(x.t_uig, 3 * h34 - 3 * 1.5 + 2, 1e-15);
    assert_near(x.t_uig, -0.0661656266226016, 1e-12);
    for (k = 0; k < 8; k++) {
        cell[k] = 5;
    }
    il_helix_information(cell, &x);
    assert_near(x.t_uig, 0, 1e-15);
    memset(cell, 0, sizeof cell);
    il_helix_information(cell, &x);
    assert_true(isnan(x.t_uig));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_bootstrap_copies, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_bootstrap_directed, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_quantile, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_dyad_rows, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_helix_information, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests_name("inference", tests, NULL, NULL);
}
