/*
 * innolink: the command-line front end. Global options, command lookup,
 * progress and warnings on stderr, signals, and the final check that
 * standard output was written.
 */
#include "cli/cli.h"
#include "core/cleanup.h"
#include "core/version.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* ---- Signals ------------------------------------------------------------------ */

/*
 * SIGINT (Ctrl-C), SIGTERM, SIGHUP and SIGPIPE stop innolink as they
 * would without a handler, after removing what the library registered in
 * core/cleanup.h: the temporary output files and the worker processes.
 * The handler then dies of the same signal, so that the shell reports
 * 128 + N (130, 143, 129, 141) and a script calling innolink stops as it
 * would for any other program. A signal ignored when innolink starts (a
 * background job's SIGINT, nohup's SIGHUP) stays ignored.
 */
static void on_signal(int sig)
{
    sigset_t set;
    il_cleanup_run();
    signal(sig, SIG_DFL);
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
    _exit(128 + sig);   /* not reached: the signal's default action ends the process */
}

static void catch_signals(void)
{
    static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGPIPE };
    struct sigaction sa, old;
    size_t i;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        sigaddset(&sa.sa_mask, sigs[i]);    /* one handler at a time */
    }
    for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN) {
            sigaction(sigs[i], &sa, NULL);
        }
    }
}

/*
 * A standard stream closed by the caller (`innolink ... >&-`): the next
 * file innolink opens would take its number, and whatever goes to the
 * stream would land in that file. Hold the number with /dev/null opened
 * in the wrong direction, so that the stream fails as a closed one does
 * (a report written to a closed standard output is a write error) and an
 * output file given with -o is not disturbed.
 */
static void hold_closed_streams(void)
{
    int fd;
    for (fd = 0; fd <= 2; fd++) {
        if (fcntl(fd, F_GETFD) < 0 && errno == EBADF) {
            int got = open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
            if (got >= 0 && got != fd) {
                close(got);     /* a lower number was free: cannot happen in order */
            }
        }
    }
}

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

    hold_closed_streams();
    catch_signals();
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
    il_cli_restart(name, argc, argv);
    ret = c.fn(&c, argc - 1, argv + 1);
    return finish(ret);
}
