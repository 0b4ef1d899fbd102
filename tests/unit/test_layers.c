/*
 * Layers (analysis/layers.c), worked by hand on three kinds of tie among
 * A..E, with F in the node table only:
 *
 *   licensing  A-B 3, A-D 1                  pairs 2
 *   rd         A-B 2, A-C 1, B-C 1           pairs 3  (A-B given as two rows, 1 + 1)
 *   supply     A-B 1, A-C 3, C-D 2, D-E 1    pairs 4
 *
 * Layers in byte order: licensing (0), rd (1), supply (2). The aggregate
 * has 6 pairs: A-B 6 (three layers), A-C 4 (two), B-C 1, C-D 2, D-E 1,
 * A-D 1; multiplexity counts 1: 4 pairs, 2: 1, 3: 1.
 *
 * Overlap, pairs tied in both / union:
 *   licensing-rd     {A-B}        1 / (2 + 3 - 1) = 1/4
 *   licensing-supply {A-B}        1 / (2 + 4 - 1) = 1/5
 *   rd-supply        {A-B, A-C}   2 / (3 + 4 - 2) = 2/5
 * Weight correlation over the N = 15 pairs of the 6 nodes, 0 where untied
 * (r = (N Sxy - Sx Sy) / sqrt((N Sxx - Sx^2)(N Syy - Sy^2))), with
 * licensing Sx = 4, Sxx = 10; rd 4, 6; supply 7, 15:
 *   licensing-rd      Sxy = 3*2 = 6:        (90 - 16)/sqrt((150-16)(90-16)) = 74/sqrt(9916)
 *   licensing-supply  Sxy = 3*1 = 3:        (45 - 28)/sqrt((150-16)(225-49)) = 17/sqrt(23584)
 *   rd-supply         Sxy = 2*1 + 1*3 = 5:  (75 - 28)/sqrt((90-16)(225-49)) = 47/sqrt(13024)
 * Over the pairs tied in both: rd-supply (2,1) vs (1,3): -1; the others
 * share one pair: undefined.
 *
 * Degree per layer k^l (licensing, rd, supply), overlapping degree o and
 * P = 3/2 (1 - sum (k^l/o)^2) (Battiston, Nicosia and Latora 2014):
 *   A (2, 2, 2) o 6: 3/2 (1 - 3/9)             = 1     (evenly spread: the maximum)
 *   B (1, 2, 1) o 4: 3/2 (1 - 6/16)            = 15/16
 *   C (0, 2, 2) o 4: 3/2 (1 - 8/16)            = 3/4
 *   D (1, 0, 2) o 3: 3/2 (1 - 5/9)             = 2/3
 *   E (0, 0, 1) o 1: 3/2 (1 - 1)               = 0     (one layer: the minimum)
 *   F (0, 0, 0) o 0: undefined (NaN)
 */
#include "test_util.h"

static const char *const edges =
    "source,target,type,weight\n"
    "A,B,licensing,3\nA,D,licensing,1\n"
    "A,B,rd,1\nB,A,rd,1\nA,C,rd,1\nB,C,rd,1\n"
    "A,B,supply,1\nA,C,supply,3\nC,D,supply,2\nD,E,supply,1\n";
static const char *const nodes = "id,sector\nA,u\nB,u\nC,f\nD,f\nE,r\nF,r\n";

static void load_layers(il_graph_t *g, const char *text, int directed)
{
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    o.layer_col = "type";
    o.directed = directed;
    assert_int_equal(tu_load(g, text, nodes, &o), IGRAPH_SUCCESS);
}

static igraph_integer_t vid(const il_graph_t *g, const char *id)
{
    igraph_integer_t v;
    assert_true(il_graph_find_vertex(g, id, &v));
    return v;
}

