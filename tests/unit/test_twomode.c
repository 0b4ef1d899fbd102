/*
 * Two-mode measures (analysis/twomode.c), worked by hand.
 *
 * Data 1: p1 = {A, B, C}, p2 = {A, B}, p3 = {C, D}, p4 = {D}.
 *   Degrees A 2, B 2, C 2, D 2; sizes 3, 2, 2, 1; density 8/(4*4) = 1/2.
 *   Latapy (dot): c_uv = |N(u) & N(v)| / |N(u) | N(v)|, averaged over the
 *   second neighbours:
 *     A: B 2/2, C 1/3 -> 2/3;  B the same;  C: A 1/3, B 1/3, D 1/3 -> 1/3;
 *     D: C 1/3 -> 1/3;  p1: p2 2/3, p3 1/4 -> 11/24;  p2: p1 2/3;
 *     p3: p1 1/4, p4 1/2 -> 3/8;  p4: p3 1/2.
 *   min mode for C: A 1/2, B 1/2, D 1/2 -> 1/2.
 *   Redundancy: A {p1,p2} also joined by B: 1; B 1; C {p1,p3}: 0; D 0;
 *   p1 {A,B} (both in p2), {A,C}, {B,C}: 1/3; p2 {A,B} (p1): 1; p3 0;
 *   p4 below two neighbours: undefined.
 *   Opsahl: 4-paths C-p1-A-p2-B, C-p1-B-p2-A, A-p1-C-p3-D, B-p1-C-p3-D;
 *   none closed (B and C share only p1, which the first path uses): 0;
 *   locally A 0/1, B 0/1, C 0/2, D none (NaN).
 *   Projection pairs 3 + 1 + 1 + 0 = 5; sizes 1: 1 event, 2: 2, 3: 1.
 *
 * Data 2: e1 = {A, B}, e2 = {B, C}, e3 = {A, C}, e4 = {C, D}.
 *   4-paths centred on A: B-e1-A-e3-C, closed by e2; on B: A-e1-B-e2-C,
 *   closed by e3; on C: B-e2-C-e3-A (closed by e1), B-e2-C-e4-D and
 *   A-e3-C-e4-D (open); on D none. Global 3/5; locally 1, 1, 1/3, NaN.
 */
#include "test_util.h"

static void load_aff(il_affiliation_t *aff, const char *text, il_load_options_t *o)
{
    il_load_options_t def = IL_LOAD_OPTIONS_INIT;
    if (!o) {
        o = &def;
    }
    o->affiliation = 1;
    o->edges_path = tu_file(0, text);
    il_clear_error();
    assert_int_equal(il_load_affiliation(o, aff), IGRAPH_SUCCESS);
    unlink(o->edges_path);
}

static igraph_integer_t actor(const il_affiliation_t *aff, const char *id)
{
    igraph_integer_t v;
    assert_true(il_graph_find_vertex(&aff->actors, id, &v));
    return v;
}

static igraph_integer_t event(const il_affiliation_t *aff, const char *id)
{
    uint32_t e;
    assert_true(il_strtab_find(&aff->events, id, strlen(id), &e));
    return (igraph_integer_t) e;
}

static const char *const data1 =
    "actor,event\nA,p1\nB,p1\nC,p1\nA,p2\nB,p2\nC,p3\nD,p3\nD,p4\n";

