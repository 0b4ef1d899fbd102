/*
 * The nulls job: the headline statistics of several families tested in
 * one ensemble of a null model (docs/metrics-inference.md). Each command
 * tests its own statistics; this one tests any set of them at once, and
 * the correlation of two tie tables on the same nodes (QAP, as
 * sna::qaptest).
 */
#include "pipeline/groups_internal.h"
#include "pipeline/nulls_internal.h"
#include "analysis/analysis.h"

#include <cjson/cJSON.h>

#include <string.h>

/* Families of --stats. */
enum {
    STATS_COUPLING = 1u << 0, STATS_MIXING = 1u << 1, STATS_BROKERAGE = 1u << 2,
    STATS_STRUCTURE = 1u << 3, STATS_CENTRALIZATION = 1u << 4, STATS_SHAPE = 1u << 5
};

typedef struct nulls_job {
    il_job_groups_t groups;
    il_null_options_t null;     /* seeded with --seed */
    const char *stats;          /* --stats LIST; NULL: the default set */
    const char *against;        /* --against FILE: a second tie table */
    il_structure_options_t so;  /* --hub-z, --restarts for the structure family */
} nulls_job_t;

static const il_optdef_t nulls_options[] = {
    IL_GROUPS_OPTDEFS(nulls_job_t),
    IL_OPTDEF_STRING("stats", nulls_job_t, stats),
    IL_OPTDEF_STRING("against", nulls_job_t, against),
    IL_OPTDEF_UINT("seed", nulls_job_t, null.seed),
    { .name = "hub-z", .kind = IL_OPT_REAL, .offset = offsetof(nulls_job_t, so.hub_z),
      .min = 0, .max = IL_OPT_NO_MAX, .flags = IL_OPT_ABOVE_MIN },
    IL_OPTDEF_INT("restarts", nulls_job_t, so.restarts, 1, 100000),
    IL_NULL_OPTDEFS(nulls_job_t, null),
    IL_NULL_JOBS_OPTDEF(nulls_job_t, null),
    { .name = NULL }
};

static const char *const nulls_help[] = {
    "Test headline statistics against a null model in one ensemble: observed value,",
    "null mean and standard deviation, z, p_greater, p_less, the two-sided p and the",
    "percentile, with the null model, samples and seed on every row. Each of coupling,",
    "mixing, brokerage, structure and centrality tests its own statistics; this",
    "command tests any set of them at once.",
    "",
    IL_GROUPS_HELP,
    "                       (default: tests)",
    "",
    "Tests:",
    "  --stats LIST         families, comma-separated: coupling, mixing, brokerage,",
    "                       structure, shape (structure without the core-periphery",
    "                       search: density, transitivity, centralization, hub",
    "                       dominance), centralization (default: coupling,mixing",
    "                       with --by; structure,centralization without)",
    "  --against FILE       a second tie table on the same nodes: its correlation with",
    "                       EDGES (sna gcor) tested by QAP by default (sna qaptest)",
    "  --seed S             seed of the null samples (default: 42)",
    "  --hub-z Z            structure: hub threshold (default: 2.5)",
    "  --restarts R         structure: core-periphery search starts (default: 10)",
    "",
    IL_NULL_HELP("1000"),
    IL_NULL_JOBS_HELP,
    NULL
};

static void nulls_init(void *opts)
{
    nulls_job_t *j = opts;
    il_null_options_t init = IL_NULL_OPTIONS_INIT;
    il_structure_options_t so = IL_STRUCTURE_OPTIONS_INIT;
    memset(j, 0, sizeof *j);
    j->null = init;
    j->null.jobs = il_i_null_default_jobs();
    j->so = so;
}

