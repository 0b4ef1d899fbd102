/*
 * Affiliation data projected to actor-actor ties (PEERS.md §4.12), worked by
 * hand. Memberships: project p1 = {A, B, C}, p2 = {A, B}, p3 = {D};
 * A is listed twice in p2 (merged).
 *   count:   A-B 2 (p1, p2), A-C 1, B-C 1; D isolated (p3 has one member)
 *   newman:  p1 gives 1/(3-1) = 0.5 per pair, p2 gives 1/(2-1) = 1:
 *            A-B 1.5, A-C 0.5, B-C 0.5
 *   jaccard: A and B are in {p1, p2}, C in {p1}:
 *            A-B 2/(2+2-2) = 1, A-C 1/(2+1-1) = 0.5, B-C 0.5
 * With membership weights (A 3, B 1, C 2 in p1; A 1, B 4 in p2), count adds
 * the smaller weight per shared event: A-B min(3,1) + min(1,4) = 2,
 * A-C min(3,2) = 2, B-C min(1,2) = 1.
 */
#include "test_util.h"

static const char *const members =
    "actor,event\nA,p1\nB,p1\nC,p1\nA,p2\nB,p2\nA,p2\nD,p3\n";

static double tie(const il_graph_t *g, const char *a, const char *b)
{
    igraph_integer_t u, v, e;
    assert_true(il_graph_find_vertex(g, a, &u));
    assert_true(il_graph_find_vertex(g, b, &v));
    assert_int_equal(igraph_get_eid(&g->graph, &e, u, v, 0, /* error = */ false), 0);
    return e < 0 ? 0.0 : VECTOR(g->weight)[e];
}

static void load(il_graph_t *g, const char *text, il_projection_t mode)
{
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    o.affiliation = 1;
    o.projection = mode;
    assert_int_equal(tu_load(g, text, NULL, &o), IGRAPH_SUCCESS);
}

static void test_count(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    (void) state;
    load(&g, members, IL_PROJ_COUNT);
    assert_int_equal(il_graph_vcount(&g), 4);
    assert_int_equal(il_graph_ecount(&g), 3);
    assert_near(tie(&g, "A", "B"), 2, 0);
    assert_near(tie(&g, "A", "C"), 1, 0);
    assert_near(tie(&g, "B", "C"), 1, 0);
    assert_int_equal(g.info.duplicates_merged, 1);
    il_graph_destroy(&g);
}

static void test_newman(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    (void) state;
    load(&g, members, IL_PROJ_NEWMAN);
    assert_near(tie(&g, "A", "B"), 1.5, 1e-12);
    assert_near(tie(&g, "A", "C"), 0.5, 1e-12);
    assert_near(tie(&g, "B", "C"), 0.5, 1e-12);
    il_graph_destroy(&g);
}

static void test_jaccard(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    (void) state;
    load(&g, members, IL_PROJ_JACCARD);
    assert_near(tie(&g, "A", "B"), 1, 1e-12);
    assert_near(tie(&g, "A", "C"), 0.5, 1e-12);
    assert_near(tie(&g, "B", "C"), 0.5, 1e-12);
    il_graph_destroy(&g);
}

static void test_weighted_count(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    (void) state;
    load(&g, "actor,event,weight\nA,p1,3\nB,p1,1\nC,p1,2\nA,p2,1\nB,p2,4\n", IL_PROJ_COUNT);
    assert_near(tie(&g, "A", "B"), 2, 0);
    assert_near(tie(&g, "A", "C"), 2, 0);
    assert_near(tie(&g, "B", "C"), 1, 0);
    il_graph_destroy(&g);
}

static void test_errors(void **state)
{
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    il_graph_t g = IL_GRAPH_INIT;
    (void) state;
    o.affiliation = 1;
    assert_int_not_equal(tu_load(&g, "source,target\nA,B\n", NULL, &o), 0);
    assert_non_null(strstr(il_last_error(), ":1: no actor column 'actor'"));
    il_clear_error();
    o.event_col = "project";
    assert_int_equal(tu_load(&g, "actor,project\nA,x\nB,x\n", NULL, &o), 0);
    assert_int_equal(il_graph_ecount(&g), 1);
    il_graph_destroy(&g);
    assert_int_not_equal(tu_load(&g, "actor,project\nA,x\nB,\n", NULL, &o), 0);
    assert_non_null(strstr(il_last_error(), ":3:2: empty event id"));
    il_clear_error();
    assert_int_not_equal(tu_load(&g, "actor,project\nA,x\nZ,x\n", "id\nA\n", &o), 0);
    assert_non_null(strstr(il_last_error(), ":3:1: node 'Z' is not in the node table"));
    il_clear_error();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_count, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_newman, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_jaccard, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_weighted_count, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_errors, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests_name("projection", tests, NULL, NULL);
}
