/*
 * Communities against independent values: Zachary's karate club
 * (published optimal modularity 0.419790 and faction-split modularity
 * 0.358235: graphs/karate/README.md, networkx and python-igraph), a
 * planted partition generated with igraph_sbm_game, and small partitions
 * worked by hand in the comments.
 */
#include "test_util.h"

static void load_karate(il_graph_t *g)
{
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    o.edges_path = "graphs/karate/edges.csv";
    o.nodes_path = "graphs/karate/nodes.csv";
    assert_int_equal(il_load_graph(&o, g), IGRAPH_SUCCESS);
}

static il_communities_t detect(const il_graph_t *g, il_comm_method_t m, igraph_integer_t runs)
{
    il_communities_options_t o = IL_COMMUNITIES_OPTIONS_INIT;
    il_communities_t c;
    o.method = m;
    o.runs = runs;
    assert_int_equal(il_communities_detect(g, &o, &c), IGRAPH_SUCCESS);
    return c;
}

/*
 * Optimal modularity of the karate club: 0.419790 (python-igraph 0.10.2
 * g.community_optimal_modularity(), GLPK; graphs/karate/README.md), with
 * the 4 communities listed there. Numbered canonically: by size, then by
 * smallest member: {9,10,15,...} (12), {1,2,3,...} (11), {24,...} (6),
 * {5,6,7,11,17} (5).
 */
static void test_karate_optimal(void **state)
{
    static const int c1[] = { 9, 10, 15, 16, 19, 21, 23, 27, 30, 31, 33, 34 };
    static const int c2[] = { 1, 2, 3, 4, 8, 12, 13, 14, 18, 20, 22 };
    static const int c3[] = { 24, 25, 26, 28, 29, 32 };
    static const int c4[] = { 5, 6, 7, 11, 17 };
    const int *sets[] = { c1, c2, c3, c4 };
    const size_t sizes[] = { 12, 11, 6, 5 };
    il_graph_t g = IL_GRAPH_INIT;
    il_communities_t c;
    size_t s, i;
    (void) state;
    load_karate(&g);
    c = detect(&g, IL_COMM_OPTIMAL, 10);
    assert_near(c.modularity, 0.419790, 1e-6);
    assert_int_equal(c.k, 4);
    assert_int_equal(c.runs, 1);                /* deterministic: one run */
    assert_true(isnan(c.stability_nmi));
    for (s = 0; s < 4; s++) {
        assert_int_equal(VECTOR(c.size)[s], (igraph_integer_t) sizes[s]);
        for (i = 0; i < sizes[s]; i++) {
            char id[8];
            igraph_integer_t v;
            snprintf(id, sizeof id, "%d", sets[s][i]);
            assert_true(il_graph_find_vertex(&g, id, &v));
            assert_int_equal(VECTOR(c.membership)[v], (igraph_integer_t) s);
        }
    }
    il_communities_destroy(&c);
    il_graph_destroy(&g);
}

/* The bar: the best of 10 seeded runs reaches at least 0.4188
 * (the optimum is 0.419790). */
static void test_karate_louvain_leiden(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_communities_t c;
    (void) state;
    load_karate(&g);
    c = detect(&g, IL_COMM_LOUVAIN, 10);
    assert_true(c.modularity >= 0.4188);
    assert_int_equal(c.runs, 10);
    assert_near(c.quality, c.modularity, 1e-12);
    il_communities_destroy(&c);
    c = detect(&g, IL_COMM_LEIDEN, 10);
    assert_true(c.modularity >= 0.4188);
    assert_true(c.converged);
    assert_true(c.iterations >= 2);             /* at least one confirming iteration */
    assert_true(c.iterations <= IL_LEIDEN_MAX_ITERATIONS);
    il_communities_destroy(&c);
    il_graph_destroy(&g);
}

/* Modularity of the two-faction split: 0.358235 (networkx
 * community.modularity with weight=None; python-igraph g.modularity). */
