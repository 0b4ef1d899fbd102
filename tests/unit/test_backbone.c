/*
 * Backbones (analysis/backbone.c), worked by hand.
 *
 * Disparity filter, alpha_ij = (1 - w_ij/s_i)^(k_i - 1) from each end
 * (1 for an end of degree 1), p = the smaller (Serrano, Boguñá and
 * Vespignani 2009). Undirected: A-B 4, A-C 1, A-D 1, B-C 2, so
 * s_A = 6 (k 3), s_B = 6 (k 2), s_C = 3 (k 2), s_D = 1 (k 1):
 *   A-B: A (1 - 4/6)^2 = 1/9,   B (1 - 4/6)^1 = 1/3   -> 1/9
 *   A-C: A (1 - 1/6)^2 = 25/36, C (1 - 1/3)^1 = 2/3   -> 2/3
 *   A-D: A 25/36,               D (degree 1) 1         -> 25/36
 *   B-C: B (1 - 2/6)^1 = 2/3,   C (1 - 2/3)^1 = 1/3   -> 1/3
 * At alpha 0.2 only A-B stays: 2 of 4 nodes, 4 of 8 weight.
 * Directed: A->B 4, A->C 1, B->C 2, C->A 3 (out at the source, in at the
 * target): A->B: A out (1 - 4/5)^1 = 1/5, B in degree 1 -> 1/5;
 * A->C: 4/5 and C in (1 - 1/3) = 2/3 -> 2/3; B->C: B out degree 1, C in
 * (1 - 2/3) = 1/3 -> 1/3; C->A: both ends degree 1 -> 1.
 *
 * SDSM: four actors in two pairs of events, A, B in {e1, e2} and C, D in
 * {e3, e4}: every actor has 2 of 4 events and every event 2 of 4 actors,
 * so the configuration model gives every membership p = 1/2 and two
 * actors share Binomial(4, 1/4) events: P(S >= 2) = 1 - (3/4)^4 -
 * 4 (1/4)(3/4)^3 = 67/256, expected 1. Adding E to every event pins E's
 * probabilities at 1 and leaves the others at 1/2: A and E share
 * Binomial(4, 1/2) events, P(S >= 2) = 11/16, expected 2.
 * What the model alone would keep at alpha 0.05 in the regular table: the
 * tails of Binomial(4, 1/4) are 175/256, 67/256, 13/256 (above 0.05) and
 * 1/256, so a pair is kept only with 4 shared events, with probability
 * 1/256: 6 pairs x 1/256 = 6/256; the family is the 6 pairs.
 */
#include "test_util.h"

static igraph_integer_t tie_of(const il_graph_t *g, const char *a, const char *b)
{
    igraph_integer_t u, v, e;
    assert_true(il_graph_find_vertex(g, a, &u));
    assert_true(il_graph_find_vertex(g, b, &v));
    assert_int_equal(igraph_get_eid(&g->graph, &e, u, v, /* directed = */ 1, 1), 0);
    return e;
}

static void test_disparity(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    const char *pairs[] = { "A", "B", "A", "C", "A", "D", "B", "C" };
    const double w[] = { 4, 1, 1, 2 };
    il_backbone_t b;
    (void) state;
    tu_graph(&g, 0, pairs, 4, w);
    assert_int_equal(il_backbone_disparity(&g, 0.2, &b), IGRAPH_SUCCESS);
    assert_near(VECTOR(b.p_value)[tie_of(&g, "A", "B")], 1.0 / 9, 1e-15);
    assert_near(VECTOR(b.p_value)[tie_of(&g, "A", "C")], 2.0 / 3, 1e-15);
    assert_near(VECTOR(b.p_value)[tie_of(&g, "A", "D")], 25.0 / 36, 1e-15);
    assert_near(VECTOR(b.p_value)[tie_of(&g, "B", "C")], 1.0 / 3, 1e-15);
    {   /* the two ends' values, whichever end igraph stores first */
        double x = VECTOR(b.score_a)[tie_of(&g, "A", "B")];
        double y = VECTOR(b.score_b)[tie_of(&g, "A", "B")];
        assert_near(fmin(x, y), 1.0 / 9, 1e-15);
        assert_near(fmax(x, y), 1.0 / 3, 1e-15);
    }
    assert_int_equal(b.ties_kept, 1);
    assert_int_equal(b.nodes_kept, 2);
    assert_near(b.weight_kept / b.weight, 0.5, 0);
    assert_int_equal(b.tested, 4);
    {
        il_graph_t kept = IL_GRAPH_INIT;
        assert_int_equal(il_graph_keep_ties(&g, b.keep, 1, &kept), 0);
        assert_int_equal(il_graph_vcount(&kept), 2);
        assert_int_equal(il_graph_ecount(&kept), 1);
        il_graph_destroy(&kept);
    }
    il_backbone_destroy(&b);
    il_graph_destroy(&g);
}

