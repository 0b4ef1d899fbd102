/*
 * il_centrality against independent values: Padgett's Florentine families
 * and Zachary's karate club (published values, also networkx and igraph:
 * graphs/NAME/README.md), small graphs worked by hand in the comments, and the
 * worker processes against the single-process computation.
 */
#include "test_util.h"

#include <errno.h>
#include <omp.h>
#include <sys/wait.h>

static void load(il_graph_t *g, const char *edges, const char *nodes)
{
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    o.edges_path = edges;
    o.nodes_path = nodes;
    assert_int_equal(il_load_graph(&o, g), IGRAPH_SUCCESS);
}

static double score(const il_graph_t *g, const il_centrality_t *c, il_score_t s, const char *id)
{
    igraph_integer_t v;
    assert_true(c->has[s]);
    assert_true(il_graph_find_vertex(g, id, &v));
    return VECTOR(c->score[s])[v];
}

/* Vertices in decreasing order of a score (ties by vertex index). */
static void ranking(const il_centrality_t *c, il_score_t s, igraph_integer_t *order, int k)
{
    igraph_integer_t n = c->nodes, i, j;
    char *used = calloc((size_t) n, 1);
    assert_non_null(used);
    for (i = 0; i < k; i++) {
        igraph_integer_t best = -1;
        for (j = 0; j < n; j++) {
            if (!used[j] && (best < 0 || VECTOR(c->score[s])[j] > VECTOR(c->score[s])[best])) {
                best = j;
            }
        }
        used[best] = 1;
        order[i] = best;
    }
    free(used);
}

static void assert_ranking(const il_graph_t *g, const il_centrality_t *c, il_score_t s,
                           const char *const *ids, int k)
{
    igraph_integer_t order[8];
    int i;
    ranking(c, s, order, k);
    for (i = 0; i < k; i++) {
        assert_string_equal(il_graph_vertex_id(g, order[i]), ids[i]);
    }
}

/*
 * Florentine marriages (graphs/florentine/README.md: networkx 2.8.8,
 * cross-checked with python-igraph): Medici betweenness 0.521978, the top
 * three Medici, Guadagni, Albizzi; constraint and effective size from
 * nx.constraint / nx.effective_size.
 */
static void test_florentine(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_centrality_options_t o = IL_CENTRALITY_OPTIONS_INIT;
    il_centrality_t c;
    static const char *const top[] = { "Medici", "Guadagni", "Albizzi" };
    (void) state;
    load(&g, "graphs/florentine/edges.csv", NULL);
    assert_int_equal(il_centrality(&g, &o, &c), IGRAPH_SUCCESS);
    assert_near(score(&g, &c, IL_SCORE_BETWEENNESS, "Medici"), 0.521978, 1e-6);
    assert_ranking(&g, &c, IL_SCORE_BETWEENNESS, top, 3);
    assert_near(score(&g, &c, IL_SCORE_BETWEENNESS, "Guadagni"), 0.254579, 1e-6);
    assert_near(score(&g, &c, IL_SCORE_CLOSENESS, "Medici"), 0.560000, 1e-6);
    assert_near(score(&g, &c, IL_SCORE_CLOSENESS, "Pazzi"), 0.285714, 1e-6);
    assert_near(score(&g, &c, IL_SCORE_EIGENVECTOR, "Strozzi"), 0.827269, 1e-6);
    assert_near(score(&g, &c, IL_SCORE_CONSTRAINT, "Medici"), 0.209877, 1e-6);
    assert_near(score(&g, &c, IL_SCORE_CONSTRAINT, "Peruzzi"), 0.655864, 1e-6);
    assert_near(score(&g, &c, IL_SCORE_EFFECTIVE_SIZE, "Medici"), 5.666667, 1e-6);
    assert_near(score(&g, &c, IL_SCORE_EFFECTIVE_SIZE, "Peruzzi"), 1.666667, 1e-6);
    assert_near(score(&g, &c, IL_SCORE_DEGREE, "Medici"), 6, 0);
    il_centrality_destroy(&c);

    o.raw = 1;      /* unnormalised: 47.5 (nx normalized=False) */
    assert_int_equal(il_centrality(&g, &o, &c), IGRAPH_SUCCESS);
    assert_near(score(&g, &c, IL_SCORE_BETWEENNESS, "Medici"), 47.5, 1e-9);
    assert_near(score(&g, &c, IL_SCORE_BETWEENNESS, "Bischeri"), 9.5, 1e-9);
    il_centrality_destroy(&c);
    il_graph_destroy(&g);
}

/*
 * Karate club: the top five by degree, betweenness, closeness and
 * eigenvector and their values (graphs/karate/README.md: networkx 2.8.8
 * and python-igraph 0.10.2 agree).
 */
