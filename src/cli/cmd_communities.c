/*
 * innolink communities: detect communities (mini-clusters) reproducibly,
 * compare them with a declared grouping, or evaluate a declared grouping
 * (DEFINITIONS.md "Communities"; docs/metrics-communities.md).
 */
#include "cli/cli_util.h"
#include "cli/commands.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

enum {
    OPT_METHOD = 2000, OPT_OBJECTIVE, OPT_RESOLUTION, OPT_SEED, OPT_RUNS, OPT_STEPS,
    OPT_COMPARE, OPT_PARTITION, OPT_EMPTY_GROUP, OPT_COMPOSITION, OPT_TOP, OPT_SYMMETRIZE
};

static const struct option communities_options[] = {
    { "method", required_argument, NULL, OPT_METHOD },
    { "objective", required_argument, NULL, OPT_OBJECTIVE },
    { "resolution", required_argument, NULL, OPT_RESOLUTION },
    { "seed", required_argument, NULL, OPT_SEED },
    { "runs", required_argument, NULL, OPT_RUNS },
    { "steps", required_argument, NULL, OPT_STEPS },
    { "compare", required_argument, NULL, OPT_COMPARE },
    { "partition", required_argument, NULL, OPT_PARTITION },
    { "empty-group", no_argument, NULL, OPT_EMPTY_GROUP },
    { "composition", required_argument, NULL, OPT_COMPOSITION },
    { "top", required_argument, NULL, OPT_TOP },
    { "symmetrize", required_argument, NULL, OPT_SYMMETRIZE },
    { NULL, 0, NULL, 0 }
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
    NULL
};

const struct il_cli_spec communities_spec = {
    "communities", "innolink communities EDGES [--nodes NODES] [options]",
    communities_help, communities_options, 1, 0
};

struct comm_args {
    il_communities_options_t opts;
    const char *compare, *partition, *composition;
    il_empty_group_t empty;
    igraph_integer_t top;
    int method_set, objective_set, resolution_set, runs_set, steps_set;
};

static int parse_real(const char *s, double *out)
{
    char *end;
    errno = 0;
    *out = strtod(s, &end);
    return end != s && *end == '\0' && errno != ERANGE && isfinite(*out) &&
           !(s[0] == ' ' || s[0] == '\t');
}

static int communities_option(int code, const char *arg, void *ctx)
{
    struct comm_args *a = ctx;
    igraph_integer_t v;
    double x;
    switch (code) {
    case OPT_METHOD:
        if (!il_comm_method_parse(arg, &a->opts.method)) {
            return il_usage_error(&communities_spec, "--method: expected leiden, louvain, "
                                  "infomap, walktrap, fastgreedy, leading-eigenvector, "
                                  "labelprop or optimal, not '%s'", arg);
        }
        a->method_set = 1;
        return 0;
    case OPT_OBJECTIVE:
        if (strcmp(arg, "modularity") == 0) {
            a->opts.objective = IL_OBJECTIVE_MODULARITY;
        } else if (strcmp(arg, "cpm") == 0) {
            a->opts.objective = IL_OBJECTIVE_CPM;
        } else {
            return il_usage_error(&communities_spec, "--objective: expected modularity or "
                                  "cpm, not '%s'", arg);
        }
        a->objective_set = 1;
        return 0;
    case OPT_RESOLUTION:
        if (!parse_real(arg, &x) || x < 0) {
            return il_usage_error(&communities_spec, "--resolution: expected a number >= 0, "
                                  "not '%s'", arg);
        }
        a->opts.resolution = x;
        a->resolution_set = 1;
        return 0;
    case OPT_SEED:
        if (!il_parse_count(arg, &v)) {
            return il_usage_error(&communities_spec, "--seed: expected a whole number >= 0, "
                                  "not '%s'", arg);
        }
        a->opts.seed = (igraph_uint_t) v;
        return 0;
    case OPT_RUNS:
        /* stability compares every pair of runs: R^2 partition comparisons */
        if (!il_parse_count(arg, &v) || v < 1 || v > 1000) {
            return il_usage_error(&communities_spec, "--runs: expected a whole number from 1 "
                                  "to 1000, not '%s'", arg);
        }
        a->opts.runs = v;
        a->runs_set = 1;
        return 0;
    case OPT_STEPS:
        if (!il_parse_count(arg, &v) || v < 1 || v > 1000) {
            return il_usage_error(&communities_spec, "--steps: expected a whole number from 1 "
                                  "to 1000, not '%s'", arg);
        }
        a->opts.walktrap_steps = v;
        a->steps_set = 1;
        return 0;
    case OPT_COMPARE:
        a->compare = arg;
        return 0;
    case OPT_PARTITION:
        a->partition = arg;
        return 0;
    case OPT_EMPTY_GROUP:
        a->empty = IL_EMPTY_OWN_GROUP;
        return 0;
    case OPT_COMPOSITION:
        a->composition = arg;
        return 0;
    case OPT_TOP:
        if (!il_parse_count(arg, &v)) {
            return il_usage_error(&communities_spec, "--top: expected a whole number >= 0, "
                                  "not '%s'", arg);
        }
        a->top = v;
        return 0;
    case OPT_SYMMETRIZE:
        if (strcmp(arg, "sum") == 0) {
            a->opts.symmetrize = IL_SYMMETRIZE_SUM;
        } else if (strcmp(arg, "max") == 0) {
            a->opts.symmetrize = IL_SYMMETRIZE_MAX;
        } else {
            return il_usage_error(&communities_spec, "--symmetrize: expected sum or max, "
                                  "not '%s'", arg);
        }
        return 0;
    }
    return il_usage_error(&communities_spec, "unexpected option");
}

