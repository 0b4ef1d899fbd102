#ifndef IL_CLI_H
#define IL_CLI_H

/*
 * The command line: parse argv into a job's arguments, call the library,
 * print, and pick the exit status. Nothing here computes or formats a
 * result; the jobs of src/pipeline do.
 */
#include "core/setup.h"
#include "pipeline/job.h"

#include <stdio.h>

/* Exit status of every command. */
enum il_exit {
    IL_EXIT_OK = 0,     /* success */
    IL_EXIT_DATA = 1,   /* input, analysis or output failure */
    IL_EXIT_USAGE = 2   /* bad command line; usage printed to stderr */
};

/* One command: a job of the library, or `run`. */
struct il_command {
    const char *name;
    int (*fn)(const struct il_command *cmd, int argc, char **argv);
    const il_job_t *job;        /* NULL for run */
    const char *synopsis;
    const char *summary;
    const char *const *help;    /* the command's own help lines, NULL-ended */
};

/* Command number \p i: the library's jobs in order, then run. Returns 1,
 * or 0 past the last (cli/commands.c). */
int il_command_at(size_t i, struct il_command *cmd);

/* The command called \p name: 1, or 0 when there is none. */
int il_command_find(const char *name, struct il_command *cmd);

/* Parse argv for a job, execute it, and return the exit status. */
int il_cli_job(const struct il_command *cmd, int argc, char **argv);

/* innolink run SPEC.json */
int il_cli_run(const struct il_command *cmd, int argc, char **argv);

/* Print "innolink: MESSAGE", the synopsis and a hint on stderr;
 * returns IL_EXIT_USAGE. */
int il_usage_error(const struct il_command *cmd, const char *fmt, ...);

/* Print "innolink: error: <the library's recorded reason>"; IL_EXIT_DATA. */
int il_data_error(void);

/* Print the help of \p cmd on \p out. */
void il_cli_help(const struct il_command *cmd, FILE *out);

/* Huge pages for large graphs (cli/restart.c): when the files named in
 * \p argv add up to 16 MiB or more (or \p command is run), start once more
 * as the same process with glibc.malloc.hugetlb=1 in GLIBC_TUNABLES,
 * unless the caller set that tunable, huge pages are not given on
 * request, or innolink runs under valgrind, a sanitizer, set-id or
 * through ld.so. Returns when it does not restart, when the restart
 * failed, and in the second start (which puts the caller's GLIBC_TUNABLES
 * back). */
void il_cli_restart(const char *command, int argc, char **argv);

#endif /* IL_CLI_H */
