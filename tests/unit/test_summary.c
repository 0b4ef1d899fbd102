/*
 * il_summary against independent values: Zachary's karate club (published
 * values, also given by networkx and igraph: see graphs/karate/README.md)
 * and small graphs worked by hand in the comments.
 */
#include "test_util.h"

static il_summary_t run(const il_graph_t *g, il_paths_mode_t paths)
{
    il_summary_options_t o = IL_SUMMARY_OPTIONS_INIT;
    il_summary_t s;
    o.paths = paths;
    assert_int_equal(il_summary(g, &o, &s), IGRAPH_SUCCESS);
    return s;
}

static void test_karate(void **state)
{
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    il_graph_t g = IL_GRAPH_INIT;
    il_summary_t s;
    (void) state;
    o.edges_path = "graphs/karate/edges.csv";
    assert_int_equal(il_load_graph(&o, &g), IGRAPH_SUCCESS);
    s = run(&g, IL_PATHS_AUTO);
    assert_int_equal(s.nodes, 34);
    assert_int_equal(s.edges, 78);
    assert_near(s.density, 0.139037, 1e-6);
    assert_near(s.transitivity, 0.255682, 1e-6);
    assert_near(s.average_clustering, 0.570638, 1e-6);
    assert_near(s.average_path_length, 2.408199, 1.5e-6);   /* 1351/561 = 2.4081996 */
    assert_near(s.diameter, 5, 0);
    assert_near(s.degree_assortativity, -0.475613, 1e-6);
    assert_int_equal(s.components, 1);
    assert_int_equal(s.isolates, 0);
    assert_near(s.weighted_density, s.density, 1e-12);      /* no weight column: all 1 */
    il_graph_destroy(&g);
}

/*
 * Triangle a-b (2), b-c (3), a-c (1), a separate tie d-e (4) and the
 * isolate f from the node table. n = 6, m = 4, W = 10.
 *   density          2*4 / (6*5)         = 0.266667
 *   weighted density 10 / 15             = 0.666667
 *   mean degree      2*4 / 6 = 1.333333;  mean strength 2*10/6 = 3.333333
 *   components {a,b,c} {d,e} {f} = 3; largest 3 (share 0.5); isolates 1
 *   transitivity     3 closed of 3 connected triples = 1
 *   avg clustering   (1+1+1+0+0+0)/6     = 0.5
 *   path length      8 ordered reachable pairs, all at distance 1 -> 1; diameter 1
 *   assortativity    every tie joins equal degrees -> 1
 */
static void test_hand_weighted(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_summary_t s;
    (void) state;
    assert_int_equal(tu_load(&g, "source,target,weight\na,b,2\nb,c,3\na,c,1\nd,e,4\n",
                             "id\na\nb\nc\nd\ne\nf\n", NULL), IGRAPH_SUCCESS);
    s = run(&g, IL_PATHS_EXACT);
    assert_int_equal(s.nodes, 6);
    assert_int_equal(s.edges, 4);
    assert_near(s.total_weight, 10, 0);
    assert_near(s.density, 8.0 / 30.0, 1e-12);
    assert_near(s.weighted_density, 10.0 / 15.0, 1e-12);
    assert_near(s.mean_degree, 8.0 / 6.0, 1e-12);
    assert_near(s.mean_strength, 20.0 / 6.0, 1e-12);
    assert_int_equal(s.components, 3);
    assert_int_equal(s.largest_component_nodes, 3);
    assert_near(s.largest_component_share, 0.5, 1e-12);
    assert_int_equal(s.isolates, 1);
    assert_near(s.transitivity, 1, 1e-12);
    assert_near(s.average_clustering, 0.5, 1e-12);
    assert_near(s.average_path_length, 1, 1e-12);
    assert_near(s.diameter, 1, 0);
    assert_near(s.degree_assortativity, 1, 1e-12);
    il_graph_destroy(&g);
}

/*
 * Path a-b-c-d: distances 1,2,3,1,2,1 -> mean 10/6, diameter 3.
 * Degree pairs (1,2),(2,2),(2,1) read both ways: r = -6/12 = -0.5
 * (networkx.degree_assortativity_coefficient(path_graph(4)) = -0.5).
 * No triangle: transitivity 0, clustering 0.
 */
