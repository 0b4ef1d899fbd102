/*
 * innolink structure against independent values: fits and coefficients
 * worked by hand in the comments, a brute-force search over every core,
 * scipy for the continuous model, and archetype clusters generated here
 * with a fixed seed that must be read as their district type.
 */
#include "test_util.h"

/* ---- small helpers ------------------------------------------------------ */

static igraph_vector_int_t core_of(const il_graph_t *g, const char *ids)
{
    igraph_vector_int_t c;
    igraph_integer_t v;
    assert_int_equal(igraph_vector_int_init(&c, il_graph_vcount(g)), 0);
    for (v = 0; v < il_graph_vcount(g); v++) {
        VECTOR(c)[v] = strchr(ids, il_graph_vertex_id(g, v)[0]) != NULL;
    }
    return c;
}

static igraph_integer_t vid(const il_graph_t *g, const char *id)
{
    igraph_integer_t v;
    assert_true(il_graph_find_vertex(g, id, &v));
    return v;
}

/* ---- discrete core-periphery --------------------------------------------- */

/*
 * Core {a,b,c} with all three core ties, one tie into the periphery each
 * (a-d, b-e, c-f: missing cells) and one periphery tie d-e.
 * Non-missing cells: core-core ab ac bc (data 1 1 1, pattern 1 1 1) and
 * periphery-periphery de df ef (data 1 0 0, pattern 0 0 0). N = 6,
 * sum x = 4, sum y = 3, sum xy = 3:
 *   r = (6*3 - 4*3) / sqrt((6*4 - 16)(6*3 - 9)) = 6 / sqrt(72) = 1/sqrt(2)
 * (numpy.corrcoef over the same cells: 0.7071067811865474).
 */
static void test_cp_fit_by_hand(void **state)
{
    static const char *const e[] = { "a", "b", "a", "c", "b", "c", "a", "d", "b", "e",
                                     "c", "f", "d", "e" };
    il_graph_t g = IL_GRAPH_INIT;
    igraph_vector_int_t c;
    double fit;
    (void) state;
    tu_graph(&g, 0, e, 7, NULL);
    c = core_of(&g, "abc");
    assert_int_equal(il_coreper_fit(&g.graph, &c, &fit), 0);
    assert_near(fit, 1 / sqrt(2.0), 1e-12);
    /* the search finds a core at least this good */
    assert_int_equal(il_coreper_discrete(&g.graph, 5, &c, &fit), 0);
    assert_true(fit >= 1 / sqrt(2.0) - 1e-12);
    igraph_vector_int_destroy(&c);
    il_graph_destroy(&g);
}

/* a tiny deterministic generator for the fixtures (64-bit LCG, Knuth MMIX) */
static unsigned long long lcg_state;
static double lcg(void)
{
    lcg_state = lcg_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (double) (lcg_state >> 11) / 9007199254740992.0;
}

/*
 * Planted core: nodes 0..5 form a clique; each of the 24 periphery nodes
 * ties to 2 or 3 distinct core nodes; no periphery-periphery tie. That
 * split matches the ideal pattern on every non-missing cell, so its fit is
 * exactly 1; any other split puts a tie in the periphery (a core node moved
 * out keeps its periphery ties) or a missing tie in the core (a periphery
 * node moved in lacks some core ties), so the optimum is unique.
 */
static void test_cp_planted_core(void **state)
{
    igraph_vector_int_t edges, core;
    igraph_t graph;
    igraph_integer_t i, j;
    double fit;
    (void) state;
    lcg_state = 7;
    assert_int_equal(igraph_vector_int_init(&edges, 0), 0);
    for (i = 0; i < 6; i++) {
        for (j = i + 1; j < 6; j++) {
            igraph_vector_int_push_back(&edges, i);
            igraph_vector_int_push_back(&edges, j);
        }
    }
    for (i = 6; i < 30; i++) {
        int used[6] = { 0 }, k = 0, want = lcg() < 0.5 ? 2 : 3;
        while (k < want) {
            int c = (int) (lcg() * 6);
            if (!used[c]) {
                used[c] = 1;
                k++;
                igraph_vector_int_push_back(&edges, i);
                igraph_vector_int_push_back(&edges, c);
            }
        }
    }
    assert_int_equal(igraph_create(&graph, &edges, 30, IGRAPH_UNDIRECTED), 0);
    assert_int_equal(igraph_vector_int_init(&core, 0), 0);
    igraph_rng_seed(igraph_rng_default(), 42);
    assert_int_equal(il_coreper_discrete(&graph, 10, &core, &fit), 0);
    assert_near(fit, 1, 1e-12);
    for (i = 0; i < 30; i++) {
        assert_int_equal(VECTOR(core)[i], i < 6);
    }
    igraph_vector_int_destroy(&core);
    igraph_destroy(&graph);
    igraph_vector_int_destroy(&edges);
}

