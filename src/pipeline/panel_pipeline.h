#ifndef IL_PANEL_PIPELINE_H
#define IL_PANEL_PIPELINE_H

#include "core/compat.h"
#include "analysis/analysis.h"
#include "io/io.h"
#include "io/panel_load.h"
#include "model/panel.h"
#include "report/report.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Panels end to end (pipeline/panel_run.c, panel_export.c, evaluate.c):
 * the windows of a panel analysed one by one with the same options, what
 * changed between them, the temporal exports, and the evaluation designs.
 * The panel is read once (il_panel_load); every window is made from it.
 */

/* ---- Windows and changes (innolink panel) ---------------------------------- */

typedef struct il_panel_options {
    const char *by;             /* group by this node attribute; NULL: no groups */
    int empty_own;              /* 1: empty --by values form "(none)" */
    int communities;            /* 1: detect communities per window and match them */
    double match;               /* Jaccard a matched pair of communities reaches (0.3) */
    igraph_uint_t seed;         /* communities and --with analyses (42) */
    const char *with;           /* annotators whose per-node results each window
                                 * adds to the `nodes` table; NULL: none */
    igraph_integer_t top;       /* entrants and exits named per step (10) */
    /* Recorded in `parameters` only: */
    const char *time_col;
    const char *events_path;
    const il_provenance_t *provenance;  /* of the inputs, for graph files; NULL: none */
} il_panel_options_t;

#define IL_PANEL_OPTIONS_INIT { .by = NULL, .empty_own = 0, .communities = 0, .match = 0.3, \
                                .seed = 42, .with = NULL, .top = 10, .time_col = NULL, \
                                .events_path = NULL, .provenance = NULL }

/* Analyse every window of \p ws and the change between consecutive ones
 * into \p rep: tables `windows`, `changes`, with groups `groups` and
 * `pairs`, with communities `communities` and `community_events`, with
 * --with `nodes`; `parameters`. */
igraph_error_t il_panel_analyse(const il_panel_t *p, il_windows_t *ws,
                                const il_panel_options_t *o, il_report_t *rep);

/* ---- Temporal exports (pipeline/panel_export.c) -------------------------- */

/* One GEXF 1.2draft file whose nodes and edges carry time spells (and the
 * edges their weight per window), for Gephi's timeline. */
igraph_error_t il_panel_write_gexf(const il_panel_t *p, il_windows_t *ws,
                                   const il_panel_options_t *o, FILE *out);

/* The GraphML of every window, window k to outs[k], with the per-node
 * results of o->with and, with o->communities, each actor's community
 * (C<n>, the same n for a community matched across windows). */
igraph_error_t il_panel_write_graphml(const il_panel_t *p, il_windows_t *ws,
                                      const il_panel_options_t *o, FILE *const *outs);

/* The file name of window \p k's GraphML: \p path with the window's label
 * before its extension ("ties.graphml" -> "ties.2005-2007.graphml");
 * a new string, NULL when out of memory. */
char *il_panel_window_path(const char *path, const il_window_t *w);

/* ---- Evaluation designs (innolink evaluate, pipeline/evaluate.c) ---------- */

/* The outcome of each unit in each window. */
typedef enum il_outcome {
    IL_OUTCOME_AUTO = 0,            /* block density for pairs, E-I for groups */
    IL_OUTCOME_BLOCK_DENSITY,       /* pairs: ties / possible pairs between the groups */
    IL_OUTCOME_WEIGHTED_DENSITY,    /* pairs: summed strength / possible pairs */
    IL_OUTCOME_EI,                  /* groups: E-I over ties with an end in the group */
    IL_OUTCOME_EI_WEIGHTED,         /* groups: the same over strengths */
    IL_OUTCOME_COUPLING,            /* groups: share of the group's strength that leaves it */
    IL_OUTCOME_COHESION             /* groups: weighted density inside the group */
} il_outcome_t;

typedef struct il_evaluate_options {
    const char *by;             /* the groups (required) */
    int empty_own;
    const char *treated;        /* "A,B" (groups) or "A:B,C:D" (pairs) */
    const char *controls;       /* same form; NULL: every other unit */
    const char *start;          /* the programme's start, a time of the panel */
    const char *placebo_start;  /* a fake start in the pre-period; NULL: the middle */
    il_outcome_t outcome;
    il_did_options_t did;       /* permutations, seed, level, flag threshold */
    /* Recorded in `parameters` only: */
    const char *time_col;
    const char *events_path;
} il_evaluate_options_t;

#define IL_EVALUATE_OPTIONS_INIT { .by = NULL, .empty_own = 0, .treated = NULL, \
                                   .controls = NULL, .start = NULL, .placebo_start = NULL, \
                                   .outcome = IL_OUTCOME_AUTO, .did = IL_DID_OPTIONS_INIT, \
                                   .time_col = NULL, .events_path = NULL }

/* The name of an outcome as --outcome spells it. */
const char *il_outcome_name(il_outcome_t o);

/* Evaluate a programme on the panel: the group-level panel of the outcome,
 * difference-in-differences, event study, placebos, and what the design
 * can attribute, into \p rep. *usage is set to 1 when the failure is in
 * the arguments (a treated group that does not exist, a start outside the
 * panel). */
igraph_error_t il_panel_evaluate(const il_panel_t *p, il_windows_t *ws,
                                 const il_evaluate_options_t *o, il_report_t *rep,
                                 int *usage);

#ifdef __cplusplus
}
#endif

#endif /* IL_PANEL_PIPELINE_H */
