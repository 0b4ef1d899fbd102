/*
 * The communities job: detect communities (mini-clusters) reproducibly,
 * compare them with a declared grouping, or evaluate a declared grouping
 * (DEFINITIONS.md "Communities"; docs/metrics-communities.md).
 */
#include "pipeline/job_internal.h"
#include "pipeline/ci_internal.h"
#include "pipeline/pipeline.h"
#include "analysis/analysis.h"

#include <stdlib.h>
#include <string.h>

typedef struct communities_job {
    il_communities_options_t o;
    const char *compare;        /* --compare ATTR */
    const char *partition;      /* --partition ATTR: evaluate, do not detect */
    const char *composition;    /* --composition LIST, "none"; NULL: every categorical */
    il_empty_group_t empty;     /* --empty-group */
    igraph_integer_t top;       /* members listed per community (5) */
    il_job_ci_t ci;             /* intervals: pipeline/job_ci.c */
} communities_job_t;


static const il_optdef_t communities_options[] = {
    IL_OPTDEF_CHOICE("method", communities_job_t, o.method, il_i_methods, NULL),
    IL_OPTDEF_CHOICE("objective", communities_job_t, o.objective, il_i_objectives, NULL),
    IL_OPTDEF_REAL("resolution", communities_job_t, o.resolution, 0, IL_OPT_NO_MAX, 0, NULL),
    IL_OPTDEF_UINT("seed", communities_job_t, o.seed),
    /* stability compares every pair of runs: R^2 partition comparisons */
    IL_OPTDEF_INT("runs", communities_job_t, o.runs, 1, 1000),
    IL_OPTDEF_INT("steps", communities_job_t, o.walktrap_steps, 1, 1000),
    IL_OPTDEF_STRING("compare", communities_job_t, compare),
    IL_OPTDEF_STRING("partition", communities_job_t, partition),
    IL_OPTDEF_FLAG("empty-group", communities_job_t, empty),
    IL_OPTDEF_STRING("composition", communities_job_t, composition),
    IL_OPTDEF_INT("top", communities_job_t, top, 0, IL_OPT_NO_MAX),
    IL_OPTDEF_CHOICE("symmetrize", communities_job_t, o.symmetrize, il_i_symmetrize, NULL),
    IL_CI_OPTDEFS(communities_job_t),
    IL_CI_JOBS_OPTDEF(communities_job_t),
    { .name = NULL }
};

static const char *const communities_help[] = {
    "Detect communities (mini-clusters) with a seeded, repeated method and report",
    "modularity, stability across runs, and per community its size, internal ties",
    "and weight, density, conductance, total strength, top members and composition",
    "by node attribute. Or compare with, or evaluate, a declared grouping.",
    "",
    "Communities:",
    "  --method M           leiden|louvain|infomap|walktrap|fastgreedy|",
    "                       leading-eigenvector|labelprop|optimal (default: leiden)",
    "  --objective OBJ      leiden: modularity|cpm (default: modularity)",
    "  --resolution G       leiden, louvain: resolution gamma (default: 1)",
    "  --seed S             seed of the first run (default: 42)",
    "  --runs R             seeded runs of a randomised method; the best is kept",
    "                       (default: 10)",
    "  --steps N            walktrap: random walk length (default: 4)",
    "  --symmetrize MODE    sum|max: make a directed graph undirected first",
    "  --compare ATTR       compare the communities with node attribute ATTR",
    "  --partition ATTR     no detection: evaluate node attribute ATTR as the partition",
    "  --empty-group        nodes without an ATTR value form the group \"(none)\"",
    "  --composition LIST   attributes to break communities down by, comma-separated,",
    "                       or none (default: every categorical node attribute)",
    "  --top N              members listed per community, by strength (default: 5)",
    "",
    IL_CI_HELP,
    "                       (modularity: communities detected anew in every",
    "                       replicate, or the --partition groups carried along)",
    IL_CI_JOBS_HELP,
    NULL
};

static void communities_init(void *opts)
{
    communities_job_t *j = opts;
    il_communities_options_t init = IL_COMMUNITIES_OPTIONS_INIT;
    memset(j, 0, sizeof *j);
    j->o = init;
    j->top = 5;
    j->empty = IL_EMPTY_ERROR;
    il_i_ci_init(&j->ci);
}

/* Option combinations that make no sense: usage errors before loading. */
static igraph_error_t communities_check(const il_job_args_t *a)
{
    const communities_job_t *j = a->opts;
    il_comm_method_t m = j->o.method;
    const char *mn = il_comm_method_name(m);
    if (j->partition && j->compare) {
        return il_i_job_refuse("--partition evaluates a declared grouping and --compare "
                               "compares detected communities with one; give one of them");
    }
    if (j->partition && (il_job_args_given(a, "method") || il_job_args_given(a, "objective") ||
                         il_job_args_given(a, "runs") || il_job_args_given(a, "steps"))) {
        return il_i_job_refuse("--partition detects nothing: --method, --objective, --runs "
                               "and --steps do not apply");
    }
    if (il_job_args_given(a, "objective") && m != IL_COMM_LEIDEN) {
        return il_i_job_refuse("--objective applies to leiden only, not to %s", mn);
    }
    if (il_job_args_given(a, "steps") && m != IL_COMM_WALKTRAP) {
        return il_i_job_refuse("--steps applies to walktrap only, not to %s", mn);
    }
    if (!j->partition && il_job_args_given(a, "resolution") && m != IL_COMM_LEIDEN &&
        m != IL_COMM_LOUVAIN) {
        return il_i_job_refuse("--resolution applies to leiden and louvain only; %s has no "
                               "resolution parameter", mn);
    }
    if (j->o.symmetrize != IL_SYMMETRIZE_NONE && !a->load.directed) {
        return il_i_job_refuse("--symmetrize applies to directed graphs (--directed) only");
    }
    if (!j->partition && a->load.directed && j->o.symmetrize == IL_SYMMETRIZE_NONE &&
        m != IL_COMM_INFOMAP && m != IL_COMM_OPTIMAL) {
        return il_i_job_refuse("method %s needs an undirected graph: add --symmetrize sum "
                               "or --symmetrize max (or use infomap or optimal, which take "
                               "directed ties)", mn);
    }
    return il_i_ci_check(a, &j->ci);
}