/* Pearson correlation over the cells straight from the matrix (independent of coreper.c). */
static double brute_fit(const int *adj, int n, unsigned mask)
{
    double sx = 0, sy = 0, sxy = 0, sxx = 0, syy = 0, N = 0;
    int i, j;
    for (i = 0; i < n; i++) {
        for (j = i + 1; j < n; j++) {
            int ci = (mask >> i) & 1, cj = (mask >> j) & 1;
            double x, y;
            if (ci != cj) {
                continue;
            }
            x = adj[i * n + j];
            y = ci;
            sx += x;
            sy += y;
            sxy += x * y;
            sxx += x * x;
            syy += y * y;
            N += 1;
        }
    }
    if (N * sxx - sx * sx <= 0 || N * syy - sy * sy <= 0) {
        return -2;
    }
    return (N * sxy - sx * sy) / sqrt((N * sxx - sx * sx) * (N * syy - sy * sy));
}

/*
 * A noisy core-periphery graph of 13 nodes (core 0..3 tied with p = 0.8,
 * core-periphery p = 0.4, periphery p = 0.1): the search must reach the
 * best fit over all 2^13 splits, found here by brute force.
 */
static void test_cp_brute_force(void **state)
{
    enum { N = 13 };
    int adj[N * N] = { 0 }, i, j, trial;
    (void) state;
    for (trial = 0; trial < 3; trial++) {
        igraph_vector_int_t edges, core;
        igraph_t graph;
        double fit, best = -2;
        unsigned mask;
        memset(adj, 0, sizeof adj);
        lcg_state = 1000 + (unsigned long long) trial;
        assert_int_equal(igraph_vector_int_init(&edges, 0), 0);
        for (i = 0; i < N; i++) {
            for (j = i + 1; j < N; j++) {
                double p = (i < 4 && j < 4) ? 0.8 : (i < 4 ? 0.4 : 0.1);
                if (lcg() < p) {
                    adj[i * N + j] = adj[j * N + i] = 1;
                    igraph_vector_int_push_back(&edges, i);
                    igraph_vector_int_push_back(&edges, j);
                }
            }
        }
        for (mask = 0; mask < (1u << N); mask++) {
            double f = brute_fit(adj, N, mask);
            if (f > best) {
                best = f;
            }
        }
        assert_int_equal(igraph_create(&graph, &edges, N, IGRAPH_UNDIRECTED), 0);
        assert_int_equal(igraph_vector_int_init(&core, 0), 0);
        igraph_rng_seed(igraph_rng_default(), 42);
        assert_int_equal(il_coreper_discrete(&graph, 10, &core, &fit), 0);
        assert_near(fit, best, 1e-12);
        mask = 0;
        for (i = 0; i < N; i++) {
            mask |= (unsigned) (VECTOR(core)[i] != 0) << i;
        }
        assert_near(brute_fit(adj, N, mask), best, 1e-12);
        igraph_vector_int_destroy(&core);
        igraph_destroy(&graph);
        igraph_vector_int_destroy(&edges);
    }
}

