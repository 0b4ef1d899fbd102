/*
 * What every command shares: the input options (one spelling for all),
 * output and format options, loading, and atomic writing of the report.
 */
#include "cli/cli_util.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

enum {
    OPT_NODES = 1000, OPT_NODE_ID, OPT_SOURCE, OPT_TARGET, OPT_WEIGHT, OPT_DELIMITER,
    OPT_DIRECTED, OPT_DUPLICATES, OPT_SELF_LOOPS, OPT_WHERE, OPT_EGO, OPT_RADIUS,
    OPT_FORMAT, OPT_PRECISION, OPT_AFFILIATION, OPT_ACTOR, OPT_EVENT, OPT_PROJECTION
};

static const struct option input_options[] = {
    { "nodes", required_argument, NULL, OPT_NODES },
    { "node-id", required_argument, NULL, OPT_NODE_ID },
    { "source", required_argument, NULL, OPT_SOURCE },
    { "target", required_argument, NULL, OPT_TARGET },
    { "weight", required_argument, NULL, OPT_WEIGHT },
    { "delimiter", required_argument, NULL, OPT_DELIMITER },
    { "directed", no_argument, NULL, OPT_DIRECTED },
    { "duplicates", required_argument, NULL, OPT_DUPLICATES },
    { "self-loops", required_argument, NULL, OPT_SELF_LOOPS },
    { "where", required_argument, NULL, OPT_WHERE },
    { "ego", required_argument, NULL, OPT_EGO },
    { "radius", required_argument, NULL, OPT_RADIUS },
    { "affiliation", no_argument, NULL, OPT_AFFILIATION },
    { "actor", required_argument, NULL, OPT_ACTOR },
    { "event", required_argument, NULL, OPT_EVENT },
    { "projection", required_argument, NULL, OPT_PROJECTION },
    { NULL, 0, NULL, 0 }
};

static const struct option output_options[] = {
    { "format", required_argument, NULL, OPT_FORMAT },
    { "output", required_argument, NULL, 'o' },
    { "precision", required_argument, NULL, OPT_PRECISION },
    { "help", no_argument, NULL, 'h' },
    { NULL, 0, NULL, 0 }
};

static const char *const input_help[] = {
    "Input:",
    "  --nodes FILE         node table: id column plus attributes (label, sector, ...)",
    "  --node-id COL        id column of the node table (default: id)",
    "  --source COL         source column (default: source, from or src)",
    "  --target COL         target column (default: target, to or dst)",
    "  --weight COL         tie strength column (default: weight if present, else 1)",
    "  --delimiter C        , ; or tab (default: detected from the header)",
    "  --directed           ties are ordered pairs (default: undirected)",
    "  --duplicates MODE    sum|max|min|mean|first|error (default: sum)",
    "  --self-loops MODE    drop|keep|error (default: drop)",
    "  --where EXPR         keep ties whose column matches, e.g. year>=2015 (repeatable)",
    "  --ego NODE           analyse only the neighbourhood of NODE",
    "  --radius R           neighbourhood radius for --ego (default: 1)",
    "  --affiliation        EDGES is an actor-event table (actors in projects,",
    "                       firms in mini-clusters), projected to actor-actor ties",
    "  --actor COL          actor column (default: actor)",
    "  --event COL          event column (default: event)",
    "  --projection MODE    count|newman|jaccard (default: count)",
    NULL
};

static const char *const output_help[] = {
    "Output:",
    "  --format FMT         text|json|csv (default: text)",
    "  -o, --output FILE    write to FILE atomically (default: standard output)",
    "  --precision N        significant digits in text output (default: 6)",
    "  -h, --help           show this help",
    NULL
};

/** \function il_cli_input_options \brief The shared input options. */
const struct option *il_cli_input_options(void)
{
    return input_options;
}

/** \function il_cli_output_options \brief The shared output options. */
const struct option *il_cli_output_options(void)
{
    return output_options;
}

static void print_lines(const char *const *lines, FILE *out)
{
    for (; lines && *lines; lines++) {
        fprintf(out, "%s\n", *lines);
    }
}

