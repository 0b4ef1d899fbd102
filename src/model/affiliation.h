/*
 * Affiliation data as it is: actors in events (organisations in projects,
 * firms in mini-clusters, members of consortia), before any projection.
 * The loader fills it (io: il_load_affiliation); the two-mode measures
 * read it as it is (analysis/twomode.h); the projection makes actor-actor
 * ties of it (model/affiliation.c, model/projection.c).
 */
#ifndef IL_AFFILIATION_H
#define IL_AFFILIATION_H

#include "core/compat.h"
#include "model/graph.h"
#include "model/strtab.h"

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Actors, events and the memberships between them. Actor a is vertex a of
 * `actors` (ids, node-table attributes and load counts; no ties); event e
 * has the id il_strtab_get(&events, e). Memberships are distinct (actor,
 * event) pairs sorted by event, then actor; w[i] is the strength of
 * membership i (1 without a weight column; repeats summed). */
typedef struct il_affiliation {
    il_graph_t actors;
    il_strtab_t events;
    size_t n;
    uint32_t *actor, *event;
    double *w;
} il_affiliation_t;

/* A zero-filled il_affiliation_t; il_affiliation_destroy() accepts it. */
#define IL_AFFILIATION_INIT { 0 }

/* ---- Making one ---------------------------------------------------------- */

/* Finish the actor builder \p b into aff->actors and copy the event ids and
 * the n memberships actor[i] in event[i] (strength w[i], or 1 when w is
 * NULL): sorted, repeats merged (counted as duplicates merged). */
igraph_error_t il_affiliation_init(il_affiliation_t *aff, il_graph_builder_t *b,
                                   const il_strtab_t *events, const uint32_t *actor,
                                   const uint32_t *event, const double *w, size_t n);

/* Free everything; accepts IL_AFFILIATION_INIT. */
void il_affiliation_destroy(il_affiliation_t *aff);

/* Number of actors / events. */
igraph_integer_t il_affiliation_actors(const il_affiliation_t *aff);
igraph_integer_t il_affiliation_events(const il_affiliation_t *aff);

/* Leave out the events of more than \p max members (their memberships and
 * the events themselves); *events and *memberships count what went. */
igraph_error_t il_affiliation_drop_large(il_affiliation_t *aff, igraph_integer_t max,
                                         igraph_integer_t *events,
                                         igraph_integer_t *memberships);

/* The actor-actor projection (every actor a vertex, node attributes and
 * load counts kept) into \p out, which must be IL_GRAPH_INIT. */
igraph_error_t il_affiliation_project(const il_affiliation_t *aff,
                                      const il_projection_options_t *o, il_graph_t *out);

#ifdef __cplusplus
}
#endif

#endif /* IL_AFFILIATION_H */
