#ifndef IL_COMMANDS_H
#define IL_COMMANDS_H

/*
 * Adding a new subcommand
 * -----------------------
 * . Write int cmd_foo(int argc, char **argv) in src/cli/cmd_foo.c with a
 *   static struct il_cli_spec (synopsis, help lines, long options), parse
 *   with il_cli_parse() so it accepts -h/--help and the shared options.
 * . Declare it below and add { "foo", cmd_foo, "summary" } to commands.c.
 *   (The Makefile builds every src/cli/cmd_*.c.)
 * . Add tests/cli/tNNNN-foo.sh and the synopsis to docs/innolink.1; the
 *   test t0000-basic.sh checks that the man page carries every synopsis.
 */

struct il_command {
    const char *name;
    int (*fn)(int argc, char **argv);
    const char *summary;
};

extern const struct il_command il_commands[];

int cmd_summary(int argc, char **argv);
int cmd_centrality(int argc, char **argv);

#endif /* IL_COMMANDS_H */
