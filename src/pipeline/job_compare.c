/*
 * The compare job: how a network changed between snapshots, for example
 * before and after a cooperation programme (docs/metrics-compare.md).
 */
#include "pipeline/groups_internal.h"
#include "pipeline/pipeline.h"
#include "io/panel_load.h"

#include <stdlib.h>
#include <string.h>

typedef struct compare_job {
    il_job_groups_t groups;
    il_snapshots_options_t o;
    int snapshots;              /* --snapshots: accepted, the operands are the series */
    const char *events;         /* --events: the events table of affiliation data */
} compare_job_t;


static const il_optdef_t compare_options[] = {
    IL_GROUPS_OPTDEFS(compare_job_t),
    IL_OPTDEF_INT("permutations", compare_job_t, o.permutations, 0, IL_OPT_NO_MAX),
    IL_OPTDEF_UINT("seed", compare_job_t, o.seed),
    IL_OPTDEF_INT("samples", compare_job_t, o.samples, 0, 10000000),
    IL_OPTDEF_STRING("period", compare_job_t, o.period),
    IL_OPTDEF_STRING("events", compare_job_t, events),
    IL_OPTDEF_FLAG("snapshots", compare_job_t, snapshots),
    IL_OPTDEF_INT("top", compare_job_t, o.top, 1, IL_OPT_NO_MAX),
    IL_OPTDEF_CHOICE("path-weight", compare_job_t, o.path_weight, il_i_distances, NULL),
    { .name = NULL }
};

static const char *const compare_help[] = {
    "Compare snapshots of a network: BEFORE AFTER, a series of files in time order",
    "(--snapshots A B C ...), or one file split by an edge column (--period COL).",
    "For each snapshot: the summary keys (and E-I with --by). For each step: ties",
    "gained, lost, strengthened and weakened; entrants and leavers; the QAP",
    "correlation of the two networks; with --by, the change of E-I with a",
    "permutation test, each group's move on the loose-coupling plane, tie changes",
    "and block densities per pair of groups; the actors whose betweenness,",
    "brokerage or cross-group ties changed most. Actors are aligned by id.",
    "",
    "Groups (optional):",
    "  --by ATTR            group the nodes by node attribute ATTR",
    "  --empty-group        put nodes with an empty ATTR in the group \"(none)\"",
    "  --table NAME         the table --format csv prints (default: snapshots)",
    "",
    "Compare:",
    "  --snapshots          the operands are a series in time order (2 or more)",
    "  --period COL         split the one EDGES file by the values of edge column COL",
    "                       (with --affiliation: a column of the memberships, or of",
    "                       the events table given with --events FILE)",
    "  --permutations N     permutations for the QAP and E-I tests (default: 1000; 0: none)",
    "  --seed S             seed for the permutations and the null (default: 42)",
    "  --samples N          degree-preserving samples behind each snapshot's",
    "                       loose-coupling readings (default: 1000; 0: indeterminate)",
    "  --top K              actors listed per step (default: 10)",
    "  --path-weight MODE   distance for betweenness: inverse (1/w, default), none",
    "                       (hops) or raw (the weight is a distance)",
    NULL
};

static void compare_init(void *opts)
{
    compare_job_t *j = opts;
    il_snapshots_options_t init = IL_SNAPSHOTS_OPTIONS_INIT;
    memset(j, 0, sizeof *j);
    j->o = init;
}

static igraph_error_t compare_check(const il_job_args_t *a)
{
    const compare_job_t *j = a->opts;
    if (j->o.period && a->noperands != 1) {
        return il_i_job_refuse("--period splits one EDGES file: give exactly one");
    }
    if (j->events && !(j->o.period && a->load.affiliation)) {
        return il_i_job_refuse("--events gives the period of each event: it needs "
                               "--affiliation and --period COL");
    }
    if (j->o.period && a->load.affiliation &&
        il_i_job_one_graph_only(a, "affiliation data split by --period") != IGRAPH_SUCCESS) {
        return IGRAPH_EINVAL;
    }
    if (!j->o.period && a->noperands < 2) {
        return il_i_job_refuse("give two snapshots (BEFORE AFTER), more with --snapshots, or "
                               "one file with --period COL");
    }
    return IGRAPH_SUCCESS;
}

