/*
 * innolink: the command-line front end. Global options, command lookup,
 * progress and warnings on stderr, and the final check that standard
 * output was written.
 */
#include "cli/cli.h"
#include "core/version.h"

#include <errno.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static void usage(FILE *out)
{
    struct il_command c;
    size_t i;
    fputs("usage: innolink COMMAND EDGES [options]\n"
          "       innolink COMMAND --help\n"
          "       innolink --version\n\n"
          "Network analysis of innovation linkages: tie tables in CSV, answers in one command.\n\n"
          "Commands:\n", out);
    for (i = 0; il_command_at(i, &c); i++) {
        fprintf(out, "  %-12s %s\n", c.name, c.summary);
    }
    fputs("  help         this list\n"
          "  version      innolink and igraph versions\n\n"
          "Weights are tie strengths (more is stronger). Exit status: 0 success,\n"
          "1 data or output error, 2 usage error. See innolink(1).\n", out);
}

static void print_warning(const char *msg, void *arg)
{
    (void) arg;
    fprintf(stderr, "innolink: warning: %s\n", msg);
}

/* A progress bar on stderr, shown only for work that lasts over a second. */
struct progress_state {
    struct timespec start;
    int started, shown, last;
    const char *task;
};

static double elapsed(const struct timespec *t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double) (t.tv_sec - t0->tv_sec) + 1e-9 * (double) (t.tv_nsec - t0->tv_nsec);
}

static void print_progress(const char *task, double fraction, void *arg)
{
    struct progress_state *p = arg;
    int pct = (int) (fraction * 100.0 + 0.5), bar, i;
    if (!p->started || p->task != task) {
        clock_gettime(CLOCK_MONOTONIC, &p->start);
        p->started = 1;
        p->task = task;
        p->last = -1;
    }
    if (fraction >= 1.0) {
        if (p->shown) {
            fprintf(stderr, "\r%-20.20s [##############################] 100%%\n", task);
        }
        p->started = p->shown = 0;
        return;
    }
    if (pct == p->last || (!p->shown && elapsed(&p->start) < 1.0)) {
        return;
    }
    p->shown = 1;
    p->last = pct;
    bar = pct * 30 / 100;
    fprintf(stderr, "\r%-20.20s [", task);
    for (i = 0; i < 30; i++) {
        fputc(i < bar ? '#' : '.', stderr);
    }
    fprintf(stderr, "] %3d%%", pct);
    fflush(stderr);
}

static int finish(int ret)
{
    if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
        if (ret != IL_EXIT_OK) {
            return ret;     /* the command has reported its failure already */
        }
        fprintf(stderr, "innolink: error: write failure on standard output: %s\n",
                strerror(errno));
        return IL_EXIT_DATA;
    }
    return ret;
}

int main(int argc, char **argv)
{
    static struct progress_state progress;
    struct il_command c;
    const char *name;
    int ret;

    il_setup();
    il_warning_set(print_warning, NULL);
    if (isatty(STDERR_FILENO)) {
        il_progress_set(print_progress, &progress);
    }
    if (argc < 2) {
        usage(stderr);
        return IL_EXIT_USAGE;
    }
    name = argv[1];
    if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0 || strcmp(name, "help") == 0) {
        usage(stdout);
        return finish(IL_EXIT_OK);
    }
    if (strcmp(name, "--version") == 0 || strcmp(name, "version") == 0) {
        printf("innolink %s (igraph %s)\n", IL_VERSION, il_igraph_version());
        return finish(IL_EXIT_OK);
    }
    if (!il_command_find(name, &c)) {
        fprintf(stderr, "innolink: '%s' is not an innolink command. See 'innolink help'.\n",
                name);
        return IL_EXIT_USAGE;
    }
    ret = c.fn(&c, argc - 1, argv + 1);
    return finish(ret);
}