/* Same seed, same core; no ties or too few nodes: empty core and NaN. */
static void test_cp_edge_cases(void **state)
{
    igraph_t graph;
    igraph_vector_int_t core;
    double fit;
    (void) state;
    assert_int_equal(igraph_vector_int_init(&core, 0), 0);
    assert_int_equal(igraph_empty(&graph, 5, IGRAPH_UNDIRECTED), 0);
    assert_int_equal(il_coreper_discrete(&graph, 3, &core, &fit), 0);
    assert_true(isnan(fit));
    assert_int_equal(igraph_vector_int_sum(&core), 0);
    igraph_destroy(&graph);
    assert_int_equal(igraph_empty(&graph, 0, IGRAPH_UNDIRECTED), 0);
    assert_int_equal(il_coreper_discrete(&graph, 3, &core, &fit), 0);
    assert_true(isnan(fit));
    assert_int_equal(il_coreper_discrete(&graph, 0, &core, &fit), IGRAPH_EINVAL);
    igraph_destroy(&graph);
    igraph_vector_int_destroy(&core);
}

/* ---- continuous core-periphery ------------------------------------------- */

/*
 * Kite: triangle a-b-c, d tied to a and b, e tied to a. Reference: scipy
 * L-BFGS-B minimising sum_{i != j} (a_ij - c_i c_j)^2 over c >= 0 from 20
 * random starts (loss 2.1121809), scaled to max 1:
 *   a 1, b 0.66225249, c 0.4925889, d 0.4925889, e 0.27020954;
 * numpy.corrcoef(a_ij, c_i c_j) over i < j = 0.7578975178.
 * By hand for a cycle C5: the symmetric optimum c_i^2 = k/(n-1) = 1/2,
 * scaled all 1, and c c^T is constant, so the fit is undefined (NaN).
 */
static void test_cp_continuous(void **state)
{
    static const char *const kite[] = { "a", "b", "b", "c", "a", "c", "d", "a", "d", "b",
                                        "e", "a" };
    static const char *const c5[] = { "a", "b", "b", "c", "c", "d", "d", "e", "e", "a" };
    static const double want[] = { 1, 0.66225249, 0.4925889, 0.4925889, 0.27020954 };
    il_graph_t g = IL_GRAPH_INIT;
    igraph_vector_t c;
    igraph_integer_t sweeps, i;
    igraph_bool_t conv;
    double fit;
    (void) state;
    assert_int_equal(igraph_vector_init(&c, 0), 0);
    tu_graph(&g, 0, kite, 6, NULL);
    assert_int_equal(il_coreper_continuous(&g.graph, 1000, &c, &fit, &sweeps, &conv), 0);
    assert_true(conv);
    for (i = 0; i < 5; i++) {
        char id[2] = { (char) ('a' + i), 0 };
        assert_near(VECTOR(c)[vid(&g, id)], want[i], 1e-6);
    }
    assert_near(fit, 0.7578975178, 1e-8);
    il_graph_destroy(&g);
    tu_graph(&g, 0, c5, 5, NULL);
    assert_int_equal(il_coreper_continuous(&g.graph, 1000, &c, &fit, &sweeps, &conv), 0);
    for (i = 0; i < 5; i++) {
        assert_near(VECTOR(c)[i], 1, 1e-9);
    }
    assert_true(isnan(fit));
    il_graph_destroy(&g);
    igraph_vector_destroy(&c);
}

/* ---- rich club -------------------------------------------------------------- */

/*
 * a-b, a-c, a-d, b-c, b-d, e-a, f-b: degrees a 4, b 4, c 2, d 2, e 1, f 1.
 *   k=0: N=6, E=7           phi = 14/30 = 0.466667
 *   k=1: {a,b,c,d}, E=5     phi = 10/12 = 0.833333
 *   k=2: {a,b}, E=1         phi = 2/2   = 1
 *   k=3: {a,b}, E=1         phi = 1
 *   k=4: N=0: no row (networkx.rich_club_coefficient(normalized=False)
 *        gives {0: 0.4667, 1: 0.8333, 2: 1.0, 3: 1.0}).
 */
