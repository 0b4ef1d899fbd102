/*
 * The centrality job: who matters (DEFINITIONS.md, "Per node"), with
 * whole-network centralization; path measures over worker processes.
 */
#include "pipeline/job_internal.h"
#include "pipeline/nulls_internal.h"
#include "pipeline/ci_internal.h"
#include "pipeline/groups_internal.h"
#include "pipeline/side_internal.h"
#include "analysis/analysis.h"

#include <string.h>
#include <unistd.h>

typedef struct centrality_job {
    il_centrality_options_t o;
    const char *sort;           /* --sort MEASURE; NULL: the first measure with --top */
    igraph_integer_t top;       /* --top K; 0: every row */
    il_null_options_t null;     /* --null-samples N > 0: test the centralizations */
    il_job_ci_t ci;             /* intervals: pipeline/job_ci.c */
    il_job_groups_t groups;     /* --by: group totals of every score */
} centrality_job_t;

/* --measures a,b,c into a bit set of il_measure_t. */
static int parse_measures(const char *list, void *field, char *why, size_t size)
{
    char name[64];
    const char *p = list;
    unsigned bits = 0;
    while (1) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t) (end - p) : strlen(p);
        il_measure_t m;
        if (len == 0 || len >= sizeof name) {
            snprintf(why, size, "empty or overlong name in '%s'", list);
            return 0;
        }
        memcpy(name, p, len);
        name[len] = '\0';
        if (!il_measure_parse(name, &m)) {
            snprintf(why, size, "unknown measure '%s' (known: degree, strength, betweenness, "
                     "closeness, harmonic, eigenvector, pagerank, hub, authority, constraint, "
                     "effective_size, efficiency, hierarchy, coreness, clustering)", name);
            return 0;
        }
        bits |= 1u << m;
        if (!end) {
            break;
        }
        p = end + 1;
    }
    *(unsigned *) field = bits;
    return 1;
}


static const il_optdef_t centrality_options[] = {
    IL_OPTDEF_CUSTOM("measures", centrality_job_t, o.measures, parse_measures),
    IL_OPTDEF_CHOICE("path-weight", centrality_job_t, o.path_weight, il_i_distances, NULL),
    IL_OPTDEF_BOOL("raw", centrality_job_t, o.raw),
    IL_OPTDEF_INT("jobs", centrality_job_t, o.jobs, 1, 1024),
    IL_OPTDEF_INT("samples", centrality_job_t, o.samples, 1, IL_OPT_NO_MAX),
    IL_OPTDEF_UINT("seed", centrality_job_t, o.seed),
    IL_OPTDEF_BOOL("exact", centrality_job_t, o.exact),
    IL_OPTDEF_BOOL("estimate", centrality_job_t, o.estimate),
    IL_OPTDEF_REAL("epsilon", centrality_job_t, o.epsilon, 0.001, 0.5, 0,
                   "a number from 0.001 to 0.5"),
    IL_OPTDEF_REAL("delta", centrality_job_t, o.delta, 0.001, 0.5, 0,
                   "a number from 0.001 to 0.5"),
    IL_OPTDEF_INT("top", centrality_job_t, top, 1, IL_OPT_NO_MAX),
    IL_OPTDEF_STRING("sort", centrality_job_t, sort),
    IL_OPTDEF_CHOICE("null", centrality_job_t, null.model, il_i_null_models,
                     "degree, configuration, gnm, labels, qap or default"),
    IL_OPTDEF_INT("null-samples", centrality_job_t, null.samples, 0, 10000000),
    IL_OPTDEF_CHOICE("null-weights", centrality_job_t, null.weights, il_i_null_weights,
                     "auto, travel or permute"),
    { .name = "swaps", .kind = IL_OPT_REAL, .offset = offsetof(centrality_job_t,
                                                               null.swaps_per_edge),
      .min = 0, .max = 100000, .flags = IL_OPT_ABOVE_MIN },
    IL_CI_OPTDEFS(centrality_job_t),
    IL_GROUPS_OPTDEFS(centrality_job_t),
    IL_SIDE_OPTDEF(centrality_job_t, groups.side),
    { .name = NULL }
};