/* One composition table: communities broken down by node attribute \p attr. */
static igraph_error_t add_composition(il_report_t *rep, const il_graph_t *g,
                                      const il_communities_t *c,
                                      const il_communities_report_t *how, const char *attr,
                                      igraph_matrix_int_t *tab)
{
    il_partition_t vals;
    memset(&vals, 0, sizeof vals);
    IGRAPH_CHECK(il_partition_from_attr(g, attr, IL_EMPTY_OWN_GROUP, &vals));
    IGRAPH_FINALLY(il_partition_destroy, &vals);
    IGRAPH_CHECK(il_partition_crosstab(&c->membership, c->k, &vals.membership, vals.k, tab));
    IGRAPH_CHECK(il_report_add_composition(rep, c, how, attr, &vals, tab));
    il_partition_destroy(&vals);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* The composition section: the chosen attributes, or every categorical one. */
static igraph_error_t add_compositions(il_report_t *rep, const il_graph_t *g,
                                       const il_communities_t *c,
                                       const il_communities_report_t *how, const char *list)
{
    igraph_matrix_int_t tab;
    size_t col;
    char *copy, *tok, *save = NULL;

    if (list && strcmp(list, "none") == 0) {
        return IGRAPH_SUCCESS;
    }
    IGRAPH_CHECK(igraph_matrix_int_init(&tab, 0, 0));
    IGRAPH_FINALLY(igraph_matrix_int_destroy, &tab);
    if (list) {
        copy = strdup(list);
        IGRAPH_CHECK_OOM(copy, "Out of memory.");
        IGRAPH_FINALLY(igraph_free, copy);
        for (tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
            IGRAPH_CHECK(add_composition(rep, g, c, how, tok, &tab));
        }
        igraph_free(copy);
        IGRAPH_FINALLY_CLEAN(1);
    } else {
        for (col = 0; col < g->vattr.ncol; col++) {
            const char *name = g->vattr.col[col].name;
            if (il_vattr_is_categorical(g, col) &&
                !(how->partition_attr && strcmp(name, how->partition_attr) == 0)) {
                IGRAPH_CHECK(add_composition(rep, g, c, how, name, &tab));
            }
        }
    }
    igraph_matrix_int_destroy(&tab);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

static igraph_error_t communities_run(il_job_ctx_t *ctx)
{
    const communities_job_t *j = ctx->opts;
    il_communities_report_t how;
    il_communities_t res;
    il_partition_t decl;

    memset(&res, 0, sizeof res);
    memset(&decl, 0, sizeof decl);
    memset(&how, 0, sizeof how);
    how.opts = &j->o;
    how.detected = j->partition == NULL;
    how.partition_attr = j->partition;
    how.top = j->top;
    how.runs_requested = j->o.runs;
    IGRAPH_FINALLY(il_communities_destroy, &res);
    IGRAPH_FINALLY(il_partition_destroy, &decl);
    if (j->partition) {
        IGRAPH_CHECK(il_partition_from_attr(ctx->g, j->partition, j->empty, &decl));
        IGRAPH_CHECK(il_communities_evaluate(ctx->g, &j->o, &decl.membership, &res));
        how.groups = &decl;
    } else {
        IGRAPH_CHECK(il_communities_detect(ctx->g, &j->o, &res));
    }
    IGRAPH_CHECK(il_report_add_communities(ctx->report, ctx->g, &res, &how));
    {
        il_i_ci_request_t q = { 0 };
        q.stats = 1u << IL_BOOT_MODULARITY;
        q.membership = j->partition ? &decl.membership : NULL;
        q.k = decl.k;
        q.communities = &j->o;
        q.detect = j->partition == NULL;
        q.seed = j->o.seed;
        IGRAPH_CHECK(il_i_ci_add(ctx, &j->ci, &q));
    }
    if (j->compare) {
        IGRAPH_CHECK(il_communities_add_declared(ctx->report, ctx->g, &res, &how, j->compare,
                                                 j->empty));
    }
    IGRAPH_CHECK(add_compositions(ctx->report, ctx->g, &res, &how, j->composition));
    IGRAPH_CHECK(il_report_add_membership(ctx->report, ctx->g, &res, &how));
    IGRAPH_CHECK(il_report_add_communities_parameters(ctx->report, &res, &how));
    il_partition_destroy(&decl);
    il_communities_destroy(&res);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

const il_job_t il_job_communities = {
    .name = "communities",
    .summary = "detect communities (mini-clusters) and compare with declared groups",
    .synopsis = "innolink communities EDGES [--nodes NODES] [options]",
    .help = communities_help,
    .options = communities_options,
    .input = IL_JOB_ONE_GRAPH,
    .output = IL_JOB_DOCUMENT,
    .opts_size = sizeof(communities_job_t),
    .init = communities_init,
    .check = communities_check,
    .run = communities_run,
};
