/*
 * Calibration of the null-model tests (docs/metrics-inference.md,
 * "Calibration"): on graphs with no planted structure the two-sided p of
 * E-I, assortativity, the core-periphery fit and the district scores is
 * below 0.05 in about 5% of the seeds, and not more; so is a reading that
 * is not indeterminate. On planted structure (a stochastic block model
 * with strong homophily, a planted core, planted hub-and-spoke groups) the
 * p is below 0.01 and the reading names the structure.
 *
 * A graph "with no planted structure" is one the null itself could have
 * drawn: a power-law degree sequence (igraph_static_power_law_game),
 * rewired by a long degree-preserving chain (50 swaps per tie, strengths
 * drawn independently, travelling with their ties), with random groups
 * and sectors. It is exchangeable with the null's samples, so a
 * calibrated test rejects it at level alpha in at most alpha of the seeds.
 * The count of rejections must stay below the 0.999 quantile of
 * Binomial(seeds, 0.05) (computed here from the binomial terms).
 *
 * The scale follows INNOLINK_SUITE: the plain suite runs 80 seeds with
 * 79 samples each and the planted checks (599 samples); the sanitizer suites run a few
 * seeds for memory errors only. INNOLINK_CALIBRATION=large is the
 * documented calibration run (bench/calibrate.sh: 200 seeds of 120-node
 * graphs, 199 samples; planted checks with 999 samples).
 */
#include "test_util.h"
#include "core/rng.h"

typedef struct scale {
    int seeds, samples, n, m, planted_seeds, planted_samples, full;
} scale_t;

static scale_t get_scale(void)
{
    const char *suite = getenv("INNOLINK_SUITE"), *cal = getenv("INNOLINK_CALIBRATION");
    scale_t s = { 80, 79, 40, 80, 1, 599, 1 };
    if (cal && strcmp(cal, "large") == 0) {
        scale_t l = { 200, 199, 120, 300, 5, 999, 1 };
        return l;
    }
    if (suite && strcmp(suite, "plain") != 0) {
        scale_t sm = { 3, 19, 30, 60, 1, 249, 0 };
        return sm;
    }
    return s;
}

/* The smallest c with P(Binomial(n, p) > c) < 0.001. */
static int binomial_bound(int n, double p)
{
    double tail = 1;
    int c;
    for (c = 0; c <= n; c++) {
        double pc = exp(lgamma(n + 1.0) - lgamma(c + 1.0) - lgamma(n - c + 1.0) +
                        c * log(p) + (n - c) * log(1 - p));
        tail -= pc;
        if (tail < 0.001) {
            return c;
        }
    }
    return n;
}

/* An innolink graph from an igraph graph: ids v0.., strengths w (or 1),
 * node columns grp = group[v] ("g0", ...) and sector = public[v] ?
 * "research" : "firm". */
static void to_il(const igraph_t *ig, const int *group, const int *public, const double *w,
                  il_graph_t *g)
{
    il_graph_builder_t *b;
    igraph_integer_t n = igraph_vcount(ig), e, v;
    size_t cg, cs;
    char id[32], val[32];
    assert_int_equal(il_graph_builder_new(&b, 0, IL_DUP_SUM, IL_LOOP_DROP), 0);
    assert_int_equal(il_graph_builder_add_vattr(b, "grp", &cg), 0);
    assert_int_equal(il_graph_builder_add_vattr(b, "sector", &cs), 0);
    for (v = 0; v < n; v++) {
        uint32_t u;
        snprintf(id, sizeof id, "v%ld", (long) v);
        assert_int_equal(il_graph_builder_add_vertex(b, id, strlen(id), &u, NULL), 0);
        snprintf(val, sizeof val, "g%d", group[v]);
        assert_int_equal(il_graph_builder_set_vattr(b, cg, u, val, strlen(val)), 0);
        snprintf(val, sizeof val, "%s", public[v] ? "research" : "firm");
        assert_int_equal(il_graph_builder_set_vattr(b, cs, u, val, strlen(val)), 0);
    }
    for (e = 0; e < igraph_ecount(ig); e++) {
        il_edge_outcome_t out;
        assert_int_equal(il_graph_builder_add_edge(b, (uint32_t) IGRAPH_FROM(ig, e),
                                                   (uint32_t) IGRAPH_TO(ig, e), w ? w[e] : 1,
                                                   NULL, NULL, 0, &out, NULL), 0);
    }
    assert_int_equal(il_graph_builder_finish(b, g), 0);
    il_graph_builder_free(b);
}

