/*
 * Null models (analysis/nulls.c) and the statistics tested against them
 * (analysis/null_stats.c). Properties of every model are checked on each
 * sample (degrees, strengths, group sizes, simplicity); the ensemble's
 * p-values against an exact enumeration of all labelings; its bytes
 * against a second run with two worker processes; and every observed
 * statistic against the analysis that reports it.
 */
#include "test_util.h"

/* 1 in the plain suite; the sanitizer suites run smaller ensembles. */
static int plain_suite(void)
{
    const char *s = getenv("INNOLINK_SUITE");
    return !s || strcmp(s, "plain") == 0;
}

/* A seeded random simple graph: n nodes, about m ties, strengths 1..3,
 * groups "g0".."g{k-1}" in the node column "grp". */
static void random_graph(il_graph_t *g, int n, int m, int k, int directed, unsigned seed)
{
    char *edges = malloc((size_t) m * 40 + 64), *nodes = malloc((size_t) n * 24 + 64);
    size_t le, ln;
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    int e, v;
    unsigned x = seed * 2654435761u + 1;
    le = (size_t) sprintf(edges, "source,target,weight\n");
    for (e = 0; e < m; e++) {
        int u, w;
        x = x * 1103515245u + 12345u;
        u = (int) ((x >> 8) % (unsigned) n);
        x = x * 1103515245u + 12345u;
        w = (int) ((x >> 8) % (unsigned) n);
        x = x * 1103515245u + 12345u;
        /* a few nodes get many ties: skew towards low ids */
        if ((x >> 20) % 3 == 0) {
            u = u / 4;
        }
        le += (size_t) sprintf(edges + le, "v%d,v%d,%u\n", u, w, 1 + (x >> 8) % 3);
    }
    ln = (size_t) sprintf(nodes, "id,grp\n");
    for (v = 0; v < n; v++) {
        ln += (size_t) sprintf(nodes + ln, "v%d,g%d\n", v, v % k);
    }
    o.directed = directed;
    o.duplicates = IL_DUP_FIRST;    /* keep strengths 1..3 */
    assert_int_equal(tu_load(g, edges, nodes, &o), 0);
    free(edges);
    free(nodes);
}

static void degrees(const il_graph_t *g, igraph_neimode_t mode, igraph_vector_int_t *d)
{
    assert_int_equal(igraph_degree(&g->graph, d, igraph_vss_all(), mode, IGRAPH_NO_LOOPS), 0);
}

static void strengths(const il_graph_t *g, igraph_vector_t *s)
{
    assert_int_equal(igraph_strength(&g->graph, s, igraph_vss_all(), IGRAPH_ALL,
                                     IGRAPH_NO_LOOPS, &g->weight), 0);
}

static void assert_simple(const il_graph_t *g)
{
    igraph_bool_t simple;
    assert_int_equal(igraph_is_simple(&g->graph, &simple), 0);
    assert_true(simple);
}

/* Sorted strengths, to compare multisets of tie strengths. */
static void sorted_weights(const il_graph_t *g, igraph_vector_t *w)
{
    assert_int_equal(igraph_vector_update(w, &g->weight), 0);
    igraph_vector_sort(w);
}

/* Every degree-preserving sample keeps each node's degree (directed: in
 * and out) and, with strengths travelling, each node's strength; it is
 * simple, and it moved away from the observed ties. */
static void test_degree_keeps_degrees(void **state)
{
    int directed;
    (void) state;
    for (directed = 0; directed <= 1; directed++) {
        il_graph_t g = IL_GRAPH_INIT, s = IL_GRAPH_INIT;
        il_null_sampler_t *sm;
        igraph_vector_int_t d0, d1, i0, i1;
        igraph_vector_t s0, s1;
        il_null_draw_info_t info;
        int i;
        random_graph(&g, 60, 240, 3, directed, 7);
        igraph_vector_int_init(&d0, 0);
        igraph_vector_int_init(&d1, 0);
        igraph_vector_int_init(&i0, 0);
        igraph_vector_int_init(&i1, 0);
        igraph_vector_init(&s0, 0);
        igraph_vector_init(&s1, 0);
        degrees(&g, IGRAPH_OUT, &d0);
        degrees(&g, IGRAPH_IN, &i0);
        strengths(&g, &s0);
        assert_int_equal(il_null_sampler_new(&sm, &g, IL_NULL_DEGREE, IL_NULL_WEIGHTS_TRAVEL,
                                             10, -1), 0);
        assert_int_equal(il_graph_sample_init(&s, &g), 0);
        for (i = 0; i < 20; i++) {
            igraph_integer_t v;
            assert_int_equal(il_null_sampler_draw(sm, 42, i, &s, NULL, &info), 0);
            assert_int_equal(il_graph_ecount(&s), il_graph_ecount(&g));
            assert_simple(&s);
            degrees(&s, IGRAPH_OUT, &d1);
            degrees(&s, IGRAPH_IN, &i1);
            strengths(&s, &s1);
            assert_true(igraph_vector_int_all_e(&d0, &d1));
            assert_true(igraph_vector_int_all_e(&i0, &i1));
            for (v = 0; v < il_graph_vcount(&g); v++) {
                assert_near(VECTOR(s1)[v], VECTOR(s0)[v], 1e-12);
            }
            assert_true(info.retained < 0.6);
            assert_true(info.swaps >= 10 * 200);     /* at least 10 per movable tie */
        }
        il_null_sampler_free(sm);
        il_graph_destroy(&s);
        igraph_vector_destroy(&s1);
        igraph_vector_destroy(&s0);
        igraph_vector_int_destroy(&i1);
        igraph_vector_int_destroy(&i0);
        igraph_vector_int_destroy(&d1);
        igraph_vector_int_destroy(&d0);
        il_graph_destroy(&g);
    }
}

