/*
 * Who matters: per-node centrality, Burt's structural holes and
 * whole-network centralization (docs/metrics-centrality.md).
 *
 * The path measures (betweenness, closeness, harmonic) are the expensive
 * ones. Debian's igraph is not thread-safe, so they run in forked worker
 * processes: the sources are cut into IL_PATH_BLOCKS blocks (a number fixed
 * by the graph, not by the number of workers), workers compute blocks as
 * the parent hands them out and send the raw doubles back through pipes,
 * and the parent adds the blocks up in block order. The result is
 * therefore bit for bit the same for any number of workers.
 */
#include "analysis/centrality.h"
#include "analysis/distance.h"
#include "core/rng.h"
#include "core/setup.h"

#include <errno.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *const measure_names[IL_MEASURE_COUNT] = {
    "degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector",
    "pagerank", "hub", "authority", "constraint", "effective_size", "efficiency",
    "hierarchy", "coreness", "clustering"
};

static const char *const score_names[IL_SCORE_COUNT] = {
    "degree", "in_degree", "out_degree", "strength", "in_strength", "out_strength",
    "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "hub",
    "authority", "constraint", "effective_size", "efficiency", "hierarchy",
    "coreness", "clustering"
};

/** \function il_measure_name \brief The --measures name of a measure. */
const char *il_measure_name(il_measure_t m)
{
    return m < IL_MEASURE_COUNT ? measure_names[m] : "?";
}

/** \function il_score_name \brief The output column name of a score. */
const char *il_score_name(il_score_t c)
{
    return c < IL_SCORE_COUNT ? score_names[c] : "?";
}

/** \function il_measure_parse \brief A measure by name: 1 and *m, else 0. */
int il_measure_parse(const char *name, il_measure_t *m)
{
    int i;
    for (i = 0; i < IL_MEASURE_COUNT; i++) {
        if (strcmp(name, measure_names[i]) == 0) {
            *m = (il_measure_t) i;
            return 1;
        }
    }
    return 0;
}

/** \function il_score_parse \brief A score column by name: 1 and *c, else 0. */
int il_score_parse(const char *name, il_score_t *c)
{
    int i;
    for (i = 0; i < IL_SCORE_COUNT; i++) {
        if (strcmp(name, score_names[i]) == 0) {
            *c = (il_score_t) i;
            return 1;
        }
    }
    return 0;
}

/** \function il_measure_applies \brief Hub and authority need direction. */
int il_measure_applies(il_measure_t m, igraph_bool_t directed)
{
    if (m == IL_MEASURE_HUB || m == IL_MEASURE_AUTHORITY) {
        return directed ? 1 : 0;
    }
    return m < IL_MEASURE_COUNT;
}

/**
 * \function il_gini
 * \brief Gini coefficient of non-negative values.
 *
 * G = sum_i sum_j |x_i - x_j| / (2 n^2 mean), computed on the sorted
 * values as (2 sum_i i x_(i)) / (n sum x) - (n + 1) / n with i = 1..n.
 * 0 for equal values, (n-1)/n when one value holds everything.
 * \return NaN for no values or a zero sum.
 *
 * Time complexity: O(n log n).
 */
double il_gini(const igraph_vector_t *values)
{
    igraph_integer_t n = igraph_vector_size(values), i;
    igraph_vector_t s;
    double sum = 0, wsum = 0;
    if (n == 0) {
        return NAN;
    }
    if (igraph_vector_init_copy(&s, values) != IGRAPH_SUCCESS) {
        return NAN;
    }
    igraph_vector_sort(&s);
    for (i = 0; i < n; i++) {
        sum += VECTOR(s)[i];
        wsum += (double) (i + 1) * VECTOR(s)[i];
    }
    igraph_vector_destroy(&s);
    if (!(sum > 0)) {
        return NAN;
    }
    return 2.0 * wsum / ((double) n * sum) - ((double) n + 1.0) / (double) n;
}

/* ---- Path measures in blocks of sources --------------------------------- */

typedef struct path_job {
    const igraph_t *graph;
    const igraph_vector_t *lengths;     /* NULL: hops */
    const igraph_vector_int_t *sources; /* NULL: every node */
    igraph_integer_t n, ns, nblocks;
    int bet, clo, har;                  /* which outputs are wanted */
    igraph_vector_t *betweenness, *closeness, *harmonic;
} path_job_t;

static igraph_integer_t block_lo(const path_job_t *job, igraph_integer_t b)
{
    return (igraph_integer_t) ((double) b * (double) job->ns / (double) job->nblocks);
}

static igraph_integer_t block_source(const path_job_t *job, igraph_integer_t k)
{
    return job->sources ? VECTOR(*job->sources)[k] : k;
}

/* Doubles in the result of block b: n betweenness partial sums, then one
 * closeness and one harmonic value per source of the block. */
static size_t block_size(const path_job_t *job, igraph_integer_t b)
{
    size_t len = (size_t) (block_lo(job, b + 1) - block_lo(job, b));
    return (job->bet ? (size_t) job->n : 0) + (job->clo ? len : 0) + (job->har ? len : 0);
}

