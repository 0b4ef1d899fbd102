/*
 * Nothing left behind (issue 17): the registry a signal handler walks
 * (core/cleanup.h), temporary output names beside long names, messages
 * longer than igraph's 500 bytes, and paths shown in messages.
 */
#include "test_util.h"
#include "core/cleanup.h"

#include <errno.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>

static int exists(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0;
}

/* Short paths are shown whole; long ones keep their start and their file
 * name, and never split a UTF-8 character. */
static void test_path_shown(void **state)
{
    char buf[IL_PATH_SHOWN_MAX], path[5200];
    const char *s;
    size_t i;
    (void) state;
    s = il_path_shown("data/edges.csv", buf);
    assert_string_equal(s, "data/edges.csv");
    for (i = 0; i < 5000; i++) {
        path[i] = i % 50 == 49 ? '/' : 'd';
    }
    strcpy(path + 5000, "edges.csv");
    s = il_path_shown(path, buf);
    assert_ptr_equal(s, buf);
    assert_true(strlen(s) < IL_PATH_SHOWN_MAX);
    assert_memory_equal(s, path, 60);
    assert_memory_equal(s + 60, "...", 3);
    assert_string_equal(s + strlen(s) - 10, "/edges.csv");
    /* Hangul (3 bytes a character): the cuts fall between characters */
    for (i = 0; i < 1500; i++) {
        memcpy(path + 3 * i, "\xED\x95\x9C", 3);
    }
    path[4500] = '\0';
    s = il_path_shown(path, buf);
    assert_true(il_utf8_valid(s, strlen(s), &i));
    assert_true(strlen(s) < IL_PATH_SHOWN_MAX);
}

static igraph_error_t raise_long(const char *text)
{
    IL_ERRORF("%s: the reason comes last.", IGRAPH_EINVAL, text);
}

/* IL_ERRORF keeps a reason longer than igraph's 500-byte buffer. */
static void test_long_reason(void **state)
{
    char text[3001];
    (void) state;
    memset(text, 'x', 3000);
    text[3000] = '\0';
    il_clear_error();
    assert_int_equal(raise_long(text), IGRAPH_EINVAL);
    assert_int_equal(strlen(il_last_error()), 3000 + strlen(": the reason comes last."));
    assert_string_equal(il_last_error() + 3000, ": the reason comes last.");
}

/* A registered file is removed by il_cleanup_run() in the process that
 * registered it, and left alone by a forked child running it. */
static void test_cleanup_file(void **state)
{
    const char *path = tu_file(0, "x");
    int slot, status;
    pid_t pid;
    (void) state;
    slot = il_cleanup_file_add(path);
    assert_true(slot >= 0);
    pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        il_cleanup_run();       /* the parent's slot: not ours */
        _exit(exists(path) ? 0 : 1);
    }
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    assert_true(exists(path));
    il_cleanup_run();
    assert_false(exists(path));
    il_cleanup_file_drop(slot);
    /* a dropped slot is not removed again */
    path = tu_file(0, "x");
    il_cleanup_run();
    assert_true(exists(path));
    unlink(path);
}

/* A registered worker is killed and reaped: no child, no zombie. */
static void test_cleanup_child(void **state)
{
    pid_t pid;
    int slot;
    (void) state;
    pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        for (;;) {
            pause();
        }
    }
    slot = il_cleanup_child_add(pid);
    assert_true(slot >= 0);
    il_cleanup_run();
    assert_int_equal(waitpid(pid, NULL, WNOHANG), -1);
    assert_int_equal(errno, ECHILD);
    il_cleanup_child_drop(slot);
}

/* An open output's temporary file is registered until commit or abort:
 * a handler calling il_cleanup_run() removes it. */
static void test_output_registered(void **state)
{
    char dir[] = "/tmp/il-unit-out-XXXXXX", path[600];
    il_output_t o;
    (void) state;
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/out.txt", dir);
    assert_int_equal(il_output_open(&o, path), IGRAPH_SUCCESS);
    assert_true(o.slot >= 0);
    assert_true(exists(o.tmp));
    fputs("partial", o.fp);
    il_cleanup_run();           /* what the command line's handler does */
    assert_false(exists(o.tmp));
    il_output_abort(&o);
    assert_false(exists(path));
    /* committed: renamed into place, no longer registered */
    assert_int_equal(il_output_open(&o, path), IGRAPH_SUCCESS);
    fputs("whole", o.fp);
    assert_int_equal(il_output_commit(&o), IGRAPH_SUCCESS);
    assert_int_equal(o.slot, -1);
    il_cleanup_run();
    assert_true(exists(path));
    unlink(path);
    rmdir(dir);
}

/* A 255-byte name (the folder's limit) gets a temporary name of 255 bytes. */
static void test_output_long_name(void **state)
{
    char dir[] = "/tmp/il-unit-out-XXXXXX", path[600];
    const char *base;
    il_output_t o;
    size_t n;
    (void) state;
    assert_non_null(mkdtemp(dir));
    n = (size_t) snprintf(path, sizeof path, "%s/", dir);
    memset(path + n, 'a', 255);
    path[n + 255] = '\0';
    assert_int_equal(il_output_open(&o, path), IGRAPH_SUCCESS);
    base = strrchr(o.tmp, '/') + 1;
    assert_int_equal(strlen(base), 255);
    assert_int_equal(base[0], '.');
    assert_int_equal(il_output_commit(&o), IGRAPH_SUCCESS);
    assert_true(exists(path));
    unlink(path);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_path_shown, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_long_reason, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_cleanup_file, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_cleanup_child, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_output_registered, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_output_long_name, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
