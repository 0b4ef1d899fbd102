/*
 * The structure job: the shape of the network and of each group in it
 * (docs/metrics-structure.md): hubs, Freeman degree centralization,
 * Borgatti-Everett core-periphery, k-cores, rich club, Guimera-Amaral
 * roles and the district type each group resembles.
 */
#include "pipeline/job_internal.h"
#include "pipeline/nulls_internal.h"
#include "pipeline/side_internal.h"
#include "analysis/analysis.h"

#include <stdlib.h>
#include <string.h>

typedef struct structure_job {
    il_structure_options_t o;
    const char *designated;     /* --designated ATTR=VALUE or ATTR, as given */
    il_null_options_t null;     /* the tests behind the readings (seed: --seed) */
    int no_sensitivity;         /* --no-sensitivity */
    int side;                   /* --side-by-side */
} structure_job_t;

/* ATTR=VALUE or ATTR: neither part empty. */
static int check_designated(const char *text, void *field, char *why, size_t size)
{
    const char *eq = strchr(text, '=');
    if (!*text || eq == text || (eq && !eq[1])) {
        snprintf(why, size, "expected ATTR=VALUE or ATTR, not '%s'", text);
        return 0;
    }
    *(const char **) field = text;
    return 1;
}

static const il_optdef_t structure_options[] = {
    IL_OPTDEF_STRING("by", structure_job_t, o.group_attr),
    IL_SIDE_OPTDEF(structure_job_t, side),
    IL_OPTDEF_FLAG_VALUE("empty-group", structure_job_t, o.empty, IL_EMPTY_OWN_GROUP),
    IL_OPTDEF_REAL("hub-z", structure_job_t, o.hub_z, 0, IL_OPT_NO_MAX, IL_OPT_ABOVE_MIN, NULL),
    IL_OPTDEF_INT("hub-top", structure_job_t, o.hub_top, 0, 1000000000),
    IL_OPTDEF_CUSTOM("designated", structure_job_t, designated, check_designated),
    IL_OPTDEF_INT("restarts", structure_job_t, o.restarts, 1, 100000),
    IL_OPTDEF_INT("rewirings", structure_job_t, o.rewirings, 0, 100000),
    IL_OPTDEF_INT("rewire-trials", structure_job_t, o.rewire_trials, 1, 10000),
    IL_OPTDEF_UINT("seed", structure_job_t, o.seed),
    IL_OPTDEF_STRING("sector", structure_job_t, o.sector_attr),
    IL_OPTDEF_STRING("public-sectors", structure_job_t, o.public_sectors),
    IL_OPTDEF_FLAG("no-sensitivity", structure_job_t, no_sensitivity),
    IL_NULL_OPTDEFS(structure_job_t, null),
    IL_NULL_JOBS_OPTDEF(structure_job_t, null),
    { .name = NULL }
};

static const char *const structure_help[] = {
    "The shape of the network and, with --by, of each group: structural hubs (degree",
    "or strength z-scores), hub dominance and spoke-spoke ties, Freeman degree",
    "centralization, Borgatti-Everett core-periphery (discrete core and fit,",
    "continuous coreness), k-cores, the rich-club coefficient against degree-",
    "preserving rewiring, Guimera-Amaral roles, and the district type each group",
    "resembles (Marshallian, hub-and-spoke, satellite platform, state-anchored) with",
    "the evidence. Ties are read as undirected.",
    "",
    "Every shape statistic is tested against a null model (table tests). A district",
    "type reads as a type only when its score is above what the null gives, it",
    "leads the second type by at least the null spread and at least half of its",
    "criteria fit; else indeterminate, with the test that decided. The type is a",
    "reading aid on network evidence alone, not Markusen's full criteria",
    "(ownership, firm size, trade, labour markets). A sensitivity line shows the",
    "best type at --hub-z 1, 1.5, 2, 2.5 and 3. Core-periphery reads as such only",
    "when its fit is above the null's.",
    "",
    "Structure:",
    "  --by ATTR            measure each group of this node attribute (e.g. cluster)",
    IL_SIDE_HELP,
    "  --empty-group        put nodes without a value in the group \"(none)\"",
    "  --hub-z Z            hub: degree or strength z-score >= Z (default: 2.5)",
    "  --hub-top K          the K nodes of highest degree are hubs too (default: 0)",
    "  --designated ATTR=VALUE  compare designated hubs (e.g. role=hub) with hubs;",
    "                       ATTR alone: nodes whose ATTR is set and not 0/false/no",
    "  --restarts R         core-periphery search starts (default: 10)",
    "  --rewirings Q        rich-club ensemble of rewired graphs (default: 20)",
    "  --rewire-trials T    rewiring trials per tie for each graph (default: 10)",
    "  --seed S             seed of the search and the rewiring (default: 42)",
    "  --sector ATTR        node attribute naming the sector (default: sector)",
    "  --public-sectors LIST  sector values of public bodies (default:",
    "                       " IL_STRUCTURE_PUBLIC_SECTORS ")",
    "  --no-sensitivity     skip the sensitivity line (five reruns of the analysis)",
    "",
    IL_NULL_HELP("200"),
    IL_NULL_JOBS_HELP,
    NULL
};

