/*
 * Partitions from node attributes and distances from tie strengths.
 */
#include "test_util.h"

static void test_groups_in_byte_order(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_partition_t p;
    (void) state;
    assert_int_equal(tu_load(&g, "source,target\nc,a\n",
                             "id,cluster\na,Pangyo\nb,Daedeok\nc,Pangyo\nd,대덕\n", NULL), 0);
    assert_int_equal(il_partition_from_attr(&g, "cluster", IL_EMPTY_ERROR, &p), 0);
    assert_int_equal(p.k, 3);
    assert_string_equal(il_partition_name(&p, 0), "Daedeok");
    assert_string_equal(il_partition_name(&p, 1), "Pangyo");
    assert_string_equal(il_partition_name(&p, 2), "대덕");
    assert_int_equal(VECTOR(p.membership)[0], 1);
    assert_int_equal(VECTOR(p.membership)[1], 0);
    assert_int_equal(VECTOR(p.size)[1], 2);
    il_partition_destroy(&p);
    assert_int_not_equal(il_partition_from_attr(&g, "region", IL_EMPTY_ERROR, &p), 0);
    assert_non_null(strstr(il_last_error(), "No node attribute 'region'"));
    il_clear_error();
    il_graph_destroy(&g);
}

static void test_empty_values(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_partition_t p;
    (void) state;
    assert_int_equal(tu_load(&g, "source,target\na,b\n", "id,sector\na,industry\nb,\n", NULL), 0);
    assert_int_not_equal(il_partition_from_attr(&g, "sector", IL_EMPTY_ERROR, &p), 0);
    assert_non_null(strstr(il_last_error(), "Node 'b' has no value for 'sector'"));
    il_clear_error();
    assert_int_equal(il_partition_from_attr(&g, "sector", IL_EMPTY_OWN_GROUP, &p), 0);
    assert_int_equal(p.k, 2);
    assert_string_equal(il_partition_name(&p, 1), "(none)");
    assert_int_equal(VECTOR(p.membership)[1], 1);
    il_partition_destroy(&p);
    il_graph_destroy(&g);
}

static void test_distances(void **state)
{
    static const char *const pairs[] = { "a", "b", "b", "c" };
    static const double w[] = { 4, 0.5 };
    il_graph_t g = IL_GRAPH_INIT;
    igraph_vector_t d;
    const igraph_vector_t *use;
    (void) state;
    tu_graph(&g, 0, pairs, 2, w);
    assert_int_equal(igraph_vector_init(&d, 0), 0);
    assert_int_equal(il_distance_weights(&g, IL_DIST_INVERSE, &d, &use), 0);
    assert_ptr_equal(use, &d);
    assert_near(VECTOR(d)[0], 0.25, 0);
    assert_near(VECTOR(d)[1], 2, 0);
    assert_int_equal(il_distance_weights(&g, IL_DIST_RAW, &d, &use), 0);
    assert_near(VECTOR(d)[1], 0.5, 0);
    assert_int_equal(il_distance_weights(&g, IL_DIST_NONE, &d, &use), 0);
    assert_null(use);
    igraph_vector_destroy(&d);
    il_graph_destroy(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_groups_in_byte_order, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_empty_values, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_distances, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests_name("partition", tests, NULL, NULL);
}
