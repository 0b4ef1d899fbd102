/*
 * The between-group jobs: coupling, mixing and brokerage (DEFINITIONS.md,
 * "Groups"; docs/metrics-groups.md), and the --by, --empty-group and
 * --table options they share with compare.
 */
#include "pipeline/groups_internal.h"
#include "pipeline/nulls_internal.h"
#include "pipeline/helix_internal.h"
#include "pipeline/ci_internal.h"
#include "pipeline/side_internal.h"
#include "analysis/analysis.h"

#include <cjson/cJSON.h>

#include <string.h>

/**
 * \function il_i_groups_require
 * \brief Check function part: --by is required (a usage error without it).
 */
igraph_error_t il_i_groups_require(const il_job_args_t *a, const il_job_groups_t *gr)
{
    if (!gr->by || !gr->by[0]) {
        return il_i_job_refuse("%s needs --by ATTR (a node attribute such as cluster or "
                               "sector)", a->job->name);
    }
    return IGRAPH_SUCCESS;
}

/** \function il_i_groups_empty \brief How empty --by values are handled. */
il_empty_group_t il_i_groups_empty(const il_job_groups_t *gr)
{
    return gr->empty_own ? IL_EMPTY_OWN_GROUP : IL_EMPTY_ERROR;
}

/** \function il_i_groups_empty_name \brief The same, as `parameters` record it. */
const char *il_i_groups_empty_name(const il_job_groups_t *gr)
{
    return il_empty_group_name(il_i_groups_empty(gr));
}

/**
 * \function il_i_groups_partition
 * \brief The --by groups of \p g: at least two, at most IL_GROUPS_MAX.
 *
 * \param p Zero-filled; on success the caller destroys it.
 * \return IGRAPH_EINVAL naming the attribute; IGRAPH_ENOMEM.
 */