/* The --stats families, or 0 with the reason recorded. */
static unsigned parse_stats(const char *list, int grouped)
{
    static const struct {
        const char *name;
        unsigned bit;
    } names[] = {
        { "coupling", STATS_COUPLING }, { "mixing", STATS_MIXING },
        { "brokerage", STATS_BROKERAGE }, { "structure", STATS_STRUCTURE },
        { "centralization", STATS_CENTRALIZATION }, { "shape", STATS_SHAPE }
    };
    unsigned bits = 0;
    const char *p = list;
    if (!list) {
        return grouped ? STATS_COUPLING | STATS_MIXING : STATS_STRUCTURE | STATS_CENTRALIZATION;
    }
    while (*p) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t) (end - p) : strlen(p), i;
        for (i = 0; i < sizeof names / sizeof names[0]; i++) {
            if (strlen(names[i].name) == len && strncmp(names[i].name, p, len) == 0) {
                bits |= names[i].bit;
                break;
            }
        }
        if (i == sizeof names / sizeof names[0]) {
            return 0;
        }
        if (!end) {
            break;
        }
        p = end + 1;
    }
    return bits;
}

static igraph_error_t nulls_check(const il_job_args_t *a)
{
    const nulls_job_t *j = a->opts;
    int grouped = j->groups.by && j->groups.by[0];
    unsigned bits = parse_stats(j->stats, grouped);
    if (j->stats && !bits) {
        return il_i_job_refuse("--stats: expected families from coupling, mixing, brokerage, "
                               "structure, shape, centralization, not '%s'", j->stats);
    }
    if (!grouped && (bits & (STATS_COUPLING | STATS_MIXING | STATS_BROKERAGE))) {
        return il_i_job_refuse("--stats coupling, mixing and brokerage need --by ATTR");
    }
    return il_i_null_check(a, &j->null, grouped);
}

