/*
 * The registry of temporary files and worker processes that a signal
 * handler removes (core/cleanup.h). Every slot is a lock-free atomic, so
 * that a handler interrupting il_cleanup_file_add() or _drop() sees either
 * the old or the new value, never half of one.
 */
#include "core/cleanup.h"

#include <errno.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/wait.h>
#include <unistd.h>

_Static_assert(ATOMIC_POINTER_LOCK_FREE == 2 && ATOMIC_INT_LOCK_FREE == 2,
               "the cleanup registry needs lock-free atomics to be async-signal-safe");

/* A file slot is claimed (used), stamped with its owner, then published
 * (path); dropped in the reverse order. */
static atomic_int file_used[IL_CLEANUP_FILES];
static _Atomic pid_t file_owner[IL_CLEANUP_FILES];
static _Atomic(const char *) file_path[IL_CLEANUP_FILES];

static atomic_int child_used[IL_CLEANUP_CHILDREN];
static _Atomic pid_t child_owner[IL_CLEANUP_CHILDREN];
static _Atomic pid_t child_pid[IL_CLEANUP_CHILDREN];

/* Claim a free slot among the \p n of \p used: its number, or -1. */
static int claim(atomic_int *used, int n)
{
    int i;
    for (i = 0; i < n; i++) {
        int expect = 0;
        if (atomic_compare_exchange_strong(&used[i], &expect, 1)) {
            return i;
        }
    }
    return -1;
}

/**
 * \function il_cleanup_file_add
 * \brief Register a file for il_cleanup_run() to remove.
 *
 * \param path  Borrowed: it must stay valid and unchanged until
 *              il_cleanup_file_drop(). May name a file not created yet.
 * \return The slot, or -1 when IL_CLEANUP_FILES files are registered.
 * Time complexity: O(IL_CLEANUP_FILES).
 */
int il_cleanup_file_add(const char *path)
{
    int i = claim(file_used, IL_CLEANUP_FILES);
    if (i >= 0) {
        atomic_store(&file_owner[i], getpid());
        atomic_store(&file_path[i], path);
    }
    return i;
}

/**
 * \function il_cleanup_file_drop
 * \brief Forget a file slot; the path may be freed afterwards.
 */
void il_cleanup_file_drop(int slot)
{
    if (slot < 0 || slot >= IL_CLEANUP_FILES) {
        return;
    }
    atomic_store(&file_path[slot], NULL);
    atomic_store(&file_owner[slot], 0);
    atomic_store(&file_used[slot], 0);
}

/**
 * \function il_cleanup_child_add
 * \brief Register a worker process for il_cleanup_run() to kill and reap.
 *
 * \return The slot, or -1 when IL_CLEANUP_CHILDREN workers are registered.
 * Time complexity: O(IL_CLEANUP_CHILDREN).
 */
int il_cleanup_child_add(pid_t pid)
{
    int i = claim(child_used, IL_CLEANUP_CHILDREN);
    if (i >= 0) {
        atomic_store(&child_owner[i], getpid());
        atomic_store(&child_pid[i], pid);
    }
    return i;
}

/**
 * \function il_cleanup_child_drop
 * \brief Forget a child slot (after the worker was reaped).
 */
void il_cleanup_child_drop(int slot)
{
    if (slot < 0 || slot >= IL_CLEANUP_CHILDREN) {
        return;
    }
    atomic_store(&child_pid[slot], 0);
    atomic_store(&child_owner[slot], 0);
    atomic_store(&child_used[slot], 0);
}

/**
 * \function il_cleanup_run
 * \brief Remove this process's registered files; kill and reap its workers.
 *
 * Async-signal-safe (getpid, unlink, kill, waitpid and lock-free atomics
 * only), for a signal handler that is about to end the process. Slots that
 * another process filled (the parent, seen from a forked worker) are left
 * alone. The slots stay registered; dropping them later does no harm.
 * Time complexity: O(IL_CLEANUP_FILES + IL_CLEANUP_CHILDREN).
 */
void il_cleanup_run(void)
{
    pid_t self = getpid();
    int i, saved = errno;
    for (i = 0; i < IL_CLEANUP_FILES; i++) {
        const char *p = atomic_load(&file_path[i]);
        if (p && atomic_load(&file_owner[i]) == self) {
            (void) unlink(p);
        }
    }
    for (i = 0; i < IL_CLEANUP_CHILDREN; i++) {
        pid_t c = atomic_load(&child_pid[i]);
        if (c > 0 && atomic_load(&child_owner[i]) == self) {
            (void) kill(c, SIGKILL);
            while (waitpid(c, NULL, 0) < 0 && errno == EINTR) {
            }
        }
    }
    errno = saved;
}
