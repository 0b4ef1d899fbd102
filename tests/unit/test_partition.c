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

/* 2026-11-22 (review): a real value "(none)" beside empty values made k one
 * larger than the names (a crash in the reports); a node table sliced by
 * --ego kept groups no node had (size 0). */
static void test_none_and_unused_values(void **state)
{
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    il_graph_t g = IL_GRAPH_INIT;
    il_partition_t p;
    (void) state;
    assert_int_equal(tu_load(&g, "source,target\na,b\nb,c\n", "id,grp\na,(none)\nb,x\nc,\n",
                             NULL), 0);
    assert_int_equal(il_partition_from_attr(&g, "grp", IL_EMPTY_OWN_GROUP, &p), 0);
    assert_int_equal(p.k, 3);
    assert_int_equal(il_strtab_size(&p.names), 3);
    assert_string_equal(il_partition_name(&p, 2), "(no value)");
    assert_int_equal(VECTOR(p.membership)[2], 2);
    il_partition_destroy(&p);
    il_graph_destroy(&g);
    o.ego = "a";                        /* keeps a and b: only group x */
    assert_int_equal(tu_load(&g, "source,target\na,b\nb,c\nc,d\n",
                             "id,grp\na,x\nb,x\nc,x\nd,y\n", &o), 0);
    assert_int_equal(il_partition_from_attr(&g, "grp", IL_EMPTY_ERROR, &p), 0);
    assert_int_equal(p.k, 1);
    assert_int_equal(VECTOR(p.size)[0], 2);
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

/*
 * a ties to b (group X, weight 2), c and d (group Y, weight 1 each).
 * Counted: shares 1/3, 2/3 -> P_a = 1 - (1/9 + 4/9) = 4/9.
 * Weighted: shares 2/4, 2/4 -> P_a = 1 - (1/4 + 1/4) = 1/2.
 * b has its one tie inside one group -> P_b = 0; the isolate e -> 0.
 */
static void test_participation(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_partition_t p;
    igraph_vector_t pc;
    (void) state;
    assert_int_equal(tu_load(&g, "source,target,weight\na,b,2\na,c,1\na,d,1\n",
                             "id,grp\na,X\nb,X\nc,Y\nd,Y\ne,Y\n", NULL), 0);
    assert_int_equal(il_partition_from_attr(&g, "grp", IL_EMPTY_ERROR, &p), 0);
    assert_int_equal(igraph_vector_init(&pc, 0), 0);
    assert_int_equal(il_participation(&g, &p, 0, &pc), 0);
    assert_near(VECTOR(pc)[0], 4.0 / 9.0, 1e-12);
    assert_near(VECTOR(pc)[1], 0, 0);
    assert_near(VECTOR(pc)[4], 0, 0);
    assert_int_equal(il_participation(&g, &p, 1, &pc), 0);
    assert_near(VECTOR(pc)[0], 0.5, 1e-12);
    igraph_vector_destroy(&pc);
    il_partition_destroy(&p);
    il_graph_destroy(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_groups_in_byte_order, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_empty_values, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_none_and_unused_values, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_distances, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_participation, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests_name("partition", tests, NULL, NULL);
}