static void test_karate_factions(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_communities_options_t o = IL_COMMUNITIES_OPTIONS_INIT;
    il_partition_t p;
    il_communities_t c;
    (void) state;
    load_karate(&g);
    assert_int_equal(il_partition_from_attr(&g, "faction", IL_EMPTY_ERROR, &p), 0);
    assert_int_equal(il_communities_evaluate(&g, &o, &p.membership, &c), IGRAPH_SUCCESS);
    assert_near(c.modularity, 0.358235, 1e-6);
    assert_int_equal(c.k, 2);
    assert_int_equal(VECTOR(c.size)[0], 17);    /* "Mr. Hi" sorts first: numbering kept */
    assert_int_equal(VECTOR(c.size)[1], 17);
    il_communities_destroy(&c);
    il_partition_destroy(&p);
    il_graph_destroy(&g);
}

/*
 * Partition comparison worked by hand (natural logarithms).
 *
 * a = 0 0 1 1, b = 0 0 0 1.
 *   H(a)  = ln 2                                  = 0.693147
 *   H(b)  = -(3/4 ln 3/4 + 1/4 ln 1/4)            = 0.562335
 *   joint cells 2,1,1 of 4: H = 1/2 ln 2 + 2 (1/4 ln 4) = 1.039721
 *   MI    = 0.693147 + 0.562335 - 1.039721        = 0.215762
 *   NMI   = 2 MI / (H(a) + H(b)) = 0.431523 / 1.255482 = 0.343711
 *   VI    = H(a) + H(b) - 2 MI                    = 0.823959
 *   ARI: sum C(n_ij,2) = C(2,2) = 1; rows C(2,2)+C(2,2) = 2; columns
 *        C(3,2) + C(1,2) = 3; C(4,2) = 6; expected 2*3/6 = 1;
 *        max (2+3)/2 = 2.5; ARI = (1 - 1)/(2.5 - 1) = 0.
 *
 * a = 0 0 0 1 1 1, b = 0 0 1 1 2 2.
 *   H(a) = ln 2 = 0.693147; H(b) = ln 3 = 1.098612
 *   joint cells 2,1,1,2 of 6: H = 2 (1/3 ln 3) + 2 (1/6 ln 6) = 1.329661
 *   MI = 0.462098; NMI = 0.924196 / 1.791759 = 0.515804; VI = 0.867563
 *   ARI: sum C(n_ij,2) = 1+0+0+1 = 2; rows 3+3 = 6; columns 1+1+1 = 3;
 *        C(6,2) = 15; expected 6*3/15 = 1.2; max (6+3)/2 = 4.5;
 *        ARI = 0.8 / 3.3 = 0.242424.
 *
 * Identical partitions: NMI 1, ARI 1, VI 0.
 */
static void test_compare_by_hand(void **state)
{
    igraph_vector_int_t a, b;
    il_partition_comparison_t r;
    (void) state;
    igraph_vector_int_init_int(&a, 4, 0, 0, 1, 1);
    igraph_vector_int_init_int(&b, 4, 0, 0, 0, 1);
    assert_int_equal(il_partition_compare(&a, &b, &r), IGRAPH_SUCCESS);
    assert_near(r.nmi, 0.343711, 1e-6);
    assert_near(r.vi, 0.823959, 1e-6);
    assert_near(r.ari, 0.0, 1e-12);
    igraph_vector_int_destroy(&a);
    igraph_vector_int_destroy(&b);

    igraph_vector_int_init_int(&a, 6, 0, 0, 0, 1, 1, 1);
    igraph_vector_int_init_int(&b, 6, 0, 0, 1, 1, 2, 2);
    assert_int_equal(il_partition_compare(&a, &b, &r), IGRAPH_SUCCESS);
    assert_near(r.nmi, 0.515804, 1e-6);
    assert_near(r.vi, 0.867563, 1e-6);
    assert_near(r.ari, 0.8 / 3.3, 1e-12);
    assert_int_equal(il_partition_compare(&a, &a, &r), IGRAPH_SUCCESS);
    assert_near(r.nmi, 1.0, 1e-12);
    assert_near(r.ari, 1.0, 1e-12);
    assert_near(r.vi, 0.0, 1e-12);
    igraph_vector_int_destroy(&a);

    /* Both the same trivial partition: igraph's ARI is 0/0; innolink says 1. */
    igraph_vector_int_init_int(&a, 3, 0, 0, 0);
    assert_int_equal(il_partition_compare(&a, &a, &r), IGRAPH_SUCCESS);
    assert_near(r.ari, 1.0, 0);
    assert_near(r.nmi, 1.0, 0);
    igraph_vector_int_destroy(&a);

    igraph_vector_int_init_int(&a, 5, 0, 0, 0, 1, 1);   /* different lengths */
    assert_int_not_equal(il_partition_compare(&a, &b, &r), IGRAPH_SUCCESS);
    assert_non_null(strstr(il_last_error(), "same nodes"));
    il_clear_error();
    igraph_vector_int_destroy(&a);
    igraph_vector_int_destroy(&b);
}

