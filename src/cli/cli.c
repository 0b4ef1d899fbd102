/*
 * The one command-line driver: a job's option tables become getopt's long
 * options, each value goes to the library by name, and the library's
 * answer becomes an exit status.
 */
#include "cli/cli.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static void print_lines(const char *const *lines, FILE *out)
{
    for (; lines && *lines; lines++) {
        fprintf(out, "%s\n", *lines);
    }
}

/**
 * \function il_cli_help
 * \brief A command's synopsis, its own options and the shared ones.
 */
void il_cli_help(const struct il_command *cmd, FILE *out)
{
    fprintf(out, "usage: %s\n\n", cmd->synopsis);
    if (cmd->help && cmd->help[0]) {
        print_lines(cmd->help, out);
        fputc('\n', out);
    }
    if (!cmd->job) {
        return;
    }
    print_lines(il_job_input_help(), out);
    fputc('\n', out);
    print_lines(il_job_output_help(), out);
}

/**
 * \function il_usage_error
 * \brief Report a command-line mistake with the synopsis; IL_EXIT_USAGE.
 */
int il_usage_error(const struct il_command *cmd, const char *fmt, ...)
{
    va_list ap;
    fputs("innolink: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nusage: %s\nTry 'innolink %s --help' for the options.\n",
            cmd->synopsis, cmd->name);
    il_clear_error();
    return IL_EXIT_USAGE;
}

/**
 * \function il_data_error
 * \brief Print the recorded library error on stderr; IL_EXIT_DATA.
 */
int il_data_error(void)
{
    const char *msg = il_last_error();
    fprintf(stderr, "innolink: error: %s\n", msg[0] ? msg : "unknown failure");
    il_clear_error();
    return IL_EXIT_DATA;
}

/* getopt's long options from the job's tables; val = index into defs[]. */
struct cli_opts {
    struct option *longs;
    const il_optdef_t **defs;
    size_t n;
};

static int add_table(struct cli_opts *o, const il_optdef_t *t)
{
    for (; t && t->name; t++) {
        struct option *l = &o->longs[o->n];
        l->name = t->name;
        l->has_arg = il_optdef_takes_value(t) ? required_argument : no_argument;
        l->flag = NULL;
        l->val = 1000 + (int) o->n;
        o->defs[o->n++] = t;
    }
    return 0;
}

static size_t table_size(const il_optdef_t *t)
{
    size_t n = 0;
    while (t && t[n].name) {
        n++;
    }
    return n;
}

static int cli_opts_build(const il_job_t *job, struct cli_opts *o)
{
    size_t cap = table_size(job->options) + table_size(il_job_input_options()) +
                 table_size(il_job_output_options()) + 2;
    o->n = 0;
    o->longs = calloc(cap, sizeof *o->longs);
    o->defs = calloc(cap, sizeof *o->defs);
    if (!o->longs || !o->defs) {
        return -1;
    }
    add_table(o, job->options);
    add_table(o, il_job_input_options());
    add_table(o, il_job_output_options());
    o->longs[o->n].name = "help";
    o->longs[o->n].has_arg = no_argument;
    o->longs[o->n].val = 'h';
    return 0;
}

static void cli_opts_free(struct cli_opts *o)
{
    free(o->longs);
    free(o->defs);
}

/* Parse argv into \p a: IL_EXIT_OK, IL_EXIT_USAGE, or -1 after -h. */
static int parse(const struct il_command *cmd, int argc, char **argv, il_job_args_t *a)
{
    struct cli_opts o;
    int c, ret = IL_EXIT_OK;
    if (cli_opts_build(cmd->job, &o) != 0) {
        cli_opts_free(&o);
        return il_usage_error(cmd, "out of memory");
    }
    optind = 0;     /* glibc: 0 re-initialises getopt for this argv */
    opterr = 0;
    while ((c = getopt_long(argc, argv, "ho:", o.longs, NULL)) != -1) {
        const char *name;
        if (c == 'h') {
            il_cli_help(cmd, stdout);
            ret = -1;
            break;
        }
        if (c == '?' || c == ':') {
            if (optopt >= 1000 && (size_t) (optopt - 1000) < o.n) {
                ret = il_usage_error(cmd, "--%s needs a value", o.defs[optopt - 1000]->name);
            } else if (optopt == 'o') {
                ret = il_usage_error(cmd, "-o needs a value");
            } else if (optopt > 0 && optopt < 128) {
                ret = il_usage_error(cmd, "unknown option '-%c'", optopt);
            } else {
                ret = il_usage_error(cmd, "unknown option or missing value: '%s'",
                                     argv[optind - 1]);
            }
            break;
        }
        name = c == 'o' ? "output" : o.defs[c - 1000]->name;
        if (!il_job_args_set(a, name, optarg)) {
            ret = il_usage_error(cmd, "--%s: %s", name, il_job_args_why(a));
            break;
        }
    }
    if (ret == IL_EXIT_OK &&
        !il_job_args_operands(a, (const char *const *) argv + optind, (size_t) (argc - optind))) {
        ret = il_usage_error(cmd, "%s", il_job_args_why(a));
    }
    cli_opts_free(&o);
    return ret;
}

/**
 * \function il_cli_job
 * \brief Parse, check, execute; the exit status.
 */
int il_cli_job(const struct il_command *cmd, int argc, char **argv)
{
    il_job_args_t *a = il_job_args_new(cmd->job);
    int ret, usage = 0;
    if (!a) {
        fprintf(stderr, "innolink: error: out of memory\n");
        return IL_EXIT_DATA;
    }
    ret = parse(cmd, argc, argv, a);
    if (ret == -1) {
        ret = IL_EXIT_OK;
    } else if (ret == IL_EXIT_OK) {
        if (il_job_args_check(a) != IGRAPH_SUCCESS) {
            ret = il_usage_error(cmd, "%s", il_last_error());
        } else if (il_job_execute(a, &usage) != IGRAPH_SUCCESS) {
            ret = usage ? il_usage_error(cmd, "%s", il_last_error()) : il_data_error();
        }
    }
    il_job_args_free(a);
    return ret;
}
