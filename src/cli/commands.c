/*
 * The commands: every job of the library's table (il_jobs[], see
 * pipeline/job.h for how to add one), then `run`. `innolink help`, the
 * usage text and the man page's synopses come from here.
 */
#include "cli/cli.h"

#include <string.h>

static const char *const run_help[] = {
    "Run the analyses a JSON spec names (format: docs/spec.md, schema:",
    "docs/spec.schema.json). Paths in the spec are relative to the spec's folder.",
    "The whole spec (every command, option and value) is checked before anything",
    "runs; errors name the spec and the JSON path. Exit status: 0 when every",
    "analysis succeeded, 1 when the spec was refused or an analysis failed.",
    NULL
};

static const struct il_command run_command = {
    "run", il_cli_run, NULL, "innolink run [--check] [--allow-outside] SPEC.json",
    "run the analyses a JSON spec names, reproducibly", run_help
};

/**
 * \function il_command_at
 * \brief Command number \p i (jobs first, then run) into \p cmd: 1, or 0
 *        past the end.
 */
int il_command_at(size_t i, struct il_command *cmd)
{
    size_t n = 0;
    while (il_jobs[n]) {
        n++;
    }
    if (i < n) {
        cmd->name = il_jobs[i]->name;
        cmd->fn = il_cli_job;
        cmd->job = il_jobs[i];
        cmd->synopsis = il_jobs[i]->synopsis;
        cmd->summary = il_jobs[i]->summary;
        cmd->help = il_jobs[i]->help;
        return 1;
    }
    if (i == n) {
        *cmd = run_command;
        return 1;
    }
    return 0;
}

/** \function il_command_find \brief The command called \p name: 1, else 0. */
int il_command_find(const char *name, struct il_command *cmd)
{
    size_t i;
    for (i = 0; il_command_at(i, cmd); i++) {
        if (strcmp(cmd->name, name) == 0) {
            return 1;
        }
    }
    return 0;
}
