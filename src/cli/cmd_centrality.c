/*
 * innolink centrality: who matters (DEFINITIONS.md, "Per node"), with
 * whole-network centralization; path measures over worker processes.
 */
#include "cli/cli_util.h"
#include "cli/commands.h"

#include <string.h>
#include <unistd.h>

enum {
    OPT_MEASURES = 2000, OPT_PATH_WEIGHT, OPT_RAW, OPT_JOBS, OPT_SAMPLES, OPT_SEED,
    OPT_TOP, OPT_SORT
};

static const struct option centrality_options[] = {
    { "measures", required_argument, NULL, OPT_MEASURES },
    { "path-weight", required_argument, NULL, OPT_PATH_WEIGHT },
    { "raw", no_argument, NULL, OPT_RAW },
    { "jobs", required_argument, NULL, OPT_JOBS },
    { "samples", required_argument, NULL, OPT_SAMPLES },
    { "seed", required_argument, NULL, OPT_SEED },
    { "top", required_argument, NULL, OPT_TOP },
    { "sort", required_argument, NULL, OPT_SORT },
    { NULL, 0, NULL, 0 }
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
    "  --sort MEASURE       rank rows by MEASURE, highest first (e.g. in_degree)",
    "  --top K              keep the first K rows (sorted by --sort, default the",
    "                       first measure)",
    NULL
};

const struct il_cli_spec centrality_spec = {
    "centrality", "innolink centrality EDGES [--nodes NODES] [options]",
    centrality_help, centrality_options, 1, 0
};

struct centrality_args {
    il_centrality_options_t opts;
    const char *measures;
    const char *sort;
    igraph_integer_t top;
    int jobs_set;
};

/* Parse "a,b,c" into a measure bit set; usage error on an unknown name. */
static int parse_measures(const char *list, unsigned *bits)
{
    char name[64];
    const char *p = list;
    *bits = 0;
    while (1) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t) (end - p) : strlen(p);
        il_measure_t m;
        if (len == 0 || len >= sizeof name) {
            return il_usage_error(&centrality_spec, "--measures: empty or overlong name in '%s'",
                                  list);
        }
        memcpy(name, p, len);
        name[len] = '\0';
        if (!il_measure_parse(name, &m)) {
            return il_usage_error(&centrality_spec, "--measures: unknown measure '%s' (known: "
                                  "degree, strength, betweenness, closeness, harmonic, "
                                  "eigenvector, pagerank, hub, authority, constraint, "
                                  "effective_size, efficiency, hierarchy, coreness, "
                                  "clustering)", name);
        }
        *bits |= 1u << m;
        if (!end) {
            break;
        }
        p = end + 1;
    }
    return 0;
}