/*
 * Canonical numbering: by decreasing size, then smallest vertex.
 *   5 5 2 2 2 7 -> sizes {2: 3, 5: 2, 7: 1} -> 1 1 0 0 0 2, k = 3
 *   3 3 1 1     -> equal sizes; label 3 holds vertex 0 -> 0 0 1 1
 */
static void test_canonical(void **state)
{
    igraph_vector_int_t m;
    igraph_integer_t k;
    (void) state;
    igraph_vector_int_init_int(&m, 6, 5, 5, 2, 2, 2, 7);
    assert_int_equal(il_membership_canonical(&m, &k), IGRAPH_SUCCESS);
    assert_int_equal(k, 3);
    assert_int_equal(VECTOR(m)[0], 1);
    assert_int_equal(VECTOR(m)[2], 0);
    assert_int_equal(VECTOR(m)[5], 2);
    igraph_vector_int_destroy(&m);
    igraph_vector_int_init_int(&m, 4, 3, 3, 1, 1);
    assert_int_equal(il_membership_canonical(&m, &k), IGRAPH_SUCCESS);
    assert_int_equal(k, 2);
    assert_int_equal(VECTOR(m)[0], 0);
    assert_int_equal(VECTOR(m)[3], 1);
    igraph_vector_int_destroy(&m);
}

/*
 * Node stability by hand. Best partition {a,b,c} {d,e}; core members of a
 * are b and c, of d is e.
 *   run 1: a b c | d e      every node is with its core members
 *   run 2: a b | c d e      a: only b of {b,c} (1 of 2, not more than
 *                           half) -> no; b: likewise no; c: none -> no;
 *                           d, e: yes
 *   run 3: all singletons   nobody
 *   -> a, b, c: 1/3; d, e: 2/3.
 * A node alone in the best partition counts when alone in the run:
 * best {a,b} {c}; runs {a,b}{c} and {a,b,c} -> a, b: 1; c: 1/2.
 */
static void test_node_stability_by_hand(void **state)
{
    static const int runs[3][5] = { { 0, 0, 0, 1, 1 }, { 0, 0, 1, 1, 1 }, { 0, 1, 2, 3, 4 } };
    igraph_vector_int_t best;
    igraph_matrix_int_t R;
    igraph_vector_t s;
    int r, v;
    (void) state;
    igraph_vector_int_init_int(&best, 5, 0, 0, 0, 1, 1);
    igraph_matrix_int_init(&R, 3, 5);
    for (r = 0; r < 3; r++) {
        for (v = 0; v < 5; v++) {
            MATRIX(R, r, v) = runs[r][v];
        }
    }
    igraph_vector_init(&s, 0);
    assert_int_equal(il_communities_node_stability(&best, &R, &s), IGRAPH_SUCCESS);
    assert_near(VECTOR(s)[0], 1.0 / 3.0, 1e-12);
    assert_near(VECTOR(s)[1], 1.0 / 3.0, 1e-12);
    assert_near(VECTOR(s)[2], 1.0 / 3.0, 1e-12);
    assert_near(VECTOR(s)[3], 2.0 / 3.0, 1e-12);
    assert_near(VECTOR(s)[4], 2.0 / 3.0, 1e-12);
    igraph_vector_int_destroy(&best);
    igraph_matrix_int_destroy(&R);

    igraph_vector_int_init_int(&best, 3, 0, 0, 1);
    igraph_matrix_int_init(&R, 2, 3);
    MATRIX(R, 0, 0) = 0, MATRIX(R, 0, 1) = 0, MATRIX(R, 0, 2) = 1;
    MATRIX(R, 1, 0) = 0, MATRIX(R, 1, 1) = 0, MATRIX(R, 1, 2) = 0;
    assert_int_equal(il_communities_node_stability(&best, &R, &s), IGRAPH_SUCCESS);
    assert_near(VECTOR(s)[0], 1.0, 1e-12);
    assert_near(VECTOR(s)[1], 1.0, 1e-12);
    assert_near(VECTOR(s)[2], 0.5, 1e-12);
    igraph_vector_destroy(&s);
    igraph_vector_int_destroy(&best);
    igraph_matrix_int_destroy(&R);
}

