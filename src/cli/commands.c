#include "cli/commands.h"

#include <stddef.h>

/* The command table: `innolink help` and the usage text are made from it. */
const struct il_command il_commands[] = {
    { "summary", cmd_summary, "whole-graph structure: size, density, components, clustering, paths" },
    { "centrality", cmd_centrality, "who matters: centrality, centralization, structural holes" },
    { NULL, NULL, NULL }
};
