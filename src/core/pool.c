/*
 * A task cut into blocks of doubles, computed over forked worker
 * processes (Debian's igraph is not thread-safe: never call it from two
 * threads at once).
 *
 * The parent forks the workers, each with one Unix socket pair: the
 * parent writes block numbers to it, the worker answers with a record (a
 * head, then the block's doubles or an error message). The parent hands
 * out the next block to whichever worker is free and keeps results that
 * arrive early until their turn, so the combine callback sees blocks in
 * order 0, 1, 2, ... whatever the number of workers. A task whose blocks
 * are fixed by the work alone therefore gives bit for bit the same result
 * for any number of workers.
 *
 * The library leaves signal dispositions alone: every write to a socket
 * uses send(..., MSG_NOSIGNAL), so a dead peer gives EPIPE (an error
 * reported as such), never SIGPIPE. Workers never print, leave by
 * _exit(), and are reaped on every path. While they run they are
 * registered with core/cleanup.h, so that a program stopped by a signal
 * kills and reaps them in its handler; on Linux each worker also asks to
 * be killed when its parent dies (PR_SET_PDEATHSIG), which covers a
 * parent killed by SIGKILL, which no handler sees.
 */
#include "core/pool.h"
#include "core/cleanup.h"
#include "core/setup.h"

#include <errno.h>
#include <stdio.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#define MSG_LEN 256

/* msg = a + b, cut to MSG_LEN (no stdio in the library's parallel core). */
static void set_msg(char *msg, const char *a, const char *b)
{
    size_t la = strlen(a), lb = b ? strlen(b) : 0;
    if (la > MSG_LEN - 1) {
        la = MSG_LEN - 1;
    }
    if (lb > MSG_LEN - 1 - la) {
        lb = MSG_LEN - 1 - la;
    }
    memcpy(msg, a, la);
    if (lb) {
        memcpy(msg + la, b, lb);
    }
    msg[la + lb] = '\0';
}

/* Doubles in the largest block. */
static size_t max_block_size(const il_pool_task_t *t)
{
    size_t maxlen = 0, len;
    igraph_integer_t b;
    for (b = 0; b < t->nblocks; b++) {
        len = t->size(b, t->arg);
        if (len > maxlen) {
            maxlen = len;
        }
    }
    return maxlen;
}

/* ---- In this process ------------------------------------------------------- */