/*
 * Two weighted triangles joined by a bridge:
 *   a-b 2, b-c 2, a-c 2 | d-e 1, e-f 1, d-f 1 | bridge c-d 3.   W = 12.
 * Strengths a 4, b 4, c 7 (vol 15); d 5, e 2, f 2 (vol 9); 2W = 24.
 * Partition {a,b,c} {d,e,f}:
 *   internal ties 3 and 3, internal weight 6 and 3, density 1 and 1,
 *   conductance = cut / min(vol, 2W - vol) = 3/9 for both,
 *   total strength 15 and 9,
 *   Q = (6/12 - (15/24)^2) + (3/12 - (9/24)^2) = 0.109375 + 0.109375 = 0.21875
 *   (python-igraph g.modularity([0,0,0,1,1,1], weights) = 0.21875, and
 *   community_optimal_modularity finds this partition).
 * Top members: c (7), a (4), b (4 - tie broken by index) | d (5), e, f.
 */
static const char *const bridge_pairs[] = {
    "a", "b", "b", "c", "a", "c", "d", "e", "e", "f", "d", "f", "c", "d"
};
static const double bridge_w[] = { 2, 2, 2, 1, 1, 1, 3 };

static void test_figures_by_hand(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_communities_t c;
    int k;
    (void) state;
    tu_graph(&g, 0, bridge_pairs, 7, bridge_w);
    c = detect(&g, IL_COMM_OPTIMAL, 1);
    assert_int_equal(c.k, 2);
    assert_near(c.modularity, 0.21875, 1e-12);
    assert_near(c.total_weight, 12, 0);
    for (k = 0; k < 2; k++) {
        assert_int_equal(VECTOR(c.size)[k], 3);
        assert_int_equal(VECTOR(c.internal_ties)[k], 3);
        assert_near(VECTOR(c.density)[k], 1.0, 1e-12);
        assert_near(VECTOR(c.conductance)[k], 1.0 / 3.0, 1e-12);
    }
    assert_near(VECTOR(c.internal_weight)[0], 6, 1e-12);
    assert_near(VECTOR(c.internal_weight)[1], 3, 1e-12);
    assert_near(VECTOR(c.strength)[0], 15, 1e-12);
    assert_near(VECTOR(c.strength)[1], 9, 1e-12);
    assert_int_equal(VECTOR(c.membership)[0], 0);      /* a: smallest vertex first */
    assert_string_equal(il_graph_vertex_id(&g, VECTOR(c.order)[0]), "c");
    assert_string_equal(il_graph_vertex_id(&g, VECTOR(c.order)[1]), "a");
    assert_string_equal(il_graph_vertex_id(&g, VECTOR(c.order)[2]), "b");
    assert_string_equal(il_graph_vertex_id(&g, VECTOR(c.order)[3]), "d");
    il_communities_destroy(&c);

    /* Leiden and Louvain find the same split here. */
    c = detect(&g, IL_COMM_LEIDEN, 3);
    assert_near(c.modularity, 0.21875, 1e-12);
    assert_near(c.stability_nmi, 1.0, 1e-12);
    assert_int_equal(c.distinct_partitions, 1);
    il_communities_destroy(&c);
    c = detect(&g, IL_COMM_LOUVAIN, 3);
    assert_near(c.modularity, 0.21875, 1e-12);
    il_communities_destroy(&c);
    il_graph_destroy(&g);
}

