/*
 * Mixing matrix and nominal assortativity, worked by hand.
 */
#include "test_util.h"

/*
 * X = {a, b}, Y = {c}; undirected ties a-b (3), a-c (1), b-c (1).
 * Unweighted tie ends (networkx attribute_mixing_matrix): XX 2 (a-b both
 * ways), XY 2, YX 2, YY 0; total 6: e = [[1/3, 1/3], [1/3, 0]].
 *   a = b = (2/3, 1/3); sum a_g b_g = 4/9 + 1/9 = 5/9; trace 1/3;
 *   r = (1/3 - 5/9) / (1 - 5/9) = (-2/9) / (4/9) = -0.5.
 * Weighted (strengths as multiplicities): XX 6, XY 2, YX 2; total 10:
 *   e = [[0.6, 0.2], [0.2, 0]]; a = b = (0.8, 0.2); sum a b = 0.68;
 *   r_w = (0.6 - 0.68) / (1 - 0.68) = -0.25.
 * Tie counts per cell: XX 1 (a-b), XY = YX 2 (a-c, b-c; each tie once in
 * each of the two cells); weight XX 3, XY 2.
 */
static void test_mixing_by_hand(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_partition_t p;
    il_mixing_t x;
    (void) state;
    assert_int_equal(tu_load(&g, "source,target,weight\na,b,3\na,c,1\nb,c,1\n",
                             "id,grp\na,X\nb,X\nc,Y\n", NULL), 0);
    assert_int_equal(il_partition_from_attr(&g, "grp", IL_EMPTY_ERROR, &p), 0);
    assert_int_equal(il_mixing(&g, &p, &x), 0);
    assert_near(x.assortativity, -0.5, 1e-12);
    assert_near(x.assortativity_weighted, -0.25, 1e-12);
    assert_near(MATRIX(x.e, 0, 0), 1.0 / 3.0, 1e-12);
    assert_near(MATRIX(x.e, 1, 0), 1.0 / 3.0, 1e-12);
    assert_near(MATRIX(x.e_weighted, 0, 0), 0.6, 1e-12);
    assert_near(MATRIX(x.e_weighted, 0, 1), 0.2, 1e-12);
    assert_near(MATRIX(x.ties, 0, 0), 1, 0);
    assert_near(MATRIX(x.ties, 0, 1), 2, 0);
    assert_near(MATRIX(x.ties, 1, 0), 2, 0);
    assert_near(MATRIX(x.weight, 0, 0), 3, 0);
    assert_near(MATRIX(x.weight, 1, 0), 2, 0);
    assert_near(x.ties_total, 3, 0);
    assert_near(x.weight_total, 5, 0);
    il_mixing_destroy(&x);
    il_partition_destroy(&p);
    il_graph_destroy(&g);
}

/*
 * Directed: X = {a, b}, Y = {c}; arcs a->b, a->c, c->a (weights 1).
 * e[from][to]: XX 1, XY 1, YX 1, YY 0, total 3.
 * a (rows) = (2/3, 1/3), b (columns) = (2/3, 1/3): sum = 5/9; trace 1/3:
 * r = (1/3 - 5/9)/(4/9) = -0.5 (networkx on the DiGraph gives the same).
 * Perfect sorting (only inside ties) gives r = 1; no ties gives NaN.
 */
static void test_mixing_directed_and_edges(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_partition_t p;
    il_mixing_t x;
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    (void) state;
    o.directed = 1;
    assert_int_equal(tu_load(&g, "source,target\na,b\na,c\nc,a\n",
                             "id,grp\na,X\nb,X\nc,Y\n", &o), 0);
    assert_int_equal(il_partition_from_attr(&g, "grp", IL_EMPTY_ERROR, &p), 0);
    assert_int_equal(il_mixing(&g, &p, &x), 0);
    assert_near(x.assortativity, -0.5, 1e-12);
    assert_near(MATRIX(x.ties, 0, 1), 1, 0);
    assert_near(MATRIX(x.ties, 1, 0), 1, 0);
    il_mixing_destroy(&x);
    il_partition_destroy(&p);
    il_graph_destroy(&g);

    assert_int_equal(tu_load(&g, "source,target\na,b\nc,d\n",
                             "id,grp\na,X\nb,X\nc,Y\nd,Y\n", NULL), 0);
    assert_int_equal(il_partition_from_attr(&g, "grp", IL_EMPTY_ERROR, &p), 0);
    assert_int_equal(il_mixing(&g, &p, &x), 0);
    assert_near(x.assortativity, 1, 1e-12);
    il_mixing_destroy(&x);
    il_partition_destroy(&p);
    il_graph_destroy(&g);

    assert_int_equal(tu_load(&g, "source,target\n", "id,grp\na,X\nb,Y\n", NULL), 0);
    assert_int_equal(il_partition_from_attr(&g, "grp", IL_EMPTY_ERROR, &p), 0);
    assert_int_equal(il_mixing(&g, &p, &x), 0);
    assert_true(isnan(x.assortativity));
    assert_true(isnan(x.assortativity_weighted));
    il_mixing_destroy(&x);
    il_partition_destroy(&p);
    il_graph_destroy(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_mixing_by_hand, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_mixing_directed_and_edges, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests_name("mixing", tests, NULL, NULL);
}