static void test_karate_rankings(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_centrality_options_t o = IL_CENTRALITY_OPTIONS_INIT;
    il_centrality_t c;
    static const char *const deg[] = { "34", "1", "33", "3", "2" };
    static const char *const bet[] = { "1", "34", "33", "3", "32" };
    static const char *const clo[] = { "1", "3", "34", "32" };
    static const char *const eig[] = { "34", "1", "3", "33", "2" };
    (void) state;
    load(&g, "graphs/karate/edges.csv", NULL);
    assert_int_equal(il_centrality(&g, &o, &c), IGRAPH_SUCCESS);
    assert_ranking(&g, &c, IL_SCORE_DEGREE, deg, 5);
    assert_ranking(&g, &c, IL_SCORE_BETWEENNESS, bet, 5);
    assert_ranking(&g, &c, IL_SCORE_CLOSENESS, clo, 4);
    assert_ranking(&g, &c, IL_SCORE_EIGENVECTOR, eig, 5);
    assert_near(score(&g, &c, IL_SCORE_DEGREE, "34"), 17, 0);
    assert_near(score(&g, &c, IL_SCORE_BETWEENNESS, "1"), 0.437635, 1e-6);
    assert_near(score(&g, &c, IL_SCORE_BETWEENNESS, "32"), 0.138276, 1e-6);
    assert_near(score(&g, &c, IL_SCORE_CLOSENESS, "1"), 0.568966, 1e-6);
    assert_near(score(&g, &c, IL_SCORE_CLOSENESS, "14"), 0.515625, 1e-6);
    assert_near(score(&g, &c, IL_SCORE_EIGENVECTOR, "34"), 1.0, 1e-9);
    assert_near(score(&g, &c, IL_SCORE_EIGENVECTOR, "1"), 0.952132, 1e-6);
    assert_near(score(&g, &c, IL_SCORE_EIGENVECTOR, "2"), 0.712335, 1e-6);
    /* Unweighted graph: innolink's generic centralization must equal
     * igraph's own igraph_centralization_degree / _betweenness. */
    {
        igraph_real_t cd, cb, tmax;
        igraph_vector_t tmp;
        assert_int_equal(igraph_vector_init(&tmp, 0), IGRAPH_SUCCESS);
        assert_int_equal(igraph_centralization_degree(&g.graph, &tmp, IGRAPH_ALL, false, &cd,
                                                      &tmax, true), IGRAPH_SUCCESS);
        assert_int_equal(igraph_centralization_betweenness(&g.graph, &tmp, false, &cb, &tmax,
                                                           true), IGRAPH_SUCCESS);
        igraph_vector_destroy(&tmp);
        assert_near(c.degree_centralization, cd, 1e-12);
        assert_near(c.betweenness_centralization, cb, 1e-12);
    }
    il_centrality_destroy(&c);
    il_graph_destroy(&g);
}

/*
 * Burt's measures by hand. Ego a with alters b, c, d; b and c are tied.
 *
 * Unweighted: p_a* = 1/3; p_b* = p_c* = 1/2; p_da = 1; every m = 1.
 *   ES_a = (1 - p_ac m_bc) + (1 - p_ab m_cb) + 1 = 2/3 + 2/3 + 1 = 7/3
 *          (Borgatti: n - 2t/n = 3 - 2/3); efficiency 7/9.
 *   c_ab = (p_ab + p_ac p_cb)^2 = (1/3 + 1/6)^2 = 1/4 = c_ac; c_ad = 1/9
 *   C_a  = 1/4 + 1/4 + 1/9 = 11/18
 *   H_a  = sum r ln r / (3 ln 3), r = c/(C_a/3): 27/22, 27/22, 6/11
 *        = 0.0522045454
 *   b: c_ba = (1/2 + 1/2 * 1/2)^2 = 9/16, c_bc = (1/2 + 1/2 * 1/3)^2 = 4/9,
 *      C_b = 145/144; ES_b = (1 - 1/2) + (1 - 1/2) = 1;
 *      H_b = sum r ln r / (2 ln 2) = 0.0099381530
 *   d: one contact: C_d = 1, ES_d = 1, H_d = 0 (N = 1).
 *
 * Weighted a-b 2, a-c 1, a-d 1, b-c 1: p_ab = 1/2, p_ac = p_ad = 1/4;
 * p_ba = 2/3, p_bc = 1/3 (max_b = 2); p_ca = p_cb = 1/2 (max_c = 1).
 *   ES_a = (1 - p_ac m_bc) + (1 - p_ab m_cb) + 1
 *        = (1 - 1/4 * 1/2) + (1 - 1/2 * 1) + 1 = 19/8
 *   c_ab = (1/2 + 1/4 * 1/2)^2 = 25/64; c_ac = (1/4 + 1/2 * 1/3)^2 = 25/144;
 *   c_ad = 1/16; C_a = 361/576; H_a = 0.1988415930
 */