/*
 * Leiden with the CPM objective on two triangles joined by one tie (m = 7,
 * unweighted). igraph 0.10.2's CPM quality (leiden.c) is
 *   (1/2m) sum_ij (A_ij - gamma n_i n_j) delta(c_i, c_j), over all ordered
 *   pairs i, j (i = j included), n_i = 1.
 * gamma = 0.5, the two triangles: sum A = 2 * 6 = 12, gamma sum n_c^2 =
 *   0.5 * (9 + 9) = 9 -> (12 - 9) / 14 = 3/14 = 0.214286; python-igraph
 *   community_leiden("CPM", resolution_parameter=0.5) gives the same split.
 * gamma = 1: the triangles score (12 - 18) / 14 and the singletons
 *   (0 - 6) / 14: both -3/7, the best there is (any other grouping has
 *   fewer internal ties per pair), so the quality is -3/7 whichever
 *   Leiden returns, and the bounded iteration must stop.
 * Modularity is reported at gamma = 1 for CPM: 2 (3/7 - (7/14)^2) = 5/14.
 */
static void test_leiden_cpm(void **state)
{
    static const char *const pairs[] = {
        "a", "b", "b", "c", "a", "c", "d", "e", "e", "f", "d", "f", "c", "d"
    };
    il_graph_t g = IL_GRAPH_INIT;
    il_communities_options_t o = IL_COMMUNITIES_OPTIONS_INIT;
    il_communities_t c;
    (void) state;
    tu_graph(&g, 0, pairs, 7, NULL);
    o.objective = IL_OBJECTIVE_CPM;
    o.resolution = 0.5;
    assert_int_equal(il_communities_detect(&g, &o, &c), IGRAPH_SUCCESS);
    assert_int_equal(c.k, 2);
    assert_near(c.quality, 3.0 / 14.0, 1e-12);
    assert_string_equal(c.quality_name, "cpm");
    assert_near(c.modularity, 5.0 / 14.0, 1e-12);
    assert_near(il_modularity_resolution(&o), 1.0, 0);
    assert_true(c.converged);
    il_communities_destroy(&c);
    o.resolution = 1.0;
    assert_int_equal(il_communities_detect(&g, &o, &c), IGRAPH_SUCCESS);
    assert_near(c.quality, -6.0 / 14.0, 1e-12);
    assert_true(c.converged);
    assert_true(c.iterations < IL_LEIDEN_MAX_ITERATIONS);
    il_communities_destroy(&c);
    il_graph_destroy(&g);
}

/* A planted partition: 3 blocks of 30, p_in = 0.5, p_out = 0.01 (about 15
 * ties inside for 0.6 outside per node), drawn by igraph_sbm_game with
 * seed 20261122; every method recovers it with NMI >= 0.95. (At p_in = 0.3
 * leading-eigenvector sometimes splits a block: NMI 0.90 here.) */
static void test_planted_partition(void **state)
{
    static const il_comm_method_t methods[] = {
        IL_COMM_LEIDEN, IL_COMM_LOUVAIN, IL_COMM_INFOMAP, IL_COMM_WALKTRAP,
        IL_COMM_FASTGREEDY, IL_COMM_LEADING_EIGENVECTOR, IL_COMM_LABELPROP
    };
    igraph_t sbm;
    igraph_matrix_t pref;
    igraph_vector_int_t sizes, truth;
    il_graph_builder_t *b;
    il_graph_t g = IL_GRAPH_INIT;
    igraph_integer_t n = 90, v, e;
    size_t i;
    (void) state;
    igraph_matrix_init(&pref, 3, 3);
    igraph_matrix_fill(&pref, 0.01);
    for (v = 0; v < 3; v++) {
        MATRIX(pref, v, v) = 0.5;
    }
    igraph_vector_int_init_int(&sizes, 3, 30, 30, 30);
    igraph_rng_seed(igraph_rng_default(), 20261122);
    assert_int_equal(igraph_sbm_game(&sbm, n, &pref, &sizes, false, false), IGRAPH_SUCCESS);
    assert_int_equal(il_graph_builder_new(&b, 0, IL_DUP_SUM, IL_LOOP_DROP), IGRAPH_SUCCESS);
    igraph_vector_int_init(&truth, n);
    for (v = 0; v < n; v++) {
        char id[16];
        uint32_t u;
        snprintf(id, sizeof id, "v%02d", (int) v);
        assert_int_equal(il_graph_builder_add_vertex(b, id, strlen(id), &u, NULL), 0);
        assert_int_equal((igraph_integer_t) u, v);
        VECTOR(truth)[v] = v / 30;              /* sbm_game fills blocks in order */
    }
    for (e = 0; e < igraph_ecount(&sbm); e++) {
        il_edge_outcome_t out;
        assert_int_equal(il_graph_builder_add_edge(b, (uint32_t) IGRAPH_FROM(&sbm, e),
                                                   (uint32_t) IGRAPH_TO(&sbm, e), 1.0, NULL,
                                                   NULL, 0, &out, NULL), 0);
    }
    assert_int_equal(il_graph_builder_finish(b, &g), IGRAPH_SUCCESS);
    il_graph_builder_free(b);
    for (i = 0; i < sizeof methods / sizeof methods[0]; i++) {
        il_communities_t c = detect(&g, methods[i], 5);
        il_partition_comparison_t cmp;
        assert_int_equal(il_partition_compare(&truth, &c.membership, &cmp), IGRAPH_SUCCESS);
        if (cmp.nmi < 0.95) {
            fail_msg("%s: NMI %g with the planted partition", il_comm_method_name(methods[i]),
                     cmp.nmi);
        }
        il_communities_destroy(&c);
    }
    igraph_vector_int_destroy(&truth);
    igraph_vector_int_destroy(&sizes);
    igraph_matrix_destroy(&pref);
    igraph_destroy(&sbm);
    il_graph_destroy(&g);
}

