#ifndef IL_CLI_UTIL_H
#define IL_CLI_UTIL_H

#include "innolink.h"

#include <getopt.h>

/* Exit status of every command. */
enum il_exit {
    IL_EXIT_OK = 0,     /* success */
    IL_EXIT_DATA = 1,   /* input, analysis or output failure */
    IL_EXIT_USAGE = 2   /* bad command line; usage printed to stderr */
};

/* A command's own options and help, for il_cli_parse(). */
struct il_cli_spec {
    const char *name;               /* "summary" */
    const char *synopsis;           /* "innolink summary EDGES [options]" */
    const char *const *help;        /* the command's own option lines, NULL-ended */
    const struct option *options;   /* its long options, ending in a zero entry */
    int graph_input;                /* 1: takes EDGES and the input options;
                                     * 2: one or more EDGES files (snapshots) */
    int affiliation_input;          /* 1: the operand is always an actor-event table */
};

/* State shared by every command: input, output and formatting options. */
struct il_cli {
    il_load_options_t load;
    il_where_t *where;
    size_t nwhere;
    il_format_t format;
    const char *output;     /* NULL: standard output */
    int precision;
    int done;               /* set by il_cli_parse() after -h */
    char **operands;        /* the EDGES operands (load.edges_path is the first) */
    int noperands;
};

/* Handler of a command's own option: return 0 when handled, else an exit code. */
typedef int il_cli_option_fn(int code, const char *arg, void *ctx);

/* Parse argv: shared options, the command's own (through \p own), and the
 * EDGES operand. Returns IL_EXIT_OK, or IL_EXIT_USAGE after printing usage;
 * after -h it prints help, sets cli->done and returns IL_EXIT_OK. */
int il_cli_parse(int argc, char **argv, const struct il_cli_spec *spec,
                 struct il_cli *cli, il_cli_option_fn *own, void *ctx);

/* Free what il_cli_parse() allocated. */
void il_cli_destroy(struct il_cli *cli);

/* Print a usage error (and the synopsis) on stderr; returns IL_EXIT_USAGE. */
int il_usage_error(const struct il_cli_spec *spec, const char *fmt, ...);

/* Print "innolink: error: <the library's last error>"; returns IL_EXIT_DATA. */
int il_data_error(void);

/* Load the graph named on the command line; returns an exit code. */
int il_cli_load(const struct il_cli *cli, il_graph_t *g);

/* Write a report where the command line says, atomically; returns an exit code. */
int il_cli_emit(const struct il_cli *cli, const il_report_t *rep);

/* Parse a non-negative integer option value: 1 on success. */
int il_parse_count(const char *s, igraph_integer_t *out);

/* The shared input and output long options (zero-terminated arrays). */
const struct option *il_cli_input_options(void);
const struct option *il_cli_output_options(void);
/* Parse a layout name (auto, fr, drl, geo): 1 on success. */
int il_cli_layout_parse(const char *s, il_layout_kind_t *kind);

/* Print help for one command on \p out. */
void il_cli_help(const struct il_cli_spec *spec, FILE *out);

#endif /* IL_CLI_UTIL_H */