/* What one seed's tests say. */
typedef struct verdict {
    double p_ei, p_assort, p_cp, p_district[IL_DISTRICT_KINDS];
    int coupling_read, district_read, cp_read;     /* 1: not indeterminate */
    il_coupling_reading_t reading0;
    int district_best;
    double p_hs_group[4];           /* hub-and-spoke score of groups g0..g3 */
    int group_best[4];              /* their district readings */
} verdict_t;

/* Test graph g (groups "grp") with N samples of each statistic's default
 * null. District scores: the network's, the satellite platform's of g0. */
static void judge(const il_graph_t *g, int samples, int full, igraph_uint_t seed, verdict_t *v)
{
    il_partition_t p;
    il_null_tests_t t;
    il_null_options_t o = IL_NULL_OPTIONS_INIT;
    il_structure_options_t so = IL_STRUCTURE_OPTIONS_INIT;
    il_structure_t s;
    igraph_integer_t j;
    int k;
    memset(v, 0, sizeof *v);
    assert_int_equal(il_partition_from_attr(g, "grp", IL_EMPTY_ERROR, &p), 0);
    o.samples = samples;
    o.seed = seed;
    so.group_attr = "grp";
    so.restarts = 3;
    so.rewirings = 0;
    so.seed = seed;
    assert_int_equal(il_null_tests_init(&t, g, &p, "grp", &o), 0);
    assert_int_equal(il_null_tests_add_groups(&t, IL_NULL_COUPLING | IL_NULL_MIXING), 0);
    if (full) {
        assert_int_equal(il_null_tests_add_structure(&t, &so, 1), 0);
    }
    assert_int_equal(il_null_tests_run(&t), 0);
#define P2(fam, nm, subj, a) \
    (j = il_null_tests_find(&t, fam, nm, subj, a, -1, -1), j >= 0 ? VECTOR(t.p_two)[j] : NAN)
    v->p_ei = P2("coupling", "ei_index", IL_SUBJECT_NETWORK, -1);
    v->p_assort = P2("mixing", "assortativity", IL_SUBJECT_NETWORK, -1);
    j = il_null_tests_find(&t, "coupling", "weighted_density", IL_SUBJECT_GROUP, 0, -1, -1);
    v->coupling_read = VECTOR(t.p_two)[j] < o.alpha;
    {
        il_coupling_options_t co = IL_COUPLING_OPTIONS_INIT;
        il_coupling_t c;
        co.permutations = 0;
        co.cuts = 0;
        co.seed = seed;
        co.null.samples = samples;
        assert_int_equal(il_coupling(g, &p, &co, &c), 0);
        v->reading0 = c.group[0].reading;
        assert_int_equal(v->coupling_read, c.group[0].reading != IL_READING_INDETERMINATE);
        il_coupling_destroy(&c);
    }
    if (full) {
        static const char *const names[IL_DISTRICT_KINDS] = {
            "district_marshallian", "district_hub_and_spoke", "district_satellite_platform",
            "district_state_anchored"
        };
        v->p_cp = P2("structure", "core_periphery_fit", IL_SUBJECT_NETWORK, -1);
        for (k = 0; k < IL_DISTRICT_KINDS; k++) {
            v->p_district[k] = k == IL_DISTRICT_SATELLITE
                               ? P2("structure", names[k], IL_SUBJECT_GROUP, 0)
                               : P2("structure", names[k], IL_SUBJECT_NETWORK, -1);
        }
        assert_int_equal(il_structure(g, &so, &s), 0);
        il_structure_read(&s, &t, o.alpha);
        for (k = 0; k < 4 && k < s.part.k; k++) {
            v->p_hs_group[k] = P2("structure", "district_hub_and_spoke", IL_SUBJECT_GROUP, k);
            v->group_best[k] = s.group[k].district_reading;
        }
        v->district_read = s.network.district_reading >= 0;
        v->district_best = s.network.district_reading;
        v->cp_read = s.network.cp_reading != 0;
        il_structure_destroy(&s);
    }
#undef P2
    il_null_tests_destroy(&t);
    il_partition_destroy(&p);
}