static void test_rich_club_by_hand(void **state)
{
    static const char *const e[] = { "a", "b", "a", "c", "a", "d", "b", "c", "b", "d",
                                     "e", "a", "f", "b" };
    static const double phi[] = { 14.0 / 30, 10.0 / 12, 1, 1 };
    il_graph_t g = IL_GRAPH_INIT;
    il_rich_club_t rc;
    il_rich_club_t rc2;
    igraph_integer_t k;
    (void) state;
    tu_graph(&g, 0, e, 7, NULL);
    assert_int_equal(il_rich_club_init(&rc), 0);
    assert_int_equal(il_rich_club_init(&rc2), 0);
    igraph_rng_seed(igraph_rng_default(), 42);
    assert_int_equal(il_rich_club(&g.graph, 5, 10, &rc), 0);
    assert_int_equal(igraph_vector_int_size(&rc.nodes), 4);
    for (k = 0; k < 4; k++) {
        assert_near(VECTOR(rc.phi)[k], phi[k], 1e-12);
    }
    assert_int_equal(VECTOR(rc.nodes)[1], 4);
    assert_near(VECTOR(rc.edges)[1], 5, 0);
    /* k = 0 counts every tie in every rewiring: phi_random = phi, rho = 1 */
    assert_near(VECTOR(rc.phi_random)[0], phi[0], 1e-12);
    assert_near(VECTOR(rc.rho)[0], 1, 1e-12);
    assert_int_equal(rc.rewirings_done, 5);
    /* the same seed gives the same ensemble */
    igraph_rng_seed(igraph_rng_default(), 42);
    assert_int_equal(il_rich_club(&g.graph, 5, 10, &rc2), 0);
    for (k = 0; k < 4; k++) {
        assert_near(VECTOR(rc2.phi_random)[k], VECTOR(rc.phi_random)[k], 0);
    }
    il_rich_club_destroy(&rc2);
    il_rich_club_destroy(&rc);
    il_graph_destroy(&g);
}

/* ---- roles ------------------------------------------------------------------ */

/* The published boundaries (Guimera & Amaral 2005): z 2.5; P 0.05/0.62/0.80, 0.30/0.75. */
static void test_roles(void **state)
{
    (void) state;
    assert_int_equal(il_role_classify(0, 0), IL_ROLE_ULTRA_PERIPHERAL);
    assert_int_equal(il_role_classify(2.49, 0.05), IL_ROLE_ULTRA_PERIPHERAL);
    assert_int_equal(il_role_classify(2.49, 0.06), IL_ROLE_PERIPHERAL);
    assert_int_equal(il_role_classify(-1, 0.62), IL_ROLE_PERIPHERAL);
    assert_int_equal(il_role_classify(-1, 0.63), IL_ROLE_CONNECTOR);
    assert_int_equal(il_role_classify(1, 0.80), IL_ROLE_CONNECTOR);
    assert_int_equal(il_role_classify(1, 0.81), IL_ROLE_KINLESS);
    assert_int_equal(il_role_classify(2.5, 0.30), IL_ROLE_PROVINCIAL_HUB);
    assert_int_equal(il_role_classify(2.5, 0.31), IL_ROLE_CONNECTOR_HUB);
    assert_int_equal(il_role_classify(3, 0.75), IL_ROLE_CONNECTOR_HUB);
    assert_int_equal(il_role_classify(3, 0.76), IL_ROLE_KINLESS_HUB);
    assert_int_equal(il_role_classify(NAN, 0.5), IL_ROLE_NONE);
    assert_string_equal(il_role_name(IL_ROLE_CONNECTOR_HUB), "R6 connector hub");
}

/* ---- hubs on a star ----------------------------------------------------------- */

/*
 * Star: hub h with 9 leaves l1..l9 plus the tie l1-l2.
 * Degrees: h 9, l1 2, l2 2, others 1: mean 20/10 = 2,
 * variance (49 + 0 + 0 + 7*1)/10 = 5.6, z(h) = 7/sqrt(5.6) = 2.958040.
 * Hubs (z >= 2.5): {h}. Hub dominance 9/10; spoke-spoke ties: l1-l2, 1/10.
 * Freeman degree centralization: sum (9 - k_i) = 0 + 7 + 7 + 7*8 = 70 over
 * (n-1)(n-2) = 72: 0.972222.
 */