static void test_hand_path(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_summary_t s;
    (void) state;
    assert_int_equal(tu_load(&g, "from,to\na,b\nb,c\nc,d\n", NULL, NULL), IGRAPH_SUCCESS);
    s = run(&g, IL_PATHS_EXACT);
    assert_near(s.average_path_length, 10.0 / 6.0, 1e-12);
    assert_near(s.diameter, 3, 0);
    assert_near(s.degree_assortativity, -0.5, 1e-12);
    assert_near(s.transitivity, 0, 0);
    assert_near(s.average_clustering, 0, 0);
    il_graph_destroy(&g);
}

/*
 * Directed a->b, b->c: density m/(n(n-1)) = 2/6; reachable ordered pairs
 * a->b 1, a->c 2, b->c 1: mean 4/3, diameter 2; one weak component.
 */
static void test_hand_directed(void **state)
{
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    il_graph_t g = IL_GRAPH_INIT;
    il_summary_t s;
    (void) state;
    o.directed = 1;
    assert_int_equal(tu_load(&g, "source,target\na,b\nb,c\n", NULL, &o), IGRAPH_SUCCESS);
    s = run(&g, IL_PATHS_EXACT);
    assert_true(s.directed);
    assert_near(s.density, 2.0 / 6.0, 1e-12);
    assert_near(s.average_path_length, 4.0 / 3.0, 1e-12);
    assert_near(s.diameter, 2, 0);
    assert_int_equal(s.components, 1);
    il_graph_destroy(&g);
}

/* No nodes at all: values with no definition are NaN, counts are 0. */
static void test_empty(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_summary_t s;
    (void) state;
    assert_int_equal(tu_load(&g, "source,target,weight\n", NULL, NULL), IGRAPH_SUCCESS);
    s = run(&g, IL_PATHS_AUTO);
    assert_int_equal(s.nodes, 0);
    assert_int_equal(s.edges, 0);
    assert_near(s.density, 0, 0);
    assert_true(isnan(s.mean_degree));
    assert_true(isnan(s.average_clustering));
    assert_true(isnan(s.average_path_length));
    assert_true(isnan(s.diameter));
    assert_true(isnan(s.degree_assortativity));
    assert_int_equal(s.components, 0);
    il_graph_destroy(&g);
}

/* One isolated node (node table only): density 0 as networkx gives. */
static void test_single_node(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_summary_t s;
    (void) state;
    assert_int_equal(tu_load(&g, "source,target\n", "id\nsolo\n", NULL), IGRAPH_SUCCESS);
    s = run(&g, IL_PATHS_AUTO);
    assert_int_equal(s.nodes, 1);
    assert_near(s.density, 0, 0);
    assert_int_equal(s.isolates, 1);
    assert_near(s.largest_component_share, 1, 0);
    assert_true(isnan(s.average_path_length));
    assert_near(s.diameter, 0, 0);
    il_graph_destroy(&g);
}

/* Sampling every source gives the exact value; fewer sources, an estimate
 * whose diameter never exceeds the true one. */
static void test_sampled_paths(void **state)
{
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    il_summary_options_t so = IL_SUMMARY_OPTIONS_INIT;
    il_graph_t g = IL_GRAPH_INIT;
    il_summary_t s;
    (void) state;
    o.edges_path = "graphs/karate/edges.csv";
    assert_int_equal(il_load_graph(&o, &g), IGRAPH_SUCCESS);
    so.paths = IL_PATHS_SAMPLE;
    so.samples = 34;
    assert_int_equal(il_summary(&g, &so, &s), IGRAPH_SUCCESS);
    assert_int_equal(s.paths_used, IL_PATHS_EXACT);
    assert_near(s.average_path_length, 1351.0 / 561.0, 1e-12);
    so.samples = 10;
    assert_int_equal(il_summary(&g, &so, &s), IGRAPH_SUCCESS);
    assert_int_equal(s.paths_used, IL_PATHS_SAMPLE);
    assert_int_equal(s.path_sources, 10);
    assert_true(s.diameter <= 5);
    assert_near(s.average_path_length, 1351.0 / 561.0, 0.5);
    il_graph_destroy(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_karate, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_hand_weighted, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_hand_path, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_hand_directed, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_empty, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_single_node, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_sampled_paths, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests_name("summary", tests, NULL, NULL);
}