/* Every block in turn, in this process: the reference the workers match. */
static igraph_error_t run_here(const il_pool_task_t *t, il_pool_stop_fn *stop)
{
    double *out = IGRAPH_CALLOC(max_block_size(t) + 1, double);
    igraph_integer_t b;

    if (!out) {
        IGRAPH_ERRORF("Out of memory for %s.", IGRAPH_ENOMEM, t->name);
    }
    IGRAPH_FINALLY(igraph_free, out);
    for (b = 0; b < t->nblocks; b++) {
        IGRAPH_CHECK(t->compute(b, out, t->arg));
        IGRAPH_CHECK(t->combine(b, out, t->arg));
        il_progress(t->name, (double) (b + 1) / (double) t->nblocks);
        if (stop && stop(b, t->arg)) {
            il_progress(t->name, 1.0);
            break;
        }
    }
    IGRAPH_FREE(out);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* ---- The wire ---------------------------------------------------------------- */

/* What a worker sends before each block's doubles. */
typedef struct record_head {
    int64_t block;
    int64_t status;     /* 0: the doubles follow; else MSG_LEN bytes of reason */
} record_head_t;

/* Send all of p; -1 on error (EPIPE when the peer is gone: no SIGPIPE). */
static int send_all(int fd, const void *p, size_t len)
{
    const char *c = p;
    while (len > 0) {
        ssize_t k = send(fd, c, len, MSG_NOSIGNAL);
        if (k < 0) {
            if (errno == EINTR) {
                continue;
            }
            return -1;
        }
        c += k;
        len -= (size_t) k;
    }
    return 0;
}

/* Read exactly len bytes: 1; end of file before any byte: 0; error: -1. */
static int read_all(int fd, void *p, size_t len)
{
    char *c = p;
    size_t got = 0;
    while (got < len) {
        ssize_t k = read(fd, c + got, len - got);
        if (k < 0) {
            if (errno == EINTR) {
                continue;
            }
            return -1;
        }
        if (k == 0) {
            return got == 0 ? 0 : -1;
        }
        got += (size_t) k;
    }
    return 1;
}

/* ---- A worker process ---------------------------------------------------------- */

/* Send a failure record for block b with the reason \p why; -1 on error. */
static int worker_fail(int fd, int64_t b, const char *why)
{
    record_head_t h;
    char msg[MSG_LEN];
    memset(msg, 0, sizeof msg);
    strncpy(msg, why, MSG_LEN - 1);
    h.block = b;
    h.status = 1;
    return send_all(fd, &h, sizeof h) || send_all(fd, msg, MSG_LEN) ? -1 : 0;
}

/* The body of a worker process: compute the blocks it is sent until told
 * to stop (a negative block or the end of the socket). It never prints
 * and leaves by _exit(). */
static void worker_main(const il_pool_task_t *t, int fd, size_t maxlen)
{
    double *out = malloc((maxlen ? maxlen : 1) * sizeof(double));
    int64_t b;
    il_progress_set(NULL, NULL);
    il_warning_set(NULL, NULL);
    while (read_all(fd, &b, sizeof b) > 0 && b >= 0) {
        record_head_t h;
        il_clear_error();
        if (!out) {
            if (worker_fail(fd, b, "Out of memory in a worker process.")) {
                break;
            }
            continue;
        }
        if (t->compute((igraph_integer_t) b, out, t->arg) != IGRAPH_SUCCESS) {
            /* igraph's error handler has emptied the finally stack this
             * process inherited, which may hold the caller's own objects:
             * report and stop rather than compute another block. */
            (void) worker_fail(fd, b, il_last_error());
            break;
        }
        h.block = b;
        h.status = 0;
        if (send_all(fd, &h, sizeof h) ||
            send_all(fd, out, t->size((igraph_integer_t) b, t->arg) * sizeof(double))) {
            break;
        }
    }
    free(out);
    _exit(0);
}

/* ---- The parent's side ------------------------------------------------------------ */

typedef struct worker {
    pid_t pid;          /* 0: not running */
    int slot;           /* its core/cleanup.h slot; -1: none */
    int fd;             /* the parent's end of the socket pair; -1: closed */
    char *buf;          /* the record being read */
    size_t have, want;
    int busy;           /* 1 while a block is out */
} worker_t;

typedef struct pool {
    const il_pool_task_t *t;
    worker_t *w;
    igraph_integer_t nw;
    double **pending;           /* results that came before their turn */
    struct pollfd *pfd;
    size_t maxlen;              /* doubles in the largest block */
    igraph_integer_t next;      /* the next block to hand out */
    igraph_integer_t combined;  /* blocks combined so far */
    igraph_integer_t running;   /* blocks out */
    il_pool_stop_fn *stop;      /* NULL: every block is needed */
    int stopped;                /* stop said no later block is needed */
    igraph_error_t combine_error;   /* a failure of the combine callback */
    char msg[MSG_LEN];          /* why the workers failed */
} pool_t;

/* Allocate the bookkeeping; -1 (with a reason) when out of memory. */
static int pool_init(pool_t *p, const il_pool_task_t *t, igraph_integer_t nw)
{
    igraph_integer_t i;
    memset(p, 0, sizeof *p);
    p->t = t;
    p->nw = nw;
    p->w = calloc((size_t) nw, sizeof *p->w);
    p->pending = calloc((size_t) t->nblocks, sizeof *p->pending);
    p->pfd = calloc((size_t) nw, sizeof *p->pfd);
    if (!p->w || !p->pending || !p->pfd) {
        set_msg(p->msg, "Out of memory starting worker processes.", NULL);
        return -1;
    }
    for (i = 0; i < nw; i++) {
        p->w[i].fd = -1;
        p->w[i].slot = -1;
    }
    p->maxlen = max_block_size(t);
    return 0;
}

/* Fork worker i with a socket pair of its own; -1 with a reason. */
static int pool_fork(pool_t *p, igraph_integer_t i)
{
    worker_t *w = &p->w[i];
    size_t data = (p->maxlen ? p->maxlen : 1) * sizeof(double);
    igraph_integer_t j;
    pid_t parent = getpid();
    int sv[2];

    /* A worker inherits the caller's unwritten stdio buffers. It leaves by
     * _exit() and never writes them, but a tool that runs libc's clean-up
     * at any exit (valgrind's __libc_freeres) would: a report being written
     * to a FILE when a null ensemble forks came out with a piece twice.
     * Writing the buffers out before the fork leaves nothing to copy. */
    fflush(NULL);
    /* the message predates the socket pairs: it is the workers' channel */
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0) {
        set_msg(p->msg, "Cannot create a pipe for a worker: ", strerror(errno));
        return -1;
    }
    /* a child holds copies of the parent's stdio buffers: write them out
     * first, so that nothing a worker does can repeat them */
    (void) fflush(NULL);
    w->pid = fork();
    if (w->pid < 0) {
        set_msg(p->msg, "Cannot start a worker process: ", strerror(errno));
        w->pid = 0;
        close(sv[0]);
        close(sv[1]);
        return -1;
    }
    if (w->pid == 0) {
#ifdef __linux__
        /* die with the parent, even one killed by SIGKILL; if it is gone
         * already, the request came too late: leave now */
        if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != parent) {
            _exit(0);
        }
#else
        (void) parent;
#endif
        for (j = 0; j < i; j++) {   /* the other workers' channels */
            close(p->w[j].fd);
        }
        close(sv[0]);
        worker_main(p->t, sv[1], p->maxlen);
    }
    /* -1 when full: PDEATHSIG still holds. A signal that stops the parent
     * between fork() and this line finds the worker unregistered: the
     * worker still dies (PDEATHSIG, or its getppid() check), but its exit
     * status is left for init to collect. */
    w->slot = il_cleanup_child_add(w->pid);
    close(sv[1]);
    w->fd = sv[0];
    /* room for the larger reply: a block's values, or an error message */
    w->buf = malloc(sizeof(record_head_t) + (data > MSG_LEN ? data : MSG_LEN));
    if (!w->buf) {
        set_msg(p->msg, "Out of memory starting worker processes.", NULL);
        return -1;
    }
    return 0;
}