static void test_structural_holes_by_hand(void **state)
{
    static const char *const pairs[] = { "a", "b", "a", "c", "a", "d", "b", "c" };
    static const double w[] = { 2, 1, 1, 1 };
    il_graph_t g = IL_GRAPH_INIT;
    il_centrality_options_t o = IL_CENTRALITY_OPTIONS_INIT;
    il_centrality_t c;
    igraph_vector_t con;
    (void) state;

    tu_graph(&g, 0, pairs, 4, NULL);
    assert_int_equal(il_centrality(&g, &o, &c), IGRAPH_SUCCESS);
    assert_near(score(&g, &c, IL_SCORE_EFFECTIVE_SIZE, "a"), 7.0 / 3.0, 1e-12);
    assert_near(score(&g, &c, IL_SCORE_EFFICIENCY, "a"), 7.0 / 9.0, 1e-12);
    assert_near(score(&g, &c, IL_SCORE_CONSTRAINT, "a"), 11.0 / 18.0, 1e-12);
    assert_near(score(&g, &c, IL_SCORE_HIERARCHY, "a"), 0.0522045454, 1e-9);
    assert_near(score(&g, &c, IL_SCORE_CONSTRAINT, "b"), 145.0 / 144.0, 1e-12);
    assert_near(score(&g, &c, IL_SCORE_EFFECTIVE_SIZE, "b"), 1.0, 1e-12);
    assert_near(score(&g, &c, IL_SCORE_HIERARCHY, "b"), 0.0099381530, 1e-9);
    assert_near(score(&g, &c, IL_SCORE_CONSTRAINT, "d"), 1.0, 1e-12);
    assert_near(score(&g, &c, IL_SCORE_EFFECTIVE_SIZE, "d"), 1.0, 1e-12);
    assert_near(score(&g, &c, IL_SCORE_HIERARCHY, "d"), 0.0, 0);
    il_centrality_destroy(&c);
    il_graph_destroy(&g);

    tu_graph(&g, 0, pairs, 4, w);
    assert_int_equal(il_centrality(&g, &o, &c), IGRAPH_SUCCESS);
    assert_near(score(&g, &c, IL_SCORE_EFFECTIVE_SIZE, "a"), 19.0 / 8.0, 1e-12);
    assert_near(score(&g, &c, IL_SCORE_CONSTRAINT, "a"), 361.0 / 576.0, 1e-12);
    assert_near(score(&g, &c, IL_SCORE_HIERARCHY, "a"), 0.1988415930, 1e-9);
    /* innolink's own dyadic constraints add up to igraph_constraint */
    assert_int_equal(igraph_vector_init(&con, 0), IGRAPH_SUCCESS);
    assert_int_equal(il_structural_holes(&g, NULL, NULL, NULL, &con), IGRAPH_SUCCESS);
    assert_near(VECTOR(con)[0], 361.0 / 576.0, 1e-12);
    igraph_vector_destroy(&con);
    il_centrality_destroy(&c);
    il_graph_destroy(&g);
}

/* On the weighted bundled network, il_structural_holes' constraint equals igraph_constraint. */
static void test_constraint_matches_igraph(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    igraph_vector_t mine, ref;
    igraph_integer_t i;
    (void) state;
    load(&g, "graphs/daedeok-pangyo/edges.csv", "graphs/daedeok-pangyo/nodes.csv");
    assert_int_equal(igraph_vector_init(&mine, 0), IGRAPH_SUCCESS);
    assert_int_equal(igraph_vector_init(&ref, 0), IGRAPH_SUCCESS);
    assert_int_equal(il_structural_holes(&g, NULL, NULL, NULL, &mine), IGRAPH_SUCCESS);
    assert_int_equal(igraph_constraint(&g.graph, &ref, igraph_vss_all(), &g.weight),
                     IGRAPH_SUCCESS);
    for (i = 0; i < il_graph_vcount(&g); i++) {
        if (isnan(VECTOR(ref)[i])) {
            assert_true(isnan(VECTOR(mine)[i]));
        } else {
            assert_near(VECTOR(mine)[i], VECTOR(ref)[i], 1e-12);
        }
    }
    igraph_vector_destroy(&ref);
    igraph_vector_destroy(&mine);
    il_graph_destroy(&g);
}

