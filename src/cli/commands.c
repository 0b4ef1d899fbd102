#include "cli/commands.h"

#include <stddef.h>

/* The command table: `innolink help` and the usage text are made from it. */
const struct il_command il_commands[] = {
    { "summary", cmd_summary, &summary_spec,
      "whole-graph structure: size, density, components, clustering, paths" },
    { "project", cmd_project, &project_spec,
      "affiliation data (actors in events) to actor-actor ties" },
    { "structure", cmd_structure, &structure_spec,
      "shape: hubs, centralization, core-periphery, rich club, roles, district type" },
    { "run", cmd_run, &run_spec, "run the analyses a JSON spec names, reproducibly" },
    { NULL, NULL, NULL, NULL }
};
