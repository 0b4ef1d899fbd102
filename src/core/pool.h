/*
 * Work split over forked worker processes (core/pool.c). Debian's igraph
 * is not thread-safe, so innolink parallelises with processes: the work
 * is cut into a fixed number of blocks of doubles, workers compute blocks
 * as the parent hands them out, and the parent folds the results in block
 * order, so the result does not depend on the number of workers.
 */
#ifndef IL_POOL_H
#define IL_POOL_H

#include "core/compat.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- A task cut into blocks ------------------------------------------------ */

/* The number of doubles block \p block produces. */
typedef size_t il_pool_size_fn(igraph_integer_t block, void *arg);

/* Compute block \p block into out[0 .. size(block) - 1]. With several
 * workers it runs in a forked process: it must not print, and whatever
 * else it changes stays in that process. */
typedef igraph_error_t il_pool_compute_fn(igraph_integer_t block, double *out, void *arg);

/* Fold the result of block \p block into the caller's output. It runs in
 * the calling process, once per block, in block order 0, 1, 2, ... */
typedef igraph_error_t il_pool_combine_fn(igraph_integer_t block, const double *in, void *arg);

/* What il_pool_run() computes. */
typedef struct il_pool_task {
    igraph_integer_t nblocks;       /* blocks 0 .. nblocks-1: fixed by the work alone */
    il_pool_size_fn *size;          /* doubles per block */
    il_pool_compute_fn *compute;    /* one block, in a worker */
    il_pool_combine_fn *combine;    /* one block's result, in block order */
    void *arg;                      /* passed to the three callbacks */
    const char *name;               /* task name for il_progress() ("path centrality") */
    const char *failure;            /* error prefix when a worker fails
                                     * ("Path centrality in worker processes") */
} il_pool_task_t;

/* ---- Running it ------------------------------------------------------------ */

/* Compute every block over min(jobs, nblocks) worker processes (jobs = 1:
 * in this process) and combine the results in block order. */
igraph_error_t il_pool_run(const il_pool_task_t *task, igraph_integer_t jobs);

/* After block \p block is combined: 1 when no later block is needed. It
 * runs in the calling process, in block order, so where the task stops
 * does not depend on the number of workers either. */
typedef int il_pool_stop_fn(igraph_integer_t block, void *arg);

/* il_pool_run() that stops after the first block for which \p stop says
 * so; blocks already out are abandoned (their workers are ended). */
igraph_error_t il_pool_run_until(const il_pool_task_t *task, igraph_integer_t jobs,
                                 il_pool_stop_fn *stop);

#ifdef __cplusplus
}
#endif

#endif /* IL_POOL_H */