/*
 * Where 1/w changes the shortest paths. Ties a-b 1, a-c 4, c-b 4.
 * inverse (d = 1/w): a-b direct is 1, a-c-b is 1/4 + 1/4 = 1/2, so the one
 *   shortest a-b path runs through c: betweenness of c raw 1, normalised
 *   1 x 2/((3-1)(3-2)) = 1; a and b 0.
 *   closeness a: d(a,b) = 1/2, d(a,c) = 1/4, r = 3: (2/2)(2/0.75) = 8/3;
 *   c: 2/(1/4 + 1/4) = 4. harmonic a: (2 + 4)/2 = 3; c: (4 + 4)/2 = 4.
 * none (hops): a-b direct, c lies on no shortest path: 0; closeness 1.
 * raw (d = w): a-b 1 < a-c-b 8: c 0; closeness a = 2/(1 + 4) = 0.4.
 */
static void test_weighted_paths_by_hand(void **state)
{
    static const char *const pairs[] = { "a", "b", "a", "c", "c", "b" };
    static const double w[] = { 1, 4, 4 };
    il_graph_t g = IL_GRAPH_INIT;
    il_centrality_options_t o = IL_CENTRALITY_OPTIONS_INIT;
    il_centrality_t c;
    (void) state;
    tu_graph(&g, 0, pairs, 3, w);
    o.measures = 1u << IL_MEASURE_BETWEENNESS | 1u << IL_MEASURE_CLOSENESS |
                 1u << IL_MEASURE_HARMONIC;
    assert_int_equal(il_centrality(&g, &o, &c), IGRAPH_SUCCESS);
    assert_near(score(&g, &c, IL_SCORE_BETWEENNESS, "c"), 1.0, 1e-12);
    assert_near(score(&g, &c, IL_SCORE_BETWEENNESS, "a"), 0.0, 1e-12);
    assert_near(score(&g, &c, IL_SCORE_CLOSENESS, "a"), 8.0 / 3.0, 1e-12);
    assert_near(score(&g, &c, IL_SCORE_CLOSENESS, "c"), 4.0, 1e-12);
    assert_near(score(&g, &c, IL_SCORE_HARMONIC, "a"), 3.0, 1e-12);
    assert_near(score(&g, &c, IL_SCORE_HARMONIC, "c"), 4.0, 1e-12);
    assert_false(c.has[IL_SCORE_DEGREE]);
    il_centrality_destroy(&c);

    o.path_weight = IL_DIST_NONE;
    assert_int_equal(il_centrality(&g, &o, &c), IGRAPH_SUCCESS);
    assert_near(score(&g, &c, IL_SCORE_BETWEENNESS, "c"), 0.0, 1e-12);
    assert_near(score(&g, &c, IL_SCORE_CLOSENESS, "a"), 1.0, 1e-12);
    il_centrality_destroy(&c);

    o.path_weight = IL_DIST_RAW;
    assert_int_equal(il_centrality(&g, &o, &c), IGRAPH_SUCCESS);
    assert_near(score(&g, &c, IL_SCORE_BETWEENNESS, "c"), 0.0, 1e-12);
    assert_near(score(&g, &c, IL_SCORE_CLOSENESS, "a"), 0.4, 1e-12);
    il_centrality_destroy(&c);
    il_graph_destroy(&g);
}

/* A seeded random weighted graph with n nodes and m ties. */
static void random_graph(igraph_t *graph, igraph_vector_t *len, igraph_integer_t n,
                         igraph_integer_t m)
{
    igraph_integer_t e;
    assert_int_equal(igraph_rng_seed(igraph_rng_default(), 7), IGRAPH_SUCCESS);
    assert_int_equal(igraph_erdos_renyi_game_gnm(graph, n, m, false, false), IGRAPH_SUCCESS);
    assert_int_equal(igraph_vector_init(len, m), IGRAPH_SUCCESS);
    for (e = 0; e < m; e++) {
        VECTOR(*len)[e] = 1.0 / (double) (1 + igraph_rng_get_integer(igraph_rng_default(), 0, 5));
    }
}

/*
 * The worker processes give bit for bit the single-process result, for
 * any number of workers; and the sum over blocks is igraph_betweenness,
 * igraph_closeness (x (r-1)/(n-1)) and igraph_harmonic_centrality.
 */
