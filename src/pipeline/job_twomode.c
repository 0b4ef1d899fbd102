/*
 * The twomode job: affiliation data (actors in projects, firms in
 * mini-clusters) measured as it is, without projecting it
 * (analysis/twomode.c; docs/metrics-twomode.md).
 */
#include "pipeline/job_internal.h"
#include "analysis/analysis.h"

#include <cjson/cJSON.h>

#include <string.h>

typedef struct twomode_job {
    il_twomode_options_t o;
    const char *table;
} twomode_job_t;

static const il_opt_choice_t latapy_modes[] = {
    { "dot", IL_LATAPY_DOT }, { "min", IL_LATAPY_MIN }, { "max", IL_LATAPY_MAX }, { NULL, 0 }
};

static const il_opt_choice_t opsahl_modes[] = {
    { "auto", IL_OPSAHL_AUTO }, { "exact", IL_OPSAHL_EXACT }, { "sample", IL_OPSAHL_SAMPLE },
    { "skip", IL_OPSAHL_SKIP }, { NULL, 0 }
};

static const il_optdef_t twomode_options[] = {
    IL_OPTDEF_CHOICE("clustering", twomode_job_t, o.clustering, latapy_modes, NULL),
    IL_OPTDEF_CHOICE("opsahl", twomode_job_t, o.opsahl, opsahl_modes, NULL),
    IL_OPTDEF_INT("samples", twomode_job_t, o.samples, 1, 100000000),
    IL_OPTDEF_UINT("seed", twomode_job_t, o.seed),
    IL_OPTDEF_STRING("table", twomode_job_t, table),
    { .name = NULL }
};

static const char *const twomode_help[] = {
    "Affiliation data as it is, without projecting it: two-mode degree of actors",
    "(events) and events (members), density, bipartite clustering and redundancy",
    "(Latapy et al. 2008, as networkx's bipartite module), Opsahl's two-mode",
    "clustering (closed 4-paths), and the size distribution of events, largest",
    "first with the share of a projection's pairs each one makes (so that one",
    "100-partner consortium shows before it dominates a projection).",
    "--affiliation is implied; --events, --event-where and a dropping",
    "--max-event-size apply.",
    "",
    "Two-mode:",
    "  --clustering MODE    dot|min|max: Latapy's pairwise overlap (default: dot)",
    "  --opsahl MODE        auto|exact|sample|skip (default: auto: exact up to 3e9",
    "                       pair visits, else sampled)",
    "  --samples K          4-paths sampled (default: 100000)",
    "  --seed S             seed for the sample (default: 42)",
    "  --table NAME         the table --format csv prints (default: actors_table;",
    "                       also events_table, event_sizes)",
    NULL
};

static void twomode_init(void *opts)
{
    twomode_job_t *j = opts;
    il_twomode_options_t init = IL_TWOMODE_OPTIONS_INIT;
    memset(j, 0, sizeof *j);
    j->o = init;
}

static igraph_error_t twomode_check(const il_job_args_t *a)
{
    if (a->backbone.method != IL_BACKBONE_NONE) {
        return il_i_job_refuse("twomode reads memberships as they are; --backbone filters "
                               "projected ties (try innolink backbone MEMBERS --affiliation)");
    }
    if (a->load.large_events == IL_LARGE_SCALE) {
        return il_i_job_refuse("--large-events scale weights a projection; twomode reads "
                               "memberships (--max-event-size N alone leaves the larger "
                               "events out)");
    }
    if (il_job_args_given(a, "projection")) {
        return il_i_job_refuse("--projection chooses a projection's weights; twomode does "
                               "not project");
    }
    if (a->load.ego) {
        return il_i_job_refuse("--ego restricts ties; twomode reads memberships");
    }
    return IGRAPH_SUCCESS;
}

/* The `input` record of a table read as it is: no projection. */
static igraph_error_t not_projected(il_report_t *rep)
{
    cJSON *in = cJSON_GetObjectItemCaseSensitive(rep->root, "input");
    cJSON *s = cJSON_CreateString("actor-event table, read as it is (not projected)");
    if (!s) {
        IGRAPH_ERROR("Out of memory building the report.", IGRAPH_ENOMEM);
    }
    cJSON_ReplaceItemInObjectCaseSensitive(in, "affiliation", s);
    cJSON_DeleteItemFromObjectCaseSensitive(in, "projection");
    return IGRAPH_SUCCESS;
}

static igraph_error_t twomode_run(il_job_ctx_t *ctx)
{
    const twomode_job_t *j = ctx->opts;
    il_affiliation_t aff = IL_AFFILIATION_INIT;
    il_twomode_t t;
    memset(&t, 0, sizeof t);
    IGRAPH_CHECK(il_load_affiliation(&ctx->args->load, &aff));
    IGRAPH_FINALLY(il_affiliation_destroy, &aff);
    IGRAPH_CHECK(il_twomode(&aff, &j->o, &t));
    IGRAPH_FINALLY(il_twomode_destroy, &t);
    IGRAPH_CHECK(il_report_add_twomode(ctx->report, &aff, &t, &j->o));
    IGRAPH_CHECK(il_report_add_input(ctx->report, &ctx->args->load, &aff.actors));
    ctx->input_added = 1;
    IGRAPH_CHECK(not_projected(ctx->report));
    IGRAPH_CHECK(il_i_job_table(ctx, j->table));
    il_twomode_destroy(&t);
    il_affiliation_destroy(&aff);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

const il_job_t il_job_twomode = {
    .name = "twomode",
    .summary = "affiliation data as it is: two-mode degree, density, clustering, "
               "redundancy, event sizes",
    .synopsis = "innolink twomode MEMBERS [--nodes NODES] [--events EVENTS] [options]",
    .help = twomode_help,
    .options = twomode_options,
    .input = IL_JOB_MEMBERSHIPS,
    .output = IL_JOB_DOCUMENT,
    .opts_size = sizeof(twomode_job_t),
    .init = twomode_init,
    .check = twomode_check,
    .run = twomode_run,
};