/**
 * \function il_cli_help
 * \brief Print a command's synopsis, own options and shared options.
 */
void il_cli_help(const struct il_cli_spec *spec, FILE *out)
{
    fprintf(out, "usage: %s\n\n", spec->synopsis);
    if (spec->help && spec->help[0]) {
        print_lines(spec->help, out);
        fputc('\n', out);
    }
    if (spec->graph_input) {
        print_lines(input_help, out);
        fputc('\n', out);
        print_lines(output_help, out);
    }
}

/**
 * \function il_usage_error
 * \brief Report a command-line mistake with the synopsis; IL_EXIT_USAGE.
 */
int il_usage_error(const struct il_cli_spec *spec, const char *fmt, ...)
{
    va_list ap;
    fputs("innolink: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nusage: %s\nTry 'innolink %s --help' for the options.\n",
            spec->synopsis, spec->name);
    return IL_EXIT_USAGE;
}

/**
 * \function il_data_error
 * \brief Print the recorded library error on stderr; IL_EXIT_DATA.
 */
int il_data_error(void)
{
    const char *msg = il_last_error();
    fprintf(stderr, "innolink: error: %s\n", msg[0] ? msg : "unknown failure");
    il_clear_error();
    return IL_EXIT_DATA;
}

/**
 * \function il_parse_count
 * \brief Parse a decimal integer >= 0 that fits igraph_integer_t.
 */
int il_parse_count(const char *s, igraph_integer_t *out)
{
    char *end;
    long long v;
    if (!s || !(*s >= '0' && *s <= '9')) {
        return 0;
    }
    errno = 0;
    v = strtoll(s, &end, 10);
    if (*end != '\0' || errno == ERANGE || v < 0) {
        return 0;
    }
    *out = (igraph_integer_t) v;
    return 1;
}

static size_t count_options(const struct option *o)
{
    size_t n = 0;
    while (o && o[n].name) {
        n++;
    }
    return n;
}

static int input_option(const struct il_cli_spec *spec, struct il_cli *cli, int c,
                        const char *arg)
{
    il_load_options_t *l = &cli->load;
    igraph_integer_t r;
    switch (c) {
    case OPT_NODES:
        l->nodes_path = arg;
        return 0;
    case OPT_NODE_ID:
        l->node_id_col = arg;
        return 0;
    case OPT_SOURCE:
        l->source_col = arg;
        return 0;
    case OPT_TARGET:
        l->target_col = arg;
        return 0;
    case OPT_WEIGHT:
        l->weight_col = arg;
        return 0;
    case OPT_DELIMITER:
        if (strcmp(arg, "tab") == 0 || strcmp(arg, "\\t") == 0 || strcmp(arg, "\t") == 0) {
            l->delimiter = '\t';
        } else if (strcmp(arg, ",") == 0 || strcmp(arg, ";") == 0) {
            l->delimiter = arg[0];
        } else {
            return il_usage_error(spec, "--delimiter: expected , ; or tab, not '%s'", arg);
        }
        return 0;
    case OPT_DIRECTED:
        l->directed = 1;
        return 0;
    case OPT_DUPLICATES:
        if (!il_dup_mode_parse(arg, &l->duplicates)) {
            return il_usage_error(spec, "--duplicates: expected sum, max, min, mean, first "
                                  "or error, not '%s'", arg);
        }
        return 0;
    case OPT_SELF_LOOPS:
        if (!il_loop_mode_parse(arg, &l->self_loops)) {
            return il_usage_error(spec, "--self-loops: expected drop, keep or error, not '%s'",
                                  arg);
        }
        return 0;
    case OPT_WHERE: {
        il_where_t *w = realloc(cli->where, (cli->nwhere + 1) * sizeof *w);
        if (!w) {
            return il_usage_error(spec, "out of memory");
        }
        cli->where = w;
        if (il_where_parse(arg, &cli->where[cli->nwhere]) != IGRAPH_SUCCESS) {
            const char *msg = il_last_error();
            fprintf(stderr, "innolink: %s\n", msg);
            il_clear_error();
            return il_usage_error(spec, "bad --where expression");
        }
        cli->nwhere++;
        return 0;
    }
    case OPT_EGO:
        l->ego = arg;
        return 0;
    case OPT_AFFILIATION:
        l->affiliation = 1;
        return 0;
    case OPT_ACTOR:
        l->actor_col = arg;
        return 0;
    case OPT_EVENT:
        l->event_col = arg;
        return 0;
    case OPT_PROJECTION:
        if (!il_projection_parse(arg, &l->projection)) {
            return il_usage_error(spec, "--projection: expected count, newman or jaccard, "
                                  "not '%s'", arg);
        }
        return 0;
    case OPT_RADIUS:
        if (!il_parse_count(arg, &r)) {
            return il_usage_error(spec, "--radius: expected a whole number >= 0, not '%s'", arg);
        }
        l->radius = r;
        return 0;
    }
    return -1;
}

