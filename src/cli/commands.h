#ifndef IL_COMMANDS_H
#define IL_COMMANDS_H

/*
 * Adding a new subcommand
 * -----------------------
 * . Write int cmd_foo(int argc, char **argv) in src/cli/cmd_foo.c with a
 *   static struct il_cli_spec (synopsis, help lines, long options), parse
 *   with il_cli_parse() so it accepts -h/--help and the shared options.
 * . Make its spec `const struct il_cli_spec foo_spec` (not static), declare
 *   both below, and add { "foo", cmd_foo, &foo_spec, "summary" } to
 *   commands.c; `innolink run` then accepts the command and its options.
 *   (The Makefile builds every src/cli/cmd_*.c.)
 * . Add tests/cli/tNNNN-foo.sh and the synopsis to docs/innolink.1; the
 *   test t0000-basic.sh checks that the man page carries every synopsis.
 */

#include "cli/cli_util.h"

struct il_command {
    const char *name;
    int (*fn)(int argc, char **argv);
    const struct il_cli_spec *spec;     /* options, for help and `innolink run` */
    const char *summary;
};

extern const struct il_command il_commands[];

int cmd_summary(int argc, char **argv);
extern const struct il_cli_spec summary_spec;
int cmd_centrality(int argc, char **argv);
extern const struct il_cli_spec centrality_spec;
int cmd_communities(int argc, char **argv);
extern const struct il_cli_spec communities_spec;
int cmd_coupling(int argc, char **argv);
extern const struct il_cli_spec coupling_spec;
int cmd_mixing(int argc, char **argv);
extern const struct il_cli_spec mixing_spec;
int cmd_brokerage(int argc, char **argv);
extern const struct il_cli_spec brokerage_spec;
int cmd_structure(int argc, char **argv);
extern const struct il_cli_spec structure_spec;
int cmd_compare(int argc, char **argv);
extern const struct il_cli_spec compare_spec;
int cmd_export(int argc, char **argv);
extern const struct il_cli_spec export_spec;
int cmd_render(int argc, char **argv);
extern const struct il_cli_spec render_spec;
int cmd_report(int argc, char **argv);
extern const struct il_cli_spec report_spec;
int cmd_project(int argc, char **argv);
extern const struct il_cli_spec project_spec;
int cmd_run(int argc, char **argv);
extern const struct il_cli_spec run_spec;

#endif /* IL_COMMANDS_H */