/* Strengths permuted: degrees kept, the multiset of strengths kept. The
 * configuration model: degrees kept, simple. G(n, m): n, m and the
 * strengths kept, simple. */
static void test_other_models(void **state)
{
    il_null_model_t models[] = { IL_NULL_DEGREE, IL_NULL_CONFIGURATION, IL_NULL_GNM };
    size_t mi;
    (void) state;
    for (mi = 0; mi < 3; mi++) {
        int directed;
        for (directed = 0; directed <= 1; directed++) {
            il_graph_t g = IL_GRAPH_INIT, s = IL_GRAPH_INIT;
            il_null_sampler_t *sm;
            igraph_vector_int_t d0, d1;
            igraph_vector_t w0, w1;
            il_null_draw_info_t info;
            int i;
            /* sparse enough for the configuration model to match quickly */
            random_graph(&g, 80, 100, 2, directed, 11);
            igraph_vector_int_init(&d0, 0);
            igraph_vector_int_init(&d1, 0);
            igraph_vector_init(&w0, 0);
            igraph_vector_init(&w1, 0);
            degrees(&g, IGRAPH_OUT, &d0);
            sorted_weights(&g, &w0);
            assert_int_equal(il_null_sampler_new(&sm, &g, models[mi], IL_NULL_WEIGHTS_PERMUTE,
                                                 10, -1), 0);
            assert_int_equal(il_graph_sample_init(&s, &g), 0);
            for (i = 0; i < 10; i++) {
                assert_int_equal(il_null_sampler_draw(sm, 1, i, &s, NULL, &info), 0);
                assert_int_equal(il_graph_vcount(&s), il_graph_vcount(&g));
                assert_int_equal(il_graph_ecount(&s), il_graph_ecount(&g));
                assert_simple(&s);
                sorted_weights(&s, &w1);
                assert_true(igraph_vector_all_e(&w0, &w1));
                degrees(&s, IGRAPH_OUT, &d1);
                if (models[mi] != IL_NULL_GNM) {
                    assert_true(igraph_vector_int_all_e(&d0, &d1));
                }
                if (models[mi] == IL_NULL_CONFIGURATION) {
                    assert_true(info.tries >= 1);
                }
            }
            il_null_sampler_free(sm);
            il_graph_destroy(&s);
            igraph_vector_destroy(&w1);
            igraph_vector_destroy(&w0);
            igraph_vector_int_destroy(&d1);
            igraph_vector_int_destroy(&d0);
            il_graph_destroy(&g);
        }
    }
}

/* Label permutation: ties unchanged, group sizes kept, the sample's group
 * column is the original's read through the permutation. QAP: tie u-v
 * becomes perm[u]-perm[v] with its strength; node columns stay. The
 * sample borrows the ids. */
