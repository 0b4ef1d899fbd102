/*
 * Huge pages for large graphs: the command starts itself once more with
 * glibc's malloc tunable for them.
 *
 * igraph's kernels and the loader walk arrays far larger than the
 * processor's address cache (TLB) covers; on 2 MiB pages they miss it far
 * less, and loading and the community, eigenvector and PageRank kernels
 * take markedly less CPU time with the same results (the figures:
 * bench/README.md, "What changed, and what each change gave"). Linux gives
 * a process huge pages where it asks for them (transparent huge pages in
 * "madvise" mode, Debian's default), and glibc (2.35 and later) asks for
 * them in malloc when its tunable glibc.malloc.hugetlb=1 is set, which it
 * reads only when a program starts.
 *
 * So a command whose files are large starts itself once more, the same
 * process with the same arguments and streams, with the tunable put in
 * front of the caller's GLIBC_TUNABLES. The second start finds the mark
 * INNOLINK_RESTARTED (the caller's GLIBC_TUNABLES, "=VALUE", or "" when it
 * was unset), puts the caller's setting back, so that programs innolink
 * runs (rsvg-convert) see what the caller gave, and goes on. A second
 * start costs about 20 ms (a small spec: 25 ms a run without, 43 ms with),
 * so small inputs do without.
 */
#define _GNU_SOURCE     /* getauxval */

#include "cli/cli.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/stat.h>
#include <unistd.h>

#define RESTART_MARK "INNOLINK_RESTARTED"
#define TUNABLE "glibc.malloc.hugetlb"

/* Files named on the command line that add up to this make a restart
 * worth its cost; `run` always restarts (its inputs are in the spec). */
#define RESTART_MIN_BYTES (16L << 20)

/* 1 when the arguments name regular files of RESTART_MIN_BYTES or more
 * in all. */
static int large_inputs(const char *command, int argc, char **argv)
{
    long long total = 0;
    int i;
    if (strcmp(command, "run") == 0) {
        return 1;
    }
    for (i = 2; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) == 0 && S_ISREG(st.st_mode)) {
            total += (long long) st.st_size;
        }
    }
    return total >= RESTART_MIN_BYTES;
}

/* 1 when a restart with the tunable can help and is safe: not under a
 * sanitizer or valgrind (their allocators ignore the tunable, and valgrind
 * would not follow the new start), not set-id (glibc drops the tunable
 * there, and the restart would repeat), started through the program
 * interpreter (not as "ld.so innolink ..."), the caller has not set the
 * tunable, and huge pages are given where asked for. */
static int restart_allowed(void)
{
    const char *tun = getenv("GLIBC_TUNABLES"), *pre = getenv("LD_PRELOAD");
    char mode[128] = "";
    size_t len;
    FILE *f;
#if defined(__SANITIZE_ADDRESS__)
    return 0;
#endif
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
    return 0;
#endif
#endif
    if ((tun && strstr(tun, TUNABLE)) || (pre && strstr(pre, "vgpreload")) ||
        getauxval(AT_SECURE) != 0 || getauxval(AT_BASE) == 0) {
        return 0;
    }
    f = fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r");
    if (!f) {
        return 0;
    }
    len = fread(mode, 1, sizeof mode - 1, f);
    fclose(f);
    mode[len] = '\0';
    return strstr(mode, "[madvise]") != NULL;
}

/* Restore what the caller gave after a failed restart, or in the second
 * start: GLIBC_TUNABLES as \p mark records it. */
static void restore(const char *mark)
{
    if (mark[0] == '=') {
        setenv("GLIBC_TUNABLES", mark + 1, 1);
    } else {
        unsetenv("GLIBC_TUNABLES");
    }
}

/**
 * \function il_cli_restart
 * \brief Start once more with glibc's huge-page tunable when it pays
 *        (see above); returns when no restart is made or it failed, and
 *        in the second start.
 */
void il_cli_restart(const char *command, int argc, char **argv)
{
    const char *mark = getenv(RESTART_MARK), *tun;
    char exe[PATH_MAX], *value, *was;
    ssize_t n;
    size_t len;

    if (mark) {                 /* the second start */
        restore(mark);
        unsetenv(RESTART_MARK);
        return;
    }
    if (!large_inputs(command, argc, argv) || !restart_allowed()) {
        return;
    }
    /* the binary by its path, so that the process keeps its name; none
     * when it was replaced since it started */
    n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0 || (size_t) n >= sizeof exe - 1) {
        return;
    }
    exe[n] = '\0';
    if (n > 10 && strcmp(exe + n - 10, " (deleted)") == 0) {
        return;
    }
    tun = getenv("GLIBC_TUNABLES");
    len = (tun ? strlen(tun) : 0) + sizeof TUNABLE "=1:";
    value = malloc(len);
    was = malloc(len);
    if (!value || !was) {
        free(value);
        free(was);
        return;
    }
    snprintf(value, len, TUNABLE "=1%s%s", tun && *tun ? ":" : "", tun ? tun : "");
    snprintf(was, len, "%s%s", tun ? "=" : "", tun ? tun : "");
    if (setenv(RESTART_MARK, was, 1) == 0 && setenv("GLIBC_TUNABLES", value, 1) == 0) {
        fflush(NULL);
        execv(exe, argv);
    }
    /* could not start again: run on as we are, with the caller's setting */
    restore(was);
    unsetenv(RESTART_MARK);
    free(value);
    free(was);
}
