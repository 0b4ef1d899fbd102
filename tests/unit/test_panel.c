/*
 * Panels, windows, community matching and difference-in-differences,
 * each against a hand calculation written here.
 */
#include "test_util.h"

/* ---- Time values --------------------------------------------------------- */

static void test_time_values(void **state)
{
    int64_t t;
    char buf[32];
    (void) state;
    assert_int_equal(il_time_parse("2005", &t), IL_TIME_YEAR);
    assert_true(t == 2005);
    assert_int_equal(il_time_parse("7", &t), IL_TIME_YEAR);         /* waves 1, 2, 3 */
    assert_int_equal(il_time_parse("2005-03", &t), IL_TIME_MONTH);
    assert_true(t == 12 * 2005 + 2);
    assert_int_equal(il_time_parse("1970-01-01", &t), IL_TIME_DAY);
    assert_true(t == 0);
    /* 1970-01-01 to 2000-01-01: 30 years, 7 of them leap: 10957 days; + 31 + 29 */
    assert_int_equal(il_time_parse("2000-03-01", &t), IL_TIME_DAY);
    assert_true(t == 10957 + 31 + 29);
    assert_int_equal(il_time_parse("2000-02-29", &t), IL_TIME_DAY);
    assert_int_equal(il_time_parse("2004-02-29", &t), IL_TIME_DAY);
    il_time_format(IL_TIME_DAY, t, buf, sizeof buf);
    assert_string_equal(buf, "2004-02-29");
    il_time_format(IL_TIME_MONTH, 12 * 2005 + 2, buf, sizeof buf);
    assert_string_equal(buf, "2005-03");
    assert_int_equal(il_time_parse("1900-02-29", &t), IL_TIME_NONE);  /* not leap */
    assert_int_equal(il_time_parse("2005-02-29", &t), IL_TIME_NONE);
    assert_int_equal(il_time_parse("2005-13", &t), IL_TIME_NONE);
    assert_int_equal(il_time_parse("2005-00", &t), IL_TIME_NONE);
    assert_int_equal(il_time_parse("2005-1-01", &t), IL_TIME_NONE);
    assert_int_equal(il_time_parse("20050", &t), IL_TIME_NONE);
    assert_int_equal(il_time_parse("-2005", &t), IL_TIME_NONE);
    assert_int_equal(il_time_parse("", &t), IL_TIME_NONE);
    assert_int_equal(il_time_parse("20x5", &t), IL_TIME_NONE);
    assert_int_equal(il_time_parse("2005-03-17T10:00", &t), IL_TIME_NONE);
    assert_int_equal(il_time_parse("2005/03/17", &t), IL_TIME_NONE);
}

static void test_durations(void **state)
{
    il_duration_t d, one = { 1, IL_UNIT_MONTH }, year = { 1, IL_UNIT_YEAR };
    int64_t t, u;
    char buf[32];
    (void) state;
    assert_true(il_duration_parse("3", &d) && d.count == 3 && d.unit == IL_UNIT_DEFAULT);
    assert_true(il_duration_parse("6m", &d) && d.count == 6 && d.unit == IL_UNIT_MONTH);
    assert_true(il_duration_parse("90d", &d) && d.count == 90 && d.unit == IL_UNIT_DAY);
    il_duration_format(d, buf, sizeof buf);
    assert_string_equal(buf, "90d");
    assert_false(il_duration_parse("0", &d));
    assert_false(il_duration_parse("y", &d));
    assert_false(il_duration_parse("3x", &d));
    assert_false(il_duration_parse("1000000", &d));
    assert_false(il_duration_parse("-3", &d));
    assert_false(il_duration_fits(IL_TIME_YEAR, one));
    assert_true(il_duration_fits(IL_TIME_MONTH, one));
    assert_true(il_duration_fits(IL_TIME_DAY, one));
    /* calendar months over dates: 31 January + 1 month is 28 February, + 2 is 31 March */
    il_time_parse("2005-01-31", &t);
    il_time_format(IL_TIME_DAY, il_time_add(IL_TIME_DAY, t, one, 1), buf, sizeof buf);
    assert_string_equal(buf, "2005-02-28");
    il_time_format(IL_TIME_DAY, il_time_add(IL_TIME_DAY, t, one, 2), buf, sizeof buf);
    assert_string_equal(buf, "2005-03-31");
    il_time_parse("2004-02-29", &t);
    il_time_format(IL_TIME_DAY, il_time_add(IL_TIME_DAY, t, year, 1), buf, sizeof buf);
    assert_string_equal(buf, "2005-02-28");
    il_time_parse("2005-03-17", &t);
    il_time_parse("2005-01-01", &u);
    assert_true(il_time_floor(IL_TIME_DAY, t, year) == u);
    il_time_parse("2005-03-01", &u);
    assert_true(il_time_floor(IL_TIME_DAY, t, one) == u);
}