static void test_parallel_equals_single(void **state)
{
    igraph_t graph;
    igraph_vector_t len, b[4], cl[4], h[4], ref;
    igraph_integer_t n = 300, i;
    int j;
    (void) state;
    random_graph(&graph, &len, n, 900);
    for (j = 0; j < 4; j++) {
        assert_int_equal(igraph_vector_init(&b[j], 0), IGRAPH_SUCCESS);
        assert_int_equal(igraph_vector_init(&cl[j], 0), IGRAPH_SUCCESS);
        assert_int_equal(igraph_vector_init(&h[j], 0), IGRAPH_SUCCESS);
        assert_int_equal(il_path_centrality(&graph, &len, NULL, j + 1, &b[j], &cl[j], &h[j]),
                         IGRAPH_SUCCESS);
    }
    for (j = 1; j < 4; j++) {
        assert_memory_equal(VECTOR(b[0]), VECTOR(b[j]), (size_t) n * sizeof(double));
        assert_memory_equal(VECTOR(cl[0]), VECTOR(cl[j]), (size_t) n * sizeof(double));
        assert_memory_equal(VECTOR(h[0]), VECTOR(h[j]), (size_t) n * sizeof(double));
    }
    assert_int_equal(igraph_vector_init(&ref, 0), IGRAPH_SUCCESS);
    assert_int_equal(igraph_betweenness(&graph, &ref, igraph_vss_all(), false, &len),
                     IGRAPH_SUCCESS);
    for (i = 0; i < n; i++) {
        assert_near(VECTOR(b[0])[i], VECTOR(ref)[i], 1e-9 * (1 + VECTOR(ref)[i]));
    }
    assert_int_equal(igraph_harmonic_centrality(&graph, &ref, igraph_vss_all(), IGRAPH_ALL,
                                                &len, true), IGRAPH_SUCCESS);
    for (i = 0; i < n; i++) {
        assert_near(VECTOR(h[0])[i], VECTOR(ref)[i], 1e-12);
    }
    for (j = 0; j < 4; j++) {
        igraph_vector_destroy(&b[j]);
        igraph_vector_destroy(&cl[j]);
        igraph_vector_destroy(&h[j]);
    }
    igraph_vector_destroy(&ref);
    igraph_vector_destroy(&len);
    igraph_destroy(&graph);
    assert_int_equal(waitpid(-1, NULL, WNOHANG), -1);   /* no child left behind */
    assert_int_equal(errno, ECHILD);
}

/* The whole result on the bundled network: --jobs 2 equals --jobs 1. */
static void test_parallel_whole_result(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_centrality_options_t o = IL_CENTRALITY_OPTIONS_INIT;
    il_centrality_t one, two;
    int k;
    (void) state;
    load(&g, "graphs/daedeok-pangyo/edges.csv", "graphs/daedeok-pangyo/nodes.csv");
    assert_int_equal(il_centrality(&g, &o, &one), IGRAPH_SUCCESS);
    o.jobs = 2;
    assert_int_equal(il_centrality(&g, &o, &two), IGRAPH_SUCCESS);
    for (k = 0; k < IL_SCORE_COUNT; k++) {
        assert_int_equal(one.has[k], two.has[k]);
        if (one.has[k]) {
            assert_memory_equal(VECTOR(one.score[k]), VECTOR(two.score[k]),
                                (size_t) one.nodes * sizeof(double));
        }
    }
    assert_memory_equal(&one.betweenness_centralization, &two.betweenness_centralization,
                        sizeof(double));
    il_centrality_destroy(&one);
    il_centrality_destroy(&two);
    il_graph_destroy(&g);
}

/*
 * PageRank gives the same digits on every run (issue 16). Debian's igraph
 * runs PRPACK on OpenMP threads whose partial sums arrive in any order:
 * on a graph of this size, without the one-thread scope of
 * core/threads.h, ten calls in one process gave ten different last digits
 * on two cores. The caller's OpenMP thread count is left as it was.
 */
static void test_pagerank_same_digits(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_centrality_options_t o = IL_CENTRALITY_OPTIONS_INIT;
    il_centrality_t first, again;
    il_graph_builder_t *b;
    uint64_t x = 16;
    int run, threads = omp_get_max_threads();
    (void) state;
    omp_set_num_threads(4);     /* parallel PRPACK even on a one-core machine */
    assert_int_equal(il_graph_builder_new(&b, 0, IL_DUP_SUM, IL_LOOP_DROP), IGRAPH_SUCCESS);
    for (run = 0; run < 15000; run++) {
        char id[2][16];
        uint32_t u, v;
        il_edge_outcome_t out;
        int k;
        for (k = 0; k < 2; k++) {       /* skewed ends: a few hubs, many small nodes */
            x = x * 6364136223846793005u + 1442695040888963407u;
            snprintf(id[k], sizeof id[k], "v%u", (unsigned) (((x >> 33) % 3000) *
                                                             ((x >> 20) % 3000) / 3000));
        }
        assert_int_equal(il_graph_builder_add_vertex(b, id[0], strlen(id[0]), &u, NULL), 0);
        assert_int_equal(il_graph_builder_add_vertex(b, id[1], strlen(id[1]), &v, NULL), 0);
        assert_int_equal(il_graph_builder_add_edge(b, u, v, 1.0 + (double) ((x >> 8) % 5), NULL,
                                                   NULL, 0, &out, NULL), 0);
    }
    assert_int_equal(il_graph_builder_finish(b, &g), IGRAPH_SUCCESS);
    il_graph_builder_free(b);
    o.measures = 1u << IL_MEASURE_PAGERANK;
    assert_int_equal(il_centrality(&g, &o, &first), IGRAPH_SUCCESS);
    assert_true(first.nodes > 2000);
    for (run = 0; run < 10; run++) {
        assert_int_equal(il_centrality(&g, &o, &again), IGRAPH_SUCCESS);
        assert_memory_equal(VECTOR(first.score[IL_SCORE_PAGERANK]),
                            VECTOR(again.score[IL_SCORE_PAGERANK]),
                            (size_t) first.nodes * sizeof(double));
        il_centrality_destroy(&again);
    }
    assert_int_equal(omp_get_max_threads(), 4);
    omp_set_num_threads(threads);
    il_centrality_destroy(&first);
    il_graph_destroy(&g);
}

