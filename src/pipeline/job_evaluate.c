/*
 * The evaluate job: a programme evaluated as a study on a panel of groups
 * (or pairs of groups): difference-in-differences with a permutation
 * p-value and interval, the event-study series with a pre-trend test,
 * placebos at a fake start and on the controls, and what the design can
 * and cannot attribute, in plain words (docs/metrics-panel.md).
 */
#include "pipeline/groups_internal.h"
#include "pipeline/panel_internal.h"
#include "report/panel_report.h"

#include <string.h>

typedef struct evaluate_job {
    il_job_panel_t panel;
    il_job_groups_t groups;
    il_evaluate_options_t o;
} evaluate_job_t;

static const il_opt_choice_t outcomes[] = {
    { "block-density", IL_OUTCOME_BLOCK_DENSITY },
    { "weighted-block-density", IL_OUTCOME_WEIGHTED_DENSITY },
    { "ei", IL_OUTCOME_EI }, { "ei-weighted", IL_OUTCOME_EI_WEIGHTED },
    { "coupling", IL_OUTCOME_COUPLING }, { "cohesion", IL_OUTCOME_COHESION },
    { NULL, 0 }
};

static const il_optdef_t evaluate_options[] = {
    IL_PANEL_OPTDEFS(evaluate_job_t),
    IL_GROUPS_OPTDEFS(evaluate_job_t),
    IL_OPTDEF_STRING("treated", evaluate_job_t, o.treated),
    IL_OPTDEF_STRING("controls", evaluate_job_t, o.controls),
    IL_OPTDEF_STRING("start", evaluate_job_t, o.start),
    IL_OPTDEF_STRING("placebo-start", evaluate_job_t, o.placebo_start),
    IL_OPTDEF_CHOICE("outcome", evaluate_job_t, o.outcome, outcomes, NULL),
    IL_OPTDEF_INT("permutations", evaluate_job_t, o.did.permutations, 0, 10000000),
    IL_OPTDEF_UINT("seed", evaluate_job_t, o.did.seed),
    IL_OPTDEF_REAL("level", evaluate_job_t, o.did.level, 0.5, 0.999, 0, "a level from 0.5 to 0.999"),
    IL_OPTDEF_REAL("flag-z", evaluate_job_t, o.did.flag_z, 0, IL_OPT_NO_MAX, IL_OPT_ABOVE_MIN, NULL),
    { .name = NULL }
};

static const char *const evaluate_help[] = {
    "Evaluate a programme as a study: the outcome of each group (or pair of",
    "groups) in each window of a panel, the treated ones against the controls,",
    "before and after the programme's start. Difference-in-differences (the",
    "treated x after coefficient of an OLS with group and window fixed effects)",
    "with a permutation p-value (the treatment reassigned across the units) and an",
    "interval (the effects that test does not reject); the event study (the",
    "difference per window against the last one before the start, with",
    "intervals) and a pre-trend test; placebos at a fake start and with each",
    "control as if treated; units with a trend of their own flagged; and what",
    "the design can and cannot attribute, in plain words. Windows across the",
    "start are left out.",
    "",
    IL_PANEL_HELP,
    "",
    "Design:",
    "  --by ATTR            the groups, a node attribute (required, with --nodes)",
    "  --empty-group        put nodes with an empty ATTR in the group \"(none)\"",
    "  --treated LIST       the treated groups (A,B) or pairs of groups (A:B,C:D)",
    "  --controls LIST      the controls (default: every other group or pair)",
    "  --start T            the programme's start (a time of the panel)",
    "  --outcome NAME       pairs: block-density (default for pairs),",
    "                       weighted-block-density; groups: ei (default for groups),",
    "                       ei-weighted, coupling, cohesion",
    "  --placebo-start T    a fake start before T (default: the middle window before)",
    "  --permutations N     treatment reassignments (default: 1000; all of them when",
    "                       there are fewer; 0: no test)",
    "  --seed S             seed of the reassignments (default: 42)",
    "  --level L            of the intervals (default: 0.95)",
    "  --flag-z Z           modified z-score beyond which a unit is flagged (3.5)",
    "  --table NAME         the table --format csv prints (default: estimates)",
    NULL
};

static void evaluate_init(void *opts)
{
    evaluate_job_t *j = opts;
    il_evaluate_options_t init = IL_EVALUATE_OPTIONS_INIT;
    memset(j, 0, sizeof *j);
    j->o = init;
}

static igraph_error_t evaluate_check(const il_job_args_t *a)
{
    const evaluate_job_t *j = a->opts;
    IGRAPH_CHECK(il_i_panel_check(a, &j->panel));
    IGRAPH_CHECK(il_i_groups_require(a, &j->groups));
    if (!a->load.nodes_path) {
        return il_i_job_refuse("--by %s reads the node table: give it with --nodes FILE",
                               j->groups.by);
    }
    if (!j->o.treated) {
        return il_i_job_refuse("name the treated groups (--treated A,B) or pairs of groups "
                               "(--treated A:B)");
    }
    if (!j->o.start) {
        return il_i_job_refuse("give the programme's start with --start T");
    }
    if (j->panel.cumulative) {
        return il_i_job_refuse("--cumulative windows all begin at the first time, so none "
                               "lies after the start: use moving windows");
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

static igraph_error_t evaluate_run(il_job_ctx_t *ctx)
{
    const evaluate_job_t *j = ctx->opts;
    const il_job_args_t *a = ctx->args;
    il_evaluate_options_t o = j->o;
    il_panel_t p;
    il_windows_t ws;
    il_panel_record_t rec;
    int usage = 0;
    igraph_error_t rc;

    memset(&p, 0, sizeof p);
    memset(&ws, 0, sizeof ws);
    IGRAPH_FINALLY(panel_release, &p);
    IGRAPH_FINALLY(windows_release, &ws);
    IGRAPH_CHECK(il_i_panel_prepare(ctx, &j->panel, &p, &ws));
    o.by = j->groups.by;
    o.empty_own = j->groups.empty_own;
    o.time_col = j->panel.src.time_col;
    o.events_path = j->panel.src.events_path;
    rc = il_panel_evaluate(&p, &ws, &o, ctx->report, &usage);
    if (rc != IGRAPH_SUCCESS) {
        ctx->usage = usage;
        IGRAPH_ERROR("", rc);
    }
    memset(&rec, 0, sizeof rec);
    rec.panel = &p;
    rec.windows = &ws;
    rec.time_col = o.time_col;
    rec.events_path = o.events_path;
    rec.by = o.by;
    rec.empty_own = o.empty_own;
    IGRAPH_CHECK(il_report_add_panel_record(ctx->report, &rec));
    IGRAPH_CHECK(il_report_add_input(ctx->report, &a->load, &p.roster));
    ctx->input_added = 1;
    IGRAPH_CHECK(il_i_groups_table(ctx, &j->groups));
    il_windows_destroy(&ws);
    il_panel_destroy(&p);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

const il_job_t il_job_evaluate = {
    .name = "evaluate",
    .summary = "a programme as a study: difference-in-differences, event study, placebos",
    .synopsis = "innolink evaluate EDGES --time COL --nodes NODES --by ATTR --treated LIST "
                "--start T [options]",
    .help = evaluate_help,
    .options = evaluate_options,
    .input = IL_JOB_SNAPSHOTS,
    .output = IL_JOB_DOCUMENT,
    .opts_size = sizeof(evaluate_job_t),
    .init = evaluate_init,
    .check = evaluate_check,
    .run = evaluate_run,
};
