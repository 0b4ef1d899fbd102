/*
 * The panel job: a network over time, read once and cut into windows;
 * every window analysed with the same options, what changed from one
 * window to the next, and the temporal exports (--to gexf: one GEXF with
 * time spells; --to graphml: one GraphML per window). Also the options
 * every panel job shares (docs/metrics-panel.md).
 */
#include "pipeline/groups_internal.h"
#include "pipeline/panel_internal.h"
#include "pipeline/pipeline.h"
#include "core/setup.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- The options every panel job shares ------------------------------------ */

/**
 * \function il_i_parse_duration
 * \brief An option's duration: "3", "3y", "6m" or "90d" (1 to 100000).
 */
int il_i_parse_duration(const char *text, void *field, char *why, size_t size)
{
    if (!il_duration_parse(text, field)) {
        snprintf(why, size, "expected a duration such as 3, 3y, 6m or 90d, not '%s'", text);
        return 0;
    }
    return 1;
}

/**
 * \function il_i_panel_check
 * \brief The usage rules of the panel options.
 *
 * A time column reads one file, and without one there must be two or
 * more snapshot files; --events needs --affiliation and --time;
 * --cumulative keeps every tie from its time on, so --lifetime does not
 * go with it; --ego and graph files do not make a panel.
 */
igraph_error_t il_i_panel_check(const il_job_args_t *a, const il_job_panel_t *jp)
{
    size_t i;
    if (jp->src.time_col && a->noperands != 1) {
        return il_i_job_refuse("--time reads one EDGES file; two or more files are "
                               "snapshots in time order (drop --time)");
    }
    if (!jp->src.time_col && a->noperands < 2) {
        return il_i_job_refuse("name the time column with --time COL, or give two or more "
                               "snapshot files in time order");
    }
    if (jp->src.events_path && !a->load.affiliation) {
        return il_i_job_refuse("--events joins event times to memberships: it needs "
                               "--affiliation");
    }
    if ((jp->src.events_path || jp->src.events_id_col) && !jp->src.time_col) {
        return il_i_job_refuse("--events gives each event a time: name its column with "
                               "--time COL");
    }
    if (jp->src.events_id_col && !jp->src.events_path) {
        return il_i_job_refuse("--event-id names a column of the events table: give it "
                               "with --events FILE");
    }
    if (jp->cumulative && jp->lifetime.count > 0) {
        return il_i_job_refuse("--cumulative keeps every tie from its time on: drop "
                               "--lifetime");
    }
    if (a->load.ego) {
        return il_i_job_refuse("--ego does not apply to a panel");
    }
    if (il_i_job_one_graph_only(a, "a panel's windows") != IGRAPH_SUCCESS) {
        return IGRAPH_EINVAL;
    }
    for (i = 0; i < a->noperands; i++) {
        if (il_graph_file_format(a->operands[i])) {
            return il_i_job_refuse("a panel reads CSV tables, not '%s'", a->operands[i]);
        }
    }
    return IGRAPH_SUCCESS;
}