/* Hand the next block to worker i; -1 with a reason. */
static int pool_send(pool_t *p, igraph_integer_t i)
{
    worker_t *w = &p->w[i];
    int64_t b = p->next;
    if (send_all(w->fd, &b, sizeof b)) {
        set_msg(p->msg, "A worker process ended unexpectedly.", NULL);
        return -1;
    }
    p->next++;
    p->running++;
    w->busy = 1;
    w->have = 0;
    w->want = sizeof(record_head_t);
    return 0;
}

/* Fork the workers and give each its first block; -1 with a reason. */
static int pool_start(pool_t *p)
{
    igraph_integer_t i;
    for (i = 0; i < p->nw; i++) {
        if (pool_fork(p, i)) {
            return -1;
        }
    }
    for (i = 0; i < p->nw && p->next < p->t->nblocks; i++) {
        if (pool_send(p, i)) {
            return -1;
        }
    }
    return 0;
}

/* Keep the result of block b and combine every block whose turn has come;
 * -1 with a reason, or with p->combine_error set. */
static int pool_accept(pool_t *p, igraph_integer_t b, const char *data)
{
    const il_pool_task_t *t = p->t;
    size_t len = t->size(b, t->arg) * sizeof(double);
    p->pending[b] = malloc(len + 1);
    if (!p->pending[b]) {
        set_msg(p->msg, "Out of memory collecting worker results.", NULL);
        return -1;
    }
    memcpy(p->pending[b], data, len);
    while (!p->stopped && p->combined < t->nblocks && p->pending[p->combined]) {
        p->combine_error = t->combine(p->combined, p->pending[p->combined], t->arg);
        free(p->pending[p->combined]);
        p->pending[p->combined] = NULL;
        if (p->combine_error != IGRAPH_SUCCESS) {
            return -1;
        }
        if (p->stop && p->stop(p->combined, t->arg)) {
            p->stopped = 1;
        }
        p->combined++;
    }
    il_progress(t->name, (double) p->combined / (double) t->nblocks);
    return 0;
}