/* The snapshots being read: graphs, labels, and the period values. */
typedef struct series {
    il_graph_t *g;
    char **labels;
    size_t n;
    char **periods;
    size_t nperiods;
} series_t;

static void series_destroy(series_t *s)
{
    size_t i;
    for (i = 0; i < s->n; i++) {
        if (s->g) {
            il_graph_destroy(&s->g[i]);
        }
        if (s->labels) {
            free(s->labels[i]);
        }
    }
    free(s->g);
    free(s->labels);
    il_period_values_free(s->periods, s->nperiods);
    memset(s, 0, sizeof *s);
}

/* The period values of the one EDGES file: at least two. */
static igraph_error_t read_periods(const il_job_args_t *a, const char *col, series_t *s)
{
    il_graph_t g = IL_GRAPH_INIT;
    IGRAPH_FINALLY(il_graph_destroy, &g);
    IGRAPH_CHECK(il_load_graph(&a->load, &g));
    IGRAPH_CHECK(il_period_values(&g, col, a->load.edges_path, &s->periods, &s->nperiods));
    if (s->nperiods < 2) {
        char shown[IL_PATH_SHOWN_MAX];
        IL_ERRORF("--period %s: '%s' holds %zu distinct value%s; comparing needs two or "
                  "more", IGRAPH_EINVAL, col, il_path_shown(a->load.edges_path, shown),
                  s->nperiods, s->nperiods == 1 ? "" : "s");
    }
    il_graph_destroy(&g);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* Snapshot i: operand i, or the rows of period i (--where COL=VALUE added). */
static igraph_error_t load_snapshot(const il_job_args_t *a, const char *col, series_t *s,
                                    size_t i)
{
    il_load_options_t lo = a->load;
    il_where_t *where = NULL;
    char *expr = NULL;
    const char *slash;
    if (s->periods) {
        size_t len = strlen(col) + strlen(s->periods[i]) + 2;
        where = calloc(a->load.nwhere + 1, sizeof *where);
        IGRAPH_CHECK_OOM(where, "Out of memory.");
        IGRAPH_FINALLY(igraph_free, where);
        expr = malloc(len);
        IGRAPH_CHECK_OOM(expr, "Out of memory.");
        IGRAPH_FINALLY(igraph_free, expr);
        snprintf(expr, len, "%s=%s", col, s->periods[i]);   /* the record's text */
        if (a->load.nwhere > 0) {
            memcpy(where, a->load.where, a->load.nwhere * sizeof *where);
        }
        /* built, not parsed: a column or a value may hold = < > ! */
        where[a->load.nwhere].op = IL_WHERE_EQ;
        where[a->load.nwhere].text = expr;
        where[a->load.nwhere].column = strdup(col);
        where[a->load.nwhere].value = strdup(s->periods[i]);
        IGRAPH_FINALLY(il_where_destroy, &where[a->load.nwhere]);
        if (!where[a->load.nwhere].column || !where[a->load.nwhere].value) {
            IGRAPH_ERROR("Out of memory.", IGRAPH_ENOMEM);
        }
        lo.where = where;
        lo.nwhere = a->load.nwhere + 1;
        s->labels[i] = strdup(s->periods[i]);
    } else {
        lo.edges_path = a->operands[i];
        slash = strrchr(a->operands[i], '/');
        s->labels[i] = strdup(slash ? slash + 1 : a->operands[i]);
    }
    IGRAPH_CHECK_OOM(s->labels[i], "Out of memory.");
    IGRAPH_CHECK(il_load_input(&lo, &a->backbone, 0, &s->g[i]));   /* --backbone too */
    if (where) {
        il_where_destroy(&where[a->load.nwhere]);
        free(expr);
        free(where);
        IGRAPH_FINALLY_CLEAN(3);
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

/* Affiliation data split by period: the memberships are read once (the
 * period from their own column or from the events table), and each
 * period's memberships projected (io/panel_load.h, model/panel.h). */
static igraph_error_t load_affiliation_periods(const il_job_args_t *a, const char *col,
                                               const char *events, series_t *s)
{
    il_panel_source_t src = IL_PANEL_SOURCE_INIT;
    il_window_options_t wo = IL_WINDOW_OPTIONS_INIT;
    il_panel_t p;
    il_windows_t ws;
    size_t k;
    memset(&p, 0, sizeof p);
    memset(&ws, 0, sizeof ws);
    src.time_col = col;
    src.events_path = events;
    src.labels = 1;
    IGRAPH_FINALLY(panel_release, &p);
    IGRAPH_CHECK(il_panel_load(&a->load, &src, (const char *const *) a->operands, 1, &p));
    if (p.nlabels < 2) {
        IGRAPH_ERRORF("--period %s: '%s' holds %zu distinct value%s; comparing needs two or "
                      "more", IGRAPH_EINVAL, col, events ? events : a->load.edges_path,
                      p.nlabels, p.nlabels == 1 ? "" : "s");
    }
    IGRAPH_FINALLY(windows_release, &ws);
    IGRAPH_CHECK(il_panel_windows(&p, &wo, &ws));
    s->n = ws.n;
    s->g = calloc(s->n, sizeof *s->g);
    s->labels = calloc(s->n, sizeof *s->labels);
    if (!s->g || !s->labels) {
        IGRAPH_ERROR("Out of memory.", IGRAPH_ENOMEM);
    }
    for (k = 0; k < ws.n; k++) {
        il_load_info_t *info = &s->g[k].info;
        il_progress("loading snapshots", (double) k / (double) ws.n);
        IGRAPH_CHECK(il_panel_window_graph(&p, &ws, k, &s->g[k], NULL, NULL));
        s->labels[k] = strdup(p.labels[k]);
        IGRAPH_CHECK_OOM(s->labels[k], "Out of memory.");
        /* as if read with --where COL=VALUE: the other periods' rows filtered */
        info->rows = p.info.rows;
        info->rows_filtered = p.info.rows - (igraph_integer_t) ws.w[k].rows;
        info->ids_trimmed = p.info.ids_trimmed;
    }
    il_progress("loading snapshots", 1.0);
    il_windows_destroy(&ws);
    il_panel_destroy(&p);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

static igraph_error_t compare_run(il_job_ctx_t *ctx)
{
    const compare_job_t *j = ctx->opts;
    const il_job_args_t *a = ctx->args;
    il_snapshots_options_t o = j->o;
    series_t s;
    size_t i;

    memset(&s, 0, sizeof s);
    IGRAPH_FINALLY(series_destroy, &s);
    if (o.period && a->load.affiliation) {
        IGRAPH_CHECK(load_affiliation_periods(a, o.period, j->events, &s));
    } else {
        if (o.period) {
            IGRAPH_CHECK(read_periods(a, o.period, &s));
        }
        s.n = o.period ? s.nperiods : a->noperands;
        s.g = calloc(s.n, sizeof *s.g);
        s.labels = calloc(s.n, sizeof *s.labels);
        if (!s.g || !s.labels) {
            IGRAPH_ERROR("Out of memory.", IGRAPH_ENOMEM);
        }
        for (i = 0; i < s.n; i++) {
            il_progress("loading snapshots", (double) i / (double) s.n);
            IGRAPH_CHECK(load_snapshot(a, o.period, &s, i));
        }
        il_progress("loading snapshots", 1.0);
    }
    o.by = j->groups.by;
    o.empty_own = j->groups.empty_own;
    o.files = (const char *const *) a->operands;
    o.nfiles = a->noperands;
    IGRAPH_CHECK(il_snapshots_compare(s.g, (const char *const *) s.labels, s.n, &o,
                                      ctx->report));
    IGRAPH_CHECK(il_report_add_input(ctx->report, &a->load, &s.g[0]));
    ctx->input_added = 1;
    IGRAPH_CHECK(il_i_groups_table(ctx, &j->groups));
    series_destroy(&s);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

const il_job_t il_job_compare = {
    .name = "compare",
    .summary = "how the network changed between snapshots (before/after a programme)",
    .synopsis = "innolink compare BEFORE AFTER [--nodes NODES] [--by ATTR] [options]",
    .help = compare_help,
    .options = compare_options,
    .input = IL_JOB_SNAPSHOTS,
    .output = IL_JOB_DOCUMENT,
    .opts_size = sizeof(compare_job_t),
    .init = compare_init,
    .check = compare_check,
    .run = compare_run,
};