/* The same seed gives the same partition; runs differ and stability says so. */
static void test_seeds(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_communities_t a, b;
    (void) state;
    load_karate(&g);
    a = detect(&g, IL_COMM_LABELPROP, 10);
    b = detect(&g, IL_COMM_LABELPROP, 10);
    assert_true(igraph_vector_int_all_e(&a.membership, &b.membership));
    assert_near(a.stability_nmi, b.stability_nmi, 0);
    /* Label propagation on karate is known to vary from seed to seed. */
    assert_true(a.distinct_partitions > 1);
    assert_true(a.stability_nmi < 1.0);
    assert_true(a.stability_ari < 1.0);
    il_communities_destroy(&a);
    il_communities_destroy(&b);
    il_graph_destroy(&g);
}

/* Bad inputs: clear errors, nothing leaked (finally stack checked). */
static void test_refusals(void **state)
{
    static const char *const pairs[] = { "a", "b", "b", "c", "c", "a" };
    static const double frac[] = { 0.5, 1, 2 };
    il_graph_t g = IL_GRAPH_INIT;
    il_communities_options_t o = IL_COMMUNITIES_OPTIONS_INIT;
    il_communities_t c;
    (void) state;
    tu_graph(&g, 0, pairs, 3, frac);
    o.method = IL_COMM_LABELPROP;
    assert_int_not_equal(il_communities_detect(&g, &o, &c), IGRAPH_SUCCESS);
    assert_non_null(strstr(il_last_error(), "truncates fractional weights"));
    il_clear_error();
    o.method = IL_COMM_WALKTRAP;
    o.resolution = 2;
    assert_int_not_equal(il_communities_detect(&g, &o, &c), IGRAPH_SUCCESS);
    assert_non_null(strstr(il_last_error(), "no resolution parameter"));
    il_clear_error();
    il_graph_destroy(&g);

    tu_graph(&g, 1, pairs, 3, frac);
    o = (il_communities_options_t) IL_COMMUNITIES_OPTIONS_INIT;
    assert_int_not_equal(il_communities_detect(&g, &o, &c), IGRAPH_SUCCESS);
    assert_non_null(strstr(il_last_error(), "needs an undirected graph"));
    il_clear_error();
    il_graph_destroy(&g);
}

/*
 * Symmetrizing a directed graph: a->b 2, b->a 3, b->c 1.
 * sum: a-b 5, b-c 1 (W = 6); max: a-b 3, b-c 1 (W = 4).
 */
