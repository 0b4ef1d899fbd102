/*
 * Two-mode measures: affiliation data (actors in events) read as it is,
 * without projecting it (analysis/twomode.c; docs/metrics-twomode.md):
 * two-mode degree and density, bipartite clustering and redundancy of
 * Latapy, Magnien and Del Vecchio (2008) as networkx's bipartite module
 * computes them, Opsahl's (2013) two-mode clustering, and the size
 * distribution of events.
 */
#ifndef IL_ANALYSIS_TWOMODE_H
#define IL_ANALYSIS_TWOMODE_H

#include "core/compat.h"
#include "model/affiliation.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Options --------------------------------------------------------------- */

/* How Latapy's pairwise overlap c_uv is normalised (networkx's `mode`). */
typedef enum il_latapy_mode {
    IL_LATAPY_DOT = 0,  /* |N(u) & N(v)| / |N(u) | N(v)| */
    IL_LATAPY_MIN,      /* ... / min(|N(u)|, |N(v)|) */
    IL_LATAPY_MAX       /* ... / max(|N(u)|, |N(v)|) */
} il_latapy_mode_t;

/* How Opsahl's clustering is found. */
typedef enum il_opsahl_mode {
    IL_OPSAHL_AUTO = 0, /* exact while the work stays below IL_OPSAHL_EXACT_LIMIT */
    IL_OPSAHL_EXACT,    /* every 4-path: global and per actor */
    IL_OPSAHL_SAMPLE,   /* global only, from uniformly sampled 4-paths (seeded) */
    IL_OPSAHL_SKIP      /* not computed */
} il_opsahl_mode_t;

/* Pair visits above which IL_OPSAHL_AUTO samples (about a minute). */
#define IL_OPSAHL_EXACT_LIMIT 3e9

typedef struct il_twomode_options {
    il_latapy_mode_t clustering;    /* IL_LATAPY_DOT */
    il_opsahl_mode_t opsahl;        /* IL_OPSAHL_AUTO */
    igraph_integer_t samples;       /* 4-paths sampled (100000) */
    igraph_uint_t seed;             /* for the sample (42) */
} il_twomode_options_t;

#define IL_TWOMODE_OPTIONS_INIT { .clustering = IL_LATAPY_DOT, .opsahl = IL_OPSAHL_AUTO, \
                                  .samples = 100000, .seed = 42 }

/* ---- Result ------------------------------------------------------------------ */

typedef struct il_twomode {
    igraph_integer_t actors, events, memberships;
    double density;                     /* memberships / (actors * events) */
    /* Per actor (vertex order of aff->actors) and per event. */
    igraph_vector_t actor_degree, actor_strength, actor_clustering, actor_redundancy;
    igraph_vector_t actor_opsahl;       /* NaN without 4-paths, or when sampled */
    igraph_vector_t actor_paths;        /* 4-paths centred on the actor */
    igraph_vector_t event_size, event_strength, event_clustering, event_redundancy;
    igraph_vector_t event_pairs;        /* d(d - 1)/2 */
    double mean_actor_degree, mean_event_size;
    igraph_integer_t largest_event;     /* -1 without events */
    double max_event_size;
    double average_clustering_actors, average_clustering_events;
    double pairs;                       /* sum of d(d - 1)/2: pair visits of a projection */
    /* The event size distribution: distinct sizes (ascending) and events of each. */
    igraph_vector_int_t size_value, size_events;
    /* Opsahl's global two-mode clustering. */
    il_opsahl_mode_t opsahl_used;       /* EXACT, SAMPLE or SKIP */
    double opsahl, opsahl_low, opsahl_high;     /* value; 95% interval when sampled */
    double four_paths, closed_four_paths;       /* unordered; closed estimated when sampled */
    double opsahl_work;                 /* pair visits an exact count needs */
    igraph_integer_t opsahl_samples;    /* 4-paths sampled */
} il_twomode_t;

/* Degree, density, Latapy clustering and redundancy, Opsahl clustering and
 * the event size distribution of affiliation data. */
igraph_error_t il_twomode(const il_affiliation_t *aff, const il_twomode_options_t *o,
                          il_twomode_t *res);

/* Free a result; accepts a zero-filled one. */
void il_twomode_destroy(il_twomode_t *res);

/* "dot", "min", "max"; "auto", "exact", "sample" ("sampled"), "skip" ("skipped"). */
const char *il_latapy_mode_name(il_latapy_mode_t m);
const char *il_opsahl_mode_name(il_opsahl_mode_t m);

#ifdef __cplusplus
}
#endif

#endif /* IL_ANALYSIS_TWOMODE_H */