/* ---- Panels and windows ---------------------------------------------------- */

static const char *const TIES =
    "source,target,weight,year\n"
    "a,b,1,2005\n"
    "a,b,2,2006\n"
    "b,c,1,2006\n"
    "c,d,1,2008\n"
    "a,d,3,2010\n";

static igraph_error_t load_panel(const char *text, il_panel_t *p, il_load_options_t *lo)
{
    il_load_options_t def = IL_LOAD_OPTIONS_INIT;
    il_panel_source_t src = IL_PANEL_SOURCE_INIT;
    const char *files[1];
    igraph_error_t rc;
    if (!lo) {
        lo = &def;
    }
    src.time_col = "year";
    files[0] = tu_file(0, text);
    lo->edges_path = files[0];
    il_clear_error();
    rc = il_panel_load(lo, &src, files, 1, p);
    unlink(files[0]);
    return rc;
}

static void windows_of(const il_panel_t *p, int64_t w, int64_t s, int cumulative,
                       int64_t lifetime, il_windows_t *ws)
{
    il_window_options_t o = IL_WINDOW_OPTIONS_INIT;
    o.window.count = w;
    o.step.count = s;
    o.lifetime.count = lifetime;
    o.cumulative = cumulative;
    assert_int_equal(il_panel_windows(p, &o, ws), IGRAPH_SUCCESS);
}

/* The weight of tie u-v in g, 0 when absent. */
static double weight_of(const il_graph_t *g, const char *u, const char *v)
{
    igraph_integer_t a, b, e;
    if (!il_graph_find_vertex(g, u, &a) || !il_graph_find_vertex(g, v, &b)) {
        return 0;
    }
    igraph_get_eid(&g->graph, &e, a, b, IGRAPH_UNDIRECTED, false);
    return e < 0 ? 0 : VECTOR(g->weight)[e];
}

static void test_windows(void **state)
{
    il_panel_t p;
    il_windows_t ws;
    (void) state;
    assert_int_equal(load_panel(TIES, &p, NULL), IGRAPH_SUCCESS);
    assert_int_equal(p.kind, IL_TIME_YEAR);
    assert_int_equal((int) p.n, 5);
    assert_true(p.first == 2005 && p.last == 2010);
    assert_int_equal(il_graph_vcount(&p.roster), 4);

    windows_of(&p, 1, 1, 0, 0, &ws);              /* 2005 .. 2010, one a year */
    assert_int_equal((int) ws.n, 6);
    assert_string_equal(ws.w[0].label, "2005");
    assert_string_equal(ws.w[5].label, "2010");
    assert_string_equal(ws.left_out, "");
    il_windows_destroy(&ws);

    windows_of(&p, 3, 1, 0, 0, &ws);              /* 2005-2007 .. 2008-2010 */
    assert_int_equal((int) ws.n, 4);
    assert_string_equal(ws.w[0].label, "2005-2007");
    assert_string_equal(ws.w[3].label, "2008-2010");
    assert_string_equal(ws.left_out, "2009-2010");  /* 2009-2011 is incomplete */
    il_windows_destroy(&ws);

    windows_of(&p, 2, 0, 0, 0, &ws);              /* step defaults to the window */
    assert_int_equal((int) ws.n, 3);
    assert_string_equal(ws.w[1].label, "2007-2008");
    il_windows_destroy(&ws);

    windows_of(&p, 1, 1, 1, 0, &ws);              /* cumulative: 2005, 2005-2006, ... */
    assert_int_equal((int) ws.n, 6);
    assert_string_equal(ws.w[1].label, "2005-2006");
    assert_string_equal(ws.w[5].label, "2005-2010");
    il_windows_destroy(&ws);
    il_panel_destroy(&p);
}