static void test_disparity_directed(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    const char *pairs[] = { "A", "B", "A", "C", "B", "C", "C", "A" };
    const double w[] = { 4, 1, 2, 3 };
    il_backbone_t b;
    (void) state;
    tu_graph(&g, 1, pairs, 4, w);
    assert_int_equal(il_backbone_disparity(&g, 0.25, &b), IGRAPH_SUCCESS);
    assert_near(VECTOR(b.p_value)[tie_of(&g, "A", "B")], 0.2, 1e-15);
    assert_near(VECTOR(b.p_value)[tie_of(&g, "A", "C")], 2.0 / 3, 1e-15);
    assert_near(VECTOR(b.p_value)[tie_of(&g, "B", "C")], 1.0 / 3, 1e-15);
    assert_near(VECTOR(b.p_value)[tie_of(&g, "C", "A")], 1, 0);
    assert_int_equal(b.ties_kept, 1);
    il_backbone_destroy(&b);
    il_graph_destroy(&g);
}

static void sdsm_of(const char *text, il_graph_t *g, il_affiliation_t *aff, il_backbone_t *b)
{
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    il_projection_options_t po = IL_PROJECTION_OPTIONS_INIT;
    o.affiliation = 1;
    o.edges_path = tu_file(0, text);
    assert_int_equal(il_load_affiliation(&o, aff), IGRAPH_SUCCESS);
    unlink(o.edges_path);
    assert_int_equal(il_affiliation_project(aff, &po, g), IGRAPH_SUCCESS);
    assert_int_equal(il_backbone_sdsm(g, aff, 0.05, b), IGRAPH_SUCCESS);
}

static void test_sdsm(void **state)
{
    const char *regular = "actor,event\nA,e1\nA,e2\nB,e1\nB,e2\nC,e3\nC,e4\nD,e3\nD,e4\n";
    const char *pinned = "actor,event\nA,e1\nA,e2\nB,e1\nB,e2\nC,e3\nC,e4\nD,e3\nD,e4\n"
                         "E,e1\nE,e2\nE,e3\nE,e4\n";
    il_affiliation_t aff = IL_AFFILIATION_INIT;
    il_graph_t g = IL_GRAPH_INIT;
    il_backbone_t b;
    (void) state;
    sdsm_of(regular, &g, &aff, &b);
    assert_int_equal(il_graph_ecount(&g), 2);
    assert_near(VECTOR(b.p_value)[tie_of(&g, "A", "B")], 67.0 / 256, 1e-12);
    assert_near(VECTOR(b.score_a)[tie_of(&g, "A", "B")], 2, 0);
    assert_near(VECTOR(b.score_b)[tie_of(&g, "A", "B")], 1, 1e-12);
    assert_true(b.degree_error < 1e-9);
    assert_int_equal(b.ties_kept, 0);
    assert_near(b.expected_kept, 6.0 / 256, 1e-12);
    assert_near(b.family, 6, 0);
    il_backbone_destroy(&b);
    il_graph_destroy(&g);
    il_affiliation_destroy(&aff);

    sdsm_of(pinned, &g, &aff, &b);
    assert_near(VECTOR(b.p_value)[tie_of(&g, "A", "B")], 67.0 / 256, 1e-12);
    assert_near(VECTOR(b.p_value)[tie_of(&g, "A", "E")], 11.0 / 16, 1e-12);
    assert_near(VECTOR(b.score_b)[tie_of(&g, "A", "E")], 2, 1e-12);
    il_backbone_destroy(&b);
    il_graph_destroy(&g);
    il_affiliation_destroy(&aff);
}

/* The configuration model's defining property: expected degrees equal the
 * observed ones, here on an irregular table (degrees 1, 2, 3; sizes 1..3). */
static void test_bicm(void **state)
{
    igraph_vector_int_t kdeg, kcount, ddeg, dcount;
    igraph_vector_t p;
    igraph_integer_t rounds, c, f;
    double err;
    (void) state;
    igraph_vector_int_init_int(&kdeg, 3, 1, 2, 3);
    igraph_vector_int_init_int(&kcount, 3, 3, 2, 1);     /* 3 + 4 + 3 = 10 memberships */
    igraph_vector_int_init_int(&ddeg, 3, 1, 2, 3);
    igraph_vector_int_init_int(&dcount, 3, 1, 3, 1);     /* 1 + 6 + 3 = 10 */
    igraph_vector_init(&p, 0);
    assert_int_equal(il_bicm_fit(&kdeg, &kcount, &ddeg, &dcount, &p, &rounds, &err), 0);
    assert_true(err < 1e-9);
    for (c = 0; c < 3; c++) {
        double k = 0;
        for (f = 0; f < 3; f++) {
            k += VECTOR(dcount)[f] * VECTOR(p)[c * 3 + f];
            assert_true(VECTOR(p)[c * 3 + f] > 0 && VECTOR(p)[c * 3 + f] < 1);
        }
        assert_near(k, VECTOR(kdeg)[c], 1e-9);
    }
    VECTOR(dcount)[0] = 2;  /* 11 memberships against 10 */
    assert_int_equal(il_bicm_fit(&kdeg, &kcount, &ddeg, &dcount, &p, &rounds, &err),
                     IGRAPH_EINVAL);
    il_clear_error();
    igraph_vector_destroy(&p);
    igraph_vector_int_destroy(&kdeg);
    igraph_vector_int_destroy(&kcount);
    igraph_vector_int_destroy(&ddeg);
    igraph_vector_int_destroy(&dcount);
}