static const char *const centrality_help[] = {
    "Who matters: one row per node with degree, strength (directed: also in_ and",
    "out_), betweenness, closeness, harmonic, eigenvector, pagerank, hub and",
    "authority (directed only), Burt's constraint, effective_size, efficiency and",
    "hierarchy, coreness and clustering; and the whole network's centralization",
    "(Freeman degree, betweenness, closeness, eigenvector; Gini of strengths).",
    "",
    "Centrality:",
    "  --measures LIST      comma-separated measures (default: all that apply)",
    "  --path-weight MODE   inverse|none|raw: tie length for betweenness, closeness",
    "                       and harmonic (default: inverse, d = 1/w)",
    "  --raw                unnormalised betweenness",
    "  --jobs N             worker processes for the path measures (default: cores)",
    "  --samples K          estimate betweenness from K random sources (x n/K)",
    "  --seed S             seed for the sampled sources (default: 42)",
    "  --exact              exact betweenness, closeness and harmonic at any size",
    "                       (above n(n+m) = 1e10 they are estimated by default:",
    "                       docs/metrics-centrality.md, Large graphs)",
    "  --estimate           estimate them at any size",
    "  --epsilon E          the estimates are within E ... (default: 0.05)",
    "  --delta D            ... with probability at least 1 - D (default: 0.1)",
    "  --sort MEASURE       rank rows by MEASURE, highest first (e.g. in_degree)",
    "  --top K              keep the first K rows (sorted by --sort, default the",
    "                       first measure)",
    "",
    "Null model (docs/metrics-inference.md): the centralizations tested (table tests)",
    "  --null-samples N     samples of the null (default: 0, no test); --jobs and",
    "                       --seed serve them too",
    "  --null MODEL         gnm (the default: G(n, m), as sna cug.test), degree,",
    "                       configuration or qap",
    "  --null-weights W     degree null: auto, travel or permute (default: auto)",
    "  --swaps S            accepted double edge swaps per tie (default: 10)",
    "",
    IL_CI_HELP,
    "                       (the centralizations of degree, betweenness, closeness",
    "                       and eigenvector computed; --seed and --jobs serve it too)",
    "Groups (optional):",
    "  --by ATTR            group_totals: per group of node attribute ATTR, its",
    "                       nodes and each score's total and mean over them (every",
    "                       node counts, whatever --top keeps)",
    "  --empty-group        put nodes with an empty ATTR in the group \"(none)\"",
    "  --table NAME         the table --format csv prints (default: nodes)",
    IL_SIDE_HELP,
    NULL
};

/* Defaults: IL_CENTRALITY_OPTIONS_INIT, with one worker per core. */
static void centrality_init(void *opts)
{
    centrality_job_t *j = opts;
    il_centrality_options_t init = IL_CENTRALITY_OPTIONS_INIT;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    il_null_options_t null = IL_NULL_OPTIONS_INIT;
    memset(j, 0, sizeof *j);
    j->o = init;
    j->o.jobs = cores >= 1 ? (cores > 1024 ? 1024 : cores) : 1;
    j->null = null;
    j->null.samples = 0;
    il_i_ci_init(&j->ci);
}

/* The score column a measure's ranking uses (degree: total degree). */
static int first_score(unsigned measures, int directed)
{
    static const il_score_t of[IL_MEASURE_COUNT] = {
        IL_SCORE_DEGREE, IL_SCORE_STRENGTH, IL_SCORE_BETWEENNESS, IL_SCORE_CLOSENESS,
        IL_SCORE_HARMONIC, IL_SCORE_EIGENVECTOR, IL_SCORE_PAGERANK, IL_SCORE_HUB,
        IL_SCORE_AUTHORITY, IL_SCORE_CONSTRAINT, IL_SCORE_EFFECTIVE_SIZE, IL_SCORE_EFFICIENCY,
        IL_SCORE_HIERARCHY, IL_SCORE_CORENESS, IL_SCORE_CLUSTERING
    };
    int k;
    for (k = 0; k < IL_MEASURE_COUNT; k++) {
        if (((measures >> k) & 1) && il_measure_applies((il_measure_t) k, directed)) {
            return (int) of[k];
        }
    }
    return -1;
}