static void test_window_graphs(void **state)
{
    il_panel_t p;
    il_windows_t ws;
    il_graph_t g = IL_GRAPH_INIT;
    char present[4];
    (void) state;
    assert_int_equal(load_panel(TIES, &p, NULL), IGRAPH_SUCCESS);

    windows_of(&p, 1, 1, 0, 0, &ws);
    assert_int_equal(il_panel_window_graph(&p, &ws, 1, &g, NULL, present), IGRAPH_SUCCESS);
    assert_int_equal(il_graph_vcount(&g), 3);     /* 2006: a, b, c present */
    assert_near(weight_of(&g, "a", "b"), 2, 0);
    assert_near(weight_of(&g, "b", "c"), 1, 0);
    assert_true(present[0] && present[1] && present[2] && !present[3]);
    il_graph_destroy(&g);
    assert_int_equal(il_panel_window_graph(&p, &ws, 2, &g, NULL, present), IGRAPH_SUCCESS);
    assert_int_equal(il_graph_vcount(&g), 0);     /* 2007: empty, not an error */
    assert_int_equal((int) ws.w[2].rows, 0);
    il_graph_destroy(&g);
    il_windows_destroy(&ws);

    windows_of(&p, 3, 1, 0, 0, &ws);              /* 2005-2007: a-b 1 + 2 */
    assert_int_equal(il_panel_window_graph(&p, &ws, 0, &g, NULL, NULL), IGRAPH_SUCCESS);
    assert_near(weight_of(&g, "a", "b"), 3, 0);
    assert_int_equal(il_graph_ecount(&g), 2);
    il_graph_destroy(&g);
    il_windows_destroy(&ws);

    windows_of(&p, 1, 1, 0, 2, &ws);              /* lifetime 2: 2006's ties live in 2007 */
    assert_int_equal(il_panel_window_graph(&p, &ws, 2, &g, NULL, NULL), IGRAPH_SUCCESS);
    assert_near(weight_of(&g, "a", "b"), 2, 0);
    assert_near(weight_of(&g, "b", "c"), 1, 0);
    assert_int_equal(il_graph_ecount(&g), 2);
    il_graph_destroy(&g);
    il_windows_destroy(&ws);

    windows_of(&p, 1, 1, 1, 0, &ws);              /* cumulative 2005-2008 */
    assert_int_equal(il_panel_window_graph(&p, &ws, 3, &g, NULL, NULL), IGRAPH_SUCCESS);
    assert_near(weight_of(&g, "a", "b"), 3, 0);
    assert_near(weight_of(&g, "c", "d"), 1, 0);
    assert_int_equal(il_graph_ecount(&g), 3);
    il_graph_destroy(&g);
    il_windows_destroy(&ws);
    il_panel_destroy(&p);
}