/* A failure inside a worker (here: a length vector of the wrong size)
 * becomes the caller's error with igraph's reason, and no process is left. */
/* 2026-11-22 (review): a worker's error message (256 bytes) overran the
 * reply buffer when a block's values took less room (closeness only, one
 * source per block); ASan showed a heap-buffer-overflow in run_workers. */
static void test_worker_error_small_blocks(void **state)
{
    igraph_t graph;
    igraph_vector_t len, c;
    igraph_vector_int_t edges;
    igraph_integer_t e[] = { 0, 1, 1, 2 };
    (void) state;
    assert_int_equal(igraph_vector_int_init_array(&edges, e, 4), IGRAPH_SUCCESS);
    assert_int_equal(igraph_create(&graph, &edges, 3, IGRAPH_UNDIRECTED), IGRAPH_SUCCESS);
    igraph_vector_int_destroy(&edges);
    assert_int_equal(igraph_vector_init(&len, 1), IGRAPH_SUCCESS);   /* 1 length, 2 edges */
    VECTOR(len)[0] = 1;
    assert_int_equal(igraph_vector_init(&c, 3), IGRAPH_SUCCESS);
    il_clear_error();
    assert_int_not_equal(il_path_centrality(&graph, &len, NULL, 2, NULL, &c, NULL),
                         IGRAPH_SUCCESS);
    assert_non_null(strstr(il_last_error(), "worker processes"));
    il_clear_error();
    assert_int_equal(waitpid(-1, NULL, WNOHANG), -1);
    igraph_vector_destroy(&c);
    igraph_vector_destroy(&len);
    igraph_destroy(&graph);
}

static void test_worker_error(void **state)
{
    igraph_t graph;
    igraph_vector_t len, b;
    (void) state;
    random_graph(&graph, &len, 50, 100);
    assert_int_equal(igraph_vector_resize(&len, 99), IGRAPH_SUCCESS);
    assert_int_equal(igraph_vector_init(&b, 0), IGRAPH_SUCCESS);
    il_clear_error();
    assert_int_not_equal(il_path_centrality(&graph, &len, NULL, 2, &b, NULL, NULL),
                         IGRAPH_SUCCESS);
    assert_non_null(strstr(il_last_error(), "worker processes"));
    assert_non_null(strstr(il_last_error(), "eight"));     /* "Weight vector length ..." */
    il_clear_error();
    assert_int_equal(waitpid(-1, NULL, WNOHANG), -1);
    assert_int_equal(errno, ECHILD);
    igraph_vector_destroy(&b);
    igraph_vector_destroy(&len);
    igraph_destroy(&graph);
}

/* Mean absolute error of sampled betweenness over 10 seeds. */
static double sample_error(const il_graph_t *g, const igraph_vector_t *exact, igraph_integer_t k)
{
    il_centrality_options_t o = IL_CENTRALITY_OPTIONS_INIT;
    il_centrality_t c;
    igraph_integer_t i, n = il_graph_vcount(g);
    double err = 0;
    int s;
    o.measures = 1u << IL_MEASURE_BETWEENNESS;
    o.samples = k;
    for (s = 0; s < 10; s++) {
        o.seed = (igraph_uint_t) (s + 1);
        o.jobs = 1 + s % 2;
        assert_int_equal(il_centrality(g, &o, &c), IGRAPH_SUCCESS);
        assert_int_equal(c.betweenness_sources, k);
        for (i = 0; i < n; i++) {
            err += fabs(VECTOR(c.score[IL_SCORE_BETWEENNESS])[i] - VECTOR(*exact)[i]);
        }
        il_centrality_destroy(&c);
    }
    return err / (10.0 * (double) n);
}

