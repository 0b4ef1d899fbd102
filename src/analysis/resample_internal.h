/*
 * What the resampling analyses of innolink share (analysis/mrqap.c,
 * analysis/bootstrap.c): the seed of each block of work, so that the
 * blocks that core/pool.h hands to worker processes draw the same numbers
 * whatever the number of workers. Not part of the public API.
 */
#ifndef IL_RESAMPLE_INTERNAL_H
#define IL_RESAMPLE_INTERNAL_H

#include "core/compat.h"

#include <stdint.h>

/* Streams: a tag per kind of work, so that two analyses run with the same
 * --seed draw unrelated numbers. */
enum {
    IL_I_STREAM_MRQAP = 1,
    IL_I_STREAM_BOOTSTRAP = 2
};

/* One round of splitmix64 (Steele, Lea & Flood 2014): a bijection of
 * 64-bit words whose outputs for consecutive inputs look independent. */
static inline uint64_t il_i_splitmix64(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

/* The seed of block \p block of stream \p stream under the user's seed:
 * a function of the three alone (never of the worker that runs it).
 * Reduced to 32 bits, which every igraph generator takes whole (MT19937
 * keeps only the low 32 bits of a seed). */
static inline igraph_uint_t il_i_block_seed(igraph_uint_t seed, int stream,
                                            igraph_integer_t block)
{
    uint64_t x = il_i_splitmix64((uint64_t) seed ^ ((uint64_t) stream << 56));
    x = il_i_splitmix64(x ^ (uint64_t) block);
    return (igraph_uint_t) (x & 0xFFFFFFFFull);
}

#endif /* IL_RESAMPLE_INTERNAL_H */