static void test_bad_times(void **state)
{
    il_panel_t p;
    il_load_options_t lo = IL_LOAD_OPTIONS_INIT;
    (void) state;
    assert_int_equal(load_panel("source,target,year\na,b,2005\nb,c,20x5\n", &p, NULL),
                     IGRAPH_PARSEERROR);
    assert_non_null(strstr(il_last_error(), ":3:3: time '20x5' in column 'year' is not a year"));
    assert_int_equal(load_panel("source,target,year\na,b,2005\nb,c,2005-03-01\n", &p, NULL),
                     IGRAPH_PARSEERROR);
    assert_non_null(strstr(il_last_error(), "is a date, but"));
    assert_non_null(strstr(il_last_error(), ":2 holds a year ('2005')"));
    assert_int_equal(load_panel("source,target,year\na,b,\n", &p, NULL), IGRAPH_PARSEERROR);
    assert_non_null(strstr(il_last_error(), ":2:3: empty time in column 'year'"));
    assert_int_equal(load_panel("source,target,when\na,b,2005\n", &p, NULL), IGRAPH_PARSEERROR);
    assert_non_null(strstr(il_last_error(), "no time column 'year'"));
    lo.duplicates = IL_DUP_ERROR;                 /* same pair, same year: refused */
    assert_int_equal(load_panel("source,target,year\na,b,2005\nb,a,2006\nb,a,2005\n", &p, &lo),
                     IGRAPH_PARSEERROR);
    assert_non_null(strstr(il_last_error(), ":4: duplicate tie b -- a at 2005 (first on line 2)"));
}

/* ---- Communities across windows ------------------------------------------------ */

/*
 * 20 actors. Before: 0 = {0..5}, 1 = {6..9}, 2 = {10..13}, 3 = {14,15,16}.
 * After: 0 = {6..13} (1 and 2 merged), 1 = {0..4} (0 without actor 5),
 * 2 = {17,18,19} (new). Jaccard: before 0 / after 1 = 5/6; before 1 and 2 /
 * after 0 = 4/8 each; before 3 matches nothing (death); after 2 nothing
 * (birth). NMI over the 13 actors in both, b a function of a:
 * 2 H_b / (H_a + H_b) with H_a = H(5/13, 4/13, 4/13), H_b = H(5/13, 8/13)
 * = 0.757518088931657 (igraph.compare_communities gives the same).
 */
static void test_community_match(void **state)
{
    const igraph_integer_t a[20] = { 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, -1, -1, -1 };
    const igraph_integer_t b[20] = { 1, 1, 1, 1, 1, -1, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, -1, 2, 2, 2 };
    const igraph_integer_t c[20] = { 1, 1, 1, 1, 1, -1, 0, 0, 0, 0, 2, 2, 2, 2, -1, -1, -1, 3, 3, 3 };
    igraph_vector_int_t va, vb, vc, ta, tb, tc;
    il_community_match_t m;
    igraph_integer_t next = 4;
    (void) state;
    assert_int_equal(igraph_vector_int_init_array(&va, a, 20), IGRAPH_SUCCESS);
    assert_int_equal(igraph_vector_int_init_array(&vb, b, 20), IGRAPH_SUCCESS);
    assert_int_equal(igraph_vector_int_init_array(&vc, c, 20), IGRAPH_SUCCESS);
    assert_int_equal(il_community_match(&va, 4, &vb, 3, 0.3, &m), IGRAPH_SUCCESS);
    assert_int_equal((int) m.nevents, 4);
    assert_int_equal(m.events[0].kind, IL_COMMUNITY_CONTRACTION);
    assert_near(m.events[0].jaccard, 5.0 / 6.0, 1e-15);
    assert_int_equal(m.events[1].kind, IL_COMMUNITY_MERGE);
    assert_int_equal(igraph_vector_int_size(&m.events[1].before), 2);
    assert_near(m.events[1].jaccard, 0.5, 1e-15);
    assert_int_equal(m.events[2].kind, IL_COMMUNITY_DEATH);
    assert_int_equal(VECTOR(m.events[2].before)[0], 3);
    assert_int_equal(m.events[3].kind, IL_COMMUNITY_BIRTH);
    assert_int_equal(VECTOR(m.events[3].after)[0], 2);
    assert_int_equal(m.common, 13);
    assert_near(m.nmi, 0.757518088931657, 1e-12);
    /* tracks: after 1 keeps before 0's, after 0 the merge's larger-overlap
     * parent (before 1, the smaller index on a tie), after 2 is new */
    assert_int_equal(igraph_vector_int_init_range(&ta, 0, 4), IGRAPH_SUCCESS);
    assert_int_equal(igraph_vector_int_init(&tb, 0), IGRAPH_SUCCESS);
    assert_int_equal(il_community_tracks(&m, &ta, &next, &tb), IGRAPH_SUCCESS);
    assert_int_equal(VECTOR(tb)[0], 1);
    assert_int_equal(VECTOR(tb)[1], 0);
    assert_int_equal(VECTOR(tb)[2], 4);
    assert_int_equal(next, 5);
    il_community_match_destroy(&m);

    /* then the merged community splits again into {6..9} and {10..13} */
    assert_int_equal(il_community_match(&vb, 3, &vc, 4, 0.3, &m), IGRAPH_SUCCESS);
    assert_int_equal((int) m.nevents, 3);
    assert_int_equal(m.events[0].kind, IL_COMMUNITY_SPLIT);
    assert_int_equal(igraph_vector_int_size(&m.events[0].after), 2);
    assert_int_equal(m.events[1].kind, IL_COMMUNITY_CONTINUATION);
    assert_int_equal(m.events[2].kind, IL_COMMUNITY_CONTINUATION);
    /* the later partition refines the earlier over the 16 actors in both:
     * MI = H_b, NMI = 2 H_b / (H_b + H_c), H_b = H(5/16, 8/16, 3/16),
     * H_c = H(5/16, 4/16, 4/16, 3/16): 0.8552584881990404 (igraph agrees) */
    assert_near(m.nmi, 0.8552584881990404, 1e-12);
    assert_int_equal(igraph_vector_int_init(&tc, 0), IGRAPH_SUCCESS);
    assert_int_equal(il_community_tracks(&m, &tb, &next, &tc), IGRAPH_SUCCESS);
    assert_int_equal(VECTOR(tc)[0], 1);   /* {6..9}: the split's first, larger-overlap child */
    assert_int_equal(VECTOR(tc)[2], 5);   /* {10..13}: a new track */
    il_community_match_destroy(&m);
    igraph_vector_int_destroy(&tc);
    igraph_vector_int_destroy(&tb);
    igraph_vector_int_destroy(&ta);
    igraph_vector_int_destroy(&vc);
    igraph_vector_int_destroy(&vb);
    igraph_vector_int_destroy(&va);
}

