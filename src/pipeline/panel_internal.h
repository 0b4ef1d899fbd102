#ifndef IL_PANEL_INTERNAL_H
#define IL_PANEL_INTERNAL_H

/*
 * What the panel jobs (panel, evaluate) and pipelines share inside
 * src/pipeline: the options that say where a panel's time is and how it
 * is cut into windows, their rules, and the window loop with a sink for
 * per-window graphs.
 */
#include "pipeline/job_internal.h"
#include "pipeline/panel_pipeline.h"

/* ---- The window loop (panel_run.c) --------------------------------------- */

/* Receives each window's graph and per-node columns in time order. */
typedef struct il_i_panel_sink {
    igraph_error_t (*window)(void *arg, size_t k, const il_graph_t *g,
                             const il_columns_t *cols);
    void *arg;
} il_i_panel_sink_t;

/* Analyse the windows into \p rep (may be NULL), feeding \p sink (may be NULL). */
igraph_error_t il_i_panel_run(const il_panel_t *p, il_windows_t *ws,
                              const il_panel_options_t *o, il_report_t *rep,
                              const il_i_panel_sink_t *sink);

/* ---- The options every panel job shares (job_panel.c) -------------------- */

typedef struct il_job_panel {
    il_panel_source_t src;      /* --time, --events, --event-id */
    il_duration_t window, step, lifetime;
    int cumulative;
    const char *since, *until;  /* parsed once the panel's kind of time is known */
    int snapshots;              /* --snapshots: accepted, the operands are the series */
} il_job_panel_t;

/* Parse a duration option ("3", "3y", "6m", "90d"). */
int il_i_parse_duration(const char *text, void *field, char *why, size_t size);

/* The option entries, for a job options struct with an il_job_panel_t
 * member called `panel`. */
#define IL_PANEL_OPTDEFS(type) \
    IL_OPTDEF_STRING("time", type, panel.src.time_col), \
    IL_OPTDEF_STRING("events", type, panel.src.events_path), \
    IL_OPTDEF_STRING("event-id", type, panel.src.events_id_col), \
    IL_OPTDEF_CUSTOM("window", type, panel.window, il_i_parse_duration), \
    IL_OPTDEF_CUSTOM("step", type, panel.step, il_i_parse_duration), \
    IL_OPTDEF_CUSTOM("lifetime", type, panel.lifetime, il_i_parse_duration), \
    IL_OPTDEF_FLAG("cumulative", type, panel.cumulative), \
    IL_OPTDEF_STRING("since", type, panel.since), \
    IL_OPTDEF_STRING("until", type, panel.until), \
    IL_OPTDEF_FLAG("snapshots", type, panel.snapshots)

#define IL_PANEL_HELP \
    "Panel (read once; every window is made from memory):", \
    "  --time COL           the time of each tie: a year (2005), a month (2005-03)", \
    "                       or an ISO date (2005-03-17); without it, two or more", \
    "                       EDGES files are snapshots in time order", \
    "  --events FILE        with --affiliation: the events table (event id and the", \
    "                       --time column), joined to the memberships by event", \
    "  --event-id COL       id column of the events table (default: the --event", \
    "                       name, else event, else id)", \
    "  --window W           window length: 3 or 3y (years), 6m (months), 90d", \
    "                       (days); periods for snapshots (default: 1)", \
    "  --step S             from one window's start to the next (default: W)", \
    "  --cumulative         every window starts at the first time (ties so far)", \
    "  --lifetime L         a tie counts for L from its time (default: its own", \
    "                       year, month, day or period only)", \
    "  --since T, --until T the first and last time covered (default: the data's)"

/* The usage rules of the panel options (operands, --events, --cumulative). */
igraph_error_t il_i_panel_check(const il_job_args_t *a, const il_job_panel_t *jp);

/* Read the panel of the job's operands and cut it into windows; a usage
 * error (ctx->usage) for --since/--until that are no time of the panel
 * and for windows that do not fit it. */
igraph_error_t il_i_panel_prepare(il_job_ctx_t *ctx, const il_job_panel_t *jp,
                                  il_panel_t *p, il_windows_t *ws);

#endif /* IL_PANEL_INTERNAL_H */