/* The --against table as a graph on the vertices of ctx->g, in their order. */
static igraph_error_t load_against(il_job_ctx_t *ctx, il_graph_t *h, il_graph_t *aligned)
{
    const nulls_job_t *j = ctx->opts;
    il_load_options_t lo = ctx->args->load;
    igraph_vector_int_t edges;
    igraph_vector_t w;
    igraph_integer_t e, m;
    lo.edges_path = j->against;
    IGRAPH_CHECK(il_load_graph(&lo, h));
    IGRAPH_VECTOR_INT_INIT_FINALLY(&edges, 0);
    IGRAPH_VECTOR_INIT_FINALLY(&w, 0);
    m = il_graph_ecount(h);
    for (e = 0; e < m; e++) {
        igraph_integer_t u, v;
        const char *a = il_graph_vertex_id(h, IGRAPH_FROM(&h->graph, e));
        const char *b = il_graph_vertex_id(h, IGRAPH_TO(&h->graph, e));
        if (!il_graph_find_vertex(ctx->g, a, &u) || !il_graph_find_vertex(ctx->g, b, &v)) {
            IGRAPH_ERRORF("--against: node '%s' is not in %s; give both tables the same "
                          "nodes (a node table lists them all).", IGRAPH_EINVAL,
                          il_graph_find_vertex(ctx->g, a, &u) ? b : a,
                          ctx->args->load.edges_path);
        }
        IGRAPH_CHECK(igraph_vector_int_push_back(&edges, u));
        IGRAPH_CHECK(igraph_vector_int_push_back(&edges, v));
        IGRAPH_CHECK(igraph_vector_push_back(&w, VECTOR(h->weight)[e]));
    }
    IGRAPH_CHECK(il_graph_sample_init(aligned, ctx->g));
    IGRAPH_CHECK(il_graph_sample_set_ties(aligned, &edges, &w));
    igraph_vector_destroy(&w);
    igraph_vector_int_destroy(&edges);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

static igraph_error_t nulls_run(il_job_ctx_t *ctx)
{
    const nulls_job_t *j = ctx->opts;
    int grouped = j->groups.by && j->groups.by[0];
    unsigned bits = parse_stats(j->stats, grouped);
    il_partition_t p;
    il_null_tests_t t;
    il_graph_t h = IL_GRAPH_INIT, aligned = IL_GRAPH_INIT;
    il_structure_options_t so = j->so;
    il_centrality_options_t co = IL_CENTRALITY_OPTIONS_INIT;
    cJSON *par;

    memset(&p, 0, sizeof p);
    memset(&t, 0, sizeof t);
    IGRAPH_FINALLY(il_partition_destroy, &p);
    IGRAPH_FINALLY(il_null_tests_destroy, &t);
    IGRAPH_FINALLY(il_graph_destroy, &h);
    IGRAPH_FINALLY(il_graph_destroy, &aligned);
    if (grouped) {
        IGRAPH_CHECK(il_i_groups_partition(ctx->g, &j->groups, &p));
        so.group_attr = j->groups.by;
        so.empty = il_i_groups_empty(&j->groups);
    }
    so.seed = j->null.seed;
    IGRAPH_CHECK(il_null_tests_init(&t, ctx->g, grouped ? &p : NULL, grouped ? j->groups.by
                                    : NULL, &j->null));
    if (bits & (STATS_COUPLING | STATS_MIXING)) {
        IGRAPH_CHECK(il_null_tests_add_groups(&t, ((bits & STATS_COUPLING) ? IL_NULL_COUPLING : 0) |
                                              ((bits & STATS_MIXING) ? IL_NULL_MIXING : 0)));
    }
    if (bits & STATS_BROKERAGE) {
        IGRAPH_CHECK(il_null_tests_add_brokerage(&t));
    }
    if (bits & (STATS_STRUCTURE | STATS_SHAPE)) {
        IGRAPH_CHECK(il_null_tests_add_structure(&t, &so, (bits & STATS_STRUCTURE) != 0));
    }
    if (bits & STATS_CENTRALIZATION) {
        IGRAPH_CHECK(il_null_tests_add_centralization(&t, &co));
    }
    if (j->against) {
        IGRAPH_CHECK(il_i_job_distinct(ctx->args, ctx->args->output, j->against));
        IGRAPH_CHECK(load_against(ctx, &h, &aligned));
        IGRAPH_CHECK(il_null_tests_add_correlation(&t, &aligned, 1));
        IGRAPH_CHECK(il_null_tests_add_correlation(&t, &aligned, 0));
    }
    IGRAPH_CHECK(il_null_tests_run(&t));
    IGRAPH_CHECK(il_report_string(ctx->report->root, "by", grouped ? j->groups.by : NULL));
    IGRAPH_CHECK(il_report_number(ctx->report->root, "statistics", (double) t.nstat));
    par = il_report_parameters(ctx->report);
    IGRAPH_CHECK_OOM(par, "Out of memory.");
    IGRAPH_CHECK(il_report_string(par, "stats", j->stats ? j->stats : "default"));
    IGRAPH_CHECK(il_report_string(par, "against", j->against));
    IGRAPH_CHECK(il_report_string(par, "empty_group", il_i_groups_empty_name(&j->groups)));
    IGRAPH_CHECK(il_report_string(par, "null_requested", il_null_model_name(j->null.model)));
    IGRAPH_CHECK(il_report_add_tests(ctx->report, "tests", ctx->g, grouped ? &p : NULL, &t,
                                     NULL));
    ctx->report->table = "tests";
    if (j->groups.table) {
        IGRAPH_CHECK(il_i_groups_table(ctx, &j->groups));
    }
    il_graph_destroy(&aligned);
    il_graph_destroy(&h);
    il_null_tests_destroy(&t);
    il_partition_destroy(&p);
    IGRAPH_FINALLY_CLEAN(4);
    return IGRAPH_SUCCESS;
}

const il_job_t il_job_nulls = {
    .name = "nulls",
    .summary = "test statistics against a null model (degree-preserving, G(n, m), labels, QAP)",
    .synopsis = "innolink nulls EDGES [--nodes NODES] [--by ATTR] [--stats LIST] [options]",
    .help = nulls_help,
    .options = nulls_options,
    .input = IL_JOB_ONE_GRAPH,
    .output = IL_JOB_DOCUMENT,
    .opts_size = sizeof(nulls_job_t),
    .init = nulls_init,
    .check = nulls_check,
    .run = nulls_run,
};