static void test_hand_data(void **state)
{
    il_affiliation_t aff = IL_AFFILIATION_INIT;
    il_twomode_options_t o = IL_TWOMODE_OPTIONS_INIT;
    il_twomode_t t;
    (void) state;
    load_aff(&aff, data1, NULL);
    assert_int_equal(il_twomode(&aff, &o, &t), IGRAPH_SUCCESS);
    assert_int_equal(t.actors, 4);
    assert_int_equal(t.events, 4);
    assert_int_equal(t.memberships, 8);
    assert_near(t.density, 0.5, 0);
    assert_near(VECTOR(t.event_size)[event(&aff, "p1")], 3, 0);
    assert_near(VECTOR(t.actor_degree)[actor(&aff, "D")], 2, 0);
    assert_int_equal(t.largest_event, event(&aff, "p1"));
    assert_near(t.pairs, 5, 0);
    assert_int_equal(igraph_vector_int_size(&t.size_value), 3);
    assert_int_equal(VECTOR(t.size_events)[1], 2);

    assert_near(VECTOR(t.actor_clustering)[actor(&aff, "A")], 2.0 / 3, 1e-15);
    assert_near(VECTOR(t.actor_clustering)[actor(&aff, "B")], 2.0 / 3, 1e-15);
    assert_near(VECTOR(t.actor_clustering)[actor(&aff, "C")], 1.0 / 3, 1e-15);
    assert_near(VECTOR(t.actor_clustering)[actor(&aff, "D")], 1.0 / 3, 1e-15);
    assert_near(VECTOR(t.event_clustering)[event(&aff, "p1")], 11.0 / 24, 1e-15);
    assert_near(VECTOR(t.event_clustering)[event(&aff, "p2")], 2.0 / 3, 1e-15);
    assert_near(VECTOR(t.event_clustering)[event(&aff, "p3")], 3.0 / 8, 1e-15);
    assert_near(VECTOR(t.event_clustering)[event(&aff, "p4")], 0.5, 1e-15);
    assert_near(t.average_clustering_actors, 0.5, 1e-15);

    assert_near(VECTOR(t.actor_redundancy)[actor(&aff, "A")], 1, 0);
    assert_near(VECTOR(t.actor_redundancy)[actor(&aff, "C")], 0, 0);
    assert_near(VECTOR(t.event_redundancy)[event(&aff, "p1")], 1.0 / 3, 1e-15);
    assert_near(VECTOR(t.event_redundancy)[event(&aff, "p2")], 1, 0);
    assert_near(VECTOR(t.event_redundancy)[event(&aff, "p3")], 0, 0);
    assert_true(isnan(VECTOR(t.event_redundancy)[event(&aff, "p4")]));

    assert_int_equal(t.opsahl_used, IL_OPSAHL_EXACT);
    assert_near(t.four_paths, 4, 0);
    assert_near(t.opsahl, 0, 0);
    assert_near(VECTOR(t.actor_paths)[actor(&aff, "C")], 2, 0);
    assert_near(VECTOR(t.actor_opsahl)[actor(&aff, "A")], 0, 0);
    assert_true(isnan(VECTOR(t.actor_opsahl)[actor(&aff, "D")]));
    il_twomode_destroy(&t);

    o.clustering = IL_LATAPY_MIN;
    assert_int_equal(il_twomode(&aff, &o, &t), IGRAPH_SUCCESS);
    assert_near(VECTOR(t.actor_clustering)[actor(&aff, "C")], 0.5, 1e-15);
    il_twomode_destroy(&t);
    il_affiliation_destroy(&aff);
}

static void test_opsahl(void **state)
{
    il_affiliation_t aff = IL_AFFILIATION_INIT;
    il_twomode_options_t o = IL_TWOMODE_OPTIONS_INIT;
    il_twomode_t t;
    (void) state;
    load_aff(&aff, "actor,event\nA,e1\nB,e1\nB,e2\nC,e2\nA,e3\nC,e3\nC,e4\nD,e4\n", NULL);
    assert_int_equal(il_twomode(&aff, &o, &t), IGRAPH_SUCCESS);
    assert_near(t.four_paths, 5, 0);
    assert_near(t.closed_four_paths, 3, 0);
    assert_near(t.opsahl, 0.6, 1e-15);
    assert_near(VECTOR(t.actor_opsahl)[actor(&aff, "A")], 1, 0);
    assert_near(VECTOR(t.actor_opsahl)[actor(&aff, "B")], 1, 0);
    assert_near(VECTOR(t.actor_opsahl)[actor(&aff, "C")], 1.0 / 3, 1e-15);
    assert_true(isnan(VECTOR(t.actor_opsahl)[actor(&aff, "D")]));
    il_twomode_destroy(&t);

    /* Sampled 4-paths: uniform over the five, so the share closed falls
     * near 3/5 and its 95% interval covers it; the same seed, the same draw. */
    o.opsahl = IL_OPSAHL_SAMPLE;
    o.samples = 20000;
    assert_int_equal(il_twomode(&aff, &o, &t), IGRAPH_SUCCESS);
    assert_int_equal(t.opsahl_samples, 20000);
    assert_true(t.opsahl_low <= 0.6 && 0.6 <= t.opsahl_high);
    assert_true(t.opsahl_high - t.opsahl_low < 0.03);
    assert_true(isnan(VECTOR(t.actor_opsahl)[0]));
    {
        il_twomode_t t2;
        assert_int_equal(il_twomode(&aff, &o, &t2), IGRAPH_SUCCESS);
        assert_near(t2.opsahl, t.opsahl, 0);
        il_twomode_destroy(&t2);
    }
    il_twomode_destroy(&t);
    il_affiliation_destroy(&aff);
}