static void test_labels_and_qap(void **state)
{
    il_graph_t g = IL_GRAPH_INIT, s = IL_GRAPH_INIT;
    il_null_sampler_t *sm;
    il_partition_t p0, p1;
    il_null_draw_info_t info;
    igraph_integer_t perm[60], e, v, i;
    long col;
    (void) state;
    random_graph(&g, 60, 150, 4, 0, 3);
    col = il_graph_vattr_find(&g, "grp");
    assert_true(col >= 0);
    assert_int_equal(il_partition_from_attr(&g, "grp", IL_EMPTY_ERROR, &p0), 0);
    assert_int_equal(il_null_sampler_new(&sm, &g, IL_NULL_LABELS, IL_NULL_WEIGHTS_TRAVEL, 10,
                                         col), 0);
    assert_int_equal(il_graph_sample_init(&s, &g), 0);
    assert_ptr_equal(il_graph_vertex_id(&s, 5), il_graph_vertex_id(&g, 5));
    for (i = 0; i < 10; i++) {
        assert_int_equal(il_null_sampler_draw(sm, 9, i, &s, perm, &info), 0);
        assert_near(info.retained, 1, 0);
        for (e = 0; e < il_graph_ecount(&g); e++) {
            assert_int_equal(IGRAPH_FROM(&s.graph, e), IGRAPH_FROM(&g.graph, e));
            assert_int_equal(IGRAPH_TO(&s.graph, e), IGRAPH_TO(&g.graph, e));
        }
        for (v = 0; v < 60; v++) {
            assert_string_equal(il_graph_vattr_get(&s, (size_t) col, v),
                                il_graph_vattr_get(&g, (size_t) col, perm[v]));
        }
        assert_int_equal(il_partition_from_attr(&s, "grp", IL_EMPTY_ERROR, &p1), 0);
        assert_true(igraph_vector_int_all_e(&p0.size, &p1.size));
        il_partition_destroy(&p1);
    }
    /* the original's column is untouched */
    assert_true(il_graph_find_vertex(&g, "v5", &v));
    assert_string_equal(il_graph_vattr_get(&g, (size_t) col, v), "g1");
    il_null_sampler_free(sm);

    il_graph_destroy(&s);       /* a fresh sample: the last one has a permuted column */
    assert_int_equal(il_graph_sample_init(&s, &g), 0);
    assert_int_equal(il_null_sampler_new(&sm, &g, IL_NULL_QAP, IL_NULL_WEIGHTS_TRAVEL, 10, -1), 0);
    for (i = 0; i < 5; i++) {
        assert_int_equal(il_null_sampler_draw(sm, 9, i, &s, perm, &info), 0);
        for (e = 0; e < il_graph_ecount(&g); e++) {
            igraph_integer_t a = perm[IGRAPH_FROM(&g.graph, e)], b = perm[IGRAPH_TO(&g.graph, e)];
            igraph_integer_t x = IGRAPH_FROM(&s.graph, e), y = IGRAPH_TO(&s.graph, e);
            assert_true((a == x && b == y) || (a == y && b == x));
            assert_near(VECTOR(s.weight)[e], VECTOR(g.weight)[e], 0);
        }
        for (v = 0; v < 60; v++) {  /* every attribute stays with its node */
            assert_string_equal(il_graph_vattr_get(&s, (size_t) col, v),
                                il_graph_vattr_get(&g, (size_t) col, v));
        }
    }
    il_null_sampler_free(sm);
    il_graph_destroy(&s);
    il_partition_destroy(&p0);
    il_graph_destroy(&g);
}

/* A sample depends on (seed, index) only, not on what was drawn before. */
static void test_sample_seeds(void **state)
{
    il_graph_t g = IL_GRAPH_INIT, a = IL_GRAPH_INIT, b = IL_GRAPH_INIT;
    il_null_sampler_t *sm;
    il_null_draw_info_t info;
    igraph_integer_t e;
    (void) state;
    random_graph(&g, 40, 100, 2, 0, 5);
    assert_int_equal(il_null_sampler_new(&sm, &g, IL_NULL_DEGREE, IL_NULL_WEIGHTS_PERMUTE, 10,
                                         -1), 0);
    assert_int_equal(il_graph_sample_init(&a, &g), 0);
    assert_int_equal(il_graph_sample_init(&b, &g), 0);
    assert_int_equal(il_null_sampler_draw(sm, 42, 5, &a, NULL, &info), 0);
    assert_int_equal(il_null_sampler_draw(sm, 42, 3, &b, NULL, &info), 0);
    assert_int_equal(il_null_sampler_draw(sm, 42, 5, &b, NULL, &info), 0);
    for (e = 0; e < il_graph_ecount(&g); e++) {
        assert_int_equal(IGRAPH_FROM(&a.graph, e), IGRAPH_FROM(&b.graph, e));
        assert_int_equal(IGRAPH_TO(&a.graph, e), IGRAPH_TO(&b.graph, e));
        assert_true(VECTOR(a.weight)[e] == VECTOR(b.weight)[e]);
    }
    assert_true(il_null_sample_seed(42, 5) != il_null_sample_seed(42, 3));
    assert_true(il_null_sample_seed(42, 5) != il_null_sample_seed(43, 5));
    il_null_sampler_free(sm);
    il_graph_destroy(&b);
    il_graph_destroy(&a);
    il_graph_destroy(&g);
}