static void test_hubs_star(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_structure_options_t o = IL_STRUCTURE_OPTIONS_INIT;
    il_structure_t s;
    igraph_integer_t h;
    (void) state;
    assert_int_equal(tu_load(&g, "source,target\nh,l1\nh,l2\nh,l3\nh,l4\nh,l5\nh,l6\nh,l7\n"
                             "h,l8\nh,l9\nl1,l2\n", NULL, NULL), 0);
    o.rewirings = 2;
    assert_int_equal(il_structure(&g, &o, &s), 0);
    h = vid(&g, "h");
    assert_near(VECTOR(s.degree_z)[h], 7 / sqrt(5.6), 1e-12);
    assert_near(VECTOR(s.degree_z)[vid(&g, "l3")], -1 / sqrt(5.6), 1e-12);
    assert_int_equal(s.network.hubs, 1);
    assert_int_equal(VECTOR(s.hub)[h], 1);
    assert_int_equal(s.network.top_hub, h);
    assert_near(s.network.hub_dominance, 0.9, 1e-12);
    assert_near(s.network.spoke_share, 0.1, 1e-12);
    assert_near(s.network.centralization, 70.0 / 72.0, 1e-12);
    assert_near(s.network.density, 20.0 / 90.0, 1e-12);
    assert_int_equal(VECTOR(s.role)[h], IL_ROLE_PROVINCIAL_HUB);   /* one group: P = 0 */
    assert_true(isnan(s.network.outside_share));
    il_structure_destroy(&s);
    /* --hub-top 3: h, then l1 and l2 (degree 2) */
    o.hub_top = 3;
    assert_int_equal(il_structure(&g, &o, &s), 0);
    assert_int_equal(s.network.hubs, 3);
    assert_near(s.network.spoke_share, 0, 0);
    il_structure_destroy(&s);
    il_graph_destroy(&g);
}

/* ---- designated hubs; bad input; tiny graphs ----------------------------------- */

static void test_designated_and_errors(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_structure_options_t o = IL_STRUCTURE_OPTIONS_INIT;
    il_structure_t s;
    (void) state;
    /* h is a structural hub (as above); the node table designates h and l3 */
    assert_int_equal(tu_load(&g, "source,target\nh,l1\nh,l2\nh,l3\nh,l4\nh,l5\nh,l6\nh,l7\n"
                             "h,l8\nh,l9\nl1,l2\n",
                             "id,role\nh,hub\nl1,\nl2,\nl3,hub\nl4,\nl5,\nl6,\nl7,\nl8,\nl9,\n",
                             NULL), 0);
    o.rewirings = 0;
    o.designated_attr = "role";
    o.designated_value = "hub";
    assert_int_equal(il_structure(&g, &o, &s), 0);
    /* structural {h}, designated {h, l3}: precision 1/1, recall 1/2, Jaccard 1/2 */
    assert_int_equal(s.network.designated, 2);
    assert_int_equal(s.network.designated_hubs, 1);
    assert_near(s.network.precision, 1, 0);
    assert_near(s.network.recall, 0.5, 0);
    assert_near(s.network.jaccard, 0.5, 0);
    il_structure_destroy(&s);

    o.designated_attr = "nosuch";
    assert_int_equal(il_structure(&g, &o, &s), IGRAPH_EINVAL);
    assert_non_null(strstr(il_last_error(), "nosuch"));
    o.designated_attr = NULL;
    o.group_attr = "cluster";
    il_clear_error();
    assert_int_equal(il_structure(&g, &o, &s), IGRAPH_EINVAL);
    assert_non_null(strstr(il_last_error(), "cluster"));
    o.group_attr = "role";      /* empty values: an error unless --empty-group */
    il_clear_error();
    assert_int_equal(il_structure(&g, &o, &s), IGRAPH_EINVAL);
    o.empty = IL_EMPTY_OWN_GROUP;
    assert_int_equal(il_structure(&g, &o, &s), 0);
    /* groups "hub" {h, l3} (tie h-l3; h's 8 other ties leave: 8/9) and
     * "(none)", last, with the other 8 (tie l1-l2; 8 ties to h leave: 8/9) */
    assert_int_equal(s.part.k, 2);
    assert_string_equal(il_partition_name(&s.part, 0), "hub");
    assert_int_equal(s.group[0].nodes, 2);
    assert_int_equal(s.group[0].edges, 1);
    assert_true(isnan(s.group[0].centralization));   /* fewer than 3 nodes */
    assert_near(s.group[0].outside_share, 8.0 / 9.0, 1e-12);
    assert_int_equal(s.group[1].nodes, 8);
    assert_int_equal(s.group[1].edges, 1);
    assert_near(s.group[1].outside_share, 8.0 / 9.0, 1e-12);
    il_structure_destroy(&s);
    il_graph_destroy(&g);
}

