/*
 * The reusable units of src/core that the analyses rest on: seeded
 * generator scopes (core/rng.h).
 */
#include "test_util.h"
#include "core/rng.h"

/* n draws of 0..10^6 from igraph's default generator. */
static void draw(igraph_integer_t *out, int n)
{
    int i;
    for (i = 0; i < n; i++) {
        out[i] = RNG_INTEGER(0, 1000000);
    }
}

/* A scope draws what the default seeded with the same seed draws, and the
 * caller's generator continues afterwards as if nothing had happened. */
static void test_rng_scope_stream(void **state)
{
    il_rng_scope_t scope;
    igraph_integer_t seeded[8], scoped[8], caller[8], after[8];
    (void) state;
    igraph_rng_seed(igraph_rng_default(), 42);
    draw(seeded, 8);
    igraph_rng_seed(igraph_rng_default(), 7);
    draw(caller, 4);
    igraph_rng_seed(igraph_rng_default(), 7);
    draw(after, 2);
    assert_int_equal(il_rng_scope_begin(&scope, 42), IGRAPH_SUCCESS);
    draw(scoped, 8);
    il_rng_scope_end(&scope);
    draw(after + 2, 2);
    assert_memory_equal(seeded, scoped, sizeof seeded);
    assert_memory_equal(caller, after, 4 * sizeof caller[0]);
    il_rng_scope_end(&scope);       /* a second end does nothing */
}

/* Nested scopes restore in order. */
static void test_rng_scope_nested(void **state)
{
    il_rng_scope_t outer, inner;
    igraph_integer_t plain[3], nested[3];
    (void) state;
    igraph_rng_seed(igraph_rng_default(), 1);
    draw(plain, 3);
    assert_int_equal(il_rng_scope_begin(&outer, 1), IGRAPH_SUCCESS);
    draw(nested, 1);
    assert_int_equal(il_rng_scope_begin(&inner, 99), IGRAPH_SUCCESS);
    il_rng_scope_end(&inner);
    draw(nested + 1, 2);
    il_rng_scope_end(&outer);
    assert_memory_equal(plain, nested, sizeof plain);
}

static igraph_error_t fail_inside_scope(void)
{
    il_rng_scope_t scope;
    IGRAPH_CHECK(il_rng_scope_begin(&scope, 3));
    IGRAPH_FINALLY(il_rng_scope_end, &scope);
    (void) RNG_INTEGER(0, 10);
    IGRAPH_ERROR("Deliberate failure.", IGRAPH_EINVAL);
}

/* An error unwinds through IGRAPH_FINALLY and restores the caller's generator. */
static void test_rng_scope_error(void **state)
{
    igraph_integer_t want[2], got[2];
    (void) state;
    igraph_rng_seed(igraph_rng_default(), 5);
    draw(want, 2);
    igraph_rng_seed(igraph_rng_default(), 5);
    draw(got, 1);
    assert_int_equal(fail_inside_scope(), IGRAPH_EINVAL);
    draw(got + 1, 1);
    assert_memory_equal(want, got, sizeof want);
}

/* 2026-12-03: seeded analyses reseeded igraph's process-wide default
 * generator, changing the stream of a program that embeds libinnolink
 * (the issue "The library owns every pipeline"). They leave it alone now. */
static void test_analyses_keep_default_rng(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_summary_options_t so = IL_SUMMARY_OPTIONS_INIT;
    il_centrality_options_t co = IL_CENTRALITY_OPTIONS_INIT;
    il_communities_options_t mo = IL_COMMUNITIES_OPTIONS_INIT;
    il_summary_t s;
    il_centrality_t c;
    il_communities_t m;
    igraph_integer_t want[2], got[2];
    (void) state;
    assert_int_equal(tu_load(&g, "source,target\na,b\nb,c\nc,a\nc,d\nd,e\ne,f\nf,d\n", NULL,
                             NULL), IGRAPH_SUCCESS);
    igraph_rng_seed(igraph_rng_default(), 11);
    draw(want, 2);
    igraph_rng_seed(igraph_rng_default(), 11);
    draw(got, 1);
    so.paths = IL_PATHS_SAMPLE;
    so.samples = 3;
    assert_int_equal(il_summary(&g, &so, &s), IGRAPH_SUCCESS);
    co.samples = 3;
    assert_int_equal(il_centrality(&g, &co, &c), IGRAPH_SUCCESS);
    assert_int_equal(il_communities_detect(&g, &mo, &m), IGRAPH_SUCCESS);
    draw(got + 1, 1);
    assert_memory_equal(want, got, sizeof want);
    il_communities_destroy(&m);
    il_centrality_destroy(&c);
    il_graph_destroy(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_rng_scope_stream, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_rng_scope_nested, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_rng_scope_error, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_analyses_keep_default_rng, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests_name("core", tests, NULL, NULL);
}