/* ---- The ensemble ------------------------------------------------------------ */

static void run_ensemble(il_null_tests_t *t, const il_graph_t *g, const il_partition_t *p,
                         const char *attr, il_null_model_t model, igraph_integer_t samples,
                         igraph_integer_t jobs)
{
    il_null_options_t o = IL_NULL_OPTIONS_INIT;
    o.model = model;
    o.samples = samples;
    o.jobs = jobs;
    assert_int_equal(il_null_tests_init(t, g, p, attr, &o), 0);
    if (p) {
        assert_int_equal(il_null_tests_add_groups(t, IL_NULL_COUPLING | IL_NULL_MIXING), 0);
        assert_int_equal(il_null_tests_add_brokerage(t), 0);
    }
    assert_int_equal(il_null_tests_run(t), 0);
}

static void assert_same_bytes(const igraph_vector_t *a, const igraph_vector_t *b)
{
    assert_int_equal(igraph_vector_size(a), igraph_vector_size(b));
    assert_memory_equal(VECTOR(*a), VECTOR(*b), (size_t) igraph_vector_size(a) * sizeof(double));
}

/* The same seed gives the same p-values byte for byte with one worker
 * and with two, for every model. */
static void test_jobs_same_bytes(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_partition_t p;
    il_null_model_t models[] = { IL_NULL_DEGREE, IL_NULL_GNM, IL_NULL_LABELS, IL_NULL_QAP };
    size_t i;
    (void) state;
    random_graph(&g, 50, 160, 3, 0, 13);
    assert_int_equal(il_partition_from_attr(&g, "grp", IL_EMPTY_ERROR, &p), 0);
    for (i = 0; i < sizeof models / sizeof models[0]; i++) {
        il_null_tests_t a, b;
        igraph_integer_t S = plain_suite() ? 70 : 20;
        run_ensemble(&a, &g, &p, "grp", models[i], S, 1);
        run_ensemble(&b, &g, &p, "grp", models[i], S, 2);
        assert_same_bytes(&a.observed, &b.observed);
        assert_same_bytes(&a.mean, &b.mean);
        assert_same_bytes(&a.sd, &b.sd);
        assert_same_bytes(&a.p_greater, &b.p_greater);
        assert_same_bytes(&a.p_less, &b.p_less);
        assert_same_bytes(&a.p_two, &b.p_two);
        assert_same_bytes(&a.percentile, &b.percentile);
        assert_true(igraph_vector_int_all_e(&a.defined, &b.defined));
        assert_int_equal(a.run[models[i]].samples, S);
        il_null_tests_destroy(&b);
        il_null_tests_destroy(&a);
    }
    il_partition_destroy(&p);
    il_graph_destroy(&g);
}

/*
 * Exact label-permutation p-values. Six nodes, groups {a, b, c} and
 * {d, e, f}; ties a-b, b-c, a-c, c-d, d-e, e-f, d-f, a-f. All 20 ways of
 * choosing which 3 nodes carry the first label (group sizes kept) are
 * enumerated here and the E-I of each counted by hand in the loop, so
 * P(EI_perm >= EI_obs) and P(EI_perm <= EI_obs) are exact shares. The
 * ensemble's estimates (1 + count)/(1 + N) must lie within
 * 4 sqrt(p(1-p)/N) + 1/(N + 1) of them.
 */