/* Option combinations that make no sense: usage errors before loading. */
static int check_combination(const struct comm_args *a, const struct il_cli *cli)
{
    il_comm_method_t m = a->opts.method;
    const char *mn = il_comm_method_name(m);
    if (a->partition && a->compare) {
        return il_usage_error(&communities_spec, "--partition evaluates a declared grouping "
                              "and --compare compares detected communities with one; give "
                              "one of them");
    }
    if (a->partition && (a->method_set || a->objective_set || a->runs_set || a->steps_set)) {
        return il_usage_error(&communities_spec, "--partition detects nothing: --method, "
                              "--objective, --runs and --steps do not apply");
    }
    if (a->objective_set && m != IL_COMM_LEIDEN) {
        return il_usage_error(&communities_spec, "--objective applies to leiden only, not "
                              "to %s", mn);
    }
    if (a->steps_set && m != IL_COMM_WALKTRAP) {
        return il_usage_error(&communities_spec, "--steps applies to walktrap only, not to "
                              "%s", mn);
    }
    if (!a->partition && a->resolution_set && m != IL_COMM_LEIDEN && m != IL_COMM_LOUVAIN) {
        return il_usage_error(&communities_spec, "--resolution applies to leiden and louvain "
                              "only; %s has no resolution parameter", mn);
    }
    if (a->opts.symmetrize != IL_SYMMETRIZE_NONE && !cli->load.directed) {
        return il_usage_error(&communities_spec, "--symmetrize applies to directed graphs "
                              "(--directed) only");
    }
    if (!a->partition && cli->load.directed && a->opts.symmetrize == IL_SYMMETRIZE_NONE &&
        m != IL_COMM_INFOMAP && m != IL_COMM_OPTIMAL) {
        return il_usage_error(&communities_spec, "method %s needs an undirected graph: add "
                              "--symmetrize sum or --symmetrize max (or use infomap or "
                              "optimal, which take directed ties)", mn);
    }
    return IL_EXIT_OK;
}

/* The composition section: the chosen attributes, or every categorical one. */
static igraph_error_t add_compositions(il_report_t *rep, const il_graph_t *g,
                                       const il_communities_t *c,
                                       const il_communities_report_t *how, const char *list)
{
    il_partition_t vals;
    igraph_matrix_int_t tab;
    size_t col;
    char *copy = NULL, *tok, *save = NULL;

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
            IGRAPH_CHECK(il_partition_from_attr(g, tok, IL_EMPTY_OWN_GROUP, &vals));
            IGRAPH_FINALLY(il_partition_destroy, &vals);
            IGRAPH_CHECK(il_partition_crosstab(&c->membership, c->k, &vals.membership,
                                               vals.k, &tab));
            IGRAPH_CHECK(il_report_add_composition(rep, c, how, tok, &vals, &tab));
            il_partition_destroy(&vals);
            IGRAPH_FINALLY_CLEAN(1);
        }
        igraph_free(copy);
        IGRAPH_FINALLY_CLEAN(1);
    } else {
        for (col = 0; col < g->vattr.ncol; col++) {
            const char *name = g->vattr.col[col].name;
            if (!il_vattr_is_categorical(g, col) ||
                (how->partition_attr && strcmp(name, how->partition_attr) == 0)) {
                continue;
            }
            IGRAPH_CHECK(il_partition_from_attr(g, name, IL_EMPTY_OWN_GROUP, &vals));
            IGRAPH_FINALLY(il_partition_destroy, &vals);
            IGRAPH_CHECK(il_partition_crosstab(&c->membership, c->k, &vals.membership,
                                               vals.k, &tab));
            IGRAPH_CHECK(il_report_add_composition(rep, c, how, name, &vals, &tab));
            il_partition_destroy(&vals);
            IGRAPH_FINALLY_CLEAN(1);
        }
    }
    igraph_matrix_int_destroy(&tab);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