/* A graph with no planted structure (see the head of the file). */
static void null_graph(const scale_t *sc, unsigned seed, il_graph_t *g0, il_graph_t *g)
{
    il_rng_scope_t rng;
    igraph_t ig;
    igraph_integer_t v, e;
    int *group, *pub;
    double *w;
    il_null_sampler_t *sm;
    il_null_draw_info_t info;
    assert_int_equal(il_rng_scope_begin(&rng, seed), 0);
    assert_int_equal(igraph_static_power_law_game(&ig, sc->n, sc->m, 2.5, -1, false, false,
                                                  true), 0);
    group = malloc((size_t) sc->n * sizeof *group);
    pub = malloc((size_t) sc->n * sizeof *pub);
    w = malloc((size_t) igraph_ecount(&ig) * sizeof *w);
    for (v = 0; v < sc->n; v++) {
        group[v] = (int) igraph_rng_get_integer(igraph_rng_default(), 0, 2);
        pub[v] = igraph_rng_get_integer(igraph_rng_default(), 0, 3) == 0;
    }
    for (e = 0; e < igraph_ecount(&ig); e++) {
        w[e] = (double) igraph_rng_get_integer(igraph_rng_default(), 1, 3);
    }
    il_rng_scope_end(&rng);
    to_il(&ig, group, pub, w, g0);
    assert_int_equal(il_null_sampler_new(&sm, g0, IL_NULL_DEGREE, IL_NULL_WEIGHTS_TRAVEL, 50,
                                         -1), 0);
    assert_int_equal(il_graph_sample_init(g, g0), 0);
    assert_int_equal(il_null_sampler_draw(sm, seed + 7919u, 0, g, NULL, &info), 0);
    il_null_sampler_free(sm);
    free(w);
    free(pub);
    free(group);
    igraph_destroy(&ig);
}

static void test_no_structure(void **state)
{
    scale_t sc = get_scale();
    int seed, bound = binomial_bound(sc.seeds, 0.05), k;
    int n_ei = 0, n_as = 0, n_cp = 0, n_d[IL_DISTRICT_KINDS] = { 0 }, d_def[IL_DISTRICT_KINDS] = { 0 };
    int r_coupling = 0, r_district = 0, r_cp = 0, cp_def = 0;
    (void) state;
    for (seed = 1; seed <= sc.seeds; seed++) {
        il_graph_t g0 = IL_GRAPH_INIT, g = IL_GRAPH_INIT;
        verdict_t v;
        null_graph(&sc, (unsigned) seed, &g0, &g);
        judge(&g, sc.samples, sc.full, (igraph_uint_t) (1000 + seed), &v);
        n_ei += v.p_ei < 0.05;
        n_as += v.p_assort < 0.05;
        r_coupling += v.coupling_read;
        if (sc.full) {
            cp_def += !isnan(v.p_cp);
            n_cp += v.p_cp < 0.05;
            for (k = 0; k < IL_DISTRICT_KINDS; k++) {
                d_def[k] += !isnan(v.p_district[k]);
                n_d[k] += v.p_district[k] < 0.05;
            }
            r_district += v.district_read;
            r_cp += v.cp_read;
        }
        il_graph_destroy(&g);
        il_graph_destroy(&g0);
    }
    print_message("no planted structure, %d seeds of %d nodes, %d samples (bound %d): "
                  "p < 0.05 for E-I %d, assortativity %d, core-periphery %d of %d, districts "
                  "%d/%d %d/%d %d/%d %d/%d; readings not indeterminate: coupling %d, "
                  "district %d, core-periphery %d\n", sc.seeds, sc.n, sc.samples, bound, n_ei,
                  n_as, n_cp, cp_def, n_d[0], d_def[0], n_d[1], d_def[1], n_d[2], d_def[2],
                  n_d[3], d_def[3], r_coupling, r_district, r_cp);
    if (sc.seeds < 20) {
        return;     /* the sanitizer suites: memory only */
    }
    assert_true(n_ei <= bound);
    assert_true(n_as <= bound);
    assert_true(r_coupling <= bound);
    if (sc.full) {
        assert_true(n_cp <= binomial_bound(cp_def, 0.05));
        for (k = 0; k < IL_DISTRICT_KINDS; k++) {
            assert_true(n_d[k] <= binomial_bound(d_def[k], 0.05));
        }
        assert_true(r_district <= bound);
        assert_true(r_cp <= bound);
        assert_true(cp_def >= sc.seeds / 2);
    }
}