static void test_exact_label_pvalues(void **state)
{
    static const char *const pairs[] = {
        "a", "b", "b", "c", "a", "c", "c", "d", "d", "e", "e", "f", "d", "f", "a", "f"
    };
    const char *nodes = "id,grp\na,X\nb,X\nc,X\nd,Y\ne,Y\nf,Y\n";
    il_graph_t g = IL_GRAPH_INIT;
    il_partition_t p;
    il_null_tests_t t;
    il_null_options_t o = IL_NULL_OPTIONS_INIT;
    il_load_options_t lo = IL_LOAD_OPTIONS_INIT;
    char edges[256];
    size_t len = 0, e;
    int mask, ge = 0, le = 0, count = 0, N = plain_suite() ? 4000 : 500;
    double obs = NAN, pg, pl, bound;
    igraph_integer_t j;
    (void) state;
    len += (size_t) sprintf(edges, "source,target\n");
    for (e = 0; e < 8; e++) {
        len += (size_t) sprintf(edges + len, "%s,%s\n", pairs[2 * e], pairs[2 * e + 1]);
    }
    assert_int_equal(tu_load(&g, edges, nodes, &lo), 0);
    assert_int_equal(il_partition_from_attr(&g, "grp", IL_EMPTY_ERROR, &p), 0);
    /* exact distribution over the 20 labelings (by node name) */
    for (mask = 0; mask < 64; mask++) {
        int bits = 0, in = 0, out = 0;
        double ei;
        for (j = 0; j < 6; j++) {
            bits += (mask >> j) & 1;
        }
        if (bits != 3) {
            continue;
        }
        for (e = 0; e < 8; e++) {
            int u = pairs[2 * e][0] - 'a', v = pairs[2 * e + 1][0] - 'a';
            if (((mask >> u) & 1) == ((mask >> v) & 1)) {
                in++;
            } else {
                out++;
            }
        }
        ei = (double) (out - in) / 8.0;
        if (mask == 7) {        /* a, b, c together: the observed labeling */
            obs = ei;
        }
        count++;
        (void) ei;
    }
    assert_int_equal(count, 20);
    for (mask = 0; mask < 64; mask++) {
        int bits = 0, in = 0, out = 0;
        double ei;
        for (j = 0; j < 6; j++) {
            bits += (mask >> j) & 1;
        }
        if (bits != 3) {
            continue;
        }
        for (e = 0; e < 8; e++) {
            int u = pairs[2 * e][0] - 'a', v = pairs[2 * e + 1][0] - 'a';
            if (((mask >> u) & 1) == ((mask >> v) & 1)) {
                in++;
            } else {
                out++;
            }
        }
        ei = (double) (out - in) / 8.0;
        ge += ei >= obs - 1e-12;
        le += ei <= obs + 1e-12;
    }
    assert_near(obs, -0.5, 1e-12);      /* 6 inside, 2 between */
    o.model = IL_NULL_LABELS;
    o.samples = N;
    assert_int_equal(il_null_tests_init(&t, &g, &p, "grp", &o), 0);
    assert_int_equal(il_null_tests_add_groups(&t, IL_NULL_COUPLING), 0);
    assert_int_equal(il_null_tests_run(&t), 0);
    j = il_null_tests_find(&t, "coupling", "ei_index", IL_SUBJECT_NETWORK, -1, -1, -1);
    assert_true(j >= 0);
    assert_near(VECTOR(t.observed)[j], obs, 1e-12);
    pg = ge / 20.0;
    pl = le / 20.0;
    bound = 4 * sqrt(pg * (1 - pg) / N) + 1.0 / (N + 1);
    assert_near(VECTOR(t.p_greater)[j], pg, bound);
    bound = 4 * sqrt(pl * (1 - pl) / N) + 1.0 / (N + 1);
    assert_near(VECTOR(t.p_less)[j], pl, bound);
    assert_near(VECTOR(t.p_two)[j], fmin(1, 2 * fmin(VECTOR(t.p_greater)[j],
                                                     VECTOR(t.p_less)[j])), 0);
    assert_int_equal(VECTOR(t.defined)[j], N);
    il_null_tests_destroy(&t);
    il_partition_destroy(&p);
    il_graph_destroy(&g);
}

/* ---- The statistics equal the analyses that report them ------------------------ */