/* Compute block b into out[block_size(job, b)]. */
static igraph_error_t block_compute(const path_job_t *job, igraph_integer_t b, double *out)
{
    igraph_integer_t lo = block_lo(job, b), hi = block_lo(job, b + 1), k, n = job->n;
    igraph_vector_int_t src;
    igraph_vector_int_t reach;
    igraph_vector_t tmp;
    igraph_vs_t vs;
    size_t at = 0;

    IGRAPH_VECTOR_INT_INIT_FINALLY(&src, hi - lo);
    for (k = lo; k < hi; k++) {
        VECTOR(src)[k - lo] = block_source(job, k);
    }
    IGRAPH_VECTOR_INIT_FINALLY(&tmp, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&reach, 0);
    vs = igraph_vss_vector(&src);
    if (job->bet) {
        /* Sources = this block, targets = all: summed over disjoint blocks
         * this is igraph_betweenness (undirected pairs counted once). */
        IGRAPH_CHECK(igraph_betweenness_subset(job->graph, &tmp, igraph_vss_all(),
                                               /* directed = */ true, vs, igraph_vss_all(),
                                               job->lengths));
        memcpy(out, VECTOR(tmp), (size_t) n * sizeof(double));
        at += (size_t) n;
    }
    if (job->clo) {
        IGRAPH_CHECK(igraph_closeness(job->graph, &tmp, &reach, NULL, vs, IGRAPH_IN,
                                      job->lengths, /* normalized = */ true));
        for (k = 0; k < hi - lo; k++) {
            /* igraph: (r-1) / sum d over the r-1 others reached. Wasserman-
             * Faust scales by (r-1)/(n-1); nothing reached gives 0. */
            double r1 = (double) VECTOR(reach)[k];
            out[at + (size_t) k] = r1 > 0 && n > 1 ? VECTOR(tmp)[k] * r1 / (double) (n - 1) : 0.0;
        }
        at += (size_t) (hi - lo);
    }
    if (job->har) {
        IGRAPH_CHECK(igraph_harmonic_centrality(job->graph, &tmp, vs, IGRAPH_IN,
                                                job->lengths, /* normalized = */ true));
        for (k = 0; k < hi - lo; k++) {
            out[at + (size_t) k] = n > 1 ? VECTOR(tmp)[k] : 0.0;
        }
    }
    igraph_vector_int_destroy(&reach);
    igraph_vector_destroy(&tmp);
    igraph_vector_int_destroy(&src);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}

/* Add the result of block b to the outputs. */
static void block_combine(path_job_t *job, igraph_integer_t b, const double *in)
{
    igraph_integer_t lo = block_lo(job, b), hi = block_lo(job, b + 1), k;
    size_t at = 0;
    if (job->bet) {
        for (k = 0; k < job->n; k++) {
            VECTOR(*job->betweenness)[k] += in[k];
        }
        at += (size_t) job->n;
    }
    if (job->clo) {
        for (k = lo; k < hi; k++) {
            VECTOR(*job->closeness)[block_source(job, k)] = in[at + (size_t) (k - lo)];
        }
        at += (size_t) (hi - lo);
    }
    if (job->har) {
        for (k = lo; k < hi; k++) {
            VECTOR(*job->harmonic)[block_source(job, k)] = in[at + (size_t) (k - lo)];
        }
    }
}

/* ---- Worker processes ------------------------------------------------- */

#define MSG_LEN 256

/* msg = a + b, cut to MSG_LEN (no stdio in the analysis layer). */
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

/* What a worker sends before each block's doubles. */
typedef struct record_head {
    int64_t block;
    int64_t status;     /* 0: the doubles follow; else MSG_LEN bytes of reason */
} record_head_t;

typedef struct worker {
    pid_t pid;
    int cmd;            /* parent writes block numbers here */
    int res;            /* parent reads records here */
    char *buf;          /* the record being read */
    size_t have, want;
    int busy;           /* 1 while a block is out */
} worker_t;