/**
 * \function il_cli_parse
 * \brief Parse a command's argv: shared options, own options, EDGES.
 *
 * \param own  Called for each of the command's own options with getopt's
 *             code and argument; returns 0, or an exit code to stop.
 * \return IL_EXIT_OK to go on (or after -h, with cli->done set), else
 *         IL_EXIT_USAGE after a message on stderr.
 */
int il_cli_parse(int argc, char **argv, const struct il_cli_spec *spec,
                 struct il_cli *cli, il_cli_option_fn *own, void *ctx)
{
    il_load_options_t init = IL_LOAD_OPTIONS_INIT;
    size_t nown = count_options(spec->options), nin = count_options(input_options);
    size_t nout = count_options(output_options), k = 0, i;
    struct option *all = calloc(nown + nin + nout + 1, sizeof *all);
    int c, ret = IL_EXIT_OK;
    igraph_integer_t prec;

    memset(cli, 0, sizeof *cli);
    cli->load = init;
    cli->precision = 6;
    if (!all) {
        return il_usage_error(spec, "out of memory");
    }
    for (i = 0; i < nown; i++) {
        all[k++] = spec->options[i];
    }
    for (i = 0; spec->graph_input && i < nin; i++) {
        all[k++] = input_options[i];
    }
    for (i = 0; i < nout; i++) {
        all[k++] = output_options[i];
    }

    optind = 0;     /* glibc: 0 re-initialises getopt for this argv */
    opterr = 0;
    while ((c = getopt_long(argc, argv, "ho:", all, NULL)) != -1) {
        if (c == 'h') {
            il_cli_help(spec, stdout);
            cli->done = 1;
            goto out;
        }
        if (c == 'o') {
            cli->output = optarg;
            continue;
        }
        if (c == OPT_FORMAT) {
            if (!il_format_parse(optarg, &cli->format)) {
                ret = il_usage_error(spec, "--format: expected text, json or csv, not '%s'",
                                     optarg);
                goto out;
            }
            continue;
        }
        if (c == OPT_PRECISION) {
            if (!il_parse_count(optarg, &prec) || prec < 1 || prec > 17) {
                ret = il_usage_error(spec, "--precision: expected 1 to 17, not '%s'", optarg);
                goto out;
            }
            cli->precision = (int) prec;
            continue;
        }
        if (c == '?' || c == ':') {
            if (optopt) {
                ret = il_usage_error(spec, "unknown or incomplete option '-%c'", optopt);
            } else {
                ret = il_usage_error(spec, "unknown option or missing value: '%s'",
                                     argv[optind - 1]);
            }
            goto out;
        }
        if (spec->graph_input && (ret = input_option(spec, cli, c, optarg)) >= 0) {
            if (ret != 0) {
                goto out;
            }
            continue;
        }
        ret = own ? own(c, optarg, ctx) : il_usage_error(spec, "unexpected option");
        if (ret != 0) {
            goto out;
        }
    }
    ret = IL_EXIT_OK;
    cli->load.where = cli->where;
    cli->load.nwhere = cli->nwhere;
    if (spec->graph_input) {
        if (optind >= argc) {
            ret = il_usage_error(spec, "missing EDGES file");
            goto out;
        }
        if (optind + 1 < argc && spec->graph_input == 1) {
            ret = il_usage_error(spec, "unexpected argument '%s'", argv[optind + 1]);
            goto out;
        }
        cli->operands = argv + optind;
        cli->noperands = argc - optind;
        cli->load.edges_path = argv[optind];
        if (spec->affiliation_input) {
            cli->load.affiliation = 1;
        }
        if (cli->load.radius != 1 && !cli->load.ego) {
            ret = il_usage_error(spec, "--radius needs --ego NODE");
            goto out;
        }
        if (cli->load.affiliation && cli->load.directed) {
            ret = il_usage_error(spec, "--affiliation projects to undirected ties: drop "
                                 "--directed");
            goto out;
        }
        if (!cli->load.affiliation && (cli->load.actor_col || cli->load.event_col ||
                                       cli->load.projection != IL_PROJ_COUNT)) {
            ret = il_usage_error(spec, "--actor, --event and --projection need --affiliation");
            goto out;
        }
    } else if (optind < argc) {
        ret = il_usage_error(spec, "unexpected argument '%s'", argv[optind]);
        goto out;
    }
    for (i = 0; cli->output && i <= (size_t) cli->noperands; i++) {
        const char *in = i < (size_t) cli->noperands ? cli->operands[i] : cli->load.nodes_path;
        if (il_output_check_distinct(cli->output, in)) {
            fprintf(stderr, "innolink: %s\n", il_last_error());
            il_clear_error();
            ret = IL_EXIT_USAGE;
            break;
        }
    }
out:
    free(all);
    return ret;
}

