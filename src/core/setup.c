#include "core/setup.h"
#include "core/utf8.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static char il_errbuf[IL_ERROR_MAX];
static int installed;           /* 1 between il_setup() and il_teardown() */
static igraph_error_handler_t *saved_error_handler;     /* igraph's before il_setup() */
static igraph_warning_handler_t *saved_warning_handler;
static il_warning_fn *warning_fn;
static void *warning_arg;
static il_progress_fn *progress_fn;
static void *progress_arg;

/*
 * igraph calls the handler once per frame while an error unwinds; only the
 * innermost call carries the reason, later ones pass "". Keep the first
 * non-empty reason, free what the finally stack holds, and return so that
 * the caller sees the error code instead of an abort() (PITFALLS item 1).
 */
static void il_record_error(const char *reason, const char *file, int line,
                            igraph_error_t err)
{
    (void) file;
    (void) line;
    (void) err;     /* innolink's callers report the reason, not the code */
    if (reason && reason[0] != '\0' && il_errbuf[0] == '\0') {
        snprintf(il_errbuf, sizeof il_errbuf, "%s", reason);
        il_utf8_scrub(il_errbuf);   /* igraph's readers quote raw bytes of a file */
    }
    IGRAPH_FINALLY_FREE();
}

static void il_record_warning(const char *reason, const char *file, int line)
{
    (void) file;
    (void) line;
    if (warning_fn) {
        warning_fn(reason, warning_arg);
    }
}

/**
 * \function il_setup
 * \brief Install the recording error handler and the warning handler.
 *
 * A program that embeds libinnolink calls il_setup() before any other
 * innolink or igraph call, and il_teardown() when it is done with the
 * library. igraph's handlers are process-wide: il_setup() keeps the ones it
 * replaces (igraph's aborting default, or the program's own) and
 * il_teardown() puts them back.
 *
 * Idempotent: a second call re-installs innolink's handlers and clears the
 * recorded reason, but keeps the handlers saved by the first call, so one
 * il_teardown() still restores the program's originals.
 * Time complexity: O(1).
 */
void il_setup(void)
{
    igraph_error_handler_t *prev_error = igraph_set_error_handler(il_record_error);
    igraph_warning_handler_t *prev_warning = igraph_set_warning_handler(il_record_warning);
    if (!installed) {
        saved_error_handler = prev_error;
        saved_warning_handler = prev_warning;
        installed = 1;
    }
    il_errbuf[0] = '\0';
}

/**
 * \function il_teardown
 * \brief Give igraph back the error and warning handlers il_setup() replaced.
 *
 * After it, igraph errors behave as before il_setup() (igraph's default
 * aborts) until il_setup() is called again. Does nothing without a
 * preceding il_setup(); the warning and progress receivers set with
 * il_warning_set() and il_progress_set() are left as they are.
 * Time complexity: O(1).
 */
void il_teardown(void)
{
    if (!installed) {
        return;
    }
    igraph_set_error_handler(saved_error_handler);
    igraph_set_warning_handler(saved_warning_handler);
    saved_error_handler = NULL;
    saved_warning_handler = NULL;
    installed = 0;
}

/**
 * \function il_last_error
 * \brief The first reason recorded since the last il_clear_error().
 *
 * \return A static string; "" when no error was recorded.
 */
const char *il_last_error(void)
{
    return il_errbuf;
}

/**
 * \function il_clear_error
 * \brief Forget the recorded error reason.
 */
void il_clear_error(void)
{
    il_errbuf[0] = '\0';
}

/**
 * \function il_set_error
 * \brief Record an error reason unless one is recorded already.
 *
 * For innolink's own failure paths that return an igraph error code
 * without passing through IGRAPH_ERROR (for example after a system call).
 */
void il_set_error(const char *fmt, ...)
{
    va_list ap;
    if (il_errbuf[0] != '\0') {
        return;
    }
    va_start(ap, fmt);
    vsnprintf(il_errbuf, sizeof il_errbuf, fmt, ap);
    va_end(ap);
    il_utf8_scrub(il_errbuf);       /* a cut may split a character */
}