static void test_hand_graph(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_layers_options_t o = IL_LAYERS_OPTIONS_INIT;
    il_layers_t x;
    const double P[] = { 1, 15.0 / 16, 0.75, 2.0 / 3, 0 };
    const double k[5][3] = { { 2, 2, 2 }, { 1, 2, 1 }, { 0, 2, 2 }, { 1, 0, 2 }, { 0, 0, 1 } };
    const char *ids[] = { "A", "B", "C", "D", "E" };
    int i, l;
    (void) state;
    load_layers(&g, edges, 0);
    assert_int_equal(il_graph_ecount(&g), 9);   /* rd A-B merged within its layer only */
    o.layer = "type";
    o.measure = IL_MEASURE_DEGREE;
    assert_int_equal(il_layers(&g, &o, &x), IGRAPH_SUCCESS);

    assert_int_equal(x.nlayers, 3);
    assert_string_equal(x.layer[0].name, "licensing");
    assert_string_equal(x.layer[1].name, "rd");
    assert_string_equal(x.layer[2].name, "supply");
    assert_int_equal(x.layer[0].pairs, 2);
    assert_int_equal(x.layer[1].pairs, 3);
    assert_int_equal(x.layer[2].pairs, 4);
    assert_int_equal(x.aggregate.pairs, 6);
    assert_false(x.ordered_pairs);
    assert_near(x.aggregate.summary.total_weight, 15, 1e-12);
    assert_int_equal(VECTOR(x.multiplexity_count)[1], 4);
    assert_int_equal(VECTOR(x.multiplexity_count)[2], 1);
    assert_int_equal(VECTOR(x.multiplexity_count)[3], 1);

    assert_near(x.overlap[0].jaccard, 0.25, 1e-15);
    assert_near(x.overlap[1].jaccard, 0.2, 1e-15);
    assert_near(x.overlap[2].jaccard, 0.4, 1e-15);
    assert_int_equal(x.overlap[2].both, 2);
    assert_near(x.overlap[0].correlation, 74 / sqrt(9916), 1e-12);
    assert_near(x.overlap[1].correlation, 17 / sqrt(23584), 1e-12);
    assert_near(x.overlap[2].correlation, 47 / sqrt(13024), 1e-12);
    assert_true(isnan(x.overlap[0].correlation_shared));
    assert_true(isnan(x.overlap[1].correlation_shared));
    assert_near(x.overlap[2].correlation_shared, -1, 1e-12);

    for (i = 0; i < 5; i++) {
        igraph_integer_t v = vid(&g, ids[i]);
        double sum = 0;
        for (l = 0; l < 3; l++) {
            assert_near(MATRIX(x.degree, v, l), k[i][l], 0);
            sum += k[i][l];
        }
        assert_near(VECTOR(x.overlapping_degree)[v], sum, 0);
        assert_near(VECTOR(x.participation)[v], P[i], 1e-12);
    }
    assert_true(isnan(VECTOR(x.participation)[vid(&g, "F")]));

    /* Each layer keeps every node; the degree measure is the layer's degree. */
    assert_int_equal(il_graph_vcount(&x.layer[1].g), 6);
    assert_int_equal(x.layer[1].active_nodes, 3);
    assert_near(VECTOR(x.layer[2].centrality)[vid(&g, "C")], 2, 0);
    assert_near(x.aggregate.rank_correlation, 1, 1e-12);
    il_layers_destroy(&x);
    il_graph_destroy(&g);
}

/* Group statistics per layer: sectors u = {A, B}, f = {C, D}, r = {E, F}.
 * licensing: A-B inside, A-D between: E-I (1 - 1)/2 = 0;
 * rd: A-B inside, A-C, B-C between: (2 - 1)/3 = 1/3;
 * supply: A-B, C-D inside, A-C, D-E between: 0; weighted (3 + 1 - 1 - 2)/7 = 1/7. */
static void test_groups(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_layers_options_t o = IL_LAYERS_OPTIONS_INIT;
    il_partition_t p;
    il_layers_t x;
    (void) state;
    memset(&p, 0, sizeof p);
    load_layers(&g, edges, 0);
    assert_int_equal(il_partition_from_attr(&g, "sector", IL_EMPTY_ERROR, &p), 0);
    o.layer = "type";
    o.groups = &p;
    o.on = "rd";
    assert_int_equal(il_layers(&g, &o, &x), IGRAPH_SUCCESS);
    assert_near(x.layer[0].ei.ei, 0, 1e-15);
    assert_near(x.layer[1].ei.ei, 1.0 / 3, 1e-15);
    assert_near(x.layer[2].ei.ei, 0, 1e-15);
    assert_near(x.layer[2].ei.ei_weighted, 1.0 / 7, 1e-15);
    assert_true(x.layer[1].has_centrality);
    assert_false(x.layer[0].has_centrality);
    assert_true(isnan(x.layer[0].rank_correlation));
    il_layers_destroy(&x);
    il_partition_destroy(&p);
    il_graph_destroy(&g);
}

/* A directed supply layer among undirected ones: A->B and B->A supply stay
 * two ties of the layer and one pair of the aggregate (weights summed);
 * rd's A-B and B-A rows become one undirected tie. */