static igraph_error_t add_comparison(il_report_t *rep, const il_graph_t *g,
                                     const il_communities_t *c,
                                     const il_communities_report_t *how, const char *attr,
                                     il_empty_group_t empty)
{
    il_partition_t decl;
    igraph_matrix_int_t tab;
    il_partition_comparison_t cmp;
    IGRAPH_CHECK(il_partition_from_attr(g, attr, empty, &decl));
    IGRAPH_FINALLY(il_partition_destroy, &decl);
    IGRAPH_CHECK(igraph_matrix_int_init(&tab, 0, 0));
    IGRAPH_FINALLY(igraph_matrix_int_destroy, &tab);
    IGRAPH_CHECK(il_partition_compare(&decl.membership, &c->membership, &cmp));
    IGRAPH_CHECK(il_partition_crosstab(&decl.membership, decl.k, &c->membership, c->k, &tab));
    IGRAPH_CHECK(il_report_add_comparison(rep, attr, &decl, c, how, &cmp, &tab));
    igraph_matrix_int_destroy(&tab);
    il_partition_destroy(&decl);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

int cmd_communities(int argc, char **argv)
{
    struct il_cli cli;
    struct comm_args a;
    il_communities_options_t init = IL_COMMUNITIES_OPTIONS_INIT;
    il_communities_report_t how;
    il_graph_t g = IL_GRAPH_INIT;
    il_report_t rep = { NULL, NULL };
    il_communities_t res;
    il_partition_t decl;
    int ret;

    memset(&a, 0, sizeof a);
    memset(&res, 0, sizeof res);
    memset(&decl, 0, sizeof decl);
    a.opts = init;
    a.top = 5;
    a.empty = IL_EMPTY_ERROR;
    ret = il_cli_parse(argc, argv, &communities_spec, &cli, communities_option, &a);
    if (ret != IL_EXIT_OK || cli.done) {
        goto cleanup;
    }
    if ((ret = check_combination(&a, &cli)) != IL_EXIT_OK) {
        goto cleanup;
    }
    if ((ret = il_cli_load(&cli, &g)) != IL_EXIT_OK) {
        goto cleanup;
    }
    memset(&how, 0, sizeof how);
    how.opts = &a.opts;
    how.detected = a.partition == NULL;
    how.partition_attr = a.partition;
    how.top = a.top;
    how.runs_requested = a.opts.runs;
    if (a.partition) {
        if (il_partition_from_attr(&g, a.partition, a.empty, &decl) != IGRAPH_SUCCESS ||
            il_communities_evaluate(&g, &a.opts, &decl.membership, &res) != IGRAPH_SUCCESS) {
            ret = il_data_error();
            goto cleanup;
        }
        how.groups = &decl;
    } else if (il_communities_detect(&g, &a.opts, &res) != IGRAPH_SUCCESS) {
        ret = il_data_error();
        goto cleanup;
    }
    if (il_report_init(&rep, "communities") != IGRAPH_SUCCESS ||
        il_report_add_communities(&rep, &g, &res, &how) != IGRAPH_SUCCESS ||
        (a.compare && add_comparison(&rep, &g, &res, &how, a.compare, a.empty) != IGRAPH_SUCCESS) ||
        add_compositions(&rep, &g, &res, &how, a.composition) != IGRAPH_SUCCESS ||
        il_report_add_membership(&rep, &g, &res, &how) != IGRAPH_SUCCESS ||
        il_report_add_communities_parameters(&rep, &res, &how) != IGRAPH_SUCCESS ||
        il_report_add_input(&rep, &cli.load, &g) != IGRAPH_SUCCESS) {
        ret = il_data_error();
        goto cleanup;
    }
    ret = il_cli_emit(&cli, &rep);
cleanup:
    il_report_destroy(&rep);
    il_communities_destroy(&res);
    il_partition_destroy(&decl);
    il_graph_destroy(&g);
    il_cli_destroy(&cli);
    return ret;
}