/*
 * Read what worker i has sent. When its record is complete, take the
 * result and hand the worker the next block. 0 when fine (complete or
 * not); -1 with a reason.
 */
static int pool_receive(pool_t *p, igraph_integer_t i)
{
    worker_t *w = &p->w[i];
    record_head_t h;
    ssize_t k = read(w->fd, w->buf + w->have, w->want - w->have);

    if (k < 0 && errno == EINTR) {
        return 0;
    }
    if (k <= 0) {
        set_msg(p->msg, "A worker process ended unexpectedly.", NULL);
        return -1;
    }
    w->have += (size_t) k;
    if (w->have < w->want) {
        return 0;
    }
    memcpy(&h, w->buf, sizeof h);
    if (w->want == sizeof h) {      /* the head is in: how much follows */
        if (h.block < 0 || h.block >= p->t->nblocks) {
            set_msg(p->msg, "A worker process sent a malformed result.", NULL);
            return -1;
        }
        w->want += h.status == 0 ? p->t->size(h.block, p->t->arg) * sizeof(double)
                   : (size_t) MSG_LEN;
        if (w->have < w->want) {
            return 0;
        }
    }
    if (h.status != 0) {
        w->buf[sizeof h + MSG_LEN - 1] = '\0';
        set_msg(p->msg, w->buf + sizeof h, NULL);
        if (!p->msg[0]) {
            set_msg(p->msg, "A worker process failed.", NULL);
        }
        return -1;
    }
    if (pool_accept(p, h.block, w->buf + sizeof h)) {
        return -1;
    }
    w->busy = 0;
    p->running--;
    return p->next < p->t->nblocks && !p->stopped ? pool_send(p, i) : 0;
}

/* Collect results and hand out blocks until every block is combined; -1
 * with a reason. */