static void test_tiny_graphs(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_structure_options_t o = IL_STRUCTURE_OPTIONS_INIT;
    il_structure_t s;
    (void) state;
    assert_int_equal(tu_load(&g, "source,target\n", NULL, NULL), 0);
    assert_int_equal(il_structure(&g, &o, &s), 0);
    assert_int_equal(s.network.nodes, 0);
    assert_true(isnan(s.network.density));
    assert_true(isnan(s.network.cp_fit));
    assert_int_equal(s.network.top_hub, -1);
    assert_int_equal(s.network.district.best, -1);
    assert_int_equal(igraph_vector_int_size(&s.rich_club.nodes), 0);
    il_structure_destroy(&s);
    il_graph_destroy(&g);
    /* one tie, a loop kept, and a directed pair both ways: read as one tie */
    {
        il_load_options_t lo = IL_LOAD_OPTIONS_INIT;
        lo.directed = 1;
        lo.self_loops = IL_LOOP_KEEP;
        assert_int_equal(tu_load(&g, "source,target,weight\na,b,2\nb,a,3\na,a,1\n", NULL, &lo), 0);
    }
    assert_int_equal(il_structure(&g, &o, &s), 0);
    assert_int_equal(s.network.edges, 1);
    assert_near(VECTOR(s.strength)[0], 5, 0);
    assert_true(isnan(s.network.centralization));
    assert_int_equal(igraph_vector_int_size(&s.rich_club.nodes), 1);   /* k = 0 only */
    assert_true(isnan(VECTOR(s.rich_club.rho)[0]));                   /* not rewired */
    il_structure_destroy(&s);
    il_graph_destroy(&g);
}

/* ---- district types --------------------------------------------------------------- */

/* The rules on their own: each textbook signature set reads as its type. */
static void test_district_rules(void **state)
{
    il_district_t d;
    il_district_signs_t marsh = { 0.1, 0.35, 0.5, 0.4, 0.1, 0.8, 0.1, 0 };
    il_district_signs_t hub = { 0.9, 0.12, 0.02, 0.5, 0.7, 0.05, 0.1, 0 };
    il_district_signs_t sat = { 0.1, 0.03, 0.0, 0.2, 0.2, 0.9, 0.85, 0 };
    il_district_signs_t state_ = { 0.8, 0.15, 0.1, 0.7, 0.5, 0.3, 0.2, 1 };
    il_district_signs_t nosector = { 0.8, 0.15, 0.1, 0.7, 0.5, 0.3, 0.2, NAN };
    (void) state;
    il_district_classify(&marsh, &d);
    assert_int_equal(d.best, IL_DISTRICT_MARSHALLIAN);
    assert_near(d.score[IL_DISTRICT_MARSHALLIAN], 1, 1e-12);
    il_district_classify(&hub, &d);
    assert_int_equal(d.best, IL_DISTRICT_HUB_AND_SPOKE);
    il_district_classify(&sat, &d);
    assert_int_equal(d.best, IL_DISTRICT_SATELLITE);
    il_district_classify(&state_, &d);
    assert_int_equal(d.best, IL_DISTRICT_STATE_ANCHORED);
    assert_near(d.score[IL_DISTRICT_STATE_ANCHORED], 1, 1e-12);
    {
        il_district_term_t t[IL_DISTRICT_MAXTERMS];
        assert_int_equal(il_district_terms(IL_DISTRICT_STATE_ANCHORED, &state_, t), 3);
        assert_true(t[0].defining);
        assert_near(t[0].fit, 1, 0);
        /* core-periphery fit 0.7 above the 0.6 anchor; centralization 0.8 above 0.6 */
        assert_near(t[1].fit, 1, 0);
        assert_near(t[2].fit, 1, 0);
        /* Marshallian on the same signs: centralization 0.8 -> 0; density
         * 0.15 -> (0.15-0.1)/0.2 = 0.25; transitivity 0.1 -> 0; leaving 0.2
         * -> 1; public 1 -> 0: (0 + 0.25 + 0 + 1 + 0)/5 = 0.25 */
        il_district_classify(&state_, &d);
        assert_near(d.score[IL_DISTRICT_MARSHALLIAN], 0.25, 1e-12);
    }
    /* without a sector attribute state-anchored cannot be scored */
    il_district_classify(&nosector, &d);
    assert_true(isnan(d.score[IL_DISTRICT_STATE_ANCHORED]));
    assert_int_equal(d.best, IL_DISTRICT_HUB_AND_SPOKE);
    assert_string_equal(il_district_name(IL_DISTRICT_SATELLITE), "satellite_platform");
}

