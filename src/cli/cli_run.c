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

/**
 * \function il_cli_run
 * \brief innolink run [--check] [--allow-outside] SPEC.json: one operand,
 *        the spec; everything else lives in it.
 */
int il_cli_run(const struct il_command *cmd, int argc, char **argv)
{
    const char *running = NULL, *spec = NULL;
    il_spec_hooks_t hooks = { announce, &running };
    il_spec_options_t opts;
    size_t failed;
    int i;
    memset(&opts, 0, sizeof opts);
    opts.hooks = &hooks;
    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            il_cli_help(cmd, stdout);
            fputs("Run the analyses a JSON spec names (docs/spec.md): the whole spec is\n"
                  "checked first, and nothing runs or is written until it passes.\n\n"
                  "  --check              check the spec and run nothing\n"
                  "  --allow-outside      let outputs lie outside the spec's folder\n"
                  "  -h, --help           show this help\n", stdout);
            return IL_EXIT_OK;
        } else if (strcmp(argv[i], "--check") == 0) {
            opts.check_only = 1;
        } else if (strcmp(argv[i], "--allow-outside") == 0) {
            opts.allow_outside = 1;
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            return il_usage_error(cmd, "unknown option '%s'", argv[i]);
        } else if (spec) {
            return il_usage_error(cmd, "expected one SPEC.json, not '%s' too", argv[i]);
        } else {
            spec = argv[i];
        }
    }
    if (!spec) {
        return il_usage_error(cmd, "missing SPEC.json");
    }
    if (il_spec_run_with(spec, &opts, &failed) == IGRAPH_SUCCESS) {
        return IL_EXIT_OK;
    }
    il_data_error();
    if (failed != (size_t) -1 && running) {
        fprintf(stderr, "innolink: run: analyses[%zu] (%s) failed\n", failed, running);
    }
    return IL_EXIT_DATA;
}