static void check_groups_agree(const il_graph_t *g, const il_partition_t *p, const char *attr)
{
    il_null_tests_t t;
    il_coupling_t c;
    il_mixing_t x;
    il_brokerage_t b;
    il_coupling_options_t co = IL_COUPLING_OPTIONS_INIT;
    igraph_integer_t a, bb, v, j, k = p->k;
    igraph_real_t q;
    igraph_vector_int_t memb;
    int r;
    run_ensemble(&t, g, p, attr, IL_NULL_DEGREE, 0, 1);
    co.permutations = 0;
    co.cuts = 0;
    co.null.samples = 0;        /* the observed values are compared here */
    assert_int_equal(il_coupling(g, p, &co, &c), 0);
    assert_int_equal(il_mixing(g, p, &x), 0);
    assert_int_equal(il_brokerage(g, p, &b), 0);
#define OBS(fam, nm, subj, aa, b2, rr) \
    VECTOR(t.observed)[(j = il_null_tests_find(&t, fam, nm, subj, aa, b2, rr), \
                        assert_true(j >= 0), j)]
#define SAME(x, y) do { double x_ = (x), y_ = (y); \
        if (isnan(y_)) { assert_true(isnan(x_)); } else { assert_near(x_, y_, 1e-12); } } while (0)
    SAME(OBS("coupling", "ei_index", IL_SUBJECT_NETWORK, -1, -1, -1), c.whole.ei);
    SAME(OBS("coupling", "ei_index_weighted", IL_SUBJECT_NETWORK, -1, -1, -1), c.whole.ei_weighted);
    for (a = 0; a < k; a++) {
        SAME(OBS("coupling", "density", IL_SUBJECT_GROUP, a, -1, -1), c.group[a].density);
        SAME(OBS("coupling", "weighted_density", IL_SUBJECT_GROUP, a, -1, -1),
             c.group[a].weighted_density);
        SAME(OBS("coupling", "ei_index", IL_SUBJECT_GROUP, a, -1, -1), c.group[a].ei.ei);
        SAME(OBS("coupling", "ei_index_weighted", IL_SUBJECT_GROUP, a, -1, -1),
             c.group[a].ei.ei_weighted);
        SAME(OBS("coupling", "coupling_share", IL_SUBJECT_GROUP, a, -1, -1),
             c.group[a].coupling_share);
        for (bb = 0; bb < k; bb++) {
            if (bb == a || (!g->directed && bb < a)) {
                continue;
            }
            SAME(OBS("coupling", "block_density", IL_SUBJECT_PAIR, a, bb, -1),
                 MATRIX(c.density, a, bb));
            SAME(OBS("coupling", "block_weighted_density", IL_SUBJECT_PAIR, a, bb, -1),
                 MATRIX(c.weighted_density, a, bb));
        }
    }
    for (v = 0; v < il_graph_vcount(g); v++) {
        SAME(OBS("coupling", "ei_index", IL_SUBJECT_NODE, v, -1, -1), c.node[v].ei);
        for (r = 0; r < IL_BROKER_ROLES; r++) {
            SAME(OBS("brokerage", "brokerage", IL_SUBJECT_NODE, v, -1, r), MATRIX(b.raw, v, r));
        }
    }
    for (r = 0; r < IL_BROKER_ROLES; r++) {
        SAME(OBS("brokerage", "brokerage", IL_SUBJECT_NETWORK, -1, -1, r), b.global_raw[r]);
    }
    SAME(OBS("mixing", "assortativity", IL_SUBJECT_NETWORK, -1, -1, -1), x.assortativity);
    SAME(OBS("mixing", "assortativity_weighted", IL_SUBJECT_NETWORK, -1, -1, -1),
         x.assortativity_weighted);
    /* modularity of the groups: igraph's, with the strengths, resolution 1 */
    igraph_vector_int_init_copy(&memb, &p->membership);
    assert_int_equal(igraph_modularity(&g->graph, &memb, &g->weight, 1, g->directed, &q), 0);
    SAME(OBS("mixing", "modularity", IL_SUBJECT_NETWORK, -1, -1, -1), q);
    igraph_vector_int_destroy(&memb);
    il_brokerage_destroy(&b);
    il_mixing_destroy(&x);
    il_coupling_destroy(&c);
    il_null_tests_destroy(&t);
}

static void test_groups_agree(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_partition_t p;
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    int directed;
    (void) state;
    o.edges_path = "graphs/daedeok-pangyo/edges.csv";
    o.nodes_path = "graphs/daedeok-pangyo/nodes.csv";
    for (directed = 0; directed <= 1; directed++) {
        const char *by[] = { "cluster", "sector" };
        size_t i;
        o.directed = directed;
        assert_int_equal(il_load_graph(&o, &g), 0);
        for (i = 0; i < 2; i++) {
            assert_int_equal(il_partition_from_attr(&g, by[i], IL_EMPTY_ERROR, &p), 0);
            check_groups_agree(&g, &p, by[i]);
            il_partition_destroy(&p);
        }
        {
            /* and on samples of the null: the fast brokerage counts of
             * analysis/null_stats.c equal il_brokerage's there too */
            il_graph_t s = IL_GRAPH_INIT;
            il_null_sampler_t *sm;
            il_null_draw_info_t info;
            int k;
            assert_int_equal(il_null_sampler_new(&sm, &g, IL_NULL_DEGREE, IL_NULL_WEIGHTS_AUTO,
                                                 10, -1), 0);
            assert_int_equal(il_graph_sample_init(&s, &g), 0);
            for (k = 0; k < 3; k++) {
                assert_int_equal(il_null_sampler_draw(sm, 5, k, &s, NULL, &info), 0);
                assert_int_equal(il_partition_from_attr(&s, "sector", IL_EMPTY_ERROR, &p), 0);
                check_groups_agree(&s, &p, "sector");
                il_partition_destroy(&p);
            }
            il_null_sampler_free(sm);
            il_graph_destroy(&s);
        }
        il_graph_destroy(&g);
    }
}