/* Append formatted text to a growing buffer. */
static char *buf_add(char *buf, size_t *len, size_t *cap, const char *fmt, ...)
{
    va_list ap;
    int k;
    for (;;) {
        va_start(ap, fmt);
        k = vsnprintf(buf + *len, *cap - *len, fmt, ap);
        va_end(ap);
        if (k >= 0 && (size_t) k < *cap - *len) {
            *len += (size_t) k;
            return buf;
        }
        *cap *= 2;
        buf = realloc(buf, *cap);
        assert_non_null(buf);
    }
}

#define EDGE(a, i, b, j) (buf = buf_add(buf, &len, &cap, "%s%d,%s%d\n", a, i, b, j))

/*
 * Four archetype clusters generated with a fixed seed, plus the head
 * offices they tie to outside (Markusen 1996's descriptions):
 *  HS  hub-and-spoke: two large firms (industry); 20 suppliers tied to the
 *      first, half also to the second; spoke-spoke ties rare (p = 0.02).
 *  MA  Marshallian: 20 similar small firms tied at random (p = 0.4).
 *  SP  satellite platform: 16 branch plants, each tied to 2 or 3 of the
 *      head offices HQ, among themselves rarely (p = 0.04).
 *  SA  state-anchored: two research institutes and a university at the
 *      centre, 18 firms tied to one or both institutes and sometimes to the
 *      university, firm-firm ties rare (p = 0.05).
 *  HQ  12 head offices elsewhere, tied to each other (p = 0.3).
 * A few ties run between clusters (one per cluster pair).
 */
