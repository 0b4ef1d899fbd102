/*
 * Panels (model/panel.c): the actors of a network once, and every dated
 * tie (or dated membership of affiliation data) once, so that the graph of
 * any time window is made from memory without reading the input again.
 * io/panel_load.h fills a panel from a tie table with a time column,
 * ordered snapshot files, or an affiliation table whose events carry a
 * time.
 */
#ifndef IL_PANEL_H
#define IL_PANEL_H

#include "core/compat.h"
#include "core/timeval.h"
#include "model/graph.h"

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- The panel ------------------------------------------------------------ */

/* Every actor once and every dated row once, rows in time order. */
typedef struct il_panel {
    il_graph_t roster;          /* every actor with its node attributes, no ties:
                                 * the node table's order, then new ids as met */
    int listed;                 /* 1: a node table listed the actors; every window
                                 * then holds all of them (isolated when inactive) */
    int affiliation;            /* 1: rows are memberships a = actor, b = event */
    il_projection_t projection; /* affiliation: how a window's memberships project */
    igraph_bool_t directed;
    il_dup_mode_t duplicates;   /* how ties of one window on one pair merge */
    il_loop_mode_t self_loops;  /* DROP or KEEP (loops were refused or dropped at load) */
    il_time_kind_t kind;
    char **labels;              /* ORDINAL: the label of time t = 0, 1, ...; else NULL */
    size_t nlabels;
    size_t n;                   /* rows */
    uint32_t *a, *b;            /* row ends: roster vertices (ties) or actor and event */
    double *w;                  /* row strength, > 0 */
    int64_t *t;                 /* row time, ascending */
    uint32_t nevents;           /* affiliation: events are 0 .. nevents - 1 */
    int64_t first, last;        /* earliest and latest row time (n > 0) */
    il_load_info_t info;        /* rows read, rows filtered, loops dropped, ids trimmed */
} il_panel_t;

/* Free a panel; accepts a zero-filled one. */
void il_panel_destroy(il_panel_t *p);

/* The label of time \p t as the input wrote it ("2005", "2005-03-17", a
 * snapshot's file name or a period value). */
void il_panel_time_label(const il_panel_t *p, int64_t t, char *buf, size_t size);

/* Parse a time given on the command line (--since, --start) in the
 * panel's kind: a year, month or date; for ORDINAL panels one of the
 * labels. 1 and *t on success, else 0. */
int il_panel_time_parse(const il_panel_t *p, const char *s, int64_t *t);

/* ---- Windows ---------------------------------------------------------------- */

/* How the panel is cut into windows. Zero counts take the defaults. */
typedef struct il_window_options {
    il_duration_t window;       /* length (1: one year, or one period) */
    il_duration_t step;         /* from one window's start to the next (= window) */
    il_duration_t lifetime;     /* a row counts from its time for this long
                                 * (one unit of the panel: its own year, month,
                                 * day or period only) */
    int cumulative;             /* 1: every window starts at `since` */
    int has_since, has_until;
    int64_t since, until;       /* first and last time covered (the data's) */
} il_window_options_t;

#define IL_WINDOW_OPTIONS_INIT { .cumulative = 0, .has_since = 0, .has_until = 0 }

/* Most windows a panel is cut into. */
#define IL_PANEL_MAX_WINDOWS 5000

/* One window: the times [start, end) of the panel's unit. */
typedef struct il_window {
    int64_t start, end;
    char label[112];            /* "2005", "2005-2007", "2005-01-01..2005-12-31" */
    size_t rows;                /* rows alive in it (set by il_panel_window_graph) */
} il_window_t;

/* The windows of a panel, in time order. */
typedef struct il_windows {
    il_window_t *w;
    size_t n;
    int64_t since, until;       /* what the windows were laid over */
    il_window_options_t o;      /* the options with their defaults filled in */
    char left_out[96];          /* times after the last complete window ("" if none) */
} il_windows_t;

/* Cut the panel into windows; IGRAPH_EINVAL (reason recorded) when no
 * complete window fits, a duration does not fit the panel's time kind, or
 * there would be more than IL_PANEL_MAX_WINDOWS. */
igraph_error_t il_panel_windows(const il_panel_t *p, const il_window_options_t *o,
                                il_windows_t *res);

/* Free windows; accepts a zero-filled set. */
void il_windows_destroy(il_windows_t *w);

/* The graph of window \p k: every roster actor when the panel is listed,
 * else the actors present (with a tie, or a membership, in the window);
 * ties merged by the panel's duplicate mode; node attributes copied.
 * \p roster_of (may be NULL) receives graph vertex -> roster vertex and
 * \p present (may be NULL; roster size) 1 for every actor present. */
igraph_error_t il_panel_window_graph(const il_panel_t *p, il_windows_t *ws, size_t k,
                                     il_graph_t *g, igraph_vector_int_t *roster_of,
                                     char *present);

/* A graph over the panel's actors with keep[v] != 0 (all when NULL), in
 * roster order, with their node attributes and the ties a[i]-b[i] of
 * strength w[i] (roster vertices; repeated pairs merged by \p dup). */
igraph_error_t il_panel_graph(const il_panel_t *p, const uint32_t *a, const uint32_t *b,
                              const double *w, size_t m, il_dup_mode_t dup, const char *keep,
                              il_graph_t *g);

#ifdef __cplusplus
}
#endif

#endif /* IL_PANEL_H */