/* The largest c with P(Binomial(n, p) < c) < 0.001: a count below it is
 * too rare for level p (a test that never rejects fails here). */
static int binomial_floor(int n, double p)
{
    double below = 0;
    int c;
    for (c = 0; c <= n; c++) {
        double pc = exp(lgamma(n + 1.0) - lgamma(c + 1.0) - lgamma(n - c + 1.0) +
                        c * log(p) + (n - c) * log(1 - p));
        if (below + pc >= 0.001) {
            return c;
        }
        below += pc;
    }
    return n;
}

/* "Indeterminate" about as often as the level says, on graphs with no
 * planted structure: every group's loose-coupling reading (il_coupling,
 * its default degree-preserving null) is decided in about the share of
 * groups the two-sided test at alpha = 0.05 allows with N samples, not
 * more (a test that reads structure into chance) and not much less (a
 * test that never decides). With N = 199, p_two < 0.05 needs the observed
 * cohesion among the 4 most extreme of the N + 1 values on one side:
 * level q = 8/200 = 0.04 for a continuous statistic (ties make it
 * smaller). The count of decided readings must lie between the 0.001 and
 * 0.999 quantiles of Binomial(groups, q) (groups of one graph share its
 * ties, so the bounds are a guide, not exact). */
static void test_indeterminate_rate(void **state)
{
    const char *suite = getenv("INNOLINK_SUITE");
    int small = suite && strcmp(suite, "plain") != 0;
    scale_t sc = { small ? 2 : 100, small ? 19 : 199, 60, 150, 0, 0, 0 };
    int seed, decided = 0, tested = 0, c = 0;
    double q;
    (void) state;
    while (2.0 * (c + 1) / (sc.samples + 1) < 0.05) {
        c++;                        /* c: extreme ranks per side that decide */
    }
    q = 2.0 * c / (sc.samples + 1);
    for (seed = 1; seed <= sc.seeds; seed++) {
        il_graph_t g0 = IL_GRAPH_INIT, g = IL_GRAPH_INIT;
        il_partition_t p;
        il_coupling_options_t co = IL_COUPLING_OPTIONS_INIT;
        il_coupling_t cp;
        igraph_integer_t k;
        null_graph(&sc, (unsigned) (5000 + seed), &g0, &g);
        assert_int_equal(il_partition_from_attr(&g, "grp", IL_EMPTY_ERROR, &p), 0);
        co.permutations = 0;
        co.cuts = 0;
        co.vulnerability = 0;
        co.seed = (igraph_uint_t) (9000 + seed);
        co.null.samples = sc.samples;
        co.null.jobs = 1;
        assert_int_equal(il_coupling(&g, &p, &co, &cp), 0);
        for (k = 0; k < p.k; k++) {
            if (isnan(cp.group[k].cohesion_p)) {
                continue;
            }
            tested++;
            decided += cp.group[k].reading != IL_READING_INDETERMINATE;
        }
        il_coupling_destroy(&cp);
        il_partition_destroy(&p);
        il_graph_destroy(&g);
        il_graph_destroy(&g0);
    }
    print_message("no planted structure, %d graphs of %d nodes, %d samples: %d of %d "
                  "loose-coupling readings decided (level %.3f: expected %.1f, allowed %d "
                  "to %d)\n", sc.seeds, sc.n, sc.samples, decided, tested, q, q * tested,
                  binomial_floor(tested, q), binomial_bound(tested, q));
    if (small) {
        return;     /* the sanitizer suites: memory only */
    }
    assert_true(tested >= sc.seeds * 2);
    assert_true(decided <= binomial_bound(tested, q));
    assert_true(decided >= binomial_floor(tested, q));
}