static void structure_init(void *opts)
{
    structure_job_t *j = opts;
    il_structure_options_t init = IL_STRUCTURE_OPTIONS_INIT;
    il_null_options_t null = IL_NULL_OPTIONS_INIT;
    memset(j, 0, sizeof *j);
    j->o = init;
    j->null = null;
    j->null.samples = 200;      /* the core-periphery search runs on every sample */
    j->null.jobs = il_i_null_default_jobs();
}

/* The shape statistics against the null and the readings they give. */
static igraph_error_t structure_tests(il_job_ctx_t *ctx, const il_structure_options_t *o,
                                      il_structure_t *s)
{
    const structure_job_t *j = ctx->opts;
    il_null_options_t no = j->null;
    il_null_tests_t t;
    memset(&t, 0, sizeof t);
    no.seed = o->seed;
    IGRAPH_FINALLY(il_null_tests_destroy, &t);
    IGRAPH_CHECK(il_null_tests_init(&t, ctx->g, s->grouped ? &s->part : NULL, o->group_attr,
                                    &no));
    IGRAPH_CHECK(il_null_tests_add_structure(&t, o, 1));
    IGRAPH_CHECK(il_null_tests_run(&t));
    il_structure_read(s, &t, no.alpha);
    if (!j->no_sensitivity) {
        IGRAPH_CHECK(il_structure_sensitivity(ctx->g, o, s));
    }
    IGRAPH_CHECK(il_report_add_structure(ctx->report, s, ctx->g, o));
    IGRAPH_CHECK(il_report_add_tests(ctx->report, "tests", ctx->g, s->grouped ? &s->part : NULL,
                                     &t, "structure"));
    ctx->report->table = "nodes";
    il_null_tests_destroy(&t);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

static igraph_error_t structure_check(const il_job_args_t *a)
{
    const structure_job_t *j = a->opts;
    if (j->side && !j->o.group_attr) {
        return il_i_job_refuse("--side-by-side needs --by ATTR");
    }
    return il_i_null_check(a, &j->null, j->o.group_attr != NULL);
}

static const il_side_source_t structure_side[] = { { "groups", IL_SIDE_OBJECT, "" } };

static igraph_error_t structure_run(il_job_ctx_t *ctx)
{
    const structure_job_t *j = ctx->opts;
    il_structure_options_t o = j->o;
    il_structure_t s;
    char *designated = NULL;
    memset(&s, 0, sizeof s);
    if (j->designated) {            /* ATTR=VALUE, or ATTR: any true-looking value */
        char *eq;
        designated = strdup(j->designated);
        IGRAPH_CHECK_OOM(designated, "Out of memory.");
        o.designated_attr = designated;
        o.designated_value = NULL;
        if ((eq = strchr(designated, '='))) {
            *eq = '\0';
            o.designated_value = eq + 1;
        }
    }
    IGRAPH_FINALLY(igraph_free, designated);
    IGRAPH_CHECK(il_structure(ctx->g, &o, &s));
    IGRAPH_FINALLY(il_structure_destroy, &s);
    IGRAPH_CHECK(structure_tests(ctx, &o, &s));
    if (j->side) {
        IGRAPH_CHECK(il_i_side_by_side_job(ctx, NULL, structure_side, 1));
    }
    il_structure_destroy(&s);
    igraph_free(designated);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

const il_job_t il_job_structure = {
    .name = "structure",
    .summary = "shape: hubs, centralization, core-periphery, rich club, roles, district type",
    .synopsis = "innolink structure EDGES [--nodes NODES] [--by ATTR] [options]",
    .help = structure_help,
    .options = structure_options,
    .input = IL_JOB_ONE_GRAPH,
    .output = IL_JOB_DOCUMENT,
    .opts_size = sizeof(structure_job_t),
    .init = structure_init,
    .check = structure_check,
    .run = structure_run,
};