/**
 * \function il_cli_destroy
 * \brief Free the --where conditions parsed by il_cli_parse().
 */
void il_cli_destroy(struct il_cli *cli)
{
    size_t i;
    for (i = 0; i < cli->nwhere; i++) {
        il_where_destroy(&cli->where[i]);
    }
    free(cli->where);
    cli->where = NULL;
    cli->nwhere = 0;
}

/**
 * \function il_cli_load
 * \brief Load the graph the command line names; warns about trimmed ids.
 *
 * \return IL_EXIT_OK, or IL_EXIT_DATA after printing the error.
 */
int il_cli_load(const struct il_cli *cli, il_graph_t *g)
{
    if (il_load_graph(&cli->load, g) != IGRAPH_SUCCESS) {
        return il_data_error();
    }
    if (g->info.ids_trimmed > 0) {
        il_warn("%" IGRAPH_PRId " ids had leading or trailing Unicode blanks "
                "(no-break or ideographic spaces); they were trimmed", g->info.ids_trimmed);
    }
    return IL_EXIT_OK;
}

/**
 * \function il_cli_emit
 * \brief Write a report to -o FILE (atomically) or standard output.
 *
 * \return IL_EXIT_OK, or IL_EXIT_DATA after printing why; a failed write
 *         leaves no file behind.
 */
int il_cli_emit(const struct il_cli *cli, const il_report_t *rep)
{
    il_output_t out;
    if (il_output_open(&out, cli->output) != IGRAPH_SUCCESS) {
        return il_data_error();
    }
    if (il_report_write(rep, cli->format, cli->precision, out.fp) != IGRAPH_SUCCESS) {
        il_output_abort(&out);
        return il_data_error();
    }
    if (il_output_commit(&out) != IGRAPH_SUCCESS) {
        return il_data_error();
    }
    return IL_EXIT_OK;
}

/**
 * \function il_cli_layout_parse
 * \brief "auto", "fr", "drl" or "geo": 1 and *kind, else 0.
 */
int il_cli_layout_parse(const char *s, il_layout_kind_t *kind)
{
    static const struct {
        const char *name;
        il_layout_kind_t kind;
    } names[] = {
        { "auto", IL_LAYOUT_AUTO }, { "fr", IL_LAYOUT_FR }, { "drl", IL_LAYOUT_DRL },
        { "geo", IL_LAYOUT_GEO }
    };
    size_t i;
    for (i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (strcmp(s, names[i].name) == 0) {
            *kind = names[i].kind;
            return 1;
        }
    }
    return 0;
}