/* ---- Difference-in-differences ---------------------------------------------------- */

/*
 * The 2 x 2 by hand: treated 1 -> 3, control 2 -> 2.5: (3 - 1) - (2.5 - 2)
 * = 1.5. Two units: two assignments, each |estimate| 1.5: p = 2/2 = 1, and
 * no effect can be rejected: the interval is unbounded.
 */
static void test_did_2x2(void **state)
{
    const double y[4] = { 1, 3, 2, 2.5 };
    const int treated[2] = { 1, 0 }, post[2] = { 0, 1 };
    il_did_design_t d = { 2, 2, y, treated, post };
    il_did_options_t o = IL_DID_OPTIONS_INIT;
    il_did_result_t r;
    (void) state;
    assert_int_equal(il_did(&d, &o, &r), IGRAPH_SUCCESS);
    assert_near(r.did.estimate, 1.5, 1e-15);
    assert_near(r.did.treated_change, 2, 1e-15);
    assert_near(r.did.control_change, 0.5, 1e-15);
    assert_int_equal(r.assignments, 2);
    assert_true(r.exact);
    assert_near(r.did.p_value, 1, 0);
    assert_true(isinf(r.did.low) && r.did.low < 0 && isinf(r.did.high) && r.did.high > 0);
    assert_true(isnan(r.pretrend_p));             /* one pre-period */
    assert_int_equal(r.placebo_start, -1);
    il_did_destroy(&r);
}

/*
 * Five units, periods pre, pre, post, outcomes 0 before: z = (5, 4, 0, 1,
 * 0.5), units 0 and 1 treated: 4.5 - 0.5 = 4. Over the 10 assignments of
 * two treated units, estimate = (5/6)(z_i + z_j) - 3.5, at least 4 in
 * absolute value only for z_i + z_j >= 9: units 0 and 1 alone: p = 1/10.
 * The pre-period differences are 0: pre-trend statistic 0, p = 1.
 */
