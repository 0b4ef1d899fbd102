/*
 * Shared helpers for innolink's cmocka unit tests: fixture graphs from
 * edge arrays, assert_near() (cmocka 1.1.5 has no double compare), and the
 * check that igraph's finally stack is empty after every test.
 */
#ifndef IL_TEST_UTIL_H
#define IL_TEST_UTIL_H

#include "innolink.h"

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#define assert_near(a, b, tol) do { \
        double a_ = (a), b_ = (b); \
        if (!(fabs(a_ - b_) <= (tol))) { \
            fail_msg("%s = %.12g, expected %.12g (tolerance %g)", #a, a_, b_, (double) (tol)); \
        } \
    } while (0)

/* Build a graph from ids "a","b",... given as pairs; weights may be NULL. */
static inline void tu_graph(il_graph_t *g, int directed, const char *const *pairs, size_t m,
                            const double *w)
{
    il_graph_builder_t *b;
    size_t e;
    assert_int_equal(il_graph_builder_new(&b, directed, IL_DUP_SUM, IL_LOOP_DROP), IGRAPH_SUCCESS);
    for (e = 0; e < m; e++) {
        uint32_t u, v;
        il_edge_outcome_t out;
        assert_int_equal(il_graph_builder_add_vertex(b, pairs[2 * e], strlen(pairs[2 * e]), &u, NULL), 0);
        assert_int_equal(il_graph_builder_add_vertex(b, pairs[2 * e + 1], strlen(pairs[2 * e + 1]), &v, NULL), 0);
        assert_int_equal(il_graph_builder_add_edge(b, u, v, w ? w[e] : 1.0, NULL, NULL, 0, &out, NULL), 0);
    }
    assert_int_equal(il_graph_builder_finish(b, g), IGRAPH_SUCCESS);
    il_graph_builder_free(b);
}

/* Write text to a fresh temporary file; returns its path (static buffer per slot). */
static inline const char *tu_file(int slot, const char *text)
{
    static char path[8][64];
    FILE *fp;
    snprintf(path[slot], sizeof path[slot], "/tmp/il-unit-%d-%d.csv", (int) getpid(), slot);
    fp = fopen(path[slot], "wb");
    assert_non_null(fp);
    fwrite(text, 1, strlen(text), fp);
    fclose(fp);
    return path[slot];
}

/* Load edges (and nodes) text with default options; returns the error code. */
static inline igraph_error_t tu_load(il_graph_t *g, const char *edges, const char *nodes,
                                     il_load_options_t *opts)
{
    il_load_options_t def = IL_LOAD_OPTIONS_INIT;
    igraph_error_t rc;
    if (!opts) {
        opts = &def;
    }
    il_clear_error();
    opts->edges_path = tu_file(0, edges);
    opts->nodes_path = nodes ? tu_file(1, nodes) : NULL;
    rc = il_load_graph(opts, g);
    unlink(opts->edges_path);
    if (nodes) {
        unlink(opts->nodes_path);
    }
    return rc;
}

static inline int tu_setup(void **state)
{
    (void) state;
    il_setup();
    il_clear_error();
    return 0;
}

static inline int tu_teardown(void **state)
{
    (void) state;
    assert_true(IGRAPH_FINALLY_STACK_EMPTY);
    return 0;
}

#endif /* IL_TEST_UTIL_H */
