/*
 * innolink run SPEC.json: the library checks and runs the spec; this
 * prints what runs and what failed.
 */
#include "cli/cli.h"
#include "pipeline/spec.h"

#include <string.h>

/* Print each analysis as it starts; remember its command for a failure. */
static void announce(void *arg, size_t i, const char *command, const char *output)
{
    (void) i;
    *(const char **) arg = command;
    fprintf(stderr, "innolink: run: %s -> %s\n", command, output);
}

/** \function il_cli_run \brief One operand, the spec; everything else lives in it. */
int il_cli_run(const struct il_command *cmd, int argc, char **argv)
{
    const char *running = NULL;
    il_spec_hooks_t hooks = { announce, &running };
    size_t failed;
    if (argc == 2 && (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0)) {
        il_cli_help(cmd, stdout);
        return IL_EXIT_OK;
    }
    if (argc != 2 || (argv[1][0] == '-' && argv[1][1] != '\0')) {
        return il_usage_error(cmd, argc < 2 ? "missing SPEC.json"
                              : argc > 2 ? "expected one SPEC.json and no options"
                              : "unknown option '%s'", argv[1]);
    }
    if (il_spec_run(argv[1], &hooks, &failed) == IGRAPH_SUCCESS) {
        return IL_EXIT_OK;
    }
    il_data_error();
    if (failed != (size_t) -1 && running) {
        fprintf(stderr, "innolink: run: analyses[%zu] (%s) failed\n", failed, running);
    }
    return IL_EXIT_DATA;
}