static void test_did_enumerated(void **state)
{
    double y[15] = { 0 };
    const double z[5] = { 5, 4, 0, 1, 0.5 };
    const int treated[5] = { 1, 1, 0, 0, 0 }, post[3] = { 0, 0, 1 };
    il_did_design_t d = { 5, 3, y, treated, post };
    il_did_options_t o = IL_DID_OPTIONS_INIT;
    il_did_result_t r;
    int u;
    (void) state;
    for (u = 0; u < 5; u++) {
        y[u * 3 + 2] = z[u];
    }
    assert_int_equal(il_did(&d, &o, &r), IGRAPH_SUCCESS);
    assert_near(r.did.estimate, 4, 1e-15);
    assert_int_equal(r.assignments, 10);
    assert_near(r.did.p_value, 0.1, 1e-15);
    assert_int_equal(r.reference, 1);
    assert_near(r.event[2].estimate, 4, 1e-15);
    assert_near(r.event[0].estimate, 0, 1e-15);
    assert_near(r.pretrend_stat, 0, 0);
    assert_near(r.pretrend_p, 1, 0);
    assert_true(isinf(r.did.high));               /* 10 assignments: p >= 0.1 always */
    il_did_destroy(&r);

    o.permutations = 0;                           /* no inference asked */
    assert_int_equal(il_did(&d, &o, &r), IGRAPH_SUCCESS);
    assert_near(r.did.estimate, 4, 1e-15);
    assert_true(isnan(r.did.p_value) && isnan(r.did.low));
    il_did_destroy(&r);
}

/* Outliers by modified z-score: x = (1, 2, 3, 4, 100): median 3, MAD 1. */
static void test_modified_z(void **state)
{
    const double x[5] = { 1, 2, 3, 4, 100 };
    const int use[5] = { 1, 1, 1, 1, 1 };
    double z[5];
    (void) state;
    assert_int_equal(il_modified_z(x, use, 5, z), IGRAPH_SUCCESS);
    assert_near(z[4], 0.6745 * 97, 1e-12);
    assert_near(z[0], -1.349, 1e-12);
    assert_near(z[2], 0, 0);
}

/*
 * Eight units over six periods (four before the start, two after); unit 7
 * rises by 1 a period before the start and stays, the others wobble by at
 * most 0.04: unit 7 alone is flagged (pre-trend and placebo), and leaving
 * it out moves the estimate.
 */
static void test_did_flags(void **state)
{
    double y[48];
    const int treated[8] = { 1, 0, 0, 0, 0, 0, 0, 0 }, post[6] = { 0, 0, 0, 0, 1, 1 };
    il_did_design_t d = { 8, 6, y, treated, post };
    il_did_options_t o = IL_DID_OPTIONS_INIT;
    il_did_result_t r;
    int u, k;
    (void) state;
    for (u = 0; u < 8; u++) {
        for (k = 0; k < 6; k++) {
            y[u * 6 + k] = 0.01 * ((u * 7 + k * 3) % 5) + (u == 0 && k >= 4 ? 1.0 : 0.0);
            if (u == 7) {
                y[u * 6 + k] = k < 4 ? k : 3;
            }
        }
    }
    assert_int_equal(il_did(&d, &o, &r), IGRAPH_SUCCESS);
    for (u = 0; u < 8; u++) {
        assert_int_equal(r.unit_flag[u] != 0, u == 7);
    }
    assert_true(r.unit_flag[7] == 3);
    assert_int_equal(r.flagged_controls, 1);
    assert_int_equal(r.without_flagged.controls, 6);
    assert_true(fabs(r.without_flagged.estimate - 1.0) < 0.05);
    il_did_destroy(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_time_values, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_durations, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_windows, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_window_graphs, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_bad_times, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_community_match, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_did_2x2, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_did_enumerated, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_modified_z, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_did_flags, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests_name("panel", tests, NULL, NULL);
}
