/*
 * Coupling between groups: block densities, E-I (whole, group, node), the
 * loose-coupling plane, the permutation test and the vulnerability tables.
 * Every expected value is worked by hand in the comment above its test, or
 * enumerated by independent code in the test itself.
 */
#include "test_util.h"

static igraph_integer_t vid(const il_graph_t *g, const char *id)
{
    igraph_integer_t v = -1;
    assert_true(il_graph_find_vertex(g, id, &v));
    return v;
}

static void load_groups(il_graph_t *g, il_partition_t *p, const char *edges,
                        const char *nodes, int directed)
{
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    o.directed = directed;
    assert_int_equal(tu_load(g, edges, nodes, &o), 0);
    assert_int_equal(il_partition_from_attr(g, "grp", IL_EMPTY_ERROR, p), 0);
}

/*
 * Two groups, undirected: X = {a, b, c}, Y = {d, e};
 * ties a-b (2), a-c (1), c-d (3), d-e (4).
 * Blocks: XX 2 ties, weight 3, pairs 3*2/2 = 3: density 2/3, weighted 1.
 *         YY 1 tie, weight 4, pairs 1: density 1, weighted 4.
 *         XY 1 tie, weight 3, pairs 3*2 = 6: density 1/6, weighted 1/2.
 * Whole: I = 3, E = 1: EI = (1-3)/4 = -0.5; weighted I = 7, E = 3: -0.4.
 * Expected: possible inside pairs 3 + 1 = 4, between 10 - 4 = 6:
 *   (6-4)/10 = 0.2. Rescaled: m = 4, EI_max = 1 (all 4 can be between),
 *   EI_min = -1 (all 4 can be inside): 2(-0.5+1)/2 - 1 = -0.5.
 * Group X: inside 2, outside 1: EI -1/3; weighted 3 vs 3: 0;
 *   expected (3*2 - 3)/(3 + 6) = 1/3; coupling share 3/6 = 0.5; bridging 1 (c);
 *   rescaled with its 3 ties: EI_max = 1 (6 between pairs), EI_min = -1
 *   (3 inside pairs): -1/3.
 * Group Y: inside 1, outside 1: EI 0; weighted (3-4)/7 = -1/7;
 *   expected (2*3 - 1)/7 = 5/7; coupling share 3/7; bridging 1 (d);
 *   rescaled with its 2 ties: EI_max = 1, EI_min = ((2-1) - 1)/2 = 0 (one
 *   inside pair): 2(0 - 0)/(1 - 0) - 1 = -1.
 * Node c: inside 1 (w 1), outside 1 (w 3): EI 0, weighted 0.5;
 *   participation 1 - 1/4 - 1/4 = 0.5, weighted 1 - 1/16 - 9/16 = 0.375.
 * Plane: without a null test (null.samples 0) both readings are
 *   indeterminate (2026-12-03: the fixed cut-offs that read X dissolved and Y
 *   loosely coupled are gone, issue 12; test_readings_planted below
 *   checks the tested readings).
 * Vulnerability X-Y: c and d each carry 3 (all of it); the lower vertex
 *   (c, listed first in the node table) is the key actor; one vertex cut
 *   (c or d). The path b-a-c-d-e has articulation points a, c and d:
 *   removing a cuts b (X) from d, e (Y): 2 cross-group pairs; c cuts
 *   {a, b} from {d, e}: 4; d cuts {a, b, c} from e: 3.
 */