static void test_structure_agrees(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_partition_t p;
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    il_structure_options_t so = IL_STRUCTURE_OPTIONS_INIT;
    il_centrality_options_t co = IL_CENTRALITY_OPTIONS_INIT;
    il_null_options_t no = IL_NULL_OPTIONS_INIT;
    il_null_tests_t t;
    il_structure_t s;
    il_centrality_t c;
    igraph_integer_t a, j, r;
    (void) state;
    o.edges_path = "graphs/daedeok-pangyo/edges.csv";
    o.nodes_path = "graphs/daedeok-pangyo/nodes.csv";
    assert_int_equal(il_load_graph(&o, &g), 0);
    assert_int_equal(il_partition_from_attr(&g, "cluster", IL_EMPTY_ERROR, &p), 0);
    so.group_attr = "cluster";
    no.samples = 0;
    assert_int_equal(il_null_tests_init(&t, &g, &p, "cluster", &no), 0);
    assert_int_equal(il_null_tests_add_structure(&t, &so, 1), 0);
    assert_int_equal(il_null_tests_add_centralization(&t, &co), 0);
    assert_int_equal(il_null_tests_run(&t), 0);
    so.rewirings = 0;
    assert_int_equal(il_structure(&g, &so, &s), 0);
    memset(&c, 0, sizeof c);
    assert_int_equal(il_centrality(&g, &co, &c), 0);
    for (a = -1; a < p.k; a++) {
        const il_shape_t *sh = a < 0 ? &s.network : &s.group[a];
        il_null_subject_t subj = a < 0 ? IL_SUBJECT_NETWORK : IL_SUBJECT_GROUP;
        SAME(OBS("structure", "density", subj, a, -1, -1), sh->density);
        SAME(OBS("structure", "transitivity", subj, a, -1, -1), sh->transitivity);
        SAME(OBS("structure", "degree_centralization", subj, a, -1, -1), sh->centralization);
        SAME(OBS("structure", "hub_dominance", subj, a, -1, -1), sh->hub_dominance);
        SAME(OBS("structure", "core_periphery_fit", subj, a, -1, -1), sh->cp_fit);
        SAME(OBS("structure", "district_hub_and_spoke", subj, a, -1, -1),
             sh->district.score[IL_DISTRICT_HUB_AND_SPOKE]);
        if (a >= 0) {
            SAME(OBS("structure", "outside_share", subj, a, -1, -1), sh->outside_share);
        }
    }
    for (r = 0; r < igraph_vector_size(&s.rich_club.phi); r++) {
        SAME(OBS("structure", "rich_club_phi", IL_SUBJECT_DEGREE, r, -1, -1),
             VECTOR(s.rich_club.phi)[r]);
    }
    SAME(OBS("centralization", "degree_centralization", IL_SUBJECT_NETWORK, -1, -1, -1),
         c.degree_centralization);
    SAME(OBS("centralization", "betweenness_centralization", IL_SUBJECT_NETWORK, -1, -1, -1),
         c.betweenness_centralization);
    /* the default nulls */
    j = il_null_tests_find(&t, "structure", "degree_centralization", IL_SUBJECT_NETWORK, -1, -1, -1);
    assert_int_equal(t.stat[j].model, IL_NULL_GNM);
    j = il_null_tests_find(&t, "structure", "core_periphery_fit", IL_SUBJECT_NETWORK, -1, -1, -1);
    assert_int_equal(t.stat[j].model, IL_NULL_DEGREE);
    il_centrality_destroy(&c);
    il_structure_destroy(&s);
    il_null_tests_destroy(&t);
    il_partition_destroy(&p);
    il_graph_destroy(&g);
}

/* The correlation of two tie matrices over the 6 pairs of a, b, c, d:
 * x: a-b 2, a-c 1, b-d 1 -> (ab, ac, ad, bc, bd, cd) = (2, 1, 0, 0, 1, 0);
 * y: a-b 1, a-c 2, c-d 1 -> (1, 2, 0, 0, 0, 1). Sums: x 4, y 4, xy 4,
 * x^2 6, y^2 6; cov = 4 - 16/6 = 4/3, var x = var y = 6 - 16/6 = 10/3:
 * r = 0.4. Unweighted: x = (1,1,0,0,1,0), y = (1,1,0,0,0,1): sums 3, 3,
 * xy 2, squares 3, 3: (2 - 1.5) / (3 - 1.5) = 1/3. */