/* A time the user gave (--since, --until) in the panel's kind. */
static igraph_error_t user_time(il_job_ctx_t *ctx, const il_panel_t *p, const char *option,
                                const char *text, int64_t *t)
{
    char a[64], b[64];
    int64_t year;
    if (!il_panel_time_parse(p, text, t)) {
        il_panel_time_label(p, p->first, a, sizeof a);
        il_panel_time_label(p, p->last, b, sizeof b);
        IL_JOB_USAGE_ERRORF(ctx, "%s %s: not %s of the panel (its times run from %s to %s)",
                            option, text, il_time_kind_name(p->kind), a, b);
    }
    /* --until 2006 over months or dates means through the end of 2006 */
    if (strcmp(option, "--until") == 0 && p->kind != IL_TIME_YEAR &&
        il_time_parse(text, &year) == IL_TIME_YEAR) {
        *t = p->kind == IL_TIME_MONTH ? 12 * year + 11 : il_days_from_civil(year + 1, 1, 1) - 1;
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_panel_prepare
 * \brief Read the job's panel (one parse) and cut it into windows.
 *
 * \return What il_panel_load() returns (data errors with file, line and
 *         column); usage errors (ctx->usage) for --since and --until that
 *         are no time of the panel and windows that do not fit it.
 */
igraph_error_t il_i_panel_prepare(il_job_ctx_t *ctx, const il_job_panel_t *jp,
                                  il_panel_t *p, il_windows_t *ws)
{
    const il_job_args_t *a = ctx->args;
    il_window_options_t wo = IL_WINDOW_OPTIONS_INIT;
    igraph_error_t rc;
    IGRAPH_CHECK(il_panel_load(&a->load, &jp->src, (const char *const *) a->operands, a->noperands, p));
    if (p->info.ids_trimmed > 0) {
        il_warn("%" IGRAPH_PRId " ids had leading or trailing Unicode blanks "
                "(no-break or ideographic spaces); they were trimmed", p->info.ids_trimmed);
    }
    if (p->n == 0) {
        IGRAPH_ERRORF("'%s' holds no rows%s: no panel to cut into windows", IGRAPH_EINVAL,
                      a->operands[0], p->info.rows_filtered > 0 ? " after --where" : "");
    }
    wo.window = jp->window;
    wo.step = jp->step;
    wo.lifetime = jp->lifetime;
    wo.cumulative = jp->cumulative;
    if (jp->since) {
        IGRAPH_CHECK(user_time(ctx, p, "--since", jp->since, &wo.since));
        wo.has_since = 1;
    }
    if (jp->until) {
        IGRAPH_CHECK(user_time(ctx, p, "--until", jp->until, &wo.until));
        wo.has_until = 1;
    }
    rc = il_panel_windows(p, &wo, ws);
    if (rc == IGRAPH_EINVAL) {
        ctx->usage = 1;
    }
    return rc;
}

/* ---- The panel job ------------------------------------------------------------ */

enum { TO_REPORT = 0, TO_GEXF, TO_GRAPHML };

typedef struct panel_job {
    il_job_panel_t panel;
    il_job_groups_t groups;
    il_panel_options_t o;
    int to;
} panel_job_t;

static const il_opt_choice_t tos[] = {
    { "gexf", TO_GEXF }, { "graphml", TO_GRAPHML }, { NULL, 0 }
};

static const il_optdef_t panel_options[] = {
    IL_PANEL_OPTDEFS(panel_job_t),
    IL_GROUPS_OPTDEFS(panel_job_t),
    IL_OPTDEF_FLAG("communities", panel_job_t, o.communities),
    IL_OPTDEF_REAL("match", panel_job_t, o.match, 0, 1, IL_OPT_ABOVE_MIN, "a Jaccard above 0, at most 1"),
    IL_OPTDEF_UINT("seed", panel_job_t, o.seed),
    IL_OPTDEF_CUSTOM("with", panel_job_t, o.with, il_i_check_with),
    IL_OPTDEF_INT("top", panel_job_t, o.top, 0, IL_OPT_NO_MAX),
    IL_OPTDEF_CHOICE("to", panel_job_t, to, tos, NULL),
    { .name = NULL }
};

static const char *const panel_help[] = {
    "A network over time: one tie table with a time column (--time COL), two or",
    "more snapshot files in time order, or affiliation data whose events carry a",
    "time (--affiliation --events FILE --time COL). The input is read once and",
    "cut into windows; every window is analysed with the same options. Tables:",
    "windows (size, density, components; with --by the E-I index and the groups",
    "present), changes (ties gained, kept and lost with their weight, Jaccard of",
    "the tie sets, actors entering and leaving, the share of new ties that cross",
    "groups), groups and pairs (each group's trajectory: members present,",
    "density, cohesion, coupling, E-I; block densities), communities and",
    "community_events (with --communities), nodes (with --with). An empty window",
    "is a row that says so.",
    "",
    IL_PANEL_HELP,
    "",
    "Groups (optional):",
    "  --by ATTR            group the nodes by node attribute ATTR (needs --nodes)",
    "  --empty-group        put nodes with an empty ATTR in the group \"(none)\"",
    "  --table NAME         the table --format csv prints (default: windows)",
    "",
    "Changes:",
    "  --communities        detect communities in every window (Leiden, seeded) and",
    "                       match them across windows: birth, death, growth,",
    "                       contraction, merge, split; NMI between windows",
    "  --match J            communities match when the Jaccard of their members is",
    "                       at least J (default: 0.3)",
    "  --with LIST          per-node results of each window in the nodes table (and",
    "                       the GraphML): degree, centrality, structure, ... (as export)",
    "  --seed S             seed of the communities and --with analyses (default: 42)",
    "  --top K              entrants and exits named per step (default: 10)",
    "",
    "Temporal exports:",
    "  --to gexf            one GEXF 1.2draft file whose nodes and edges carry time",
    "                       spells and whose edges carry their weight per window",
    "                       (Gephi's timeline plays it)",
    "  --to graphml         one GraphML per window: -o ties.graphml writes",
    "                       ties.<window>.graphml",
    NULL
};

static void panel_init(void *opts)
{
    panel_job_t *j = opts;
    il_panel_options_t init = IL_PANEL_OPTIONS_INIT;
    memset(j, 0, sizeof *j);
    j->o = init;
}

static igraph_error_t panel_check(const il_job_args_t *a)
{
    const panel_job_t *j = a->opts;
    IGRAPH_CHECK(il_i_panel_check(a, &j->panel));
    if (j->groups.by && !a->load.nodes_path) {
        return il_i_job_refuse("--by %s reads the node table: give it with --nodes FILE",
                               j->groups.by);
    }
    if (il_job_args_given(a, "match") && !j->o.communities) {
        return il_i_job_refuse("--match is the rule that matches communities: it needs "
                               "--communities");
    }
    if (j->to != TO_REPORT && (il_job_args_given(a, "format") ||
                               il_job_args_given(a, "table"))) {
        return il_i_job_refuse("--format and --table shape the report; --to %s writes a "
                               "graph file instead", j->to == TO_GEXF ? "gexf" : "graphml");
    }
    if (j->to == TO_GRAPHML && (!a->output || strcmp(a->output, "-") == 0)) {
        return il_i_job_refuse("--to graphml writes one file per window: give -o PATH "
                               "(window files are named PATH.<window>.graphml)");
    }
    return IGRAPH_SUCCESS;
}

/* The report, written as text, JSON or CSV. */
static igraph_error_t write_report(il_job_ctx_t *ctx, const il_panel_t *p, il_windows_t *ws,
                                   const il_panel_options_t *o)
{
    const panel_job_t *j = ctx->opts;
    const il_job_args_t *a = ctx->args;
    il_report_t rep = { NULL, NULL, NULL };
    FILE *out;
    IGRAPH_FINALLY(il_report_destroy, &rep);
    IGRAPH_CHECK(il_report_init(&rep, "panel"));
    IGRAPH_CHECK(il_panel_analyse(p, ws, o, &rep));
    IGRAPH_CHECK(il_report_add_input(&rep, &a->load, &p->roster));
    IGRAPH_CHECK(il_report_add_provenance(&rep, &ctx->provenance));
    ctx->report = &rep;
    IGRAPH_CHECK(il_i_groups_table(ctx, &j->groups));
    ctx->report = NULL;
    out = il_i_job_output(ctx);
    if (!out) {
        IGRAPH_ERROR("", IGRAPH_EFILE);
    }
    IGRAPH_CHECK(il_report_write(&rep, a->format, a->precision, out));
    il_report_destroy(&rep);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

typedef struct outputs {
    il_output_t *out;
    FILE **fp;
    size_t n, open;
} outputs_t;

static void outputs_abort(outputs_t *o)
{
    size_t i;
    for (i = 0; i < o->open; i++) {
        il_output_abort(&o->out[i]);
    }
    free(o->out);
    free(o->fp);
    memset(o, 0, sizeof *o);
}

/* Commit every window's file; on a failure remove those already in place. */
static igraph_error_t outputs_commit(outputs_t *o, char **paths)
{
    size_t i, k;
    for (i = 0; i < o->n; i++) {
        if (il_output_commit(&o->out[i]) != IGRAPH_SUCCESS) {
            for (k = 0; k < i; k++) {
                remove(paths[k]);
            }
            for (k = i + 1; k < o->n; k++) {
                il_output_abort(&o->out[k]);
            }
            o->open = 0;
            return IGRAPH_EFILE;
        }
    }
    o->open = 0;
    return IGRAPH_SUCCESS;
}

static void paths_free(char **paths, size_t n)
{
    size_t i;
    for (i = 0; paths && i < n; i++) {
        free(paths[i]);
    }
    free(paths);
}

/* One GraphML per window, all written before any is put in place. */
static igraph_error_t write_graphml(il_job_ctx_t *ctx, const il_panel_t *p, il_windows_t *ws,
                                    const il_panel_options_t *o)
{
    const il_job_args_t *a = ctx->args;
    outputs_t outs;
    char **paths = NULL, *base;
    size_t k;
    igraph_error_t rc = IGRAPH_SUCCESS;

    memset(&outs, 0, sizeof outs);
    base = il_path_resolve(a->base_dir, a->output);
    outs.out = calloc(ws->n, sizeof *outs.out);
    outs.fp = calloc(ws->n, sizeof *outs.fp);
    paths = calloc(ws->n, sizeof *paths);
    if (!base || !outs.out || !outs.fp || !paths) {
        free(base);
        free(paths);
        outputs_abort(&outs);
        IGRAPH_ERROR("Out of memory.", IGRAPH_ENOMEM);
    }
    outs.n = ws->n;
    for (k = 0; k < ws->n && rc == IGRAPH_SUCCESS; k++) {
        size_t i;
        paths[k] = il_panel_window_path(base, &ws->w[k]);
        for (i = 0; paths[k] && i < k; i++) {
            if (strcmp(paths[i], paths[k]) == 0) {      /* labels that differ in symbols only */
                il_set_error("windows %s and %s would both be written to '%s'",
                             ws->w[i].label, ws->w[k].label, paths[k]);
                rc = IGRAPH_EINVAL;
            }
        }
        if (rc != IGRAPH_SUCCESS) {
            break;
        }
        rc = paths[k] ? il_output_open(&outs.out[k], paths[k]) : IGRAPH_ENOMEM;
        if (rc == IGRAPH_SUCCESS) {
            outs.fp[k] = outs.out[k].fp;
            outs.open = k + 1;
        }
    }
    if (rc == IGRAPH_SUCCESS) {
        rc = il_panel_write_graphml(p, ws, o, outs.fp);
    }
    if (rc == IGRAPH_SUCCESS) {
        rc = outputs_commit(&outs, paths);
    }
    outputs_abort(&outs);
    paths_free(paths, ws->n);
    free(base);
    if (rc != IGRAPH_SUCCESS) {
        IGRAPH_ERROR("", rc);
    }
    return IGRAPH_SUCCESS;
}

static void panel_release(void *p)
{
    il_panel_destroy(p);
}

static void windows_release(void *w)
{
    il_windows_destroy(w);
}

static igraph_error_t panel_run(il_job_ctx_t *ctx)
{
    const panel_job_t *j = ctx->opts;
    il_panel_options_t o = j->o;
    il_panel_t p;
    il_windows_t ws;
    FILE *out;

    memset(&p, 0, sizeof p);
    memset(&ws, 0, sizeof ws);
    IGRAPH_FINALLY(panel_release, &p);
    IGRAPH_FINALLY(windows_release, &ws);
    IGRAPH_CHECK(il_i_panel_prepare(ctx, &j->panel, &p, &ws));
    o.by = j->groups.by;
    o.empty_own = j->groups.empty_own;
    o.time_col = j->panel.src.time_col;
    o.events_path = j->panel.src.events_path;
    o.provenance = &ctx->provenance;
    switch (j->to) {
    case TO_GEXF:
        out = il_i_job_output(ctx);
        if (!out) {
            IGRAPH_ERROR("", IGRAPH_EFILE);
        }
        IGRAPH_CHECK(il_panel_write_gexf(&p, &ws, &o, out));
        break;
    case TO_GRAPHML:
        IGRAPH_CHECK(write_graphml(ctx, &p, &ws, &o));
        break;
    default:
        IGRAPH_CHECK(write_report(ctx, &p, &ws, &o));
        break;
    }
    il_windows_destroy(&ws);
    il_panel_destroy(&p);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

const il_job_t il_job_panel = {
    .name = "panel",
    .summary = "a network over time: windows, what changed between them, temporal exports",
    .synopsis = "innolink panel EDGES --time COL [--window W] [--step S] [--by ATTR] "
                "[options]",
    .help = panel_help,
    .options = panel_options,
    .input = IL_JOB_SNAPSHOTS,
    .output = IL_JOB_FILE,
    .opts_size = sizeof(panel_job_t),
    .init = panel_init,
    .check = panel_check,
    .run = panel_run,
};