/* Sampled betweenness: K = n is the exact value; the error shrinks with K. */
static void test_sampled_converges(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_centrality_options_t o = IL_CENTRALITY_OPTIONS_INIT;
    il_centrality_t exact, full;
    double e4, e12, e30;
    (void) state;
    load(&g, "graphs/karate/edges.csv", NULL);
    o.measures = 1u << IL_MEASURE_BETWEENNESS;
    assert_int_equal(il_centrality(&g, &o, &exact), IGRAPH_SUCCESS);
    o.samples = 34;
    assert_int_equal(il_centrality(&g, &o, &full), IGRAPH_SUCCESS);
    assert_memory_equal(VECTOR(exact.score[IL_SCORE_BETWEENNESS]),
                        VECTOR(full.score[IL_SCORE_BETWEENNESS]), 34 * sizeof(double));
    il_centrality_destroy(&full);
    e4 = sample_error(&g, &exact.score[IL_SCORE_BETWEENNESS], 4);
    e12 = sample_error(&g, &exact.score[IL_SCORE_BETWEENNESS], 12);
    e30 = sample_error(&g, &exact.score[IL_SCORE_BETWEENNESS], 30);
    assert_true(e4 > e12);
    assert_true(e12 > e30);
    assert_true(e30 > 0);
    o.samples = 35;     /* more sources than nodes */
    assert_int_not_equal(il_centrality(&g, &o, &full), IGRAPH_SUCCESS);
    il_clear_error();
    il_centrality_destroy(&exact);
    il_graph_destroy(&g);
}

/*
 * Star centre x with leaves p, q, r, s: the most centralised graph for
 * degree, betweenness and closeness (Freeman 1979): all three are 1.
 * Eigenvector: centre 1, leaves 1/2 (lambda = 2): (5*1 - 3)/(n-2) = 2/3.
 * Strengths 4,1,1,1,1: Gini = sum|si-sj| / (2 n^2 mean) = 24/80 = 0.3.
 */
static void test_star_centralization(void **state)
{
    static const char *const pairs[] = { "x", "p", "x", "q", "x", "r", "x", "s" };
    il_graph_t g = IL_GRAPH_INIT;
    il_centrality_options_t o = IL_CENTRALITY_OPTIONS_INIT;
    il_centrality_t c;
    (void) state;
    tu_graph(&g, 0, pairs, 4, NULL);
    assert_int_equal(il_centrality(&g, &o, &c), IGRAPH_SUCCESS);
    assert_near(c.degree_centralization, 1, 1e-12);
    assert_near(c.betweenness_centralization, 1, 1e-12);
    assert_near(c.closeness_centralization, 1, 1e-12);
    assert_near(c.eigenvector_centralization, 2.0 / 3.0, 1e-9);
    assert_near(c.strength_gini, 0.3, 1e-12);
    assert_near(score(&g, &c, IL_SCORE_EIGENVECTOR, "p"), 0.5, 1e-9);
    il_centrality_destroy(&c);
    il_graph_destroy(&g);
}

/* Gini by hand: equal values 0; {0,0,0,4}: 24/(2*16*1) = 3/4;
 * {1,2,3}: 8/(2*9*2) = 2/9; no values or all zero: NaN. */
static void test_gini(void **state)
{
    igraph_vector_t v;
    (void) state;
    assert_int_equal(igraph_vector_init_int(&v, 4, 1, 1, 1, 1), IGRAPH_SUCCESS);
    assert_near(il_gini(&v), 0, 1e-12);
    igraph_vector_destroy(&v);
    assert_int_equal(igraph_vector_init_int(&v, 4, 0, 4, 0, 0), IGRAPH_SUCCESS);
    assert_near(il_gini(&v), 0.75, 1e-12);
    igraph_vector_destroy(&v);
    assert_int_equal(igraph_vector_init_int(&v, 3, 3, 1, 2), IGRAPH_SUCCESS);
    assert_near(il_gini(&v), 2.0 / 9.0, 1e-12);
    igraph_vector_fill(&v, 0);
    assert_true(isnan(il_gini(&v)));
    igraph_vector_clear(&v);
    assert_true(isnan(il_gini(&v)));
    igraph_vector_destroy(&v);
}

/*
 * Degenerate inputs give defined values: no nodes; one isolated node (all
 * path measures 0, eigenvector and pagerank 1, Burt's measures NaN); an
 * isolate beside a tie; and hub/authority refused on an undirected graph.
 */