/* Planted homophily: 3 groups, ties inside with probability 0.3, between
 * 0.02 (SBM). E-I and assortativity: p < 0.01; every group reads
 * cohesive beyond chance (isolated or loosely coupled). */
static void test_planted_homophily(void **state)
{
    scale_t sc = get_scale();
    int seed;
    (void) state;
    for (seed = 1; seed <= sc.planted_seeds + 1; seed++) {
        il_rng_scope_t rng;
        igraph_t ig;
        igraph_matrix_t pref;
        igraph_vector_int_t sizes;
        il_graph_t g = IL_GRAPH_INIT;
        int *group, *pub, v, a, b, n = 3 * (sc.n / 3);
        verdict_t vd;
        igraph_matrix_init(&pref, 3, 3);
        for (a = 0; a < 3; a++) {
            for (b = 0; b < 3; b++) {
                MATRIX(pref, a, b) = a == b ? 0.3 : 0.02;
            }
        }
        igraph_vector_int_init(&sizes, 3);
        igraph_vector_int_fill(&sizes, n / 3);
        assert_int_equal(il_rng_scope_begin(&rng, (igraph_uint_t) seed), 0);
        assert_int_equal(igraph_sbm_game(&ig, n, &pref, &sizes, false, false), 0);
        il_rng_scope_end(&rng);
        group = malloc((size_t) n * sizeof *group);
        pub = calloc((size_t) n, sizeof *pub);
        for (v = 0; v < n; v++) {
            group[v] = v / (n / 3);
        }
        to_il(&ig, group, pub, NULL, &g);
        judge(&g, sc.planted_samples, 0, (igraph_uint_t) seed, &vd);
        print_message("planted homophily, seed %d: p E-I %g, assortativity %g; g0 %s\n",
                      seed, vd.p_ei, vd.p_assort, il_coupling_reading_name(vd.reading0));
        assert_true(vd.p_ei < 0.01);
        assert_true(vd.p_assort < 0.01);
        assert_true(vd.reading0 == IL_READING_ISOLATED || vd.reading0 == IL_READING_LOOSE);
        il_graph_destroy(&g);
        free(pub);
        free(group);
        igraph_destroy(&ig);
        igraph_vector_int_destroy(&sizes);
        igraph_matrix_destroy(&pref);
    }
}

/* Planted core: a clique of c = n/5 nodes; every other node tied to one
 * random core node and to the periphery nodes 1 and 3 places further on a
 * ring, so that periphery degrees (4 to 6) overlap with what the core
 * would have in a random graph. (A periphery tied only to the core would
 * not do: such a degree sequence has one graph, the null can only repeat
 * it, and p is 1: the degrees already imply that core.) The fit is above
 * what the degrees give: p < 0.01, reading 1. */
static void test_planted_core(void **state)
{
    scale_t sc = get_scale();
    int seed;
    (void) state;
    if (!sc.full) {
        return;     /* the sanitizer suites: the structure family is costly */
    }
    for (seed = 1; seed <= sc.planted_seeds; seed++) {
        il_rng_scope_t rng;
        igraph_vector_int_t edges;
        igraph_t ig;
        il_graph_t g = IL_GRAPH_INIT;
        int n = sc.n, c = n / 5, *group, *pub, u, v;
        verdict_t vd;
        igraph_vector_int_init(&edges, 0);
        for (u = 0; u < c; u++) {
            for (v = u + 1; v < c; v++) {
                igraph_vector_int_push_back(&edges, u);
                igraph_vector_int_push_back(&edges, v);
            }
        }
        assert_int_equal(il_rng_scope_begin(&rng, (igraph_uint_t) seed), 0);
        for (v = c; v < n; v++) {
            int a = (int) igraph_rng_get_integer(igraph_rng_default(), 0, c - 1);
            igraph_vector_int_push_back(&edges, v);
            igraph_vector_int_push_back(&edges, a);
            igraph_vector_int_push_back(&edges, v);
            igraph_vector_int_push_back(&edges, c + (v - c + 1) % (n - c));
            igraph_vector_int_push_back(&edges, v);
            igraph_vector_int_push_back(&edges, c + (v - c + 3) % (n - c));
        }
        il_rng_scope_end(&rng);
        assert_int_equal(igraph_create(&ig, &edges, n, false), 0);
        group = malloc((size_t) n * sizeof *group);
        pub = calloc((size_t) n, sizeof *pub);
        for (v = 0; v < n; v++) {
            group[v] = v % 2;
        }
        to_il(&ig, group, pub, NULL, &g);
        judge(&g, sc.planted_samples, 1, (igraph_uint_t) seed, &vd);
        print_message("planted core, seed %d: p core-periphery %g, reading %s\n", seed, vd.p_cp,
                      vd.cp_read ? "decided" : "indeterminate");
        assert_true(vd.p_cp < 0.01);
        assert_true(vd.cp_read);
        il_graph_destroy(&g);
        free(pub);
        free(group);
        igraph_destroy(&ig);
        igraph_vector_int_destroy(&edges);
    }
}

