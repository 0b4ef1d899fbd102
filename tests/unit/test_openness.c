/*
 * Openness of regions, worked by hand on a small graph with known shares,
 * E-I and distances (docs/metrics-openness.md).
 */
#include "test_util.h"

/*
 * Austria and Germany. a, b: AT/WIEN; c: AT/GRAZ; d: AT without a city;
 * e: DE/BERLIN; f: neither country nor city.
 *   a-b 2 inside         a-c 1 national        a-d 3 national_unplaced
 *   a-e 4 abroad         c-e 1 abroad          d-e 2 abroad (d's city unknown)
 *   b-f 5 unknown (f's country unknown)
 * Network: 7 ties, 18 weight; inside 1, national 1, unplaced 1, abroad 3,
 * unknown 1. ei_region = (1 + 3 - 1)/(1 + 3 + 1) = 0.6; weighted
 * (1 + 7 - 2)/(1 + 7 + 2) = 0.6. ei_scope = (3 - 3)/6 = 0; weighted
 * (7 - 6)/13.
 * AT/WIEN (a, b): a-b, a-c, a-d, a-e, b-f, one of each class: shares 1/5;
 * weight 15; ei_region (2 - 1)/3; weighted (5 - 2)/7; ei_scope (1 - 3)/4,
 * weighted (4 - 6)/10. AT/GRAZ (c): a-c, c-e: ei_region 1, ei_scope 0.
 * DE/BERLIN: three ties abroad, weight 7. Scope AT holds a, b, c, d: all
 * seven ties; DE: the three abroad. Node f: one unknown tie, E-I null.
 * Coordinates on the equator: a, b at longitude 0, c at 1, e at 10 (d, f
 * none): a-b 0 km, a-c R pi/180 = 111.195 km, a-e 10x, c-e 9x.
 */
#define EDGES "source,target,weight\na,b,2\na,c,1\na,d,3\na,e,4\nc,e,1\nd,e,2\nb,f,5\n"
#define NODES "id,country,city,lat,lon\na,AT,WIEN,0,0\nb,AT,WIEN,0,0\nc,AT,GRAZ,0,1\n" \
    "d,AT,,,\ne,DE,BERLIN,0,10\nf,,,x,\n"

