/*
 * What changes between the windows of a panel (analysis/panel.c):
 * actors entering and leaving, and communities matched from one window to
 * the next (birth, death, growth, contraction, merge, split) with the NMI
 * of the two partitions. Tie changes between windows are compare's
 * (analysis/compare.h); figures per window are summary's and coupling's.
 */
#ifndef IL_ANALYSIS_PANEL_H
#define IL_ANALYSIS_PANEL_H

#include "core/compat.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Actors entering and leaving --------------------------------------- */

/* Actors present in one window and not the other, over one index space. */
typedef struct il_presence_change {
    igraph_integer_t before, after;     /* actors present in each window */
    igraph_integer_t stayed;            /* present in both */
    igraph_vector_int_t entrants;       /* present after only */
    igraph_vector_int_t exits;          /* present before only */
} il_presence_change_t;

/* Entrants and exits between two windows' presence flags (n actors). */
igraph_error_t il_presence_change(const char *before, const char *after, igraph_integer_t n,
                                  il_presence_change_t *res);

/* Free a presence change; accepts a zero-filled one. */
void il_presence_change_destroy(il_presence_change_t *res);

/* ---- Communities across windows ---------------------------------------- */

/* What became of communities from one window to the next. */
typedef enum il_community_event_kind {
    IL_COMMUNITY_BIRTH = 0,     /* no earlier community matches it */
    IL_COMMUNITY_DEATH,         /* it matches no later community */
    IL_COMMUNITY_CONTINUATION,  /* one to one, same size */
    IL_COMMUNITY_GROWTH,        /* one to one, larger */
    IL_COMMUNITY_CONTRACTION,   /* one to one, smaller */
    IL_COMMUNITY_MERGE,         /* several to one */
    IL_COMMUNITY_SPLIT,         /* one to several */
    IL_COMMUNITY_REGROUPING     /* several to several */
} il_community_event_kind_t;

/* "birth", "death", "continuation", "growth", "contraction", "merge",
 * "split", "regrouping". */
const char *il_community_event_name(il_community_event_kind_t kind);

/* One event: the communities of the earlier and the later window in it. */
typedef struct il_community_event {
    il_community_event_kind_t kind;
    igraph_vector_int_t before, after;  /* community numbers, ascending */
    double jaccard;                     /* largest Jaccard of a matched pair; NaN
                                         * for births and deaths */
} il_community_event_t;

/* The matching of two windows' communities. */
typedef struct il_community_match {
    double threshold;                   /* Jaccard a matched pair reaches */
    igraph_integer_t ka, kb;            /* communities before and after */
    igraph_vector_int_t size_a, size_b; /* members of each */
    igraph_vector_int_t best_a;         /* per earlier community: its best later
                                         * match (largest Jaccard), or -1 */
    igraph_vector_t best_a_jaccard;
    igraph_vector_int_t best_b;         /* per later community: its best earlier match */
    igraph_vector_t best_b_jaccard;
    il_community_event_t *events;
    size_t nevents;
    igraph_integer_t common;            /* actors in a community in both windows */
    double nmi;                         /* NMI of the two partitions over them (NaN: none) */
} il_community_match_t;

/* Match communities a (ka of them) and b (kb) over one actor index space:
 * a[v], b[v] the community of actor v, or -1 when it is in none. Pairs
 * with Jaccard of members >= threshold are matched; the events are the
 * connected pieces of the matched pairs. */
igraph_error_t il_community_match(const igraph_vector_int_t *a, igraph_integer_t ka,
                                  const igraph_vector_int_t *b, igraph_integer_t kb,
                                  double threshold, il_community_match_t *res);

/* Free a matching; accepts a zero-filled one. */
void il_community_match_destroy(il_community_match_t *res);

/* Lineages across windows: track_b[j] is the track of later community j:
 * that of its best earlier match when the two are each other's best
 * match, else a new track numbered from *next (increased). */
igraph_error_t il_community_tracks(const il_community_match_t *m,
                                   const igraph_vector_int_t *track_a, igraph_integer_t *next,
                                   igraph_vector_int_t *track_b);

#ifdef __cplusplus
}
#endif

#endif /* IL_ANALYSIS_PANEL_H */
