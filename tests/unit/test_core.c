/*
 * The reusable units of src/core that the analyses rest on: seeded
 * generator scopes (core/rng.h) and the worker process pool (core/pool.h).
 */
#include "test_util.h"
#include "core/pool.h"
#include "core/rng.h"
#include "core/threads.h"

#include <errno.h>
#include <omp.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>

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

static igraph_error_t fail_inside_serial_scope(int *inside)
{
    il_serial_scope_t scope;
    il_serial_scope_begin(&scope);
    IGRAPH_FINALLY(il_serial_scope_end, &scope);
    *inside = omp_get_max_threads();
    IGRAPH_ERROR("Deliberate failure.", IGRAPH_EINVAL);
}

/* A one-thread scope (PageRank's) holds OpenMP to one thread inside, and
 * gives the caller its count back at the end and when an error unwinds
 * through IGRAPH_FINALLY; ending twice is harmless. */
static void test_serial_scope(void **state)
{
    il_serial_scope_t scope;
    int threads = omp_get_max_threads(), inside = 0;
    (void) state;
    omp_set_num_threads(3);
    il_serial_scope_begin(&scope);
    assert_int_equal(omp_get_max_threads(), 1);
    il_serial_scope_end(&scope);
    il_serial_scope_end(&scope);
    assert_int_equal(omp_get_max_threads(), 3);
    assert_int_equal(fail_inside_serial_scope(&inside), IGRAPH_EINVAL);
    assert_int_equal(inside, 1);
    assert_int_equal(omp_get_max_threads(), 3);
    omp_set_num_threads(threads);
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

/* ---- Worker process pool --------------------------------------------------- */

/* A task of 37 blocks; block b gives b % 5 + 1 doubles b + i / 8. What the
 * blocks do depends on the mode. */
enum { POOL_PLAIN, POOL_FAIL, POOL_DIE, POOL_DEAF, POOL_FLUSH };

typedef struct pool_probe {
    int mode;
    igraph_integer_t order[64];     /* blocks in the order combine saw them */
    igraph_integer_t ncombined;
    double sum;                     /* a sum whose rounding depends on order */
} pool_probe_t;

static size_t probe_size(igraph_integer_t b, void *arg)
{
    (void) arg;
    return (size_t) (b % 5 + 1);
}

static igraph_error_t probe_compute(igraph_integer_t b, double *out, void *arg)
{
    pool_probe_t *p = arg;
    size_t i;
    if (p->mode == POOL_FAIL && b == 3) {
        IGRAPH_ERROR("Block three fails.", IGRAPH_EINVAL);
    }
    if (p->mode == POOL_DIE && b == 3) {
        _exit(3);
    }
    if (p->mode == POOL_FLUSH) {
        fflush(NULL);       /* as libc's clean-up does at exit under valgrind */
    }
    if (p->mode == POOL_DEAF) {
        int fd;
        for (fd = 3; fd < 256; fd++) {      /* the worker stops reading its socket */
            (void) shutdown(fd, SHUT_RD);
        }
    }
    for (i = 0; i < probe_size(b, arg); i++) {
        out[i] = (double) b + (double) i / 8.0 + 1e-17 * (double) b;
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t probe_combine(igraph_integer_t b, const double *in, void *arg)
{
    pool_probe_t *p = arg;
    size_t i;
    p->order[p->ncombined++] = b;
    for (i = 0; i < probe_size(b, arg); i++) {
        p->sum = p->sum * 0.999 + in[i];
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t probe_run(pool_probe_t *p, int mode, igraph_integer_t nblocks,
                                igraph_integer_t jobs)
{
    il_pool_task_t t;
    memset(p, 0, sizeof *p);
    p->mode = mode;
    t.nblocks = nblocks;
    t.size = probe_size;
    t.compute = probe_compute;
    t.combine = probe_combine;
    t.arg = p;
    t.name = "probe";
    t.failure = "Probe in worker processes";
    il_clear_error();
    return il_pool_run(&t, jobs);
}

/* No child of this process is left, running or as a zombie. */
static void assert_no_children(void)
{
    assert_int_equal(waitpid(-1, NULL, WNOHANG), -1);
    assert_int_equal(errno, ECHILD);
}

/* Blocks are combined in order and the result is the same for any jobs. */
static void test_pool_order(void **state)
{
    pool_probe_t one, many;
    igraph_integer_t jobs[] = { 2, 3, 7, 100 }, b;
    size_t j;
    (void) state;
    assert_int_equal(probe_run(&one, POOL_PLAIN, 37, 1), IGRAPH_SUCCESS);
    assert_int_equal(one.ncombined, 37);
    for (b = 0; b < 37; b++) {
        assert_int_equal(one.order[b], b);
    }
    for (j = 0; j < sizeof jobs / sizeof jobs[0]; j++) {
        assert_int_equal(probe_run(&many, POOL_PLAIN, 37, jobs[j]), IGRAPH_SUCCESS);
        assert_memory_equal(one.order, many.order, sizeof one.order);
        assert_memory_equal(&one.sum, &many.sum, sizeof one.sum);
        assert_no_children();
    }
    assert_int_equal(probe_run(&many, POOL_PLAIN, 0, 4), IGRAPH_SUCCESS);
    assert_int_equal(many.ncombined, 0);
    assert_int_equal(probe_run(&many, POOL_PLAIN, 5, 0), IGRAPH_EINVAL);
}

/*
 * 2026-12-03: a report written to a FILE while a null ensemble forked its
 * workers came out with a piece twice under valgrind (whose libc clean-up
 * flushes the stdio buffers a worker inherited). The pool writes the
 * buffers out before it forks: a worker that flushes finds nothing.
 */
static void test_pool_flushes_before_fork(void **state)
{
    pool_probe_t p;
    FILE *f = tmpfile();
    char buf[64];
    size_t got;
    (void) state;
    assert_non_null(f);
    assert_int_equal(setvbuf(f, NULL, _IOFBF, 4096), 0);
    fputs("once\n", f);
    assert_int_equal(probe_run(&p, POOL_FLUSH, 8, 2), IGRAPH_SUCCESS);
    assert_no_children();
    rewind(f);
    got = fread(buf, 1, sizeof buf - 1, f);
    buf[got] = '\0';
    assert_string_equal(buf, "once\n");
    fclose(f);
}

/* A worker's error is the pool's error, with the worker's reason. */
static void test_pool_worker_error(void **state)
{
    pool_probe_t p;
    (void) state;
    assert_int_equal(probe_run(&p, POOL_FAIL, 37, 3), IGRAPH_FAILURE);
    assert_string_equal(il_last_error(), "Probe in worker processes: Block three fails.");
    assert_no_children();
    assert_int_equal(probe_run(&p, POOL_FAIL, 37, 1), IGRAPH_EINVAL);
    assert_string_equal(il_last_error(), "Block three fails.");
}

/* A worker that dies is an error, and nothing is left behind. */
static void test_pool_worker_dies(void **state)
{
    pool_probe_t p;
    (void) state;
    assert_int_equal(probe_run(&p, POOL_DIE, 37, 4), IGRAPH_FAILURE);
    assert_string_equal(il_last_error(),
                        "Probe in worker processes: A worker process ended unexpectedly.");
    assert_no_children();
}

/* 2026-12-03: the pool ignored SIGPIPE through sigaction() for the time of
 * the call, changing the process's signal dispositions from inside the
 * library (the issue "The library owns every pipeline"). Now a peer that
 * stopped reading gives EPIPE: with SIGPIPE at its default (terminate),
 * this process lives on and its disposition is unchanged. */
static void test_pool_no_sigpipe(void **state)
{
    pool_probe_t p;
    struct sigaction dfl, before, after;
    igraph_error_t rc;
    (void) state;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    assert_int_equal(sigaction(SIGPIPE, &dfl, &before), 0);
    /* two blocks, two deaf workers: the stop message meets a closed socket */
    assert_int_equal(probe_run(&p, POOL_DEAF, 2, 2), IGRAPH_SUCCESS);
    assert_int_equal(p.ncombined, 2);
    /* more blocks than workers: handing out the next block fails */
    rc = probe_run(&p, POOL_DEAF, 37, 2);
    assert_int_equal(rc, IGRAPH_FAILURE);
    assert_string_equal(il_last_error(),
                        "Probe in worker processes: A worker process ended unexpectedly.");
    assert_int_equal(sigaction(SIGPIPE, NULL, &after), 0);
    assert_true(after.sa_handler == SIG_DFL);
    assert_int_equal(sigaction(SIGPIPE, &before, NULL), 0);
    assert_no_children();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_rng_scope_stream, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_rng_scope_nested, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_rng_scope_error, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_serial_scope, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_analyses_keep_default_rng, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_pool_order, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_pool_flushes_before_fork, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_pool_worker_error, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_pool_worker_dies, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_pool_no_sigpipe, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests_name("core", tests, NULL, NULL);
}