static void test_openness_by_hand(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_openness_options_t o = IL_OPENNESS_OPTIONS_INIT;
    il_openness_t x;
    const il_openness_row_t *r;
    igraph_integer_t v;
    (void) state;
    assert_int_equal(tu_load(&g, EDGES, NODES, NULL), 0);
    o.region_attr = "city";
    o.scope_attr = "country";
    assert_int_equal(il_openness(&g, &o, &x), 0);

    r = &x.network;
    assert_near(r->ties_total, 7, 0);
    assert_near(r->weight_total, 18, 0);
    assert_near(r->ties[IL_OPEN_INSIDE], 1, 0);
    assert_near(r->ties[IL_OPEN_NATIONAL], 1, 0);
    assert_near(r->ties[IL_OPEN_UNPLACED], 1, 0);
    assert_near(r->ties[IL_OPEN_ABROAD], 3, 0);
    assert_near(r->ties[IL_OPEN_UNKNOWN], 1, 0);
    assert_near(r->weight[IL_OPEN_ABROAD], 7, 0);
    assert_near(r->share[IL_OPEN_ABROAD], 3.0 / 7, 1e-15);
    assert_near(r->weight_share[IL_OPEN_UNKNOWN], 5.0 / 18, 1e-15);
    assert_near(r->ei_region, 0.6, 1e-15);
    assert_near(r->ei_region_weighted, 0.6, 1e-15);
    assert_near(r->ei_scope, 0, 1e-15);
    assert_near(r->ei_scope_weighted, 1.0 / 13, 1e-15);

    assert_int_equal(x.nregions, 3);    /* AT/GRAZ, AT/WIEN, DE/BERLIN */
    assert_string_equal(il_strtab_get(&g.vattr.col[x.region_col].values, x.region[0].region),
                        "GRAZ");
    assert_string_equal(il_strtab_get(&g.vattr.col[x.region_col].values, x.region[2].region),
                        "BERLIN");
    r = &x.region[1].row;               /* AT/WIEN */
    assert_int_equal(x.region[1].nodes, 2);
    assert_near(r->ties_total, 5, 0);
    assert_near(r->weight_total, 15, 0);
    for (v = 0; v < IL_OPEN_CLASSES; v++) {
        assert_near(r->share[v], 0.2, 1e-15);
    }
    assert_near(r->ei_region, 1.0 / 3, 1e-15);
    assert_near(r->ei_region_weighted, 3.0 / 7, 1e-15);
    assert_near(r->ei_scope, -0.5, 1e-15);
    assert_near(r->ei_scope_weighted, -0.2, 1e-15);
    r = &x.region[0].row;               /* AT/GRAZ */
    assert_near(r->ties_total, 2, 0);
    assert_near(r->ei_region, 1, 0);
    assert_near(r->ei_scope, 0, 0);
    r = &x.region[2].row;               /* DE/BERLIN */
    assert_near(r->ties[IL_OPEN_ABROAD], 3, 0);
    assert_near(r->weight_total, 7, 0);
    assert_near(r->share[IL_OPEN_ABROAD], 1, 0);

    assert_int_equal(x.nscopes, 2);
    assert_int_equal(x.scope[0].nodes, 4);
    assert_near(x.scope[0].row.ties_total, 7, 0);
    assert_near(x.scope[0].row.ei_scope_weighted, 1.0 / 13, 1e-15);
    assert_near(x.scope[1].row.ties[IL_OPEN_ABROAD], 3, 0);

    assert_true(il_graph_find_vertex(&g, "f", &v));
    assert_near(x.node[v].ties[IL_OPEN_UNKNOWN], 1, 0);
    assert_true(isnan(x.node[v].ei_region) && isnan(x.node[v].ei_scope));
    assert_true(il_graph_find_vertex(&g, "d", &v));
    assert_near(x.node[v].ei_region, 1, 0);
    assert_near(x.node[v].ei_scope, 0, 0);

    /* Distances: a, b, c, e have coordinates (f's "x" is not a number). */
    {
        const double km = 6371.0088 * M_PI / 180;  /* one degree on the equator */
        double far = (2 * 10 * km + 9 * km) / 3, slope;
        assert_true(x.has_coords);
        assert_int_equal(x.nodes_with_coords, 4);
        assert_near(x.ties_with_distance, 4, 0);   /* a-b, a-c, a-e, c-e */
        assert_near(x.mean_tie_distance, (0 + km + 10 * km + 9 * km) / 4, 1e-9);
        assert_near(x.mean_tie_distance_weighted, (0 * 2 + km * 1 + 10 * km * 4 + 9 * km * 1) / 8,
                    1e-9);
        assert_int_equal(x.nbands, 6);
        assert_near(x.band[0].ties, 1, 0);         /* a-b at 0 km */
        assert_near(x.band[0].pairs, 1, 0);
        assert_near(x.band[0].pair_distance, 0, 0);
        assert_near(x.band[3].ties, 1, 0);         /* 100-500: a-c; pairs a-c, b-c */
        assert_near(x.band[3].pairs, 2, 0);
        assert_near(x.band[3].probability, 0.5, 0);
        assert_near(x.band[5].ties, 2, 0);         /* 1000+: a-e, c-e; pairs a-e, b-e, c-e */
        assert_near(x.band[5].weight, 5, 0);
        assert_near(x.band[5].pairs, 3, 0);
        assert_near(x.band[5].pair_distance, far, 1e-9);
        assert_near(x.band[5].weight_per_pair, 5.0 / 3, 1e-15);
        assert_true(isnan(x.band[1].probability)); /* no pairs */
        /* The 0 km band is left out of the fit (ln 0): two points. */
        slope = (log(2.0 / 3) - log(0.5)) / (log(far) - log(km));
        assert_int_equal(x.decay.points, 2);
        assert_near(x.decay.slope, slope, 1e-12);
        assert_near(x.decay.r2, 1, 1e-12);
        slope = (log(5.0 / 3) - log(0.5)) / (log(far) - log(km));
        assert_near(x.decay_weighted.slope, slope, 1e-12);
    }
    il_openness_destroy(&x);

    /* Without --scope: inside (a-b), outside (a-c, a-e, c-e), unknown (a-d, d-e, b-f). */
    o.scope_attr = NULL;
    o.max_pairs = 5;                    /* 6 pairs: not counted */
    assert_int_equal(il_openness(&g, &o, &x), 0);
    assert_near(x.network.ties[IL_OPEN_INSIDE], 1, 0);
    assert_near(x.network.ties[IL_OPEN_NATIONAL], 3, 0);
    assert_near(x.network.ties[IL_OPEN_UNKNOWN], 3, 0);
    assert_near(x.network.ties[IL_OPEN_ABROAD], 0, 0);
    assert_near(x.network.ei_region, 0.5, 1e-15);
    assert_true(isnan(x.network.ei_scope));
    assert_int_equal(x.nregions, 3);
    assert_false(x.pairs_counted);
    assert_true(isnan(x.band[3].probability) && isnan(x.decay.slope));
    assert_near(x.band[3].ties, 1, 0);
    il_openness_destroy(&x);
    il_graph_destroy(&g);
}