static void test_correlation_by_hand(void **state)
{
    static const char *const p1[] = { "a", "b", "a", "c", "b", "d" };
    static const char *const p2[] = { "a", "b", "a", "c", "c", "d" };
    const double w1[] = { 2, 1, 1 }, w2[] = { 1, 2, 1 };
    il_graph_t g = IL_GRAPH_INIT, h = IL_GRAPH_INIT;
    il_null_tests_t t;
    il_null_options_t o = IL_NULL_OPTIONS_INIT;
    int weighted;
    (void) state;
    tu_graph(&g, 0, p1, 3, w1);
    tu_graph(&h, 0, p2, 3, w2);
    assert_string_equal(il_graph_vertex_id(&g, 3), "d");
    assert_string_equal(il_graph_vertex_id(&h, 3), "d");
    o.samples = 0;
    for (weighted = 0; weighted <= 1; weighted++) {
        assert_int_equal(il_null_tests_init(&t, &g, NULL, NULL, &o), 0);
        assert_int_equal(il_null_tests_add_correlation(&t, &h, weighted), 0);
        assert_int_equal(il_null_tests_run(&t), 0);
        assert_near(VECTOR(t.observed)[0], weighted ? 0.4 : 1.0 / 3.0, 1e-12);
        assert_int_equal(t.stat[0].model, IL_NULL_QAP);
        il_null_tests_destroy(&t);
    }
    il_graph_destroy(&h);
    il_graph_destroy(&g);
}

/* Too few swaps: the mixing check says the chain has not mixed. */
static void test_mixing_check(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_null_tests_t t;
    il_null_options_t o = IL_NULL_OPTIONS_INIT;
    il_partition_t p;
    (void) state;
    random_graph(&g, 100, 400, 2, 0, 17);
    assert_int_equal(il_partition_from_attr(&g, "grp", IL_EMPTY_ERROR, &p), 0);
    o.model = IL_NULL_DEGREE;
    o.weights = IL_NULL_WEIGHTS_PERMUTE;
    o.samples = 40;
    o.swaps_per_edge = 0.2;
    assert_int_equal(il_null_tests_init(&t, &g, &p, "grp", &o), 0);
    assert_int_equal(il_null_tests_add_groups(&t, IL_NULL_COUPLING), 0);
    assert_int_equal(il_null_tests_run(&t), 0);
    assert_false(t.run[IL_NULL_DEGREE].mixed);
    assert_true(t.run[IL_NULL_DEGREE].retained_mean > t.run[IL_NULL_DEGREE].retained_expected);
    il_null_tests_destroy(&t);
    o.swaps_per_edge = 10;
    assert_int_equal(il_null_tests_init(&t, &g, &p, "grp", &o), 0);
    assert_int_equal(il_null_tests_add_groups(&t, IL_NULL_COUPLING), 0);
    assert_int_equal(il_null_tests_run(&t), 0);
    assert_true(t.run[IL_NULL_DEGREE].mixed);
    il_null_tests_destroy(&t);
    il_partition_destroy(&p);
    il_graph_destroy(&g);
}

/* Bad requests are errors, not crashes. */
static void test_refusals(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_null_sampler_t *sm = NULL;
    il_null_tests_t t;
    il_null_options_t o = IL_NULL_OPTIONS_INIT, def = IL_NULL_OPTIONS_INIT;
    il_centrality_options_t co = IL_CENTRALITY_OPTIONS_INIT;
    (void) state;
    random_graph(&g, 20, 30, 2, 0, 1);
    o.model = IL_NULL_LABELS;       /* nothing to shuffle without groups */
    o.samples = 10;
    assert_int_equal(il_null_tests_init(&t, &g, NULL, NULL, &o), 0);
    assert_int_equal(il_null_tests_add_centralization(&t, &co), 0);
    assert_int_equal(il_null_tests_run(&t), IGRAPH_EINVAL);
    il_null_tests_destroy(&t);
    o = def;
    assert_int_equal(il_null_sampler_new(&sm, &g, IL_NULL_DEFAULT, IL_NULL_WEIGHTS_TRAVEL, 10, -1),
                     IGRAPH_EINVAL);
    assert_int_equal(il_null_tests_init(&t, &g, NULL, NULL, &o), 0);
    assert_int_equal(il_null_tests_add_groups(&t, IL_NULL_COUPLING), IGRAPH_EINVAL);
    il_null_tests_destroy(&t);
    o.samples = -1;
    assert_int_equal(il_null_tests_init(&t, &g, NULL, NULL, &o), IGRAPH_EINVAL);
    il_null_tests_destroy(&t);
    il_graph_destroy(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_degree_keeps_degrees, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_other_models, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_labels_and_qap, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_sample_seeds, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_jobs_same_bytes, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_exact_label_pvalues, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_groups_agree, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_structure_agrees, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_correlation_by_hand, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_mixing_check, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_refusals, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