static int write_all(int fd, const void *p, size_t len)
{
    const char *c = p;
    while (len > 0) {
        ssize_t k = write(fd, c, len);
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

/* The body of a worker process: compute the blocks it is sent until told
 * to stop. It never prints and leaves by _exit(). */
static void worker_main(const path_job_t *job, int cmd, int res, size_t maxlen)
{
    double *out = malloc((maxlen ? maxlen : 1) * sizeof(double));
    int64_t b;
    il_progress_set(NULL, NULL);
    il_warning_set(NULL, NULL);
    for (;;) {
        record_head_t h;
        int r = read_all(cmd, &b, sizeof b);
        if (r <= 0 || b < 0) {
            break;
        }
        h.block = b;
        il_clear_error();
        if (!out) {
            char msg[MSG_LEN] = "Out of memory in a worker process.";
            h.status = 1;
            if (write_all(res, &h, sizeof h) || write_all(res, msg, MSG_LEN)) {
                break;
            }
            continue;
        }
        if (block_compute(job, (igraph_integer_t) b, out) != IGRAPH_SUCCESS) {
            char msg[MSG_LEN];
            memset(msg, 0, sizeof msg);
            strncpy(msg, il_last_error(), MSG_LEN - 1);
            h.status = 1;
            /* igraph's error handler has emptied the finally stack this
             * process inherited, which may hold the job's own vectors:
             * report and stop rather than compute another block. */
            (void) write_all(res, &h, sizeof h);
            (void) write_all(res, msg, MSG_LEN);
            break;
        }
        h.status = 0;
        if (write_all(res, &h, sizeof h) ||
            write_all(res, out, block_size(job, (igraph_integer_t) b) * sizeof(double))) {
            break;
        }
    }
    free(out);
    _exit(0);
}

/* Stop every worker still running, close the pipes and reap the processes. */
static void workers_end(worker_t *w, igraph_integer_t nw, int force)
{
    igraph_integer_t i;
    for (i = 0; i < nw; i++) {
        if (w[i].cmd >= 0) {
            if (!force) {
                int64_t stop = -1;
                (void) write_all(w[i].cmd, &stop, sizeof stop);
            }
            close(w[i].cmd);
            w[i].cmd = -1;
        }
        if (force && w[i].pid > 0) {
            kill(w[i].pid, SIGKILL);
        }
        if (w[i].res >= 0) {
            close(w[i].res);
            w[i].res = -1;
        }
    }
    for (i = 0; i < nw; i++) {
        if (w[i].pid > 0) {
            while (waitpid(w[i].pid, NULL, 0) < 0 && errno == EINTR) {
            }
            w[i].pid = 0;
        }
        free(w[i].buf);
        w[i].buf = NULL;
    }
}

/* Hand block b to worker i; -1 on failure. */
static int worker_send(worker_t *w, int64_t b)
{
    if (write_all(w->cmd, &b, sizeof b)) {
        return -1;
    }
    w->busy = 1;
    w->have = 0;
    w->want = sizeof(record_head_t);
    return 0;
}

/* Run the blocks over nw worker processes. Returns 0, or -1 with a reason
 * in msg. */
static int run_workers(path_job_t *job, igraph_integer_t nw, char *msg)
{
    worker_t *w = calloc((size_t) nw, sizeof *w);
    double **pending = calloc((size_t) job->nblocks, sizeof *pending);
    struct pollfd *pfd = calloc((size_t) nw, sizeof *pfd);
    igraph_integer_t i, next = 0, combined = 0, running = 0;
    size_t maxlen = 0;
    int ret = -1;
    struct sigaction ign, old;

    memset(&ign, 0, sizeof ign);
    ign.sa_handler = SIG_IGN;
    sigemptyset(&ign.sa_mask);
    sigaction(SIGPIPE, &ign, &old);     /* a dead worker is an error, not a signal */
    if (!w || !pending || !pfd) {
        set_msg(msg, "Out of memory starting worker processes.", NULL);
        goto cleanup;
    }
    for (i = 0; i < nw; i++) {
        w[i].cmd = w[i].res = -1;
    }
    for (i = 0; i < job->nblocks; i++) {
        size_t len = block_size(job, i);
        if (len > maxlen) {
            maxlen = len;
        }
    }
    for (i = 0; i < nw; i++) {
        int cp[2], rp[2];
        igraph_integer_t j;
        if (pipe(cp) != 0) {
            set_msg(msg, "Cannot create a pipe for a worker: ", strerror(errno));
            goto cleanup;
        }
        if (pipe(rp) != 0) {
            set_msg(msg, "Cannot create a pipe for a worker: ", strerror(errno));
            close(cp[0]);
            close(cp[1]);
            goto cleanup;
        }
        w[i].pid = fork();
        if (w[i].pid < 0) {
            set_msg(msg, "Cannot start a worker process: ", strerror(errno));
            w[i].pid = 0;
            close(cp[0]);
            close(cp[1]);
            close(rp[0]);
            close(rp[1]);
            goto cleanup;
        }
        if (w[i].pid == 0) {
            for (j = 0; j < i; j++) {   /* the other workers' pipe ends */
                close(w[j].cmd);
                close(w[j].res);
            }
            close(cp[1]);
            close(rp[0]);
            worker_main(job, cp[0], rp[1], maxlen);
        }
        close(cp[0]);
        close(rp[1]);
        w[i].cmd = cp[1];
        w[i].res = rp[0];
        /* room for the larger reply: a block's values, or an error message */
        w[i].buf = malloc(sizeof(record_head_t) +
                          ((maxlen ? maxlen : 1) * sizeof(double) > MSG_LEN
                           ? (maxlen ? maxlen : 1) * sizeof(double) : MSG_LEN));
        if (!w[i].buf) {
            set_msg(msg, "Out of memory starting worker processes.", NULL);
            goto cleanup;
        }
    }
    for (i = 0; i < nw && next < job->nblocks; i++) {
        if (worker_send(&w[i], next++)) {
            set_msg(msg, "A worker process ended unexpectedly.", NULL);
            goto cleanup;
        }
        running++;
    }
    while (running > 0) {
        igraph_integer_t np = 0;
        for (i = 0; i < nw; i++) {
            pfd[i].fd = w[i].busy ? w[i].res : -1;     /* poll ignores fd < 0 */
            pfd[i].events = POLLIN;
            pfd[i].revents = 0;
        }
        if (poll(pfd, (nfds_t) nw, -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            set_msg(msg, "Waiting for worker processes failed: ", strerror(errno));
            goto cleanup;
        }
        for (i = 0; i < nw; i++) {
            record_head_t h;
            ssize_t k;
            if (!w[i].busy || !(pfd[i].revents & (POLLIN | POLLHUP | POLLERR))) {
                continue;
            }
            np++;
            k = read(w[i].res, w[i].buf + w[i].have, w[i].want - w[i].have);
            if (k < 0 && errno == EINTR) {
                continue;
            }
            if (k <= 0) {
                set_msg(msg, "A worker process ended unexpectedly.", NULL);
                goto cleanup;
            }
            w[i].have += (size_t) k;
            if (w[i].have < w[i].want) {
                continue;
            }
            memcpy(&h, w[i].buf, sizeof h);
            if (w[i].want == sizeof h) {    /* the head is in: how much follows */
                if (h.block < 0 || h.block >= job->nblocks) {
                    set_msg(msg, "A worker process sent a malformed result.", NULL);
                    goto cleanup;
                }
                w[i].want += h.status == 0 ? block_size(job, h.block) * sizeof(double)
                             : (size_t) MSG_LEN;
                if (w[i].have < w[i].want) {
                    continue;
                }
            }
            if (h.status != 0) {
                w[i].buf[sizeof h + MSG_LEN - 1] = '\0';
                set_msg(msg, w[i].buf + sizeof h, NULL);
                if (!msg[0]) {
                    set_msg(msg, "A worker process failed.", NULL);
                }
                goto cleanup;
            }
            pending[h.block] = malloc(block_size(job, h.block) * sizeof(double) + 1);
            if (!pending[h.block]) {
                set_msg(msg, "Out of memory collecting worker results.", NULL);
                goto cleanup;
            }
            memcpy(pending[h.block], w[i].buf + sizeof h,
                   block_size(job, h.block) * sizeof(double));
            w[i].busy = 0;
            running--;
            while (combined < job->nblocks && pending[combined]) {
                block_combine(job, combined, pending[combined]);
                free(pending[combined]);
                pending[combined] = NULL;
                combined++;
            }
            il_progress("path centrality", (double) combined / (double) job->nblocks);
            if (next < job->nblocks) {
                if (worker_send(&w[i], next++)) {
                    set_msg(msg, "A worker process ended unexpectedly.", NULL);
                    goto cleanup;
                }
                running++;
            }
        }
        (void) np;
    }
    ret = combined == job->nblocks ? 0 : -1;
    if (ret) {
        set_msg(msg, "Worker processes left blocks uncomputed.", NULL);
    }
cleanup:
    if (w) {
        workers_end(w, nw, ret != 0);
    }
    if (pending) {
        for (i = 0; i < job->nblocks; i++) {
            free(pending[i]);
        }
    }
    sigaction(SIGPIPE, &old, NULL);
    free(pfd);
    free(pending);
    free(w);
    return ret;
}

/**
 * \function il_path_centrality
 * \brief Betweenness, closeness and harmonic centrality from a set of
 *        sources, over worker processes.
 *
 * Betweenness: raw Brandes counts over shortest paths from the sources to
 * every node (igraph_betweenness_subset per block; an undirected pair is
 * counted once, as igraph_betweenness does, so all nodes as sources give
 * igraph_betweenness exactly). Closeness: Wasserman-Faust,
 * ((r-1)/(n-1)) ((r-1)/sum d) over the r-1 other nodes at finite
 * distance, 0 when there are none (networkx wf_improved). Harmonic: sum
 * 1/d over the others / (n-1), 0 when n = 1. In a directed graph both use
 * distances towards the node (igraph mode "in"), as networkx does;
 * betweenness follows edge direction.
 *
 * The sources are cut into min(s, IL_PATH_BLOCKS) blocks; with \p jobs > 1
 * the blocks run in forked worker processes (igraph is not thread-safe)
 * and come back through pipes; the parent adds them in block order, so
 * the values do not depend on \p jobs. Workers never print; a worker's
 * error becomes this function's error, and every worker is reaped.
 *
 * \param lengths     Edge lengths (> 0), or NULL for hops.
 * \param sources     Source nodes, or NULL for every node.
 * \param jobs        Worker processes; 1 computes in this process.
 * \param betweenness Resized to n and filled, or NULL.
 * \param closeness   Resized to n; entries of the sources filled, or NULL.
 * \param harmonic    As closeness.
 * \return IGRAPH_EINVAL for jobs < 1 or a bad length; IGRAPH_FAILURE when
 *         a worker cannot be started or fails; IGRAPH_ENOMEM.
 *
 * Time complexity: O(s (m + n log n)) over all workers for s sources.
 */
igraph_error_t il_path_centrality(const igraph_t *graph, const igraph_vector_t *lengths,
                                  const igraph_vector_int_t *sources, igraph_integer_t jobs,
                                  igraph_vector_t *betweenness, igraph_vector_t *closeness,
                                  igraph_vector_t *harmonic)
{
    path_job_t job;
    igraph_integer_t b;
    char msg[MSG_LEN];

    if (jobs < 1) {
        IGRAPH_ERROR("The number of worker processes must be at least 1.", IGRAPH_EINVAL);
    }
    memset(&job, 0, sizeof job);
    job.graph = graph;
    job.lengths = lengths;
    job.sources = sources;
    job.n = igraph_vcount(graph);
    job.ns = sources ? igraph_vector_int_size(sources) : job.n;
    job.nblocks = job.ns < IL_PATH_BLOCKS ? job.ns : IL_PATH_BLOCKS;
    job.bet = betweenness != NULL;
    job.clo = closeness != NULL;
    job.har = harmonic != NULL;
    job.betweenness = betweenness;
    job.closeness = closeness;
    job.harmonic = harmonic;
    if (betweenness) {
        IGRAPH_CHECK(igraph_vector_resize(betweenness, job.n));
        igraph_vector_null(betweenness);
    }
    if (closeness) {
        IGRAPH_CHECK(igraph_vector_resize(closeness, job.n));
    }
    if (harmonic) {
        IGRAPH_CHECK(igraph_vector_resize(harmonic, job.n));
    }
    if (job.nblocks == 0 || (!job.bet && !job.clo && !job.har)) {
        return IGRAPH_SUCCESS;
    }
    if (lengths) {
        for (b = 0; b < igraph_vector_size(lengths); b++) {
            double x = VECTOR(*lengths)[b];
            if (!(x > 0) || !isfinite(x)) {
                IGRAPH_ERROR("Path lengths must be finite and greater than zero.",
                             IGRAPH_EINVAL);
            }
        }
    }
    if (jobs > job.nblocks) {
        jobs = job.nblocks;
    }
    if (jobs == 1) {
        size_t maxlen = 0;
        double *out;
        for (b = 0; b < job.nblocks; b++) {
            if (block_size(&job, b) > maxlen) {
                maxlen = block_size(&job, b);
            }
        }
        out = IGRAPH_CALLOC(maxlen + 1, double);
        IGRAPH_CHECK_OOM(out, "Out of memory for path centrality.");
        IGRAPH_FINALLY(igraph_free, out);
        for (b = 0; b < job.nblocks; b++) {
            IGRAPH_CHECK(block_compute(&job, b, out));
            block_combine(&job, b, out);
            il_progress("path centrality", (double) (b + 1) / (double) job.nblocks);
        }
        IGRAPH_FREE(out);
        IGRAPH_FINALLY_CLEAN(1);
        return IGRAPH_SUCCESS;
    }
    msg[0] = '\0';
    if (run_workers(&job, jobs, msg) != 0) {
        IGRAPH_ERRORF("Path centrality in worker processes: %s", IGRAPH_FAILURE, msg);
    }
    return IGRAPH_SUCCESS;
}

/* ---- Burt's structural holes ------------------------------------------ */

/* Distinct neighbours of every node with the mutual tie a_ij + a_ji
 * (undirected: w_ij, which gives the same proportions), loops left out. */
typedef struct mutual {
    igraph_vector_int_t start;  /* n + 1 offsets into nb / mw */
    igraph_vector_int_t nb;
    igraph_vector_t mw;
    igraph_vector_t total, max; /* per node: sum and max of mw */
} mutual_t;

static void mutual_destroy(mutual_t *mu)
{
    igraph_vector_int_destroy(&mu->start);
    igraph_vector_int_destroy(&mu->nb);
    igraph_vector_destroy(&mu->mw);
    igraph_vector_destroy(&mu->total);
    igraph_vector_destroy(&mu->max);
}

static igraph_error_t mutual_init(const il_graph_t *g, mutual_t *mu)
{
    igraph_integer_t n = il_graph_vcount(g), i, k;
    igraph_inclist_t il;
    igraph_vector_t acc;
    igraph_vector_int_t seen;

    IGRAPH_CHECK(igraph_vector_int_init(&mu->start, n + 1));
    IGRAPH_FINALLY(igraph_vector_int_destroy, &mu->start);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&mu->nb, 0);
    IGRAPH_VECTOR_INIT_FINALLY(&mu->mw, 0);
    IGRAPH_VECTOR_INIT_FINALLY(&mu->total, n);
    IGRAPH_VECTOR_INIT_FINALLY(&mu->max, n);
    IGRAPH_CHECK(igraph_inclist_init(&g->graph, &il, IGRAPH_ALL, IGRAPH_LOOPS_ONCE));
    IGRAPH_FINALLY(igraph_inclist_destroy, &il);
    IGRAPH_VECTOR_INIT_FINALLY(&acc, n);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&seen, n);
    igraph_vector_int_fill(&seen, -1);
    for (i = 0; i < n; i++) {
        igraph_vector_int_t *inc = igraph_inclist_get(&il, i);
        igraph_integer_t deg = igraph_vector_int_size(inc), first = igraph_vector_int_size(&mu->nb);
        VECTOR(mu->start)[i] = first;
        for (k = 0; k < deg; k++) {
            igraph_integer_t e = VECTOR(*inc)[k], j = IGRAPH_OTHER(&g->graph, e, i);
            if (j == i) {
                continue;
            }
            if (VECTOR(seen)[j] != i) {
                VECTOR(seen)[j] = i;
                VECTOR(acc)[j] = 0;
                IGRAPH_CHECK(igraph_vector_int_push_back(&mu->nb, j));
            }
            VECTOR(acc)[j] += VECTOR(g->weight)[e];
        }
        for (k = first; k < igraph_vector_int_size(&mu->nb); k++) {
            double x = VECTOR(acc)[VECTOR(mu->nb)[k]];
            IGRAPH_CHECK(igraph_vector_push_back(&mu->mw, x));
            VECTOR(mu->total)[i] += x;
            if (x > VECTOR(mu->max)[i]) {
                VECTOR(mu->max)[i] = x;
            }
        }
    }
    VECTOR(mu->start)[n] = igraph_vector_int_size(&mu->nb);
    igraph_vector_int_destroy(&seen);
    igraph_vector_destroy(&acc);
    igraph_inclist_destroy(&il);
    IGRAPH_FINALLY_CLEAN(8);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_structural_holes
 * \brief Burt's effective size, efficiency, hierarchy and constraint.
 *
 * With the mutual tie z_ij = a_ij + a_ji and N(i) the distinct neighbours
 * (in or out), p_ij = z_ij / sum_k z_ik and m_jq = z_jq / max_k z_jk:
 *   effective size  ES_i = sum_{j in N(i)} [1 - sum_{q != i,j} p_iq m_jq]
 *                   (networkx.effective_size(weight=));
 *   efficiency      ES_i / |N(i)|;
 *   dyadic constraint c_ij = (p_ij + sum_{q != i,j} p_iq p_qj)^2 and
 *   constraint      C_i = sum_j c_ij (igraph_constraint, networkx.constraint);
 *   hierarchy       H_i = sum_j r_ij ln r_ij / (N ln N), r_ij = c_ij / (C_i/N),
 *                   N = |N(i)|; 0 when N = 1 (Burt 1992, whole-network model).
 * Self-loops are left out. Isolates get NaN in all four.
 *
 * \return IGRAPH_ENOMEM.
 *
 * Time complexity: O(sum over ties of the degrees at both ends).
 */
igraph_error_t il_structural_holes(const il_graph_t *g, igraph_vector_t *effective_size,
                                   igraph_vector_t *efficiency, igraph_vector_t *hierarchy,
                                   igraph_vector_t *constraint)
{
    igraph_integer_t n = il_graph_vcount(g), i, a, c;
    mutual_t mu;
    igraph_vector_t p, cij;

    IGRAPH_CHECK(mutual_init(g, &mu));
    IGRAPH_FINALLY(mutual_destroy, &mu);
    IGRAPH_VECTOR_INIT_FINALLY(&p, n);      /* p_iq of the current i, 0 elsewhere */
    IGRAPH_VECTOR_INIT_FINALLY(&cij, 0);
    if (effective_size) {
        IGRAPH_CHECK(igraph_vector_resize(effective_size, n));
    }
    if (efficiency) {
        IGRAPH_CHECK(igraph_vector_resize(efficiency, n));
    }
    if (hierarchy) {
        IGRAPH_CHECK(igraph_vector_resize(hierarchy, n));
    }
    if (constraint) {
        IGRAPH_CHECK(igraph_vector_resize(constraint, n));
    }
    for (i = 0; i < n; i++) {
        igraph_integer_t lo = VECTOR(mu.start)[i], hi = VECTOR(mu.start)[i + 1];
        igraph_integer_t deg = hi - lo;
        double es = 0, ctot = 0, h = 0;
        if (deg == 0) {
            if (effective_size) {
                VECTOR(*effective_size)[i] = NAN;
            }
            if (efficiency) {
                VECTOR(*efficiency)[i] = NAN;
            }
            if (hierarchy) {
                VECTOR(*hierarchy)[i] = NAN;
            }
            if (constraint) {
                VECTOR(*constraint)[i] = NAN;
            }
            continue;
        }
        IGRAPH_CHECK(igraph_vector_resize(&cij, deg));
        for (a = lo; a < hi; a++) {
            VECTOR(p)[VECTOR(mu.nb)[a]] = VECTOR(mu.mw)[a] / VECTOR(mu.total)[i];
        }
        for (a = lo; a < hi; a++) {
            igraph_integer_t j = VECTOR(mu.nb)[a];
            igraph_integer_t jlo = VECTOR(mu.start)[j], jhi = VECTOR(mu.start)[j + 1];
            double red = 0, indirect = 0, d;
            for (c = jlo; c < jhi; c++) {
                igraph_integer_t q = VECTOR(mu.nb)[c];
                double pq = VECTOR(p)[q];
                if (q == i || pq == 0) {
                    continue;
                }
                red += pq * VECTOR(mu.mw)[c] / VECTOR(mu.max)[j];
                indirect += pq * VECTOR(mu.mw)[c] / VECTOR(mu.total)[q];
            }
            es += 1.0 - red;
            d = VECTOR(p)[j] + indirect;
            VECTOR(cij)[a - lo] = d * d;
            ctot += d * d;
        }
        if (deg > 1) {
            double mean = ctot / (double) deg;
            for (a = 0; a < deg; a++) {
                double r = VECTOR(cij)[a] / mean;
                h += r > 0 ? r * log(r) : 0.0;
            }
            h /= (double) deg * log((double) deg);
        }
        for (a = lo; a < hi; a++) {
            VECTOR(p)[VECTOR(mu.nb)[a]] = 0;
        }
        if (effective_size) {
            VECTOR(*effective_size)[i] = es;
        }
        if (efficiency) {
            VECTOR(*efficiency)[i] = es / (double) deg;
        }
        if (hierarchy) {
            VECTOR(*hierarchy)[i] = h;
        }
        if (constraint) {
            VECTOR(*constraint)[i] = ctot;
        }
    }
    igraph_vector_destroy(&cij);
    igraph_vector_destroy(&p);
    mutual_destroy(&mu);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}

/* ---- The whole command -------------------------------------------------- */

/**
 * \function il_centrality_destroy
 * \brief Free the score vectors; accepts a zero-filled result.
 */
void il_centrality_destroy(il_centrality_t *res)
{
    int c;
    for (c = 0; c < IL_SCORE_COUNT; c++) {
        if (res->has[c]) {
            igraph_vector_destroy(&res->score[c]);
            res->has[c] = 0;
        }
    }
}

static igraph_error_t add_score(il_centrality_t *res, il_score_t c, igraph_integer_t n)
{
    IGRAPH_CHECK(igraph_vector_init(&res->score[c], n));
    res->has[c] = 1;
    return IGRAPH_SUCCESS;
}

/* Freeman centralization: (n max - sum) / tmax, NaN when tmax <= 0. */
static double freeman(const igraph_vector_t *scores, double tmax)
{
    if (igraph_vector_size(scores) == 0 || !(tmax > 0)) {
        return NAN;
    }
    return igraph_centralization(scores, tmax, /* normalized = */ true);
}

static igraph_error_t degree_scores(const il_graph_t *g, il_centrality_t *res, int strength)
{
    igraph_integer_t n = res->nodes, i;
    igraph_vector_int_t d;
    il_score_t base = strength ? IL_SCORE_STRENGTH : IL_SCORE_DEGREE;
    igraph_neimode_t modes[3] = { IGRAPH_ALL, IGRAPH_IN, IGRAPH_OUT };
    int k, nk = g->directed ? 3 : 1;

    IGRAPH_VECTOR_INT_INIT_FINALLY(&d, 0);
    for (k = 0; k < nk; k++) {
        il_score_t c = (il_score_t) (base + k);
        IGRAPH_CHECK(add_score(res, c, n));
        if (strength) {
            IGRAPH_CHECK(igraph_strength(&g->graph, &res->score[c], igraph_vss_all(), modes[k],
                                         /* loops = */ true, &g->weight));
        } else {
            IGRAPH_CHECK(igraph_degree(&g->graph, &d, igraph_vss_all(), modes[k],
                                       /* loops = */ true));
            for (i = 0; i < n; i++) {
                VECTOR(res->score[c])[i] = (double) VECTOR(d)[i];
            }
        }
    }
    igraph_vector_int_destroy(&d);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

static igraph_error_t path_scores(const il_graph_t *g, const il_centrality_options_t *opts,
                                  il_centrality_t *res, unsigned want)
{
    igraph_integer_t n = res->nodes, i;
    igraph_vector_t len;
    const igraph_vector_t *use;
    igraph_vector_int_t sample;
    il_rng_scope_t rng;
    int bet = (want >> IL_MEASURE_BETWEENNESS) & 1;
    int clo = (want >> IL_MEASURE_CLOSENESS) & 1;
    int har = (want >> IL_MEASURE_HARMONIC) & 1;
    int sampled = bet && opts->samples > 0 && opts->samples < n;

    IGRAPH_VECTOR_INIT_FINALLY(&len, 0);
    IGRAPH_CHECK(il_distance_weights(g, opts->path_weight, &len, &use));
    if (bet) {
        IGRAPH_CHECK(add_score(res, IL_SCORE_BETWEENNESS, n));
    }
    if (clo) {
        IGRAPH_CHECK(add_score(res, IL_SCORE_CLOSENESS, n));
    }
    if (har) {
        IGRAPH_CHECK(add_score(res, IL_SCORE_HARMONIC, n));
    }
    res->betweenness_sources = bet ? n : 0;
    if (sampled) {
        IGRAPH_VECTOR_INT_INIT_FINALLY(&sample, 0);
        IGRAPH_CHECK(il_rng_scope_begin(&rng, opts->seed));
        IGRAPH_FINALLY(il_rng_scope_end, &rng);
        IGRAPH_CHECK(igraph_random_sample(&sample, 0, n - 1, opts->samples));
        il_rng_scope_end(&rng);
        IGRAPH_FINALLY_CLEAN(1);
        IGRAPH_CHECK(il_path_centrality(&g->graph, use, &sample, opts->jobs,
                                        &res->score[IL_SCORE_BETWEENNESS], NULL, NULL));
        igraph_vector_scale(&res->score[IL_SCORE_BETWEENNESS],
                            (double) n / (double) opts->samples);
        res->betweenness_sources = opts->samples;
        igraph_vector_int_destroy(&sample);
        IGRAPH_FINALLY_CLEAN(1);
        bet = 0;
    }
    if (bet || clo || har) {
        IGRAPH_CHECK(il_path_centrality(&g->graph, use, NULL, opts->jobs,
                                        bet ? &res->score[IL_SCORE_BETWEENNESS] : NULL,
                                        clo ? &res->score[IL_SCORE_CLOSENESS] : NULL,
                                        har ? &res->score[IL_SCORE_HARMONIC] : NULL));
    }
    if (res->has[IL_SCORE_BETWEENNESS]) {
        igraph_vector_t *b = &res->score[IL_SCORE_BETWEENNESS];
        double tmax;
        IGRAPH_CHECK(igraph_centralization_betweenness_tmax(&g->graph, n, g->directed, &tmax));
        res->betweenness_centralization = n > 2 ? freeman(b, tmax) : NAN;
        if (!opts->raw) {
            double scale = n > 2 ? (g->directed ? 1.0 : 2.0) / ((double) (n - 1) * (n - 2)) : 1.0;
            for (i = 0; i < n; i++) {
                VECTOR(*b)[i] *= scale;
            }
        }
    }
    if (res->has[IL_SCORE_CLOSENESS] && n > 1) {
        double tmax;
        IGRAPH_CHECK(igraph_centralization_closeness_tmax(&g->graph, n,
                                                          g->directed ? IGRAPH_IN : IGRAPH_ALL,
                                                          &tmax));
        res->closeness_centralization = freeman(&res->score[IL_SCORE_CLOSENESS], tmax);
    }
    igraph_vector_destroy(&len);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* 1 when every node of an undirected graph has the same strength (> 0),
 * self-loops counted twice as igraph does. */
static int equal_strengths(const il_graph_t *g)
{
    igraph_integer_t n = il_graph_vcount(g), m = il_graph_ecount(g), e, v;
    double *s = calloc((size_t) (n > 0 ? n : 1), sizeof *s);
    int equal = s != NULL;
    for (e = 0; equal && e < m; e++) {
        s[IGRAPH_FROM(&g->graph, e)] += VECTOR(g->weight)[e];
        s[IGRAPH_TO(&g->graph, e)] += VECTOR(g->weight)[e];
    }
    for (v = 1; equal && v < n; v++) {
        equal = fabs(s[v] - s[0]) <= 1e-12 * fabs(s[0]);
    }
    equal = equal && n > 0 && s[0] > 0;
    free(s);
    return equal;
}

static igraph_error_t spectral_scores(const il_graph_t *g, il_centrality_t *res, unsigned want)
{
    igraph_integer_t n = res->nodes, m = il_graph_ecount(g);
    igraph_real_t value;

    if ((want >> IL_MEASURE_EIGENVECTOR) & 1) {
        igraph_vector_t *v;
        double tmax;
        IGRAPH_CHECK(add_score(res, IL_SCORE_EIGENVECTOR, n));
        v = &res->score[IL_SCORE_EIGENVECTOR];
        if (m == 0) {
            igraph_vector_fill(v, 1.0);     /* what igraph returns, without its warning */
        } else if (!g->directed && equal_strengths(g)) {
            /* every node has the same strength: the all-ones vector is the
             * leading eigenvector (Perron-Frobenius), and ARPACK fails to
             * converge on such degenerate spectra (a ring of 5001 nodes) */
            igraph_vector_fill(v, 1.0);
        } else {
            IGRAPH_CHECK(igraph_eigenvector_centrality(&g->graph, v, &value, g->directed,
                                                       /* scale = */ true, &g->weight, NULL));
        }
        IGRAPH_CHECK(igraph_centralization_eigenvector_centrality_tmax(&g->graph, n, g->directed,
                                                                       /* scale = */ true,
                                                                       &tmax));
        res->eigenvector_centralization = freeman(v, tmax);
    }
    if ((want >> IL_MEASURE_PAGERANK) & 1) {
        IGRAPH_CHECK(add_score(res, IL_SCORE_PAGERANK, n));
        IGRAPH_CHECK(igraph_pagerank(&g->graph, IGRAPH_PAGERANK_ALGO_PRPACK,
                                     &res->score[IL_SCORE_PAGERANK], &value, igraph_vss_all(),
                                     g->directed, 0.85, &g->weight, NULL));
    }
    if (((want >> IL_MEASURE_HUB) & 1) || ((want >> IL_MEASURE_AUTHORITY) & 1)) {
        igraph_vector_t hub, auth;
        IGRAPH_VECTOR_INIT_FINALLY(&hub, n);
        IGRAPH_VECTOR_INIT_FINALLY(&auth, n);
        if (m == 0) {
            igraph_vector_fill(&hub, 1.0);
            igraph_vector_fill(&auth, 1.0);
        } else {
            IGRAPH_CHECK(igraph_hub_and_authority_scores(&g->graph, &hub, &auth, &value,
                                                         /* scale = */ true, &g->weight, NULL));
        }
        if ((want >> IL_MEASURE_HUB) & 1) {
            IGRAPH_CHECK(add_score(res, IL_SCORE_HUB, 0));
            igraph_vector_swap(&res->score[IL_SCORE_HUB], &hub);
        }
        if ((want >> IL_MEASURE_AUTHORITY) & 1) {
            IGRAPH_CHECK(add_score(res, IL_SCORE_AUTHORITY, 0));
            igraph_vector_swap(&res->score[IL_SCORE_AUTHORITY], &auth);
        }
        igraph_vector_destroy(&auth);
        igraph_vector_destroy(&hub);
        IGRAPH_FINALLY_CLEAN(2);
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t local_scores(const il_graph_t *g, il_centrality_t *res, unsigned want)
{
    igraph_integer_t n = res->nodes, i;
    int es = (want >> IL_MEASURE_EFFECTIVE_SIZE) & 1, ef = (want >> IL_MEASURE_EFFICIENCY) & 1;
    int hi = (want >> IL_MEASURE_HIERARCHY) & 1, co = (want >> IL_MEASURE_CONSTRAINT) & 1;

    if (co) {
        IGRAPH_CHECK(add_score(res, IL_SCORE_CONSTRAINT, n));
    }
    /* one pass for all four Burt measures, so they agree on loops and
     * isolates; constraint equals igraph_constraint on loop-free graphs */
    if (co || es || ef || hi) {
        if (es) {
            IGRAPH_CHECK(add_score(res, IL_SCORE_EFFECTIVE_SIZE, n));
        }
        if (ef) {
            IGRAPH_CHECK(add_score(res, IL_SCORE_EFFICIENCY, n));
        }
        if (hi) {
            IGRAPH_CHECK(add_score(res, IL_SCORE_HIERARCHY, n));
        }
        IGRAPH_CHECK(il_structural_holes(g, es ? &res->score[IL_SCORE_EFFECTIVE_SIZE] : NULL,
                                         ef ? &res->score[IL_SCORE_EFFICIENCY] : NULL,
                                         hi ? &res->score[IL_SCORE_HIERARCHY] : NULL,
                                         co ? &res->score[IL_SCORE_CONSTRAINT] : NULL));
    }
    if ((want >> IL_MEASURE_CORENESS) & 1) {
        igraph_vector_int_t core;
        IGRAPH_CHECK(add_score(res, IL_SCORE_CORENESS, n));
        IGRAPH_VECTOR_INT_INIT_FINALLY(&core, n);
        IGRAPH_CHECK(igraph_coreness(&g->graph, &core, IGRAPH_ALL));
        for (i = 0; i < n; i++) {
            VECTOR(res->score[IL_SCORE_CORENESS])[i] = (double) VECTOR(core)[i];
        }
        igraph_vector_int_destroy(&core);
        IGRAPH_FINALLY_CLEAN(1);
    }
    if ((want >> IL_MEASURE_CLUSTERING) & 1) {
        igraph_t und;
        const igraph_t *view;
        int made;
        IGRAPH_CHECK(add_score(res, IL_SCORE_CLUSTERING, n));
        IGRAPH_CHECK(il_graph_simple_undirected(g, &und, &view, &made));
        if (made) {
            IGRAPH_FINALLY(igraph_destroy, &und);
        }
        IGRAPH_CHECK(igraph_transitivity_local_undirected(view, &res->score[IL_SCORE_CLUSTERING],
                                                          igraph_vss_all(),
                                                          IGRAPH_TRANSITIVITY_ZERO));
        if (made) {
            igraph_destroy(&und);
            IGRAPH_FINALLY_CLEAN(1);
        }
    }
    return IGRAPH_SUCCESS;
}

static void result_free(void *p)
{
    il_centrality_destroy((il_centrality_t *) p);
}

/**
 * \function il_centrality
 * \brief Per-node centrality, structural holes and centralization.
 *
 * Computes the measures in opts->measures (0: every measure that applies;
 * hub and authority only for directed graphs) as DEFINITIONS.md defines
 * them: degree and strength (directed: total, in, out; loops count twice
 * as in networkx), betweenness (Brandes on the --path-weight lengths,
 * x 2/((n-1)(n-2)) undirected, x 1/((n-1)(n-2)) directed, 0 when n < 3;
 * raw with opts->raw; estimated from opts->samples random sources scaled
 * by n/K when 0 < K < n), closeness (Wasserman-Faust, 0 for a node that
 * reaches nobody), harmonic (/(n-1)), eigenvector (weighted, max 1; all 1
 * without ties, as igraph), pagerank (0.85, weighted), hub and authority
 * (weighted, max 1), constraint, effective size, efficiency, hierarchy
 * (il_structural_holes(), weighted; constraint as igraph_constraint), coreness
 * (unweighted, in + out) and local clustering (unweighted, undirected
 * simple graph, degree < 2 gives 0).
 *
 * Centralization (igraph's normalised definitions, generic form
 * (n max - sum)/tmax applied to innolink's scores): degree (total degree,
 * igraph_centralization_degree_tmax, mode all, no loops), betweenness
 * (raw scores, igraph_centralization_betweenness_tmax), closeness
 * (igraph_centralization_closeness_tmax, mode out), eigenvector
 * (igraph_centralization_eigenvector_centrality_tmax, scale = true) and
 * the Gini coefficient of total strengths. NaN when the measure was not
 * asked for or the maximum is 0 (n < 3 for most).
 *
 * \param opts  Measures, path weights, raw, jobs, samples and seed.
 * \param res   Filled on success; free with il_centrality_destroy().
 * \return IGRAPH_EINVAL for hub/authority on an undirected graph, jobs < 1
 *         or samples > n; IGRAPH_FAILURE when a worker fails; ENOMEM.
 *
 * Time complexity: O(n m + n^2 log n) for the path measures (divided over
 * the workers), about O(m d) for the rest.
 */
igraph_error_t il_centrality(const il_graph_t *g, const il_centrality_options_t *opts,
                             il_centrality_t *res)
{
    igraph_integer_t n = il_graph_vcount(g);
    unsigned want = opts->measures;
    il_rng_scope_t rng;
    int k;

    memset(res, 0, sizeof *res);
    res->nodes = n;
    res->directed = g->directed;
    res->jobs = opts->jobs;
    res->degree_centralization = res->betweenness_centralization = NAN;
    res->closeness_centralization = res->eigenvector_centralization = NAN;
    res->strength_gini = NAN;
    if (want == 0) {
        for (k = 0; k < IL_MEASURE_COUNT; k++) {
            if (il_measure_applies((il_measure_t) k, g->directed)) {
                want |= 1u << k;
            }
        }
    }
    for (k = 0; k < IL_MEASURE_COUNT; k++) {
        if (((want >> k) & 1) && !il_measure_applies((il_measure_t) k, g->directed)) {
            IGRAPH_ERRORF("The measure '%s' needs a directed graph.", IGRAPH_EINVAL,
                          measure_names[k]);
        }
    }
    if (opts->jobs < 1) {
        IGRAPH_ERROR("The number of worker processes must be at least 1.", IGRAPH_EINVAL);
    }
    if (opts->samples < 0 || opts->samples > n) {
        IGRAPH_ERRORF("Cannot sample %" IGRAPH_PRId " sources from %" IGRAPH_PRId " nodes.",
                      IGRAPH_EINVAL, opts->samples, n);
    }
    res->measures = want;
    IGRAPH_FINALLY(result_free, res);
    if ((want >> IL_MEASURE_DEGREE) & 1) {
        double tmax;
        IGRAPH_CHECK(degree_scores(g, res, 0));
        IGRAPH_CHECK(igraph_centralization_degree_tmax(&g->graph, n, IGRAPH_ALL,
                                                       /* loops = */ false, &tmax));
        res->degree_centralization = freeman(&res->score[IL_SCORE_DEGREE], tmax);
    }
    if ((want >> IL_MEASURE_STRENGTH) & 1) {
        IGRAPH_CHECK(degree_scores(g, res, 1));
        res->strength_gini = il_gini(&res->score[IL_SCORE_STRENGTH]);
    }
    IGRAPH_CHECK(path_scores(g, opts, res, want));
    if (n > 0) {
        /* ARPACK's start vector carries a small random perturbation in
         * igraph: seed it so that every run gives the same digits. */
        IGRAPH_CHECK(il_rng_scope_begin(&rng, opts->seed));
        IGRAPH_FINALLY(il_rng_scope_end, &rng);
        IGRAPH_CHECK(spectral_scores(g, res, want));
        il_rng_scope_end(&rng);
        IGRAPH_FINALLY_CLEAN(1);
    } else {
        for (k = IL_MEASURE_EIGENVECTOR; k <= IL_MEASURE_AUTHORITY; k++) {
            if ((want >> k) & 1) {
                IGRAPH_CHECK(add_score(res, k == IL_MEASURE_EIGENVECTOR ? IL_SCORE_EIGENVECTOR :
                                       k == IL_MEASURE_PAGERANK ? IL_SCORE_PAGERANK :
                                       k == IL_MEASURE_HUB ? IL_SCORE_HUB : IL_SCORE_AUTHORITY, 0));
            }
        }
    }
    IGRAPH_CHECK(local_scores(g, res, want));
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}
