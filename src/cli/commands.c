#include "cli/commands.h"

#include <stddef.h>

/* The command table: `innolink help` and the usage text are made from it. */
const struct il_command il_commands[] = {
    { "summary", cmd_summary, "whole-graph structure: size, density, components, clustering, paths" },
    { "coupling", cmd_coupling, "between groups (--by ATTR): block densities, E-I, loose coupling, vulnerability" },
    { "mixing", cmd_mixing, "mixing matrix and assortativity of a node attribute (triple helix)" },
    { "brokerage", cmd_brokerage, "Gould-Fernandez brokerage roles with sna's expectations and z-scores" },
    { NULL, NULL, NULL }
};
