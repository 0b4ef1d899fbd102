/*
 * igraph's OpenMP threads, held to one for the time of a call. Debian's
 * igraph 0.10.2 is built with OpenMP, and PRPACK (PageRank) sums in
 * parallel: with two or more threads the last digit of a score depends on
 * which thread finishes first, and idle threads spin on the CPU. A scope
 * sets the calling thread's OpenMP thread count to one and puts the
 * caller's count back at the end (core/threads.c).
 */
#ifndef IL_THREADS_H
#define IL_THREADS_H

#ifdef __cplusplus
extern "C" {
#endif

/* One OpenMP thread for the calling thread's parallel regions from
 * il_serial_scope_begin() until il_serial_scope_end(); nothing else of
 * the process changes. */
typedef struct il_serial_scope {
    int previous;               /* the calling thread's count before */
    int active;                 /* 1 between begin and end */
} il_serial_scope_t;

/* Hold OpenMP regions started by this thread to one thread; pair with
 * il_serial_scope_end() (register it with IGRAPH_FINALLY so that errors
 * restore the count too). Cannot fail. */
void il_serial_scope_begin(il_serial_scope_t *scope);

/* Put the thread count back as it was; safe to call twice and on a
 * zero-filled scope. */
void il_serial_scope_end(il_serial_scope_t *scope);

#ifdef __cplusplus
}
#endif

#endif /* IL_THREADS_H */
