/*
 * When community detection stops (issue 16): Leiden's iteration rule
 * checked against igraph's own iteration loop, the patience rule of the
 * seeded runs worked out by hand from the runs' qualities, the same
 * results over one or two worker processes, and the size at which the
 * automatic rules switch.
 */
#include "test_util.h"
#include "core/rng.h"

static const char *suite(void)
{
    const char *s = getenv("INNOLINK_SUITE");
    return s ? s : "plain";
}

/* G(n, m), seeded, strengths 1 + (e mod 5), as an innolink graph. */
static void gnm_graph(il_graph_t *g, igraph_integer_t n, igraph_integer_t m, unsigned seed)
{
    igraph_t ig;
    il_graph_builder_t *b;
    igraph_integer_t v, e;
    il_rng_scope_t rng;
    assert_int_equal(il_rng_scope_begin(&rng, seed), 0);
    assert_int_equal(igraph_erdos_renyi_game_gnm(&ig, n, m, false, false), 0);
    il_rng_scope_end(&rng);
    assert_int_equal(il_graph_builder_new(&b, 0, IL_DUP_SUM, IL_LOOP_DROP), 0);
    for (v = 0; v < n; v++) {
        char id[24];
        uint32_t u;
        snprintf(id, sizeof id, "n%ld", (long) v);
        assert_int_equal(il_graph_builder_add_vertex(b, id, strlen(id), &u, NULL), 0);
    }
    for (e = 0; e < igraph_ecount(&ig); e++) {
        il_edge_outcome_t out;
        assert_int_equal(il_graph_builder_add_edge(b, (uint32_t) IGRAPH_FROM(&ig, e),
                                                   (uint32_t) IGRAPH_TO(&ig, e),
                                                   1.0 + (double) (e % 5), NULL, NULL, 0,
                                                   &out, NULL), 0);
    }
    assert_int_equal(il_graph_builder_finish(b, g), 0);
    il_graph_builder_free(b);
    igraph_destroy(&ig);
}

/* --iterations N makes what igraph's Leiden makes when asked for N
 * iterations in one call (python-igraph's n_iterations): the same
 * membership, node for node, for the same seed. */
static void test_leiden_fixed_iterations(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    igraph_integer_t iters;
    (void) state;
    gnm_graph(&g, 600, 2400, 5);
    for (iters = 1; iters <= 3; iters++) {
        il_communities_options_t o = IL_COMMUNITIES_OPTIONS_INIT;
        il_communities_t c;
        igraph_vector_t nodew;
        igraph_vector_int_t ref;
        igraph_integer_t nb, k, e;
        il_rng_scope_t rng;
        double q, W = 0;
        o.iterations = iters;
        o.runs = 1;
        assert_int_equal(il_communities_detect(&g, &o, &c), 0);
        assert_int_equal(c.iterations, iters);
        assert_int_equal(c.iterations_rule, iters);
        for (e = 0; e < il_graph_ecount(&g); e++) {
            W += VECTOR(g.weight)[e];
        }
        igraph_vector_init(&nodew, 0);
        igraph_vector_int_init(&ref, 0);
        igraph_strength(&g.graph, &nodew, igraph_vss_all(), IGRAPH_ALL, true, &g.weight);
        assert_int_equal(il_rng_scope_begin(&rng, 42), 0);
        assert_int_equal(igraph_community_leiden(&g.graph, &g.weight, &nodew, 1.0 / (2 * W),
                                                 0.01, false, iters, &ref, &nb, &q), 0);
        il_rng_scope_end(&rng);
        assert_int_equal(il_membership_canonical(&ref, &k), 0);
        assert_int_equal(k, c.k);
        assert_true(igraph_vector_int_all_e(&ref, &c.membership));
        igraph_vector_int_destroy(&ref);
        igraph_vector_destroy(&nodew);
        il_communities_destroy(&c);
    }
    il_graph_destroy(&g);
}

/* The runs stop after the first run that leaves the best `patience` runs
 * old: worked out here from the qualities of every run made one by one
 * (runs = 1 with seed 42 + r), and the same over two worker processes. */
static void test_patience(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_communities_options_t o = IL_COMMUNITIES_OPTIONS_INIT;
    il_communities_t all, one, two;
    double q[20];
    igraph_integer_t r, best = 0, expect = 20, patience = 2;
    (void) state;
    gnm_graph(&g, 400, 1600, 9);
    o.method = IL_COMM_LOUVAIN;
    o.runs = 1;
    for (r = 0; r < 20; r++) {
        il_communities_t c;
        o.seed = 42 + (igraph_uint_t) r;
        assert_int_equal(il_communities_detect(&g, &o, &c), 0);
        q[r] = c.quality;
        il_communities_destroy(&c);
    }
    for (r = 0; r < 20; r++) {              /* the rule, by hand */
        if (q[r] > q[best]) {
            best = r;
        }
        if (r - best >= patience) {
            expect = r + 1;
            break;
        }
    }
    assert_true(expect < 20);               /* the rule does stop here */
    o.seed = 42;
    o.runs = 20;
    o.patience = patience;
    assert_int_equal(il_communities_detect(&g, &o, &one), 0);
    assert_int_equal(one.runs, expect);
    assert_int_equal(one.best_run, best);
    assert_near(one.quality, q[best], 0);
    o.jobs = 2;
    assert_int_equal(il_communities_detect(&g, &o, &two), 0);
    assert_int_equal(two.runs, one.runs);
    assert_true(igraph_vector_int_all_e(&one.membership, &two.membership));
    assert_near(two.stability_nmi, one.stability_nmi, 0);
    assert_near(two.quality, one.quality, 0);
    o.patience = 0;                         /* every run */
    assert_int_equal(il_communities_detect(&g, &o, &all), 0);
    assert_int_equal(all.runs, 20);
    il_communities_destroy(&all);
    il_communities_destroy(&one);
    il_communities_destroy(&two);
    il_graph_destroy(&g);
}

/* The automatic rules: a graph of IL_COMM_LARGE_TIES ties is iterated
 * until stable with every run made; one tie more gets 2 iterations and a
 * patience of 3. (Louvain, one run: the rule is settled either way.) */
static void test_auto_rules(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_communities_options_t o = IL_COMMUNITIES_OPTIONS_INIT;
    il_communities_t c;
    int extra;
    (void) state;
    if (strcmp(suite(), "valgrind") == 0) {
        skip();                             /* 10^5 ties: the plain and asan suites */
    }
    o.method = IL_COMM_LOUVAIN;
    o.runs = 1;
    for (extra = 0; extra <= 1; extra++) {
        gnm_graph(&g, 30000, IL_COMM_LARGE_TIES + extra, 3);
        assert_int_equal(il_communities_detect(&g, &o, &c), 0);
        assert_int_equal(c.iterations_rule, extra ? 2 : 0);
        assert_int_equal(c.patience, extra ? 3 : 0);
        il_communities_destroy(&c);
        il_graph_destroy(&g);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_leiden_fixed_iterations, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_patience, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_auto_rules, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests_name("stopping", tests, NULL, NULL);
}