static int pool_loop(pool_t *p)
{
    igraph_integer_t i;
    while (p->running > 0 && !p->stopped) {
        for (i = 0; i < p->nw; i++) {
            p->pfd[i].fd = p->w[i].busy ? p->w[i].fd : -1;  /* poll ignores fd < 0 */
            p->pfd[i].events = POLLIN;
            p->pfd[i].revents = 0;
        }
        if (poll(p->pfd, (nfds_t) p->nw, -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            set_msg(p->msg, "Waiting for worker processes failed: ", strerror(errno));
            return -1;
        }
        for (i = 0; i < p->nw; i++) {
            if (p->w[i].busy && (p->pfd[i].revents & (POLLIN | POLLHUP | POLLERR)) &&
                pool_receive(p, i)) {
                return -1;
            }
        }
    }
    if (p->combined != p->t->nblocks && !p->stopped) {
        set_msg(p->msg, "Worker processes left blocks uncomputed.", NULL);
        return -1;
    }
    return 0;
}

/* Stop every worker (kill them when \p force), close the sockets, reap the
 * processes and free the bookkeeping. */
static void pool_end(pool_t *p, int force)
{
    igraph_integer_t i;
    for (i = 0; p->w && i < p->nw; i++) {
        worker_t *w = &p->w[i];
        if (w->fd >= 0 && !force) {
            int64_t stop = -1;
            (void) send_all(w->fd, &stop, sizeof stop);
        }
        if (force && w->pid > 0) {
            kill(w->pid, SIGKILL);
        }
        if (w->fd >= 0) {
            close(w->fd);
            w->fd = -1;
        }
    }
    for (i = 0; p->w && i < p->nw; i++) {
        worker_t *w = &p->w[i];
        if (w->pid > 0) {
            while (waitpid(w->pid, NULL, 0) < 0 && errno == EINTR) {
            }
            il_cleanup_child_drop(w->slot);     /* reaped: forget it */
            w->slot = -1;
            w->pid = 0;
        }
        free(w->buf);
    }
    for (i = 0; p->pending && i < p->t->nblocks; i++) {
        free(p->pending[i]);
    }
    free(p->pfd);
    free(p->pending);
    free(p->w);
}

/* The blocks over nw worker processes. */
static igraph_error_t run_workers(const il_pool_task_t *t, igraph_integer_t nw,
                                  il_pool_stop_fn *stop)
{
    pool_t p;
    int failed = pool_init(&p, t, nw);
    igraph_error_t combine_error;

    p.stop = stop;
    failed = failed || pool_start(&p) || pool_loop(&p);
    combine_error = p.combine_error;
    if (p.stopped) {
        il_progress(t->name, 1.0);
    }
    /* blocks still out when the task stopped are not waited for */
    pool_end(&p, failed || (p.stopped && p.running > 0));
    if (combine_error != IGRAPH_SUCCESS) {
        return combine_error;       /* raised by the callback itself */
    }
    if (failed) {
        IGRAPH_ERRORF("%s: %s", IGRAPH_FAILURE, t->failure, p.msg);
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_pool_run
 * \brief Compute a task's blocks over worker processes and combine them in
 *        block order.
 *
 * Every block b in 0 .. task->nblocks - 1 is computed once by
 * task->compute into a buffer of task->size(b) doubles, and its result is
 * passed to task->combine in the calling process, in block order. With
 * \p jobs = 1 (or one block) the blocks are computed in this process;
 * otherwise min(jobs, nblocks) worker processes are forked and the doubles
 * come back through Unix socket pairs. Since the blocks and their order
 * do not depend on \p jobs, neither does the result. Progress is reported
 * as il_progress(task->name, share of blocks combined).
 *
 * Workers never print and leave by _exit(). A worker's error (the reason
 * igraph's handler recorded in it), a worker that dies, or a worker that
 * cannot be started becomes IGRAPH_FAILURE with the message
 * "<task->failure>: <reason>"; the other workers are then killed. Every
 * worker is reaped on every path. Signal dispositions are left alone:
 * the sockets are written with MSG_NOSIGNAL, so a dead peer is an error,
 * never a SIGPIPE.
 *
 * \param task  The blocks and the callbacks; task->name and
 *              task->failure must not be NULL.
 * \param jobs  Worker processes (>= 1); more than the blocks are not used.
 * \return IGRAPH_EINVAL for jobs < 1; IGRAPH_FAILURE when a worker fails;
 *         IGRAPH_ENOMEM; an error of task->compute (in this process) or
 *         task->combine, as they raised it.
 *
 * Time complexity: that of the blocks, divided over the workers, plus
 * O(sum of block sizes) to move and combine the results.
 */
igraph_error_t il_pool_run(const il_pool_task_t *task, igraph_integer_t jobs)
{
    return il_pool_run_until(task, jobs, NULL);
}

/**
 * \function il_pool_run_until
 * \brief il_pool_run() that may stop before the last block.
 *
 * After each block is combined (in block order, in this process), \p stop
 * (may be NULL) is asked whether any later block is needed; on 1 no
 * further block is handed out or combined, and workers still computing a
 * block are killed and reaped. Which blocks are combined therefore depends
 * on the blocks' results alone, never on \p jobs or on timing.
 *
 * \return As il_pool_run().
 */
igraph_error_t il_pool_run_until(const il_pool_task_t *task, igraph_integer_t jobs,
                                 il_pool_stop_fn *stop)
{
    if (jobs < 1) {
        IGRAPH_ERROR("The number of worker processes must be at least 1.", IGRAPH_EINVAL);
    }
    if (task->nblocks <= 0) {
        return IGRAPH_SUCCESS;
    }
    if (jobs > task->nblocks) {
        jobs = task->nblocks;
    }
    return jobs == 1 ? run_here(task, stop) : run_workers(task, jobs, stop);
}
