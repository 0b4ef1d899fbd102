/*
 * The core module's process-wide state: igraph's error and warning
 * handlers installed by il_setup() and given back by il_teardown(); and
 * the version compiled against agreeing with the version linked.
 */
#include "test_util.h"

static int error_calls, warning_calls, received;

/* Stand-ins for an embedding program's own igraph handlers. */
static void count_error(const char *reason, const char *file, int line, igraph_error_t err)
{
    (void) reason;
    (void) file;
    (void) line;
    (void) err;
    error_calls++;
    IGRAPH_FINALLY_FREE();
}

static void count_warning(const char *reason, const char *file, int line)
{
    (void) reason;
    (void) file;
    (void) line;
    warning_calls++;
}

static void receive_warning(const char *message, void *arg)
{
    (void) message;
    (void) arg;
    received++;
}

static igraph_error_t raise_error(void)
{
    IGRAPH_ERROR("Reason raised by the test.", IGRAPH_EINVAL);
}

static void raise_warning(void)
{
    IGRAPH_WARNING("Warning raised by the test.");
}

/*
 * 2026-12-03: il_setup() replaced igraph's handlers without keeping them,
 * so a program embedding libinnolink could not get its own back. Now
 * il_teardown() restores them, and a second il_setup() must not save
 * innolink's own handlers over the program's.
 */
static void test_setup_teardown_handlers(void **state)
{
    igraph_error_handler_t *outer_error;
    igraph_warning_handler_t *outer_warning;
    (void) state;
    il_teardown();                      /* undo tu_setup(): the state before il_setup() */
    il_teardown();                      /* without il_setup(): nothing to do */
    outer_error = igraph_set_error_handler(count_error);
    outer_warning = igraph_set_warning_handler(count_warning);

    il_setup();
    il_setup();                         /* idempotent */
    il_warning_set(receive_warning, NULL);
    error_calls = warning_calls = received = 0;
    assert_int_equal(raise_error(), IGRAPH_EINVAL);
    assert_string_equal(il_last_error(), "Reason raised by the test.");
    raise_warning();
    assert_int_equal(error_calls, 0);   /* innolink's handlers are in charge */
    assert_int_equal(warning_calls, 0);
    assert_int_equal(received, 1);

    il_teardown();                      /* the program's handlers are back */
    il_clear_error();
    assert_int_equal(raise_error(), IGRAPH_EINVAL);
    raise_warning();
    assert_int_equal(error_calls, 1);
    assert_int_equal(warning_calls, 1);
    assert_int_equal(received, 1);
    assert_string_equal(il_last_error(), "");
    il_teardown();                      /* a second teardown changes nothing */
    assert_ptr_equal(igraph_set_error_handler(outer_error), count_error);
    assert_ptr_equal(igraph_set_warning_handler(outer_warning), count_warning);

    il_warning_set(NULL, NULL);
    il_setup();                         /* as tu_setup() left it */
}

/* The runtime version (the library linked) and the compile-time one agree. */
static void test_version(void **state)
{
    int major = -1, minor = -1, patch = -1;
    char built[32];
    (void) state;
    assert_string_equal(il_version(), IL_VERSION);
    il_version_numbers(&major, &minor, &patch);
    assert_int_equal(major, IL_VERSION_MAJOR);
    assert_int_equal(minor, IL_VERSION_MINOR);
    assert_int_equal(patch, IL_VERSION_PATCH);
    snprintf(built, sizeof built, "%d.%d.%d", major, minor, patch);
    assert_string_equal(built, IL_VERSION);
    assert_string_equal(IL_VERSION, "0.1.0");
    il_version_numbers(NULL, &minor, NULL);     /* any pointer may be NULL */
    assert_int_equal(minor, IL_VERSION_MINOR);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_setup_teardown_handlers, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_version, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests_name("setup", tests, NULL, NULL);
}