static void test_two_groups_by_hand(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_partition_t p;
    il_coupling_t c;
    il_coupling_options_t o = IL_COUPLING_OPTIONS_INIT;
    igraph_integer_t X = 0, Y = 1, cv;
    (void) state;
    load_groups(&g, &p, "source,target,weight\na,b,2\na,c,1\nc,d,3\nd,e,4\n",
                "id,grp\na,X\nb,X\nc,X\nd,Y\ne,Y\n", 0);
    o.permutations = 0;
    o.null.samples = 0;
    assert_int_equal(il_coupling(&g, &p, &o, &c), 0);
    assert_near(MATRIX(c.ties, X, X), 2, 0);
    assert_near(MATRIX(c.ties, X, Y), 1, 0);
    assert_near(MATRIX(c.ties, Y, X), 1, 0);
    assert_near(MATRIX(c.weight, Y, Y), 4, 0);
    assert_near(MATRIX(c.density, X, X), 2.0 / 3.0, 1e-12);
    assert_near(MATRIX(c.density, Y, Y), 1, 1e-12);
    assert_near(MATRIX(c.density, X, Y), 1.0 / 6.0, 1e-12);
    assert_near(MATRIX(c.weighted_density, X, X), 1, 1e-12);
    assert_near(MATRIX(c.weighted_density, Y, Y), 4, 1e-12);
    assert_near(MATRIX(c.weighted_density, Y, X), 0.5, 1e-12);
    assert_near(c.whole.ei, -0.5, 1e-12);
    assert_near(c.whole.ei_weighted, -0.4, 1e-12);
    assert_near(c.whole.expected, 0.2, 1e-12);
    assert_near(c.whole.rescaled, -0.5, 1e-12);
    assert_true(isnan(c.p_greater));
    assert_near(c.group[X].ei.ei, -1.0 / 3.0, 1e-12);
    assert_near(c.group[X].ei.ei_weighted, 0, 1e-12);
    assert_near(c.group[X].ei.expected, 1.0 / 3.0, 1e-12);
    assert_near(c.group[X].coupling_share, 0.5, 1e-12);
    assert_int_equal(c.group[X].bridging, 1);
    assert_near(c.group[X].ei.rescaled, -1.0 / 3.0, 1e-12);
    assert_near(c.group[Y].ei.rescaled, -1, 1e-12);
    assert_near(c.group[Y].ei.ei, 0, 1e-12);
    assert_near(c.group[Y].ei.ei_weighted, -1.0 / 7.0, 1e-12);
    assert_near(c.group[Y].ei.expected, 5.0 / 7.0, 1e-12);
    assert_near(c.group[Y].coupling_share, 3.0 / 7.0, 1e-12);
    assert_int_equal(c.group[Y].bridging, 1);
    cv = vid(&g, "c");
    assert_near(c.node[cv].ei, 0, 1e-12);
    assert_near(c.node[cv].ei_weighted, 0.5, 1e-12);
    assert_near(VECTOR(c.participation)[cv], 0.5, 1e-12);
    assert_near(VECTOR(c.participation_weighted)[cv], 0.375, 1e-12);
    assert_true(isnan(c.group[X].cohesion_p));   /* no test ran */
    assert_int_equal(c.group[X].reading, IL_READING_INDETERMINATE);
    assert_int_equal(c.group[Y].reading, IL_READING_INDETERMINATE);
    assert_int_equal(c.npairs, 1);
    assert_int_equal(c.pair[0].top, cv);
    assert_near(c.pair[0].top_weight, 3, 0);
    assert_int_equal(c.pair[0].cut_size, 1);
    assert_true(VECTOR(c.pair[0].cut)[0] == cv || VECTOR(c.pair[0].cut)[0] == vid(&g, "d"));
    assert_int_equal(igraph_vector_int_size(&c.bridges), 1);
    assert_int_equal(igraph_vector_int_size(&c.articulation), 3);
    assert_int_equal(VECTOR(c.articulation)[0], vid(&g, "a"));
    assert_near(VECTOR(c.articulation_pairs)[0], 2, 0);
    assert_int_equal(VECTOR(c.articulation)[1], cv);
    assert_near(VECTOR(c.articulation_pairs)[1], 4, 0);
    assert_near(VECTOR(c.articulation_pairs)[2], 3, 0);
    il_coupling_destroy(&c);
    il_partition_destroy(&p);
    il_graph_destroy(&g);
}