/* An events table: every event listed once; --event-where on its columns;
 * the cap drops events above N members. */
static void test_events_table(void **state)
{
    il_affiliation_t aff = IL_AFFILIATION_INIT;
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    il_where_t w;
    (void) state;
    o.events_path = tu_file(2, "event,year\np1,2008\np2,2010\np3,2010\np4,2011\n");
    assert_int_equal(il_where_parse("year>=2010", &w), 0);
    o.event_where = &w;
    o.nevent_where = 1;
    load_aff(&aff, data1, &o);
    assert_int_equal(il_affiliation_events(&aff), 3);
    assert_int_equal(aff.n, 5);
    assert_int_equal(aff.actors.info.events_filtered, 1);
    assert_int_equal(aff.actors.info.memberships_filtered, 3);
    il_affiliation_destroy(&aff);

    o.nevent_where = 0;
    o.max_event_size = 2;
    load_aff(&aff, data1, &o);
    assert_int_equal(il_affiliation_events(&aff), 3);
    assert_int_equal(aff.actors.info.events_capped, 1);
    assert_int_equal(aff.actors.info.memberships_capped, 3);
    il_affiliation_destroy(&aff);

    o.max_event_size = 0;
    o.events_path = tu_file(2, "event,year\np1,2008\np2,2010\np3,2010\n");
    o.edges_path = tu_file(0, data1);
    assert_int_equal(il_load_affiliation(&o, &aff), IGRAPH_PARSEERROR);
    assert_non_null(strstr(il_last_error(), ":9:2: event 'p4' is not in the events table"));
    il_clear_error();
    o.events_path = tu_file(2, "id,year\np1,2008\np2,2010\np1,2010\n");
    assert_int_equal(il_load_affiliation(&o, &aff), IGRAPH_PARSEERROR);
    assert_non_null(strstr(il_last_error(), ":4:1: event 'p1' is listed twice in the events "
                           "table (first on line 2)"));
    il_clear_error();
    o.event_where = &w;
    o.nevent_where = 1;
    o.events_path = tu_file(2, "event,kind\np1,forum\n");
    assert_int_equal(il_load_affiliation(&o, &aff), IGRAPH_PARSEERROR);
    assert_non_null(strstr(il_last_error(), "--event-where 'year>=2010': no column 'year' in "
                           "the events table (found 'event', 'kind')"));
    il_clear_error();
    unlink(o.edges_path);
    unlink(o.events_path);
    il_where_destroy(&w);
}

/* The cap on event size in the projection: scale gives each pair of a
 * d-member event (N - 1)/(d - 1) of its count; drop leaves the event out. */
static void test_projection_cap(void **state)
{
    il_affiliation_t aff = IL_AFFILIATION_INIT;
    il_projection_options_t po = IL_PROJECTION_OPTIONS_INIT;
    il_graph_t g = IL_GRAPH_INIT;
    igraph_integer_t e, a, b;
    (void) state;
    load_aff(&aff, data1, NULL);
    po.max_event_size = 2;
    po.large = IL_LARGE_SCALE;
    assert_int_equal(il_affiliation_project(&aff, &po, &g), IGRAPH_SUCCESS);
    a = actor(&aff, "A");
    b = actor(&aff, "B");
    assert_int_equal(igraph_get_eid(&g.graph, &e, a, b, 0, 1), 0);
    assert_near(VECTOR(g.weight)[e], 1 + 0.5, 1e-15);    /* p2 whole, p1 scaled (2-1)/(3-1) */
    assert_int_equal(g.info.events_capped, 1);
    il_graph_destroy(&g);
    po.mode = IL_PROJ_NEWMAN;
    assert_int_equal(il_affiliation_project(&aff, &po, &g), IGRAPH_EINVAL);
    il_clear_error();
    il_affiliation_destroy(&aff);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_hand_data, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_opsahl, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_events_table, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_projection_cap, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests_name("twomode", tests, NULL, NULL);
}