/* The measures that apply to a (un)directed graph. */
static unsigned all_measures(int directed)
{
    unsigned all = 0;
    int k;
    for (k = 0; k < IL_MEASURE_COUNT; k++) {
        if (il_measure_applies((il_measure_t) k, directed)) {
            all |= 1u << k;
        }
    }
    return all;
}

/* The score column rows are sorted by (-1: input order); 0 when --sort
 * names no measure computed. */
static int sort_column(const centrality_job_t *j, int directed, int *sort)
{
    unsigned m = j->o.measures ? j->o.measures : all_measures(directed);
    *sort = -1;
    if (j->sort) {
        il_score_t c;
        il_measure_t need;
        const char *base = strncmp(j->sort, "in_", 3) == 0 ? j->sort + 3 :
                           strncmp(j->sort, "out_", 4) == 0 ? j->sort + 4 : j->sort;
        if (!il_score_parse(j->sort, &c) || !il_measure_parse(base, &need) ||
            !((m >> need) & 1) || !(base == j->sort || directed)) {
            return 0;
        }
        *sort = (int) c;
    } else if (j->top > 0) {
        *sort = first_score(m, directed);
    }
    return 1;
}

static igraph_error_t centrality_check(const il_job_args_t *a)
{
    const centrality_job_t *j = a->opts;
    int directed = a->load.directed, k, sort;
    for (k = 0; k < IL_MEASURE_COUNT; k++) {
        if (((j->o.measures >> k) & 1) && !il_measure_applies((il_measure_t) k, directed)) {
            return il_i_job_refuse("--measures: '%s' needs a directed graph (--directed)",
                                   il_measure_name((il_measure_t) k));
        }
    }
    if (j->o.samples > 0 && j->o.measures &&
        !((j->o.measures >> IL_MEASURE_BETWEENNESS) & 1)) {
        return il_i_job_refuse("--samples estimates betweenness, which --measures leaves out");
    }
    if (j->o.exact && j->o.estimate) {
        return il_i_job_refuse("--exact and --estimate: give one of them");
    }
    if (!sort_column(j, directed, &sort)) {
        return il_i_job_refuse("--sort: '%s' is not one of the measures computed", j->sort);
    }
    if (!j->groups.by && (j->groups.empty_own || j->groups.table || j->groups.side)) {
        return il_i_job_refuse("--empty-group, --table and --side-by-side need --by ATTR");
    }
    IGRAPH_CHECK(il_i_ci_check(a, &j->ci));
    return il_i_null_check(a, &j->null, 0);
}

