/*
 * Seeded randomness without touching the caller's generator. igraph's
 * randomised functions draw from its process-wide default generator; a
 * seeded innolink analysis installs a generator of its own for the time
 * of the call and puts the caller's back afterwards (core/rng.c).
 */
#ifndef IL_RNG_H
#define IL_RNG_H

#include "core/compat.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Seeded generator scopes ---------------------------------------------- */

/* A generator installed as igraph's default while a seeded analysis runs.
 * Keep it in place (do not copy it) from il_rng_scope_begin() to
 * il_rng_scope_end(). */
typedef struct il_rng_scope {
    igraph_rng_t rng;           /* the local generator */
    igraph_rng_t previous;      /* the default before, restored at the end */
    int active;                 /* 1 between begin and end */
} il_rng_scope_t;

/* Install a new generator of the default's type, seeded with \p seed, as
 * igraph's default; pair with il_rng_scope_end() (register it with
 * IGRAPH_FINALLY so that errors restore the previous default too). */
igraph_error_t il_rng_scope_begin(il_rng_scope_t *scope, igraph_uint_t seed);

/* Restore the previous default generator and free the local one; safe to
 * call twice and on a zero-filled scope. */
void il_rng_scope_end(il_rng_scope_t *scope);

#ifdef __cplusplus
}
#endif

#endif /* IL_RNG_H */
