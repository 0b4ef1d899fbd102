/*
 * Jobs, their option tables and run specs (src/pipeline): the words of a
 * refused value, the by-name interface, and a spec that reads and writes
 * relative to its folder without changing the working folder.
 */
#include "test_util.h"

#include <sys/stat.h>

typedef struct opts {
    igraph_integer_t count;
    double share;
    int mode;
    int flag;
} opts_t;

static const il_opt_choice_t modes[] = {
    { "auto", 0 }, { "exact", 1 }, { "sample", 2 }, { "skip", 3 }, { NULL, 0 }
};

static const il_optdef_t table[] = {
    IL_OPTDEF_INT("count", opts_t, count, 1, 1000),
    IL_OPTDEF_INT("open", opts_t, count, 0, IL_OPT_NO_MAX),
    { .name = "share", .kind = IL_OPT_REAL, .offset = offsetof(opts_t, share), .min = 0,
      .max = 1, .expect = "a share from 0 to 1" },
    { .name = "above", .kind = IL_OPT_REAL, .offset = offsetof(opts_t, share), .min = 0,
      .max = IL_OPT_NO_MAX, .flags = IL_OPT_ABOVE_MIN },
    IL_OPTDEF_CHOICE("mode", opts_t, mode, modes, NULL),
    IL_OPTDEF_FLAG("flag", opts_t, flag),
    { .name = NULL }
};

/* Each kind of value is checked, and a refusal says what was expected. */
static void test_option_words(void **state)
{
    opts_t o = { 5, 0.5, 0, 0 };
    char why[256];
    (void) state;
    assert_true(il_optdef_set(il_optdef_find(table, "count"), &o, "17", why, sizeof why));
    assert_int_equal(o.count, 17);
    assert_false(il_optdef_set(il_optdef_find(table, "count"), &o, "0", why, sizeof why));
    assert_string_equal(why, "expected a whole number from 1 to 1000, not '0'");
    assert_int_equal(o.count, 17);                  /* a refused value changes nothing */
    assert_false(il_optdef_set(il_optdef_find(table, "open"), &o, "-1", why, sizeof why));
    assert_string_equal(why, "expected a whole number >= 0, not '-1'");
    assert_false(il_optdef_set(il_optdef_find(table, "open"), &o, "1e3", why, sizeof why));
    assert_false(il_optdef_set(il_optdef_find(table, "share"), &o, "1.5", why, sizeof why));
    assert_string_equal(why, "expected a share from 0 to 1, not '1.5'");
    assert_false(il_optdef_set(il_optdef_find(table, "share"), &o, "0x1p-1", why, sizeof why));
    assert_false(il_optdef_set(il_optdef_find(table, "above"), &o, "0", why, sizeof why));
    assert_string_equal(why, "expected a number > 0, not '0'");
    assert_true(il_optdef_set(il_optdef_find(table, "mode"), &o, "sample", why, sizeof why));
    assert_int_equal(o.mode, 2);
    assert_false(il_optdef_set(il_optdef_find(table, "mode"), &o, "Sample", why, sizeof why));
    assert_string_equal(why, "expected auto, exact, sample or skip, not 'Sample'");
    assert_true(il_optdef_set(il_optdef_find(table, "flag"), &o, NULL, why, sizeof why));
    assert_int_equal(o.flag, 1);
    assert_null(il_optdef_find(table, "nothing"));
}

/* A job's arguments by name: own, input and output options, operands. */
static void test_job_args(void **state)
{
    const il_job_t *job = il_job_find("centrality");
    const char *ops[] = { "a.csv", "b.csv" };
    il_job_args_t *a;
    (void) state;
    assert_non_null(job);
    assert_null(il_job_find("bogus"));
    a = il_job_args_new(job);
    assert_non_null(a);
    assert_true(il_job_args_set(a, "seed", "7"));
    assert_true(il_job_args_given(a, "seed"));
    assert_false(il_job_args_given(a, "samples"));
    assert_true(il_job_args_set(a, "where", "year>=2015"));
    assert_true(il_job_args_set(a, "format", "json"));
    assert_false(il_job_args_set(a, "permutations", "10"));
    assert_string_equal(il_job_args_why(a), "not an option of 'centrality'");
    assert_false(il_job_args_set(a, "measures", "fame"));
    assert_non_null(strstr(il_job_args_why(a), "unknown measure 'fame'"));
    assert_false(il_job_args_set(a, "where", "year"));
    assert_false(il_job_args_operands(a, ops, 0));
    assert_string_equal(il_job_args_why(a), "missing EDGES file");
    assert_false(il_job_args_operands(a, ops, 2));
    assert_string_equal(il_job_args_why(a), "unexpected argument 'b.csv'");
    assert_true(il_job_args_operands(a, ops, 1));
    assert_true(il_job_args_set(a, "radius", "2"));
    assert_int_equal(il_job_args_check(a), IGRAPH_EINVAL);     /* --radius without --ego */
    assert_string_equal(il_last_error(), "--radius needs --ego NODE");
    il_clear_error();
    il_job_args_free(a);
}

/* A spec's paths are relative to its folder; the working folder stays. */
static void test_spec_folder(void **state)
{
    char dir[128], before[4096], after[4096], path[256];
    size_t failed = 0;
    FILE *fp;
    (void) state;
    snprintf(dir, sizeof dir, "/tmp/il-unit-spec-%d", (int) getpid());
    assert_int_equal(mkdir(dir, 0700), 0);
    snprintf(path, sizeof path, "%s/e.csv", dir);
    fp = fopen(path, "w");
    assert_non_null(fp);
    fputs("source,target\na,b\nb,c\n", fp);
    fclose(fp);
    snprintf(path, sizeof path, "%s/spec.json", dir);
    fp = fopen(path, "w");
    assert_non_null(fp);
    fputs("{\"input\": {\"edges\": \"e.csv\"}, \"analyses\": [{\"command\": \"summary\", "
          "\"format\": \"json\", \"output\": \"s.json\"}]}", fp);
    fclose(fp);
    assert_non_null(getcwd(before, sizeof before));
    assert_int_equal(il_spec_run(path, NULL, &failed), IGRAPH_SUCCESS);
    assert_non_null(getcwd(after, sizeof after));
    assert_string_equal(before, after);
    snprintf(path, sizeof path, "%s/s.json", dir);
    assert_int_equal(access(path, R_OK), 0);
    unlink(path);
    snprintf(path, sizeof path, "%s/e.csv", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/spec.json", dir);
    unlink(path);
    rmdir(dir);
}

/* il_path_resolve joins a relative path to a folder, and leaves the rest. */
static void test_path_resolve(void **state)
{
    char *s;
    (void) state;
    s = il_path_resolve("cases/x", "out/a.json");
    assert_string_equal(s, "cases/x/out/a.json");
    free(s);
    s = il_path_resolve("cases/x", "/abs/a.json");
    assert_string_equal(s, "/abs/a.json");
    free(s);
    s = il_path_resolve("", "a.json");
    assert_string_equal(s, "a.json");
    free(s);
    s = il_path_resolve("d", "-");
    assert_string_equal(s, "-");
    free(s);
    assert_null(il_path_resolve("d", NULL));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_option_words, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_job_args, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_spec_folder, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_path_resolve, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests_name("pipeline", tests, NULL, NULL);
}