/*
 * Directed: X = {a, b}, Y = {c}; arcs a->b (1), b->a (2), a->c (3), c->b (1).
 * Possible ordered pairs: inside X 2*1 = 2, inside Y 0, all 3*2 = 6,
 * between 4. Blocks: XX 2 arcs / 2 = 1 (weighted 3/2); X->Y 1 / (2*1) = 0.5
 * (weighted 3/2); Y->X 0.5 (weighted 0.5); YY has no pairs: NaN.
 * Whole: I = 2, E = 2: EI 0; weighted I = 3, E = 4: 1/7; expected
 * (4-2)/6 = 1/3; rescaled: EI_max = 1 (4 <= 4 between pairs), EI_min =
 * (2-2)/4 = 0 (only 2 inside pairs): 2(0-0)/1 - 1 = -1.
 * Y has one member: reading "single member". Pair X-Y: 2 arcs, weight 4;
 * c carries 3 + 1 = 4 of it (a 3, b 1): key actor c, share 1.
 * Groups without ties: a third group Z = {z} (isolate) is unlinked with
 * both others and reads "no ties".
 */
static void test_directed_by_hand(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_partition_t p;
    il_coupling_t c;
    il_coupling_options_t o = IL_COUPLING_OPTIONS_INIT;
    (void) state;
    load_groups(&g, &p, "source,target,weight\na,b,1\nb,a,2\na,c,3\nc,b,1\n",
                "id,grp\na,X\nb,X\nc,Y\nz,Z\n", 1);
    o.permutations = 0;
    o.null.samples = 0;     /* the readings are tested in test_readings_planted */
    assert_int_equal(il_coupling(&g, &p, &o, &c), 0);
    /* with the isolate z the possible pairs grow; recompute for n = 4:
     * inside X 2, all 12, between 10: expected (10-2)/12 = 2/3;
     * EI_max = 1, EI_min = (2-2)/4 = 0: rescaled -1 as above. */
    assert_near(MATRIX(c.density, 0, 0), 1, 1e-12);
    assert_near(MATRIX(c.weighted_density, 0, 0), 1.5, 1e-12);
    assert_near(MATRIX(c.density, 0, 1), 0.5, 1e-12);
    assert_near(MATRIX(c.weighted_density, 0, 1), 1.5, 1e-12);
    assert_near(MATRIX(c.weighted_density, 1, 0), 0.5, 1e-12);
    assert_true(isnan(MATRIX(c.density, 1, 1)));
    assert_near(MATRIX(c.density, 0, 2), 0, 0);
    assert_near(c.whole.ei, 0, 1e-12);
    assert_near(c.whole.ei_weighted, 1.0 / 7.0, 1e-12);
    assert_near(c.whole.expected, 2.0 / 3.0, 1e-12);
    assert_near(c.whole.rescaled, -1, 1e-12);
    assert_int_equal(c.group[1].reading, IL_READING_SINGLETON);
    assert_int_equal(c.group[2].reading, IL_READING_NO_TIES);
    assert_int_equal(c.npairs, 3);
    assert_near(c.pair[0].ties, 2, 0);
    assert_near(c.pair[0].weight, 4, 0);
    assert_int_equal(c.pair[0].top, vid(&g, "c"));
    assert_near(c.pair[0].top_weight, 4, 0);
    assert_near(c.pair[1].ties, 0, 0);          /* X-Z: listed, no ties */
    assert_int_equal(c.pair[1].top, -1);
    assert_int_equal(c.pair[1].cut_size, 0);    /* already apart */
    il_coupling_destroy(&c);
    il_partition_destroy(&p);
    il_graph_destroy(&g);
}

