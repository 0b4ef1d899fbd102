/*
 * Hop distances of the summary (analysis/paths.c): the breadth-first
 * search over the compact adjacency array against igraph's own
 * average_path_length and diameter (unconn = true), the same numbers over
 * one or two worker processes, the sampling error worked by hand, and a
 * calibration of that error over many seeds.
 */
#include "test_util.h"
#include "core/rng.h"

static const char *suite(void)
{
    const char *s = getenv("INNOLINK_SUITE");
    return s ? s : "plain";
}

/* G(n, m) with a few isolates and self-loops, as an igraph graph. */
static void random_igraph(igraph_t *g, igraph_integer_t n, igraph_integer_t m, int directed,
                          unsigned seed)
{
    il_rng_scope_t rng;
    igraph_vector_int_t loops;
    assert_int_equal(il_rng_scope_begin(&rng, seed), 0);
    assert_int_equal(igraph_erdos_renyi_game_gnm(g, n, m, directed, false), 0);
    il_rng_scope_end(&rng);
    igraph_vector_int_init_int(&loops, 4, 1, 1, 2, 2);
    assert_int_equal(igraph_add_edges(g, &loops, NULL), 0);
    igraph_vector_int_destroy(&loops);
}

/* Every node as a source: igraph's values exactly, for 1 and 2 workers. */
static void test_paths_exact(void **state)
{
    int directed;
    (void) state;
    for (directed = 0; directed <= 1; directed++) {
        igraph_t g;
        igraph_real_t apl, diam;
        double mean, d, se, mean2, d2;
        random_igraph(&g, 300, directed ? 500 : 330, directed, 7);
        assert_int_equal(igraph_average_path_length(&g, &apl, NULL, directed, true), 0);
        assert_int_equal(igraph_diameter(&g, &diam, NULL, NULL, NULL, NULL, directed, true), 0);
        assert_int_equal(il_path_stats(&g, NULL, 1, &mean, &d, &se), 0);
        assert_near(mean, apl, 1e-12);
        assert_near(d, diam, 0);
        assert_near(se, 0, 0);
        assert_int_equal(il_path_stats(&g, NULL, 2, &mean2, &d2, NULL), 0);
        assert_memory_equal(&mean, &mean2, sizeof mean);
        assert_near(d2, d, 0);
        igraph_destroy(&g);
    }
}

/* The path a-b-c-d from sources a and b, worked by hand: distances summed
 * T = 1+2+3 = 6 and 1+1+2 = 4, reached P = 3 and 3, R = 10/6; residuals
 * T - R P = 1 and -1; SE^2 = (1 - 2/4) / (2 * 3^2) * 2 / 1 = 1/18. */
static void test_paths_se_by_hand(void **state)
{
    igraph_t g;
    igraph_vector_int_t src;
    double mean, d, se;
    (void) state;
    igraph_small(&g, 4, IGRAPH_UNDIRECTED, 0, 1, 1, 2, 2, 3, -1);
    igraph_vector_int_init_int(&src, 2, 0, 1);
    assert_int_equal(il_path_stats(&g, &src, 1, &mean, &d, &se), 0);
    assert_near(mean, 10.0 / 6.0, 1e-15);
    assert_near(d, 3, 0);
    assert_near(se, sqrt(1.0 / 18.0), 1e-15);
    igraph_vector_int_destroy(&src);
    igraph_destroy(&g);
}

/* The error it states is the error it makes: over many seeds, the mean
 * stated standard error is close to the spread of the estimates around
 * the exact value, and about 95% of the intervals estimate +- 1.96 SE
 * hold the exact value. */
static void test_paths_se_calibrated(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_summary_options_t o = IL_SUMMARY_OPTIONS_INIT;
    il_summary_t exact, est;
    igraph_t ig;
    il_graph_builder_t *b;
    igraph_integer_t v, e;
    int seeds = strcmp(suite(), "plain") == 0 ? 400 : 40, k, cover = 0;
    double sq = 0, sumse = 0;
    (void) state;
    random_igraph(&ig, 1500, 2600, 0, 11);
    assert_int_equal(il_graph_builder_new(&b, 0, IL_DUP_SUM, IL_LOOP_DROP), 0);
    for (v = 0; v < 1500; v++) {
        char id[16];
        uint32_t u;
        snprintf(id, sizeof id, "v%ld", (long) v);
        assert_int_equal(il_graph_builder_add_vertex(b, id, strlen(id), &u, NULL), 0);
    }
    for (e = 0; e < igraph_ecount(&ig); e++) {
        il_edge_outcome_t out;
        assert_int_equal(il_graph_builder_add_edge(b, (uint32_t) IGRAPH_FROM(&ig, e),
                                                   (uint32_t) IGRAPH_TO(&ig, e), 1, NULL,
                                                   NULL, 0, &out, NULL), 0);
    }
    assert_int_equal(il_graph_builder_finish(b, &g), 0);
    il_graph_builder_free(b);
    igraph_destroy(&ig);
    o.paths = IL_PATHS_EXACT;
    assert_int_equal(il_summary(&g, &o, &exact), 0);
    o.paths = IL_PATHS_SAMPLE;
    o.samples = 60;
    for (k = 0; k < seeds; k++) {
        double z;
        o.seed = 1000 + (igraph_uint_t) k;
        assert_int_equal(il_summary(&g, &o, &est), 0);
        z = est.average_path_length - exact.average_path_length;
        sq += z * z;
        sumse += est.average_path_length_se;
        cover += fabs(z) <= 1.96 * est.average_path_length_se;
        assert_true(est.diameter <= exact.diameter);    /* a lower bound */
    }
    if (seeds >= 400) {
        double ratio = (sumse / seeds) / sqrt(sq / seeds);
        assert_true(ratio > 0.85 && ratio < 1.15);
        assert_true(cover >= (int) (0.92 * seeds) && cover <= (int) (0.98 * seeds));
    }
    il_graph_destroy(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_paths_exact, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_paths_se_by_hand, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_paths_se_calibrated, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests_name("paths", tests, NULL, NULL);
}