static void test_directed_layer(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_layers_options_t o = IL_LAYERS_OPTIONS_INIT;
    const char *dir[] = { "supply", NULL };
    const char *bad[] = { "loans", NULL };
    il_layers_t x;
    (void) state;
    load_layers(&g, "source,target,type,weight\nA,B,rd,1\nB,A,rd,2\nA,B,supply,1\n"
                "B,A,supply,4\nB,C,supply,1\n", 1);
    o.layer = "type";
    o.directed = dir;
    o.measure = IL_MEASURE_DEGREE;
    assert_int_equal(il_layers(&g, &o, &x), IGRAPH_SUCCESS);
    assert_false(x.layer[0].directed);
    assert_true(x.layer[1].directed);
    assert_int_equal(il_graph_ecount(&x.layer[0].g), 1);
    assert_near(VECTOR(x.layer[0].g.weight)[0], 3, 0);
    assert_int_equal(il_graph_ecount(&x.layer[1].g), 3);
    assert_false(x.aggregate.directed);
    assert_int_equal(x.layer[1].pairs, 2);
    assert_int_equal(x.aggregate.pairs, 2);
    assert_near(MATRIX(x.pair_weight, 0, 1), 5, 0);
    il_layers_destroy(&x);

    o.directed = bad;
    assert_int_equal(il_layers(&g, &o, &x), IGRAPH_EINVAL);
    assert_non_null(strstr(il_last_error(), "No layer 'loans' to make directed; the layers "
                           "of 'type' are 'rd', 'supply'"));
    il_clear_error();
    il_graph_destroy(&g);
}

/* Spearman with a tie: x = 1..5, y = (5, 6, 7, 8, 7) ranks (1, 2, 3.5, 5, 3.5):
 * sum dx dy = 8, sum dx^2 = 10, sum dy^2 = 9.5: rho = 8/sqrt(95). */
static void test_spearman(void **state)
{
    igraph_vector_t x, y;
    igraph_integer_t n;
    (void) state;
    igraph_vector_init_int(&x, 6, 1, 2, 3, 4, 5, 9);
    igraph_vector_init_int(&y, 6, 5, 6, 7, 8, 7, 0);
    VECTOR(y)[5] = NAN;     /* left out: only complete entries count */
    assert_near(il_spearman(&x, &y, &n), 8 / sqrt(95), 1e-12);
    assert_int_equal(n, 5);
    igraph_vector_fill(&y, 1);
    assert_true(isnan(il_spearman(&x, &y, &n)));
    igraph_vector_destroy(&x);
    igraph_vector_destroy(&y);
}

static void test_errors(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_load_options_t lo = IL_LOAD_OPTIONS_INIT;
    il_layers_options_t o = IL_LAYERS_OPTIONS_INIT;
    il_layers_t x;
    (void) state;
    lo.layer_col = "kind";
    assert_int_not_equal(tu_load(&g, edges, NULL, &lo), IGRAPH_SUCCESS);
    assert_non_null(strstr(il_last_error(), ":1: --layer: no column 'kind' in the header of "
                           "the edge table (found 'source', 'target', 'type', 'weight')"));
    il_clear_error();
    lo.layer_col = "type";
    assert_int_not_equal(tu_load(&g, "source,target,type\nA,B,rd\nB,C,\n", NULL, &lo),
                         IGRAPH_SUCCESS);
    assert_non_null(strstr(il_last_error(), ":3:3: empty layer in column 'type'"));
    il_clear_error();
    lo.layer_col = "weight";
    assert_int_not_equal(tu_load(&g, edges, NULL, &lo), IGRAPH_SUCCESS);
    assert_non_null(strstr(il_last_error(), "is the source, target or weight column"));
    il_clear_error();
    lo.layer_col = "type";
    assert_int_equal(tu_load(&g, "source,target,type\nA,B,rd\nB,C,rd\n", NULL, &lo), 0);
    o.layer = "type";
    assert_int_equal(il_layers(&g, &o, &x), IGRAPH_EINVAL);
    assert_non_null(strstr(il_last_error(), "has one value 'rd': layers need two kinds"));
    il_clear_error();
    o.layer = "year";
    assert_int_equal(il_layers(&g, &o, &x), IGRAPH_EINVAL);
    il_clear_error();
    il_graph_destroy(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_hand_graph, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_groups, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_directed_layer, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_spearman, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_errors, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests_name("layers", tests, NULL, NULL);
}