/* --null-samples N: the centralizations against the null, table tests. */
static igraph_error_t centrality_tests(il_job_ctx_t *ctx)
{
    const centrality_job_t *j = ctx->opts;
    il_null_options_t no = j->null;
    il_null_tests_t t;
    memset(&t, 0, sizeof t);
    no.seed = j->o.seed;
    no.jobs = j->o.jobs;
    IGRAPH_FINALLY(il_null_tests_destroy, &t);
    IGRAPH_CHECK(il_null_tests_init(&t, ctx->g, NULL, NULL, &no));
    IGRAPH_CHECK(il_null_tests_add_centralization(&t, &j->o));
    IGRAPH_CHECK(il_null_tests_run(&t));
    IGRAPH_CHECK(il_report_add_tests(ctx->report, "tests", ctx->g, NULL, &t, NULL));
    il_null_tests_destroy(&t);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

static const il_side_source_t centrality_side[] = { { "group_totals", IL_SIDE_ROWS, "" } };

/* --by: `group_totals` of every score computed, over every node. */
static igraph_error_t centrality_groups(il_job_ctx_t *ctx, const il_centrality_t *res)
{
    const centrality_job_t *j = ctx->opts;
    const igraph_vector_t *cols[IL_SCORE_COUNT];
    const char *names[IL_SCORE_COUNT];
    il_partition_t p;
    int c;
    for (c = 0; c < IL_SCORE_COUNT; c++) {
        cols[c] = res->has[c] ? &res->score[c] : NULL;
        names[c] = il_score_name((il_score_t) c);
    }
    memset(&p, 0, sizeof p);
    IGRAPH_CHECK(il_i_groups_partition(ctx->g, &j->groups, &p));
    IGRAPH_FINALLY(il_partition_destroy, &p);
    IGRAPH_CHECK(il_i_group_totals(ctx->report->root, "group_totals", &p, names, cols,
                                   IL_SCORE_COUNT));
    IGRAPH_CHECK(il_report_string(il_report_parameters(ctx->report), "by", j->groups.by));
    IGRAPH_CHECK(il_report_string(il_report_parameters(ctx->report), "group_totals",
                                  "per group: nodes, and each score's total and mean over the "
                                  "group's nodes with a value (every node, whatever --top "
                                  "keeps)"));
    if (j->groups.side) {
        IGRAPH_CHECK(il_i_side_by_side_job(ctx, j->groups.table, centrality_side, 1));
    }
    IGRAPH_CHECK(il_i_groups_table(ctx, &j->groups));
    il_partition_destroy(&p);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

static igraph_error_t centrality_run(il_job_ctx_t *ctx)
{
    const centrality_job_t *j = ctx->opts;
    il_centrality_t res;
    int sort;
    if (j->o.samples > il_graph_vcount(ctx->g)) {
        IL_JOB_USAGE_ERRORF(ctx, "--samples: %" IGRAPH_PRId " is more than the %" IGRAPH_PRId
                            " nodes", j->o.samples, il_graph_vcount(ctx->g));
    }
    sort_column(j, ctx->args->load.directed, &sort);
    memset(&res, 0, sizeof res);
    IGRAPH_FINALLY(il_centrality_destroy, &res);
    IGRAPH_CHECK(il_centrality(ctx->g, &j->o, &res));
    IGRAPH_CHECK(il_report_add_centrality(ctx->report, ctx->g, &res, &j->o, sort, j->top));
    if (j->null.samples > 0) {
        IGRAPH_CHECK(centrality_tests(ctx));
    }
    {
        il_i_ci_request_t q = { 0 };
        q.stats = ((res.measures >> IL_MEASURE_DEGREE) & 1u) << IL_BOOT_DEGREE_CENTRALIZATION |
                  ((res.measures >> IL_MEASURE_BETWEENNESS) & 1u) <<
                  IL_BOOT_BETWEENNESS_CENTRALIZATION |
                  ((res.measures >> IL_MEASURE_CLOSENESS) & 1u) <<
                  IL_BOOT_CLOSENESS_CENTRALIZATION |
                  ((res.measures >> IL_MEASURE_EIGENVECTOR) & 1u) <<
                  IL_BOOT_EIGENVECTOR_CENTRALIZATION;
        q.centrality = &j->o;
        q.object = "centralization";
        q.seed = j->o.seed;
        q.jobs = j->o.jobs;
        IGRAPH_CHECK(il_i_ci_add(ctx, &j->ci, &q));
    }
    if (j->groups.by) {
        IGRAPH_CHECK(centrality_groups(ctx, &res));
    }
    il_centrality_destroy(&res);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

const il_job_t il_job_centrality = {
    .name = "centrality",
    .summary = "who matters: centralities, structural holes, centralization",
    .synopsis = "innolink centrality EDGES [--nodes NODES] [--by ATTR] [options]",
    .help = centrality_help,
    .options = centrality_options,
    .input = IL_JOB_ONE_GRAPH,
    .output = IL_JOB_DOCUMENT,
    .opts_size = sizeof(centrality_job_t),
    .init = centrality_init,
    .check = centrality_check,
    .run = centrality_run,
};
