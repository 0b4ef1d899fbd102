/*
 * What a stopped process must not leave behind: the temporary files it is
 * writing and the worker processes it has forked (core/cleanup.c).
 *
 * The library registers them while they exist; it never installs a signal
 * handler. A program that stops on signals (the innolink command line does
 * on SIGINT, SIGTERM, SIGHUP and SIGPIPE) calls il_cleanup_run() from its
 * handler: it removes the files and kills and reaps the workers that this
 * process registered, using only unlink(), kill() and waitpid().
 *
 * Process-wide state, on purpose: a handler can reach nothing else. The
 * registry is a fixed table of lock-free atomic slots (no allocation, no
 * lock), each marked with the process that filled it, so a forked worker
 * that inherits a copy never removes its parent's files. innolink is
 * single-threaded; the slots are safe against a signal handler running
 * between any two statements of the thread that fills them.
 */
#ifndef IL_CLEANUP_H
#define IL_CLEANUP_H

#include "core/compat.h"

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- The registry ------------------------------------------------------------ */

/* Files, and worker processes (as many as --jobs allows), registered at
 * one time. */
#define IL_CLEANUP_FILES 64
#define IL_CLEANUP_CHILDREN 1024

/* Register \p path (kept by the caller, unchanged, until dropped) to be
 * removed by il_cleanup_run(). A slot number, or -1 when IL_CLEANUP_FILES
 * are registered. */
int il_cleanup_file_add(const char *path);

/* Forget file slot \p slot (a no-op for -1); the caller may then free the path. */
void il_cleanup_file_drop(int slot);

/* Register worker process \p pid to be killed and reaped by il_cleanup_run().
 * A slot number, or -1 when IL_CLEANUP_CHILDREN are registered. */
int il_cleanup_child_add(pid_t pid);

/* Forget child slot \p slot (a no-op for -1), once the worker is reaped. */
void il_cleanup_child_drop(int slot);

/* Remove every registered file and kill (SIGKILL) and reap every registered
 * worker of this process. Async-signal-safe: call it from a signal handler. */
void il_cleanup_run(void);

#ifdef __cplusplus
}
#endif

#endif /* IL_CLEANUP_H */