igraph_error_t il_i_groups_partition(const il_graph_t *g, const il_job_groups_t *gr,
                                     il_partition_t *p)
{
    IGRAPH_CHECK(il_partition_from_attr(g, gr->by, il_i_groups_empty(gr), p));
    IGRAPH_FINALLY(il_partition_destroy, p);
    IGRAPH_CHECK(il_groups_require(p, gr->by));
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_groups_table
 * \brief Point CSV output at --table: a usage error naming the tables when
 *        the report has no such table.
 */
igraph_error_t il_i_groups_table(il_job_ctx_t *ctx, const il_job_groups_t *gr)
{
    const cJSON *t, *it;
    char names[512];
    size_t len = 0;
    if (!gr->table) {
        return IGRAPH_SUCCESS;
    }
    t = cJSON_GetObjectItemCaseSensitive(ctx->report->root, gr->table);
    if (cJSON_IsArray(t) && strcmp(gr->table, "parameters") != 0) {
        ctx->report->table = gr->table;
        return IGRAPH_SUCCESS;
    }
    names[0] = '\0';
    cJSON_ArrayForEach(it, ctx->report->root) {
        if (cJSON_IsArray(it) && len < sizeof names) {
            len += (size_t) snprintf(names + len, sizeof names - len, " %s", it->string);
        }
    }
    IL_JOB_USAGE_ERRORF(ctx, "--table: no table '%s'; the tables are:%s", gr->table, names);
}

/* ---- coupling ------------------------------------------------------------- */

typedef struct coupling_job {
    il_job_groups_t groups;
    il_coupling_options_t o;
    il_job_ci_t ci;             /* intervals: pipeline/job_ci.c */
} coupling_job_t;

static const il_optdef_t coupling_options[] = {
    IL_GROUPS_OPTDEFS(coupling_job_t),
    IL_SIDE_OPTDEF(coupling_job_t, groups.side),
    IL_OPTDEF_INT("permutations", coupling_job_t, o.permutations, 0, 100000000),
    IL_OPTDEF_UINT("seed", coupling_job_t, o.seed),
    IL_NULL_OPTDEFS(coupling_job_t, o.null),
    IL_NULL_JOBS_OPTDEF(coupling_job_t, o.null),
    IL_OPTDEF_REAL("isolated-below", coupling_job_t, o.isolated_below, 0, 1, 0,
                   "a share of the null's coupling from 0 to 1"),
    IL_OPTDEF_FLAG_VALUE("no-cuts", coupling_job_t, o.cuts, 0),
    IL_CI_OPTDEFS(coupling_job_t),
    { .name = NULL }
};

static const char *const coupling_help[] = {
    "Coupling between groups: block matrices (ties, weight, density, weighted",
    "density), the E-I index of the network, of each group and of each node",
    "(counted and weighted, expected under random mixing, rescaled, permutation",
    "p-values), each group's cohesion and coupling share read on the",
    "loose-coupling plane against a null model, every one of these tested",
    "(table tests), and the vulnerability of the coupling (key actors, minimum",
    "vertex cuts, articulation points, bridging ties, unlinked pairs).",
    "",
    "Loose coupling: a group is loosely coupled when it is more cohesive than the",
    "null gives a group of its size and strength (two-sided p < alpha) and still",
    "sends out at least --isolated-below of the null's coupling; isolated when it",
    "sends out less; dissolved when it is less cohesive than the null gives;",
    "indeterminate when the test cannot tell.",
    "",
    IL_GROUPS_HELP,
    "                       (default: groups_table)",
    IL_SIDE_HELP,
    "",
    "Coupling:",
    "  --permutations N     label permutations for UCINET's E-I p-values (default:",
    "                       1000; 0: none)",
    "  --seed S             seed for the permutations and the null (default: 42)",
    "  --isolated-below R   a cohesive group sending out less than R times the null's",
    "                       coupling share reads isolated (default: 0.25)",
    "  --no-cuts            skip the minimum vertex cuts (one flow per pair of groups)",
    "",
    IL_NULL_HELP("1000"),
    "  --jobs N             worker processes for the null samples and the bootstrap",
    "                       (default: cores; the results do not depend on it)",
    "",
    IL_CI_HELP,
    "                       (E-I of the network, counted and weighted; --seed seeds it)",
    NULL
};

static void coupling_init(void *opts)
{
    coupling_job_t *j = opts;
    il_coupling_options_t init = IL_COUPLING_OPTIONS_INIT;
    memset(j, 0, sizeof *j);
    j->o = init;
    j->o.null.jobs = il_i_null_default_jobs();
    il_i_ci_init(&j->ci);
}

static igraph_error_t coupling_check(const il_job_args_t *a)
{
    const coupling_job_t *j = a->opts;
    IGRAPH_CHECK(il_i_groups_require(a, &j->groups));
    IGRAPH_CHECK(il_i_ci_check(a, &j->ci));
    return il_i_null_check(a, &j->o.null, 1);
}

/* --side-by-side: every group's measures in one table (pipeline/side_by_side.c). */
static igraph_error_t side_by_side(il_job_ctx_t *ctx, const il_job_groups_t *gr,
                                   const il_side_source_t *src, size_t n)
{
    return gr->side ? il_i_side_by_side_job(ctx, gr->table, src, n) : IGRAPH_SUCCESS;
}

static const il_side_source_t coupling_side[] = {
    { "groups_table", IL_SIDE_ROWS, "" }, { "plane", IL_SIDE_ROWS, "" }
};

static igraph_error_t coupling_run(il_job_ctx_t *ctx)
{
    const coupling_job_t *j = ctx->opts;
    il_partition_t p;
    il_coupling_t res;
    memset(&p, 0, sizeof p);
    memset(&res, 0, sizeof res);
    IGRAPH_CHECK(il_i_groups_partition(ctx->g, &j->groups, &p));
    IGRAPH_FINALLY(il_partition_destroy, &p);
    IGRAPH_FINALLY(il_coupling_destroy, &res);
    IGRAPH_CHECK(il_coupling(ctx->g, &p, &j->o, &res));
    IGRAPH_CHECK(il_report_add_coupling(ctx->report, ctx->g, &p, j->groups.by,
                                        il_i_groups_empty_name(&j->groups), &j->o, &res));
    {
        il_i_ci_request_t q = { 0 };
        q.stats = (1u << IL_BOOT_EI) | (1u << IL_BOOT_EI_WEIGHTED);
        q.membership = &p.membership;
        q.k = p.k;
        q.seed = j->o.seed;
        q.jobs = j->o.null.jobs;
        IGRAPH_CHECK(il_i_ci_add(ctx, &j->ci, &q));
    }
    IGRAPH_CHECK(side_by_side(ctx, &j->groups, coupling_side, 2));
    IGRAPH_CHECK(il_i_groups_table(ctx, &j->groups));
    il_coupling_destroy(&res);
    il_partition_destroy(&p);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

const il_job_t il_job_coupling = {
    .name = "coupling",
    .summary = "between groups (--by ATTR): block densities, E-I, loose coupling, "
               "vulnerability",
    .synopsis = "innolink coupling EDGES --nodes NODES --by ATTR [options]",
    .help = coupling_help,
    .options = coupling_options,
    .input = IL_JOB_ONE_GRAPH,
    .output = IL_JOB_DOCUMENT,
    .opts_size = sizeof(coupling_job_t),
    .init = coupling_init,
    .check = coupling_check,
    .run = coupling_run,
};

/* ---- mixing and brokerage -------------------------------------------------- */

/* Options of the jobs that take the groups and a null model. */
typedef struct groups_job {
    il_job_groups_t groups;
    il_null_options_t null;     /* seeded with --seed */
} groups_job_t;

static const il_optdef_t groups_only_options[] = {
    IL_GROUPS_OPTDEFS(groups_job_t),
    IL_OPTDEF_UINT("seed", groups_job_t, null.seed),
    IL_NULL_OPTDEFS(groups_job_t, null),
    IL_NULL_JOBS_OPTDEF(groups_job_t, null),
    IL_SIDE_OPTDEF(groups_job_t, groups.side),
    { .name = NULL }
};

/* Options of mixing: the groups, the Triple-Helix mapping and the null. */
typedef struct mixing_job {
    il_job_groups_t groups;
    il_helix_map_t helix;
    il_job_ci_t ci;             /* intervals: pipeline/job_ci.c (--seed, --jobs: null's) */
    il_null_options_t null;     /* seeded with --seed */
} mixing_job_t;

static const il_optdef_t mixing_options[] = {
    IL_GROUPS_OPTDEFS(mixing_job_t),
    IL_HELIX_OPTDEFS(mixing_job_t),
    IL_OPTDEF_UINT("seed", mixing_job_t, null.seed),
    IL_NULL_OPTDEFS(mixing_job_t, null),
    IL_NULL_JOBS_OPTDEF(mixing_job_t, null),
    IL_CI_OPTDEFS(mixing_job_t),
    IL_SIDE_OPTDEF(mixing_job_t, groups.side),
    { .name = NULL }
};

static const char *const mixing_help[] = {
    "Mixing of a node attribute: the mixing matrix (ties and weight, raw and as",
    "shares of tie ends), nominal assortativity (unweighted, as networkx, and",
    "weighted), and for every pair of groups the observed share of ties against",
    "the share random mixing would give. With --by sector: the rows of the pairs",
    "among industry, university and research (helix_pairs) and Leydesdorff's",
    "Triple-Helix synergy T(UIG) (triple_helix_synergy, helix_cells).",
    "Assortativity (counted, weighted) and the modularity of the --by groups are",
    "tested against a null model (table tests).",
    "",
    IL_GROUPS_HELP,
    "                       (default: pairs)",
    "  --seed S             seed of the null samples and the bootstrap (default: 42)",
    "",
    IL_HELIX_HELP,
    "",
    IL_NULL_HELP("1000"),
    "  --jobs N             worker processes for the null samples and the bootstrap",
    "                       (default: cores; the results do not depend on it)",
    "",
    IL_CI_HELP,
    "                       (assortativity, counted and weighted)",
    IL_SIDE_HELP,
    NULL
};

static const char *const brokerage_help[] = {
    "Gould-Fernandez brokerage roles of every node: coordinator, itinerant,",
    "representative, gatekeeper, liaison and total, with the expected values,",
    "standard deviations and z-scores of R's sna::brokerage, per node, per broker",
    "group and for the whole network. An undirected graph is read as its",
    "symmetric directed graph (each pair counted in both orders). sna's null keeps",
    "only the density, so its z-scores grow with degree; beside them every count",
    "is tested against a degree-preserving null (columns null_exp_*, null_z_*;",
    "table tests), which asks whether a node brokers more than its degree gives.",
    "",
    IL_GROUPS_HELP,
    "                       (default: nodes_table)",
    "  --seed S             seed of the null samples (default: 42)",
    IL_SIDE_HELP,
    "",
    IL_NULL_HELP("1000"),
    IL_NULL_JOBS_HELP,
    NULL
};

static void groups_init(void *opts)
{
    groups_job_t *j = opts;
    il_null_options_t init = IL_NULL_OPTIONS_INIT;
    memset(j, 0, sizeof *j);
    j->null = init;
    j->null.jobs = il_i_null_default_jobs();
}

static igraph_error_t groups_check(const il_job_args_t *a)
{
    const groups_job_t *j = a->opts;
    IGRAPH_CHECK(il_i_groups_require(a, &j->groups));
    return il_i_null_check(a, &j->null, 1);
}

/* The tests of one family of between-group statistics on the --by groups. */
static igraph_error_t groups_tests(il_job_ctx_t *ctx, const il_partition_t *p, const char *by,
                                   const il_null_options_t *null, int brokerage,
                                   il_null_tests_t *t)
{
    IGRAPH_CHECK(il_null_tests_init(t, ctx->g, p, by, null));
    if (brokerage) {
        IGRAPH_CHECK(il_null_tests_add_brokerage(t));
    } else {
        IGRAPH_CHECK(il_null_tests_add_groups(t, IL_NULL_MIXING));
    }
    return il_null_tests_run(t);
}

static void mixing_init(void *opts)
{
    mixing_job_t *j = opts;
    il_null_options_t init = IL_NULL_OPTIONS_INIT;
    memset(j, 0, sizeof *j);
    il_i_ci_init(&j->ci);
    j->null = init;
    j->null.jobs = il_i_null_default_jobs();
}

static igraph_error_t mixing_check(const il_job_args_t *a)
{
    const mixing_job_t *j = a->opts;
    IGRAPH_CHECK(il_i_groups_require(a, &j->groups));
    IGRAPH_CHECK(il_i_ci_check(a, &j->ci));
    return il_i_null_check(a, &j->null, 1);
}

/* Mixing per group: its ties inside (the diagonal pairs) and its row of
 * the mixing matrices. */
static const il_side_source_t mixing_side[] = {
    { "pairs", IL_SIDE_DIAGONAL, "inside_" }, { "mixing_ties", IL_SIDE_ROWS, "ties_with_" },
    { "mixing_weight", IL_SIDE_ROWS, "weight_with_" }
};

static igraph_error_t mixing_run(il_job_ctx_t *ctx)
{
    const mixing_job_t *mj = ctx->opts;
    const il_job_groups_t *gr = &mj->groups;
    il_partition_t p;
    il_mixing_t res;
    il_null_tests_t t;
    memset(&p, 0, sizeof p);
    memset(&res, 0, sizeof res);
    IGRAPH_CHECK(il_i_groups_partition(ctx->g, gr, &p));
    IGRAPH_FINALLY(il_partition_destroy, &p);
    IGRAPH_FINALLY(il_mixing_destroy, &res);
    IGRAPH_CHECK(il_mixing(ctx->g, &p, &res));
    IGRAPH_CHECK(il_report_add_mixing(ctx->report, ctx->g, &p, gr->by,
                                      il_i_groups_empty_name(gr), &res));
    memset(&t, 0, sizeof t);
    IGRAPH_FINALLY(il_null_tests_destroy, &t);
    IGRAPH_CHECK(groups_tests(ctx, &p, gr->by, &mj->null, 0, &t));
    IGRAPH_CHECK(il_report_add_tests(ctx->report, "tests", ctx->g, &p, &t, "mixing"));
    IGRAPH_CHECK(il_i_helix_add(ctx, gr->by, &mj->helix));
    {
        il_i_ci_request_t q = { 0 };
        q.stats = (1u << IL_BOOT_ASSORTATIVITY) | (1u << IL_BOOT_ASSORTATIVITY_WEIGHTED);
        q.membership = &p.membership;
        q.k = p.k;
        q.seed = mj->null.seed;
        q.jobs = mj->null.jobs;
        IGRAPH_CHECK(il_i_ci_add(ctx, &mj->ci, &q));
    }
    IGRAPH_CHECK(side_by_side(ctx, gr, mixing_side, 3));
    IGRAPH_CHECK(il_i_groups_table(ctx, gr));
    il_null_tests_destroy(&t);
    il_mixing_destroy(&res);
    il_partition_destroy(&p);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}

/* Brokerage per broker group: the roles its nodes play (group_totals) and
 * what sna expects of one node of the group (expected_by_group). */
static const il_side_source_t brokerage_side[] = {
    { "group_totals", IL_SIDE_ROWS, "" }, { "expected_by_group", IL_SIDE_ROWS, "expected_" }
};

/* `group_totals`: each role's count summed (and averaged) over a group's nodes. */
static igraph_error_t brokerage_totals(il_job_ctx_t *ctx, const il_partition_t *p,
                                       const il_brokerage_t *b)
{
    igraph_vector_t col[IL_BROKER_ROLES];
    const igraph_vector_t *cols[IL_BROKER_ROLES];
    const char *names[IL_BROKER_ROLES];
    int role;
    for (role = 0; role < IL_BROKER_ROLES; role++) {
        igraph_vector_view(&col[role], &MATRIX(b->raw, 0, role), b->n);
        cols[role] = &col[role];
        names[role] = il_broker_role_name(role);
    }
    return il_i_group_totals(ctx->report->root, "group_totals", p, names, cols,
                             IL_BROKER_ROLES);
}

static igraph_error_t brokerage_run(il_job_ctx_t *ctx)
{
    const il_job_groups_t *gr = &((const groups_job_t *) ctx->opts)->groups;
    il_partition_t p;
    il_brokerage_t res;
    il_null_tests_t t;
    memset(&p, 0, sizeof p);
    memset(&res, 0, sizeof res);
    IGRAPH_CHECK(il_i_groups_partition(ctx->g, gr, &p));
    IGRAPH_FINALLY(il_partition_destroy, &p);
    IGRAPH_FINALLY(il_brokerage_destroy, &res);
    IGRAPH_CHECK(il_brokerage(ctx->g, &p, &res));
    IGRAPH_CHECK(il_report_add_brokerage(ctx->report, ctx->g, &p, gr->by,
                                         il_i_groups_empty_name(gr), &res));
    memset(&t, 0, sizeof t);
    IGRAPH_FINALLY(il_null_tests_destroy, &t);
    IGRAPH_CHECK(groups_tests(ctx, &p, gr->by, &((const groups_job_t *) ctx->opts)->null, 1,
                              &t));
    IGRAPH_CHECK(il_report_add_brokerage_tests(ctx->report, ctx->g, &p, &t));
    if (gr->side) {
        IGRAPH_CHECK(brokerage_totals(ctx, &p, &res));
        IGRAPH_CHECK(side_by_side(ctx, gr, brokerage_side, 2));
    }
    IGRAPH_CHECK(il_i_groups_table(ctx, gr));
    il_null_tests_destroy(&t);
    il_brokerage_destroy(&res);
    il_partition_destroy(&p);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}

const il_job_t il_job_mixing = {
    .name = "mixing",
    .summary = "mixing matrix, assortativity, Triple-Helix synergy of a node attribute",
    .synopsis = "innolink mixing EDGES --nodes NODES --by ATTR [options]",
    .help = mixing_help,
    .options = mixing_options,
    .input = IL_JOB_ONE_GRAPH,
    .output = IL_JOB_DOCUMENT,
    .opts_size = sizeof(mixing_job_t),
    .init = mixing_init,
    .check = mixing_check,
    .run = mixing_run,
};

const il_job_t il_job_brokerage = {
    .name = "brokerage",
    .summary = "Gould-Fernandez brokerage roles with sna's expectations and z-scores",
    .synopsis = "innolink brokerage EDGES --nodes NODES --by ATTR [options]",
    .help = brokerage_help,
    .options = groups_only_options,
    .input = IL_JOB_ONE_GRAPH,
    .output = IL_JOB_DOCUMENT,
    .opts_size = sizeof(groups_job_t),
    .init = groups_init,
    .check = groups_check,
    .run = brokerage_run,
};
