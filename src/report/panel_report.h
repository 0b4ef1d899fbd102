#ifndef IL_PANEL_REPORT_H
#define IL_PANEL_REPORT_H

#include "core/compat.h"
#include "analysis/analysis.h"
#include "model/panel.h"
#include "report/report.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Reports of panels (report/panel_report.c) and evaluation designs
 * (report/evaluation_report.c): result structs to rows of the report
 * document, appended window by window so that a long panel never holds
 * more than two windows' results.
 */

/* ---- Windows and changes --------------------------------------------------- */

/* One window's figures. */
typedef struct il_panel_window_view {
    const char *label;                  /* "2005", "2005-2007" */
    const char *first, *last;           /* its first and last time */
    size_t rows;                        /* panel rows alive in it */
    igraph_integer_t present;           /* actors present */
    const il_summary_t *summary;        /* of the window's graph */
    const il_partition_t *groups;       /* NULL without groups */
    const il_coupling_t *coupling;      /* NULL without groups */
    const igraph_integer_t *present_in_group;   /* per group; NULL without groups */
    const il_communities_t *communities;        /* NULL without communities */
    const igraph_vector_int_t *tracks;  /* community -> track */
} il_panel_window_view_t;

/* Append the window's rows to `windows`, `groups`, `pairs` and `communities`. */
igraph_error_t il_report_add_panel_window(il_report_t *r, const il_panel_window_view_t *w);

/* The change between two consecutive windows. */
typedef struct il_panel_change_view {
    const char *from, *to;
    const il_tie_changes_t *ties;       /* compare's tie changes (per pair with groups) */
    const il_presence_change_t *presence;
    const il_graph_t *roster;           /* ids of entrants and exits */
    igraph_integer_t top;               /* ids named */
    const il_partition_t *groups;       /* NULL: no cross-group share */
    const il_community_match_t *match;  /* NULL without communities */
    const igraph_vector_int_t *tracks_a, *tracks_b;
} il_panel_change_view_t;

/* Append a row to `changes` and the step's rows to `community_events`. */
igraph_error_t il_report_add_panel_change(il_report_t *r, const il_panel_change_view_t *c);

/* Append the present actors of a window to the `nodes` table: window, id,
 * label, the group (\p by, may be NULL), the community track (may be NULL:
 * per vertex, -1 for none) and the columns. */
igraph_error_t il_report_add_panel_nodes(il_report_t *r, const char *window,
                                         const il_graph_t *g, const char *present,
                                         const char *by, const igraph_vector_int_t *track,
                                         const il_columns_t *cols);

/* What the panel was read from and how it was cut, into `parameters`
 * and `panel`. */
typedef struct il_panel_record {
    const il_panel_t *panel;
    const il_windows_t *windows;
    const char *time_col, *events_path, *by;
    int analyses;               /* 1: record the panel job's analyses (communities,
                                 * --with, seed); 0: the windows only */
    int empty_own, communities;
    double match;
    igraph_uint_t seed;
    const char *with;
} il_panel_record_t;

igraph_error_t il_report_add_panel_record(il_report_t *r, const il_panel_record_t *rec);

/* ---- Evaluation designs ------------------------------------------------------- */

/* A design and its result, with the names the report shows. */
typedef struct il_evaluation_view {
    const char *outcome;                /* --outcome name */
    const char *outcome_text;           /* "block density between the two groups" */
    int pairs;                          /* 1: units are pairs of groups */
    const char *by;
    const char *const *unit_names;      /* per unit */
    const char *const *period_labels;   /* per period (window) */
    const char *start;                  /* the programme's start as given */
    const il_did_design_t *design;
    const il_did_result_t *res;
    const il_did_options_t *options;
    igraph_integer_t treated_named, controls_named;
} il_evaluation_view_t;

/* Add `design`, `estimates` (the CSV table: DiD, placebo, robustness, each
 * with test, null model, interval, reading and caveat), `event_study`,
 * `units`, `outcomes` (the group-level panel), `reading` and `attribution`. */
igraph_error_t il_report_add_evaluation(il_report_t *r, const il_evaluation_view_t *v);

#ifdef __cplusplus
}
#endif

#endif /* IL_PANEL_REPORT_H */