/* E-I by direct counting, independent of the library: labels[v] in {0, 1}. */
static void count_ei(const int (*edges)[2], const double *w, int m, const int *labels,
                     double *ei, double *eiw)
{
    double e = 0, i = 0, ew = 0, iw = 0;
    int t;
    for (t = 0; t < m; t++) {
        if (labels[edges[t][0]] == labels[edges[t][1]]) {
            i += 1;
            iw += w[t];
        } else {
            e += 1;
            ew += w[t];
        }
    }
    *ei = (e - i) / (e + i);
    *eiw = (ew - iw) / (ew + iw);
}

/*
 * Six nodes, groups X = {n0, n1, n2} and Y = {n3, n4, n5}; ties
 * 0-1, 1-2, 0-2 (X triangle), 3-4, 4-5, 2-3 and 1-4 with weights below.
 * Permuting labels with group sizes kept draws each of the C(6,3) = 20
 * labelings with probability 1/20, so the exact p-values are the shares of
 * the 20 labelings (enumerated here by bit masks) whose E-I is >= / <= the
 * observed one. 20000 seeded permutations must land within 0.015 of them
 * (4 binomial standard deviations), and the same seed gives the same
 * p-values.
 */
static void test_permutation_exact(void **state)
{
    static const int edges[7][2] = { {0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {2, 3}, {1, 4} };
    static const double w[7] = { 1, 2, 1, 3, 1, 2, 1 };
    il_graph_t g = IL_GRAPH_INIT;
    il_partition_t p;
    il_coupling_t c, c2;
    il_coupling_options_t o = IL_COUPLING_OPTIONS_INIT;
    int labels[6], obs[6] = { 0, 0, 0, 1, 1, 1 }, mask, v, count, nlab = 0;
    double ei_obs, eiw_obs, ei, eiw, ge = 0, le = 0, gew = 0, lew = 0;
    (void) state;
    load_groups(&g, &p, "source,target,weight\nn0,n1,1\nn1,n2,2\nn0,n2,1\nn3,n4,3\n"
                "n4,n5,1\nn2,n3,2\nn1,n4,1\n",
                "id,grp\nn0,X\nn1,X\nn2,X\nn3,Y\nn4,Y\nn5,Y\n", 0);
    for (v = 0; v < 6; v++) {
        char id[16];
        snprintf(id, sizeof id, "n%d", v);
        assert_int_equal(vid(&g, id), v);   /* node table order */
    }
    count_ei(edges, w, 7, obs, &ei_obs, &eiw_obs);
    for (mask = 0; mask < 64; mask++) {
        for (count = 0, v = 0; v < 6; v++) {
            labels[v] = (mask >> v) & 1;
            count += labels[v];
        }
        if (count != 3) {
            continue;
        }
        nlab++;
        count_ei(edges, w, 7, labels, &ei, &eiw);
        ge += ei >= ei_obs - 1e-12;
        le += ei <= ei_obs + 1e-12;
        gew += eiw >= eiw_obs - 1e-12;
        lew += eiw <= eiw_obs + 1e-12;
    }
    assert_int_equal(nlab, 20);
    o.permutations = 20000;
    o.seed = 7;
    o.cuts = 0;
    o.null.samples = 0;     /* the readings are tested in test_readings_planted */
    assert_int_equal(il_coupling(&g, &p, &o, &c), 0);
    assert_near(c.whole.ei, ei_obs, 1e-12);
    assert_near(c.p_greater, ge / 20, 0.015);
    assert_near(c.p_less, le / 20, 0.015);
    assert_near(c.p_greater_weighted, gew / 20, 0.015);
    assert_near(c.p_less_weighted, lew / 20, 0.015);
    assert_int_equal(il_coupling(&g, &p, &o, &c2), 0);
    assert_near(c2.p_greater, c.p_greater, 0);
    assert_near(c2.p_less_weighted, c.p_less_weighted, 0);
    il_coupling_destroy(&c2);
    il_coupling_destroy(&c);
    il_partition_destroy(&p);
    il_graph_destroy(&g);
}

/* One group, and no groups at all, are errors with a clear message. */
static void test_single_group(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_partition_t p;
    il_coupling_t c;
    il_mixing_t x;
    il_brokerage_t b;
    il_coupling_options_t o = IL_COUPLING_OPTIONS_INIT;
    (void) state;
    load_groups(&g, &p, "source,target\na,b\n", "id,grp\na,X\nb,X\n", 0);
    assert_int_not_equal(il_groups_require_two(&p, "grp"), 0);
    assert_non_null(strstr(il_last_error(), "Every node has the same 'grp' ('X')"));
    il_clear_error();
    o.null.samples = 0;     /* the readings are tested in test_readings_planted */
    assert_int_not_equal(il_coupling(&g, &p, &o, &c), 0);
    il_clear_error();
    assert_int_not_equal(il_mixing(&g, &p, &x), 0);
    il_clear_error();
    assert_int_not_equal(il_brokerage(&g, &p, &b), 0);
    il_clear_error();
    il_partition_destroy(&p);
    il_graph_destroy(&g);
}

/* A graph without ties: every index is NaN, nothing crashes. */
static void test_no_ties(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_partition_t p;
    il_coupling_t c;
    il_coupling_options_t o = IL_COUPLING_OPTIONS_INIT;
    (void) state;
    load_groups(&g, &p, "source,target\n", "id,grp\na,X\nb,Y\n", 0);
    o.null.samples = 0;     /* the readings are tested in test_readings_planted */
    assert_int_equal(il_coupling(&g, &p, &o, &c), 0);
    assert_true(isnan(c.whole.ei));
    assert_true(isnan(c.whole.rescaled));
    assert_true(isnan(c.p_greater));
    assert_near(c.whole.expected, 1, 1e-12);    /* one pair, between */
    assert_int_equal(c.group[0].reading, IL_READING_NO_TIES);
    assert_int_equal(c.pair[0].cut_size, 0);
    il_coupling_destroy(&c);
    il_partition_destroy(&p);
    il_graph_destroy(&g);
}

/* 46 one-member groups make 1035 > IL_COUPLING_MAX_CUT_PAIRS pairs: the
 * cuts are skipped (cut_size -1) while everything else is computed; a
 * path of 46 nodes has 44 articulation points, each separating groups. */
static void test_cut_limit(void **state)
{
    char edges[2048] = "source,target\n", nodes[2048] = "id,grp\n", line[64];
    il_graph_t g = IL_GRAPH_INIT;
    il_partition_t p;
    il_coupling_t c;
    il_coupling_options_t o = IL_COUPLING_OPTIONS_INIT;
    int i;
    (void) state;
    for (i = 0; i < 46; i++) {
        snprintf(line, sizeof line, "v%02d,g%02d\n", i, i);
        strcat(nodes, line);
        if (i > 0) {
            snprintf(line, sizeof line, "v%02d,v%02d\n", i - 1, i);
            strcat(edges, line);
        }
    }
    load_groups(&g, &p, edges, nodes, 0);
    o.permutations = 10;
    o.null.samples = 0;     /* the readings are tested in test_readings_planted */
    assert_int_equal(il_coupling(&g, &p, &o, &c), 0);
    assert_int_equal(c.npairs, 1035);
    assert_int_equal(c.cuts_done, 0);
    assert_int_equal(c.pair[0].cut_size, -1);
    assert_near(c.whole.ei, 1, 1e-12);
    assert_int_equal(c.articulation_done, 1);
    assert_int_equal(igraph_vector_int_size(&c.articulation), 44);
    il_coupling_destroy(&c);
    il_partition_destroy(&p);
    il_graph_destroy(&g);
}

/*
 * Tested readings on planted structure (degree-preserving null, 400
 * samples; 100 under the sanitizers). Two groups of 8, each a clique (28 ties inside):
 *  - joined by one tie: each group keeps 28 of its 28.5 ties' worth
 *    inside; a random graph with these degrees puts about half of every
 *    group's tie ends outside, so the cohesion is far above the null
 *    (p_greater = 1/401) and the coupling share 1/57 is far below a
 *    quarter of the null's: isolated;
 *  - joined by a perfect matching of 8 ties plus 8 more (16 between):
 *    still far more cohesive than chance, and the coupling share 16/72
 *    is above a quarter of the null's (about 1/2): loosely coupled;
 *  - no tie inside, every tie between (a bipartite graph, 3 ties per
 *    node): less cohesive than chance: dissolved.
 * The null's coupling share is checked to lie between 0.3 and 0.8.
 */
static void test_readings_planted(void **state)
{
    const char *suite = getenv("INNOLINK_SUITE");
    int cross, S = !suite || strcmp(suite, "plain") == 0 ? 400 : 100;
    (void) state;
    for (cross = 0; cross < 3; cross++) {
        char edges[4096], nodes[512];
        size_t len = 0, ln = 0;
        int i, j;
        il_graph_t g = IL_GRAPH_INIT;
        il_partition_t p;
        il_coupling_t c;
        il_coupling_options_t o = IL_COUPLING_OPTIONS_INIT;
        il_load_options_t lo = IL_LOAD_OPTIONS_INIT;
        len += (size_t) sprintf(edges, "source,target\n");
        ln += (size_t) sprintf(nodes, "id,grp\n");
        for (i = 0; i < 16; i++) {
            ln += (size_t) sprintf(nodes + ln, "n%d,%s\n", i, i < 8 ? "A" : "B");
        }
        if (cross < 2) {
            for (i = 0; i < 16; i++) {
                for (j = i + 1; j < 16; j++) {
                    if ((i < 8) == (j < 8)) {
                        len += (size_t) sprintf(edges + len, "n%d,n%d\n", i, j);
                    }
                }
            }
            if (cross == 0) {
                len += (size_t) sprintf(edges + len, "n0,n8\n");
            } else {
                for (i = 0; i < 8; i++) {
                    len += (size_t) sprintf(edges + len, "n%d,n%d\nn%d,n%d\n", i, 8 + i, i,
                                            8 + (i + 1) % 8);
                }
            }
        } else {
            for (i = 0; i < 8; i++) {
                for (j = 0; j < 3; j++) {
                    len += (size_t) sprintf(edges + len, "n%d,n%d\n", i, 8 + (i + j) % 8);
                }
            }
        }
        assert_int_equal(tu_load(&g, edges, nodes, &lo), 0);
        assert_int_equal(il_partition_from_attr(&g, "grp", IL_EMPTY_ERROR, &p), 0);
        o.permutations = 0;
        o.cuts = 0;
        o.null.samples = S;
        assert_int_equal(il_coupling(&g, &p, &o, &c), 0);
        for (i = 0; i < 2; i++) {
            assert_true(c.group[i].coupling_expected > 0.3 && c.group[i].coupling_expected < 0.8);
            if (cross < 2) {
                assert_near(c.group[i].cohesion_p_greater, 1.0 / (S + 1.0), 1e-12);
                assert_int_equal(c.group[i].reading, cross == 0 ? IL_READING_ISOLATED
                                 : IL_READING_LOOSE);
            } else {
                assert_near(c.group[i].cohesion_p_less, 1.0 / (S + 1.0), 1e-12);
                assert_int_equal(c.group[i].reading, IL_READING_DISSOLVED);
            }
        }
        assert_string_equal(il_coupling_reading_name(c.group[0].reading),
                            cross == 0 ? "isolated" : (cross == 1 ? "loosely coupled"
                                                       : "dissolved"));
        il_coupling_destroy(&c);
        il_partition_destroy(&p);
        il_graph_destroy(&g);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_readings_planted, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_two_groups_by_hand, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_directed_by_hand, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_permutation_exact, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_single_group, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_no_ties, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_cut_limit, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests_name("coupling", tests, NULL, NULL);
}