static void test_archetypes(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_structure_options_t o = IL_STRUCTURE_OPTIONS_INIT;
    il_structure_t s;
    size_t cap = 4096, len = 0, ncap = 4096, nlen = 0;
    char *buf = malloc(cap), *nodes = malloc(ncap);
    int i, j;
    igraph_integer_t k;
    (void) state;
    assert_non_null(buf);
    assert_non_null(nodes);
    lcg_state = 20261122;
    buf = buf_add(buf, &len, &cap, "source,target\n");
    nodes = buf_add(nodes, &nlen, &ncap, "id,cluster,sector\n");
    /* hub-and-spoke */
    for (i = 0; i < 2; i++) {
        nodes = buf_add(nodes, &nlen, &ncap, "HSbig%d,HS,industry\n", i);
    }
    EDGE("HSbig", 0, "HSbig", 1);
    for (i = 0; i < 20; i++) {
        nodes = buf_add(nodes, &nlen, &ncap, "HSsup%d,HS,industry\n", i);
        EDGE("HSbig", 0, "HSsup", i);
        if (i % 2 == 0) {
            EDGE("HSbig", 1, "HSsup", i);
        }
        for (j = 0; j < i; j++) {
            if (lcg() < 0.02) {
                EDGE("HSsup", j, "HSsup", i);
            }
        }
    }
    /* Marshallian */
    for (i = 0; i < 20; i++) {
        nodes = buf_add(nodes, &nlen, &ncap, "MAfirm%d,MA,industry\n", i);
        for (j = 0; j < i; j++) {
            if (lcg() < 0.4) {
                EDGE("MAfirm", j, "MAfirm", i);
            }
        }
    }
    /* head offices */
    for (i = 0; i < 12; i++) {
        nodes = buf_add(nodes, &nlen, &ncap, "HQ%d,HQ,industry\n", i);
        for (j = 0; j < i; j++) {
            if (lcg() < 0.3) {
                EDGE("HQ", j, "HQ", i);
            }
        }
    }
    /* satellite platform */
    for (i = 0; i < 16; i++) {
        int want = lcg() < 0.5 ? 2 : 3, got = 0, used[12] = { 0 };
        nodes = buf_add(nodes, &nlen, &ncap, "SPplant%d,SP,industry\n", i);
        while (got < want) {
            int h = (int) (lcg() * 12);
            if (!used[h]) {
                used[h] = 1;
                got++;
                EDGE("SPplant", i, "HQ", h);
            }
        }
        for (j = 0; j < i; j++) {
            if (lcg() < 0.04) {
                EDGE("SPplant", j, "SPplant", i);
            }
        }
    }
    /* state-anchored */
    nodes = buf_add(nodes, &nlen, &ncap, "SAinst0,SA,research\nSAinst1,SA,research\n"
                    "SAuniv0,SA,university\n");
    EDGE("SAinst", 0, "SAinst", 1);
    EDGE("SAinst", 0, "SAuniv", 0);
    EDGE("SAinst", 1, "SAuniv", 0);
    for (i = 0; i < 18; i++) {
        double r = lcg();
        nodes = buf_add(nodes, &nlen, &ncap, "SAfirm%d,SA,industry\n", i);
        if (r < 0.7) {
            EDGE("SAfirm", i, "SAinst", 0);
        }
        if (r >= 0.4) {
            EDGE("SAfirm", i, "SAinst", 1);
        }
        if (lcg() < 0.3) {
            EDGE("SAfirm", i, "SAuniv", 0);
        }
        for (j = 0; j < i; j++) {
            if (lcg() < 0.05) {
                EDGE("SAfirm", j, "SAfirm", i);
            }
        }
    }
    /* a few ties between clusters */
    EDGE("HSbig", 0, "MAfirm", 3);
    EDGE("MAfirm", 5, "SAinst", 0);
    EDGE("HSsup", 4, "SAfirm", 2);
    EDGE("HSbig", 1, "HQ", 0);

    assert_int_equal(tu_load(&g, buf, nodes, NULL), 0);
    free(buf);
    free(nodes);
    o.group_attr = "cluster";
    o.rewirings = 2;
    assert_int_equal(il_structure(&g, &o, &s), 0);
    assert_int_equal(s.part.k, 5);     /* HQ HS MA SA SP in byte order */
    for (k = 0; k < s.part.k; k++) {
        const char *name = il_partition_name(&s.part, k);
        int want = strcmp(name, "HS") == 0 ? IL_DISTRICT_HUB_AND_SPOKE :
                   strcmp(name, "MA") == 0 ? IL_DISTRICT_MARSHALLIAN :
                   strcmp(name, "SP") == 0 ? IL_DISTRICT_SATELLITE :
                   strcmp(name, "SA") == 0 ? IL_DISTRICT_STATE_ANCHORED : -2;
        if (want == -2) {
            continue;
        }
        if (s.group[k].district.best != want) {
            fail_msg("%s read as %s (%.2f %.2f %.2f %.2f)", name,
                     il_district_name(s.group[k].district.best),
                     s.group[k].district.score[0], s.group[k].district.score[1],
                     s.group[k].district.score[2], s.group[k].district.score[3]);
        }
        /* and clearly: every other type scores at least 0.2 lower */
        for (i = 0; i < IL_DISTRICT_KINDS; i++) {
            if (i != want) {
                assert_true(s.group[k].district.score[want] - s.group[k].district.score[i] >= 0.2);
            }
        }
    }
    il_structure_destroy(&s);
    /* without the sector attribute nothing can be state-anchored */
    o.sector_attr = NULL;
    assert_int_equal(il_structure(&g, &o, &s), 0);
    for (k = 0; k < s.part.k; k++) {
        assert_true(isnan(s.group[k].district.score[IL_DISTRICT_STATE_ANCHORED]));
    }
    il_structure_destroy(&s);
    il_graph_destroy(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_cp_fit_by_hand, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_cp_planted_core, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_cp_brute_force, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_cp_edge_cases, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_cp_continuous, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_rich_club_by_hand, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_roles, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_hubs_star, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_designated_and_errors, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_tiny_graphs, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_district_rules, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_archetypes, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
