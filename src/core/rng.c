/*
 * Seeded generator scopes.
 *
 * Before, every seeded analysis called igraph_rng_seed(igraph_rng_default(),
 * seed): the result was reproducible, but the call left the process-wide
 * generator reseeded and advanced. A program that embeds libinnolink and
 * draws from igraph's default generator itself (its own simulations, or
 * igraph functions it calls between innolink's) would see its stream
 * changed by an unrelated library call. A scope gives the analysis a
 * generator of its own, of the same type as the current default and
 * seeded the same way, so the numbers drawn are exactly those the seeded
 * default would have given, and the caller's generator is left as it was.
 *
 * igraph 0.10's igraph_rng_set_default() copies the generator it is given
 * (type, state pointer, seeded flag) into igraph's own default object; it
 * does not keep the pointer. So the scope saves a copy of the default
 * before installing its own and copies it back at the end, and the local
 * generator's state lives until then.
 */
#include "core/rng.h"

#include <string.h>

/**
 * \function il_rng_scope_begin
 * \brief Install a seeded generator of its own as igraph's default.
 *
 * Creates a generator of the type of the current default
 * (igraph_rng_default()->type), seeds it with \p seed and makes it the
 * default with igraph_rng_set_default(). Every igraph function that draws
 * random numbers (RNG_BEGIN, igraph_rng_default()) then uses it, until
 * il_rng_scope_end() puts the previous default back.
 *
 * Usage, so that the previous default is restored on every path:
 *   IGRAPH_CHECK(il_rng_scope_begin(&scope, seed));
 *   IGRAPH_FINALLY(il_rng_scope_end, &scope);
 *   ... randomised work ...
 *   il_rng_scope_end(&scope);
 *   IGRAPH_FINALLY_CLEAN(1);
 *
 * \param scope  Uninitialised; keep it in place until il_rng_scope_end().
 * \param seed   The seed, as igraph_rng_seed() takes it.
 * \return IGRAPH_ENOMEM; an error of the generator's seeding. On error
 *         the default generator is unchanged and nothing is left to free.
 *
 * Time complexity: O(1).
 */
igraph_error_t il_rng_scope_begin(il_rng_scope_t *scope, igraph_uint_t seed)
{
    memset(scope, 0, sizeof *scope);
    IGRAPH_CHECK(igraph_rng_init(&scope->rng, igraph_rng_default()->type));
    IGRAPH_FINALLY(igraph_rng_destroy, &scope->rng);
    IGRAPH_CHECK(igraph_rng_seed(&scope->rng, seed));
    IGRAPH_FINALLY_CLEAN(1);
    scope->previous = *igraph_rng_default();    /* igraph copies, see above */
    scope->active = 1;
    igraph_rng_set_default(&scope->rng);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_rng_scope_end
 * \brief Put the previous default generator back and free the local one.
 *
 * Restores the default that was current when the scope began, whatever
 * happened in between, so it can serve as an IGRAPH_FINALLY destructor.
 * Does nothing for a scope that is not active (zero-filled, never begun
 * or already ended).
 *
 * Time complexity: O(1).
 */
void il_rng_scope_end(il_rng_scope_t *scope)
{
    if (!scope->active) {
        return;
    }
    igraph_rng_set_default(&scope->previous);
    igraph_rng_destroy(&scope->rng);            /* the state the default used */
    scope->active = 0;
}