static int centrality_option(int code, const char *arg, void *ctx)
{
    struct centrality_args *a = ctx;
    igraph_integer_t v;
    switch (code) {
    case OPT_MEASURES:
        a->measures = arg;
        return 0;
    case OPT_PATH_WEIGHT:
        if (!il_distance_parse(arg, &a->opts.path_weight)) {
            return il_usage_error(&centrality_spec, "--path-weight: expected inverse, none or "
                                  "raw, not '%s'", arg);
        }
        return 0;
    case OPT_RAW:
        a->opts.raw = 1;
        return 0;
    case OPT_JOBS:
        if (!il_parse_count(arg, &v) || v < 1 || v > 1024) {
            return il_usage_error(&centrality_spec, "--jobs: expected a whole number from 1 "
                                  "to 1024, not '%s'", arg);
        }
        a->opts.jobs = v;
        a->jobs_set = 1;
        return 0;
    case OPT_SAMPLES:
        if (!il_parse_count(arg, &v) || v < 1) {
            return il_usage_error(&centrality_spec, "--samples: expected a whole number >= 1, "
                                  "not '%s'", arg);
        }
        a->opts.samples = v;
        return 0;
    case OPT_SEED:
        if (!il_parse_count(arg, &v)) {
            return il_usage_error(&centrality_spec, "--seed: expected a whole number >= 0, "
                                  "not '%s'", arg);
        }
        a->opts.seed = (igraph_uint_t) v;
        return 0;
    case OPT_TOP:
        if (!il_parse_count(arg, &v) || v < 1) {
            return il_usage_error(&centrality_spec, "--top: expected a whole number >= 1, "
                                  "not '%s'", arg);
        }
        a->top = v;
        return 0;
    case OPT_SORT:
        a->sort = arg;
        return 0;
    }
    return il_usage_error(&centrality_spec, "unexpected option");
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

/* Check the option combinations that need the whole command line. */
static int check_args(struct centrality_args *a, int directed, int *sort)
{
    unsigned all = 0;
    int k;
    *sort = -1;
    if (a->measures && parse_measures(a->measures, &a->opts.measures) != 0) {
        return IL_EXIT_USAGE;
    }
    for (k = 0; k < IL_MEASURE_COUNT; k++) {
        if (((a->opts.measures >> k) & 1) && !il_measure_applies((il_measure_t) k, directed)) {
            return il_usage_error(&centrality_spec, "--measures: '%s' needs a directed graph "
                                  "(--directed)", il_measure_name((il_measure_t) k));
        }
        if (il_measure_applies((il_measure_t) k, directed)) {
            all |= 1u << k;
        }
    }
    if (a->opts.samples > 0 && a->opts.measures &&
        !((a->opts.measures >> IL_MEASURE_BETWEENNESS) & 1)) {
        return il_usage_error(&centrality_spec, "--samples estimates betweenness, which "
                              "--measures leaves out");
    }
    if (a->sort) {
        il_score_t c;
        unsigned m = a->opts.measures ? a->opts.measures : all;
        int ok = il_score_parse(a->sort, &c);
        if (ok) {
            il_measure_t need;
            const char *base = strncmp(a->sort, "in_", 3) == 0 ? a->sort + 3 :
                               strncmp(a->sort, "out_", 4) == 0 ? a->sort + 4 : a->sort;
            ok = il_measure_parse(base, &need) && ((m >> need) & 1) &&
                 (base == a->sort || directed);
        }
        if (!ok) {
            return il_usage_error(&centrality_spec, "--sort: '%s' is not one of the measures "
                                  "computed", a->sort);
        }
        *sort = (int) c;
    } else if (a->top > 0) {
        *sort = first_score(a->opts.measures ? a->opts.measures : all, directed);
    }
    return IL_EXIT_OK;
}

int cmd_centrality(int argc, char **argv)
{
    struct il_cli cli;
    struct centrality_args a;
    il_centrality_options_t init = IL_CENTRALITY_OPTIONS_INIT;
    il_graph_t g = IL_GRAPH_INIT;
    il_report_t rep = { NULL, NULL };
    il_centrality_t res;
    int sort = -1, ret;

    memset(&a, 0, sizeof a);
    memset(&res, 0, sizeof res);
    a.opts = init;
    ret = il_cli_parse(argc, argv, &centrality_spec, &cli, centrality_option, &a);
    if (ret != IL_EXIT_OK || cli.done) {
        goto cleanup;
    }
    if ((ret = check_args(&a, cli.load.directed, &sort)) != IL_EXIT_OK) {
        goto cleanup;
    }
    if (!a.jobs_set) {
        long cores = sysconf(_SC_NPROCESSORS_ONLN);
        a.opts.jobs = cores >= 1 ? (cores > 1024 ? 1024 : cores) : 1;
    }
    if ((ret = il_cli_load(&cli, &g)) != IL_EXIT_OK) {
        goto cleanup;
    }
    if (a.opts.samples > il_graph_vcount(&g)) {
        ret = il_usage_error(&centrality_spec, "--samples: %" IGRAPH_PRId " is more than the "
                             "%" IGRAPH_PRId " nodes", a.opts.samples, il_graph_vcount(&g));
        goto cleanup;
    }
    if (il_centrality(&g, &a.opts, &res) != IGRAPH_SUCCESS ||
        il_report_init(&rep, "centrality") != IGRAPH_SUCCESS ||
        il_report_add_centrality(&rep, &g, &res, &a.opts, sort, a.top) != IGRAPH_SUCCESS ||
        il_report_add_input(&rep, &cli.load, &g) != IGRAPH_SUCCESS) {
        ret = il_data_error();
        goto cleanup;
    }
    ret = il_cli_emit(&cli, &rep);
cleanup:
    il_centrality_destroy(&res);
    il_report_destroy(&rep);
    il_graph_destroy(&g);
    il_cli_destroy(&cli);
    return ret;
}