static void test_degenerate(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_centrality_options_t o = IL_CENTRALITY_OPTIONS_INIT;
    il_centrality_t c;
    (void) state;
    assert_int_equal(tu_load(&g, "source,target\n", NULL, NULL), IGRAPH_SUCCESS);
    o.jobs = 2;
    assert_int_equal(il_centrality(&g, &o, &c), IGRAPH_SUCCESS);
    assert_int_equal(c.nodes, 0);
    assert_true(isnan(c.degree_centralization));
    assert_true(isnan(c.strength_gini));
    il_centrality_destroy(&c);
    il_graph_destroy(&g);

    assert_int_equal(tu_load(&g, "source,target\n", "id\nsolo\n", NULL), IGRAPH_SUCCESS);
    assert_int_equal(il_centrality(&g, &o, &c), IGRAPH_SUCCESS);
    assert_near(score(&g, &c, IL_SCORE_BETWEENNESS, "solo"), 0, 0);
    assert_near(score(&g, &c, IL_SCORE_CLOSENESS, "solo"), 0, 0);
    assert_near(score(&g, &c, IL_SCORE_HARMONIC, "solo"), 0, 0);
    assert_near(score(&g, &c, IL_SCORE_EIGENVECTOR, "solo"), 1, 0);
    assert_near(score(&g, &c, IL_SCORE_PAGERANK, "solo"), 1, 1e-12);
    assert_true(isnan(score(&g, &c, IL_SCORE_CONSTRAINT, "solo")));
    assert_true(isnan(score(&g, &c, IL_SCORE_EFFECTIVE_SIZE, "solo")));
    assert_true(isnan(score(&g, &c, IL_SCORE_HIERARCHY, "solo")));
    assert_near(score(&g, &c, IL_SCORE_CLUSTERING, "solo"), 0, 0);
    assert_true(isnan(c.degree_centralization));
    il_centrality_destroy(&c);
    il_graph_destroy(&g);

    /* a-b and the isolate z: closeness of a = (1/2)(1/1) = 0.5 (networkx) */
    assert_int_equal(tu_load(&g, "source,target\na,b\n", "id\na\nb\nz\n", NULL),
                     IGRAPH_SUCCESS);
    assert_int_equal(il_centrality(&g, &o, &c), IGRAPH_SUCCESS);
    assert_near(score(&g, &c, IL_SCORE_CLOSENESS, "a"), 0.5, 1e-12);
    assert_near(score(&g, &c, IL_SCORE_CLOSENESS, "z"), 0, 0);
    assert_near(score(&g, &c, IL_SCORE_HARMONIC, "a"), 0.5, 1e-12);
    assert_near(score(&g, &c, IL_SCORE_BETWEENNESS, "a"), 0, 0);
    assert_near(score(&g, &c, IL_SCORE_CONSTRAINT, "a"), 1, 1e-12);
    il_centrality_destroy(&c);

    o.measures = 1u << IL_MEASURE_HUB;
    assert_int_not_equal(il_centrality(&g, &o, &c), IGRAPH_SUCCESS);
    assert_non_null(strstr(il_last_error(), "directed"));
    il_clear_error();
    o.measures = 0;
    o.jobs = 0;
    assert_int_not_equal(il_centrality(&g, &o, &c), IGRAPH_SUCCESS);
    il_clear_error();
    il_graph_destroy(&g);
}

/*
 * Directed: a -> b -> c. in/out degree; betweenness of b raw 1, normalised
 * 1/((n-1)(n-2)) = 1/2; closeness on incoming distances (networkx): c is
 * reached by a (2) and b (1): ((2/2)(2/3)) = 2/3; a by nobody: 0.
 * Hub and authority are computed (a hub 1, c authority 1).
 */
static void test_directed(void **state)
{
    static const char *const pairs[] = { "a", "b", "b", "c" };
    il_graph_t g = IL_GRAPH_INIT;
    il_centrality_options_t o = IL_CENTRALITY_OPTIONS_INIT;
    il_centrality_t c;
    (void) state;
    tu_graph(&g, 1, pairs, 2, NULL);
    assert_int_equal(il_centrality(&g, &o, &c), IGRAPH_SUCCESS);
    assert_near(score(&g, &c, IL_SCORE_IN_DEGREE, "b"), 1, 0);
    assert_near(score(&g, &c, IL_SCORE_OUT_DEGREE, "c"), 0, 0);
    assert_near(score(&g, &c, IL_SCORE_DEGREE, "b"), 2, 0);
    assert_near(score(&g, &c, IL_SCORE_BETWEENNESS, "b"), 0.5, 1e-12);
    assert_near(score(&g, &c, IL_SCORE_CLOSENESS, "c"), 2.0 / 3.0, 1e-12);
    assert_near(score(&g, &c, IL_SCORE_CLOSENESS, "a"), 0, 0);
    assert_true(c.has[IL_SCORE_HUB]);
    assert_true(c.has[IL_SCORE_AUTHORITY]);
    il_centrality_destroy(&c);
    il_graph_destroy(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_florentine, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_karate_rankings, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_structural_holes_by_hand, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_constraint_matches_igraph, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_weighted_paths_by_hand, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_parallel_equals_single, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_parallel_whole_result, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_pagerank_same_digits, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_worker_error, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_worker_error_small_blocks, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_sampled_converges, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_star_centralization, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_gini, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_degenerate, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_directed, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
