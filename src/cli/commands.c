#include "cli/commands.h"

#include <stddef.h>

/* The command table: `innolink help` and the usage text are made from it. */
const struct il_command il_commands[] = {
    { "summary", cmd_summary, "whole-graph structure: size, density, components, clustering, paths" },
    { "communities", cmd_communities, "detect communities, test declared groupings, stability" },
    { NULL, NULL, NULL }
};