/* Planted hub-and-spoke: four groups of n/4, each a hub tied to its
 * spokes; hubs tied to each other; a few ties between random spokes of
 * different groups. Each group reads hub_and_spoke: its score p < 0.01.
 * (The whole network is a network of stars, not one star: its own
 * hub-and-spoke score is what the degrees give, and it is not checked.) */
static void test_planted_hub_and_spoke(void **state)
{
    scale_t sc = get_scale();
    int seed;
    (void) state;
    if (!sc.full) {
        return;     /* the sanitizer suites: the structure family is costly */
    }
    for (seed = 1; seed <= sc.planted_seeds; seed++) {
        il_rng_scope_t rng;
        igraph_vector_int_t edges;
        igraph_t ig;
        il_graph_t g = IL_GRAPH_INIT;
        int n = 8 * (sc.n / 4), gs = n / 4, *group, *pub, a, b, v;
        verdict_t vd;
        igraph_vector_int_init(&edges, 0);
        for (a = 0; a < 4; a++) {
            for (v = 1; v < gs; v++) {
                igraph_vector_int_push_back(&edges, a * gs);
                igraph_vector_int_push_back(&edges, a * gs + v);
            }
            for (b = a + 1; b < 4; b++) {
                igraph_vector_int_push_back(&edges, a * gs);
                igraph_vector_int_push_back(&edges, b * gs);
            }
        }
        assert_int_equal(il_rng_scope_begin(&rng, (igraph_uint_t) seed), 0);
        for (v = 0; v < n / 8; v++) {
            int x = (int) igraph_rng_get_integer(igraph_rng_default(), 0, 3);
            int y = (x + 1 + (int) igraph_rng_get_integer(igraph_rng_default(), 0, 2)) % 4;
            igraph_vector_int_push_back(&edges, x * gs + 1 +
                                        (int) igraph_rng_get_integer(igraph_rng_default(), 0, gs - 2));
            igraph_vector_int_push_back(&edges, y * gs + 1 +
                                        (int) igraph_rng_get_integer(igraph_rng_default(), 0, gs - 2));
        }
        il_rng_scope_end(&rng);
        assert_int_equal(igraph_create(&ig, &edges, n, false), 0);
        group = malloc((size_t) n * sizeof *group);
        pub = calloc((size_t) n, sizeof *pub);
        for (v = 0; v < n; v++) {
            group[v] = v / gs;
        }
        to_il(&ig, group, pub, NULL, &g);
        judge(&g, sc.planted_samples, 1, (igraph_uint_t) seed, &vd);
        for (a = 0; a < 4; a++) {
            print_message("planted hub-and-spoke, seed %d, group %d: p %g, reading %s\n", seed,
                          a, vd.p_hs_group[a], il_district_name(vd.group_best[a]));
            assert_true(vd.p_hs_group[a] < 0.01);
            assert_int_equal(vd.group_best[a], IL_DISTRICT_HUB_AND_SPOKE);
        }
        il_graph_destroy(&g);
        free(pub);
        free(group);
        igraph_destroy(&ig);
        igraph_vector_int_destroy(&edges);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_no_structure, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_indeterminate_rate, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_planted_homophily, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_planted_core, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_planted_hub_and_spoke, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