/* Holm (1979) by hand: p = (0.01, 0.04, 0.03, 0.005, not a test), m = 4;
 * sorted 0.005, 0.01, 0.03, 0.04 times 4, 3, 2, 1: 0.02, 0.03, 0.06, 0.04,
 * made non-decreasing: 0.02, 0.03, 0.06, 0.06. Bonferroni: 4 p. In a
 * family of 6 (two more hypotheses with p = 1, last in Holm's order):
 * times 6, 5, 4, 3: 0.03, 0.05, 0.12, 0.12; Bonferroni 6 p. */
static void test_adjust(void **state)
{
    igraph_vector_t p, adj;
    const double holm[] = { 0.03, 0.06, 0.06, 0.02 }, bonf[] = { 0.04, 0.16, 0.12, 0.02 };
    const double holm6[] = { 0.05, 0.12, 0.12, 0.03 }, bonf6[] = { 0.06, 0.24, 0.18, 0.03 };
    int i;
    (void) state;
    igraph_vector_init(&p, 5);
    igraph_vector_init(&adj, 0);
    VECTOR(p)[0] = 0.01;
    VECTOR(p)[1] = 0.04;
    VECTOR(p)[2] = 0.03;
    VECTOR(p)[3] = 0.005;
    VECTOR(p)[4] = NAN;
    assert_int_equal(il_p_adjust(&p, IL_CORRECTION_HOLM, 0, &adj), 0);
    for (i = 0; i < 4; i++) {
        assert_near(VECTOR(adj)[i], holm[i], 1e-15);
    }
    assert_true(isnan(VECTOR(adj)[4]));
    assert_int_equal(il_p_adjust(&p, IL_CORRECTION_BONFERRONI, 0, &adj), 0);
    for (i = 0; i < 4; i++) {
        assert_near(VECTOR(adj)[i], bonf[i], 1e-15);
    }
    assert_int_equal(il_p_adjust(&p, IL_CORRECTION_HOLM, 6, &adj), 0);
    for (i = 0; i < 4; i++) {
        assert_near(VECTOR(adj)[i], holm6[i], 1e-15);
    }
    assert_int_equal(il_p_adjust(&p, IL_CORRECTION_BONFERRONI, 6, &adj), 0);
    for (i = 0; i < 4; i++) {
        assert_near(VECTOR(adj)[i], bonf6[i], 1e-15);
    }
    assert_int_equal(il_p_adjust(&p, IL_CORRECTION_NONE, 0, &adj), 0);
    assert_near(VECTOR(adj)[1], 0.04, 0);
    igraph_vector_destroy(&p);
    igraph_vector_destroy(&adj);
}

/* With Holm over the four ties of the disparity example (p = 1/9, 2/3,
 * 25/36, 1/3): adjusted 4/9, 1, 1, 1 (max(3 * 1/3, 4/9) = 1): none kept at
 * alpha 0.2, A-B kept at 0.5. */
static void test_correct(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    const char *pairs[] = { "A", "B", "A", "C", "A", "D", "B", "C" };
    const double w[] = { 4, 1, 1, 2 };
    il_backbone_t b;
    (void) state;
    tu_graph(&g, 0, pairs, 4, w);
    assert_int_equal(il_backbone_disparity(&g, 0.2, &b), IGRAPH_SUCCESS);
    assert_int_equal(b.ties_kept, 1);
    assert_int_equal(il_backbone_correct(&g, IL_CORRECTION_HOLM, &b), IGRAPH_SUCCESS);
    assert_near(VECTOR(b.p_adjusted)[tie_of(&g, "A", "B")], 4.0 / 9, 1e-15);
    assert_near(VECTOR(b.p_adjusted)[tie_of(&g, "B", "C")], 1, 1e-15);
    assert_int_equal(b.ties_kept, 0);
    assert_int_equal(b.nodes_kept, 0);
    b.alpha = 0.5;
    assert_int_equal(il_backbone_correct(&g, IL_CORRECTION_HOLM, &b), IGRAPH_SUCCESS);
    assert_int_equal(b.ties_kept, 1);
    il_backbone_destroy(&b);
    il_graph_destroy(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_disparity, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_disparity_directed, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_sdsm, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_bicm, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_adjust, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_correct, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests_name("backbone", tests, NULL, NULL);
}