/* A directed graph counts each arc; pairs are ordered. */
static void test_openness_directed(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_load_options_t lo = IL_LOAD_OPTIONS_INIT;
    il_openness_options_t o = IL_OPENNESS_OPTIONS_INIT;
    il_openness_t x;
    (void) state;
    lo.directed = 1;
    assert_int_equal(tu_load(&g, "source,target\na,b\nb,a\nb,c\n",
                             "id,region,lat,lon\na,X,0,0\nb,X,0,0\nc,Y,0,1\n", &lo), 0);
    o.region_attr = "region";
    assert_int_equal(il_openness(&g, &o, &x), 0);
    assert_near(x.network.ties[IL_OPEN_INSIDE], 2, 0);
    assert_near(x.network.ties[IL_OPEN_NATIONAL], 1, 0);
    assert_near(x.band[0].pairs, 2, 0);     /* a-b both ways */
    assert_near(x.band[0].probability, 1, 0);
    assert_near(x.band[3].pairs, 4, 0);     /* a-c, b-c both ways */
    assert_near(x.band[3].probability, 0.25, 0);
    il_openness_destroy(&x);
    il_graph_destroy(&g);
}

static void test_openness_errors(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_openness_options_t o = IL_OPENNESS_OPTIONS_INIT;
    il_openness_t x;
    char why[256];
    (void) state;
    assert_int_equal(tu_load(&g, EDGES, NODES, NULL), 0);
    o.region_attr = "region";
    assert_int_equal(il_openness(&g, &o, &x), IGRAPH_EINVAL);
    assert_non_null(strstr(il_last_error(), "'region' (--by)"));
    il_clear_error();
    o.region_attr = "city";
    o.lat_attr = "latitude";
    o.lon_attr = "lon";
    assert_int_equal(il_openness(&g, &o, &x), IGRAPH_EINVAL);
    assert_non_null(strstr(il_last_error(), "'latitude' (--lat)"));
    il_clear_error();
    il_graph_destroy(&g);
    assert_int_equal(tu_load(&g, "source,target\na,b\n", "id,city\na,\nb,\n", NULL), 0);
    o.lat_attr = o.lon_attr = NULL;
    assert_int_equal(il_openness(&g, &o, &x), IGRAPH_EINVAL);
    assert_non_null(strstr(il_last_error(), "No node has a value of 'city'"));
    il_clear_error();
    il_graph_destroy(&g);

    assert_true(il_openness_parse_bands("5,25.5,100", &o, why, sizeof why));
    assert_int_equal(o.nbands, 3);
    assert_near(o.bands[1], 25.5, 0);
    assert_false(il_openness_parse_bands("10,5", &o, why, sizeof why));
    assert_non_null(strstr(why, "increasing"));
    assert_false(il_openness_parse_bands("0,5", &o, why, sizeof why));
    assert_false(il_openness_parse_bands("5,", &o, why, sizeof why));
    assert_false(il_openness_parse_bands("inf", &o, why, sizeof why));
    assert_near(il_great_circle_km(0, 0, 0, 180), 6371.0088 * M_PI, 1e-9);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_openness_by_hand, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_openness_directed, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_openness_errors, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