static void test_symmetrize(void **state)
{
    static const char *const pairs[] = { "a", "b", "b", "a", "b", "c" };
    static const double w[] = { 2, 3, 1 };
    il_graph_t g = IL_GRAPH_INIT;
    il_communities_options_t o = IL_COMMUNITIES_OPTIONS_INIT;
    il_communities_t c;
    (void) state;
    tu_graph(&g, 1, pairs, 3, w);
    o.symmetrize = IL_SYMMETRIZE_SUM;
    assert_int_equal(il_communities_detect(&g, &o, &c), IGRAPH_SUCCESS);
    assert_near(c.total_weight, 6, 0);
    assert_false(c.directed);
    il_communities_destroy(&c);
    o.symmetrize = IL_SYMMETRIZE_MAX;
    assert_int_equal(il_communities_detect(&g, &o, &c), IGRAPH_SUCCESS);
    assert_near(c.total_weight, 4, 0);
    il_communities_destroy(&c);
    /* Infomap takes the directed graph as it is. */
    o.symmetrize = IL_SYMMETRIZE_NONE;
    o.method = IL_COMM_INFOMAP;
    assert_int_equal(il_communities_detect(&g, &o, &c), IGRAPH_SUCCESS);
    assert_true(c.directed);
    assert_near(c.total_weight, 6, 0);
    il_communities_destroy(&c);
    il_graph_destroy(&g);
}

/* No ties: every node its own community, modularity undefined; no nodes:
 * no communities. */
static void test_empty(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_communities_t c;
    (void) state;
    assert_int_equal(tu_load(&g, "source,target\n", "id\nx\ny\nz\n", NULL), IGRAPH_SUCCESS);
    c = detect(&g, IL_COMM_LEIDEN, 10);
    assert_int_equal(c.k, 3);
    assert_int_equal(c.runs, 1);
    assert_true(isnan(c.modularity));
    assert_true(isnan(VECTOR(c.density)[0]));
    assert_true(isnan(VECTOR(c.conductance)[0]));
    il_communities_destroy(&c);
    il_graph_destroy(&g);
    assert_int_equal(tu_load(&g, "source,target\n", NULL, NULL), IGRAPH_SUCCESS);
    c = detect(&g, IL_COMM_LOUVAIN, 10);
    assert_int_equal(c.k, 0);
    il_communities_destroy(&c);
    il_graph_destroy(&g);
}

/* Categorical columns: faction, sector, cluster, region; not label or
 * lat/lon (coordinates) or numeric columns. */
static void test_categorical(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    (void) state;
    assert_int_equal(tu_load(&g, "source,target\na,b\n",
                             "id,label,sector,lat,score\na,A,industry,36.1,1\nb,B,research,36.2,2\n",
                             NULL), IGRAPH_SUCCESS);
    assert_false(il_vattr_is_categorical(&g, (size_t) il_graph_vattr_find(&g, "label")));
    assert_true(il_vattr_is_categorical(&g, (size_t) il_graph_vattr_find(&g, "sector")));
    assert_false(il_vattr_is_categorical(&g, (size_t) il_graph_vattr_find(&g, "lat")));
    assert_false(il_vattr_is_categorical(&g, (size_t) il_graph_vattr_find(&g, "score")));
    il_graph_destroy(&g);
}

/* Cross-tabulation: a = 0 0 1, b = 1 0 1 -> [[1,1],[0,1]]. */
static void test_crosstab(void **state)
{
    igraph_vector_int_t a, b;
    igraph_matrix_int_t t;
    (void) state;
    igraph_vector_int_init_int(&a, 3, 0, 0, 1);
    igraph_vector_int_init_int(&b, 3, 1, 0, 1);
    igraph_matrix_int_init(&t, 0, 0);
    assert_int_equal(il_partition_crosstab(&a, 2, &b, 2, &t), IGRAPH_SUCCESS);
    assert_int_equal(MATRIX(t, 0, 0), 1);
    assert_int_equal(MATRIX(t, 0, 1), 1);
    assert_int_equal(MATRIX(t, 1, 0), 0);
    assert_int_equal(MATRIX(t, 1, 1), 1);
    igraph_matrix_int_destroy(&t);
    igraph_vector_int_destroy(&a);
    igraph_vector_int_destroy(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_karate_optimal, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_karate_louvain_leiden, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_karate_factions, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_compare_by_hand, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_canonical, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_node_stability_by_hand, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_figures_by_hand, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_leiden_cpm, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_planted_partition, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_seeds, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_refusals, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_symmetrize, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_empty, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_categorical, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_crosstab, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