/**
 * \function il_path_shown
 * \brief A path as messages show it: whole, or with its middle elided.
 *
 * Messages name files, and a path of thousands of bytes would push the
 * reason out of any buffer. A path of IL_PATH_SHOWN_MAX bytes or more is
 * shown as its first 60 bytes, "..." and its last 336 bytes, which hold
 * a whole file name (at most 255 bytes on Linux) and its folder's tail.
 * UTF-8 characters are not split.
 *
 * \param buf  IL_PATH_SHOWN_MAX bytes, used only for a long path.
 * \return \p path itself, or \p buf.
 * Time complexity: O(strlen(path)).
 */
const char *il_path_shown(const char *path, char *buf)
{
    size_t n = strlen(path), head = 60, start;
    if (n < IL_PATH_SHOWN_MAX) {
        return path;
    }
    while (head > 0 && ((unsigned char) path[head] & 0xC0) == 0x80) {
        head--;         /* path[head] starts a character: cut before it */
    }
    start = n - (IL_PATH_SHOWN_MAX - 1 - 60 - 3);
    while (start < n && ((unsigned char) path[start] & 0xC0) == 0x80) {
        start++;
    }
    memcpy(buf, path, head);
    memcpy(buf + head, "...", 3);
    memcpy(buf + head + 3, path + start, n - start + 1);
    return buf;
}

/**
 * \function il_igraph_version
 * \brief The version string of the igraph library in use, e.g. "0.10.2".
 */
const char *il_igraph_version(void)
{
    const char *v;
    igraph_version(&v, NULL, NULL, NULL);
    return v;
}

/**
 * \function il_warning_set
 * \brief Route library warnings to \p fn (NULL discards them).
 */
void il_warning_set(il_warning_fn *fn, void *arg)
{
    warning_fn = fn;
    warning_arg = arg;
}

/**
 * \function il_warning_get
 * \brief The current warning receiver and its argument, so that a caller
 *        that silences warnings for a while can put them back.
 */
void il_warning_get(il_warning_fn **fn, void **arg)
{
    *fn = warning_fn;
    *arg = warning_arg;
}

/**
 * \function il_warn
 * \brief Pass a formatted warning to the receiver set by il_warning_set().
 */
void il_warn(const char *fmt, ...)
{
    char buf[4096];
    va_list ap;
    if (!warning_fn) {
        return;
    }
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    warning_fn(buf, warning_arg);
}

/**
 * \function il_progress_set
 * \brief Route progress reports to \p fn (NULL ignores them).
 */
void il_progress_set(il_progress_fn *fn, void *arg)
{
    progress_fn = fn;
    progress_arg = arg;
}

/**
 * \function il_progress_get
 * \brief The current progress receiver and its argument (see
 *        il_warning_get()).
 */
void il_progress_get(il_progress_fn **fn, void **arg)
{
    *fn = progress_fn;
    *arg = progress_arg;
}

/**
 * \function il_progress
 * \brief Report that \p task is \p fraction done.
 *
 * Library code calls this from long loops; the receiver decides whether and
 * how often to show anything. Time complexity: O(1) plus the receiver.
 */
void il_progress(const char *task, double fraction)
{
    if (progress_fn) {
        progress_fn(task, fraction, progress_arg);
    }
}

static double seconds_on(clockid_t clock)
{
    struct timespec t;
    if (clock_gettime(clock, &t) != 0) {
        return 0;
    }
    return (double) t.tv_sec + 1e-9 * (double) t.tv_nsec;
}

/** \function il_cpu_seconds \brief See core/setup.h. */
double il_cpu_seconds(void)
{
    return seconds_on(CLOCK_PROCESS_CPUTIME_ID);
}

/** \function il_wall_seconds \brief See core/setup.h. */
double il_wall_seconds(void)
{
    return seconds_on(CLOCK_MONOTONIC);
}
