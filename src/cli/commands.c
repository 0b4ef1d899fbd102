#include "cli/commands.h"

#include <stddef.h>

/* The command table: `innolink help` and the usage text are made from it. */
const struct il_command il_commands[] = {
    { "summary", cmd_summary, "whole-graph structure: size, density, components, clustering, paths" },
    { "export", cmd_export, "the graph and per-node results as GraphML, GEXF or JSON" },
    { "render", cmd_render, "a picture of the network or the coupling plane as SVG" },
    { "report", cmd_report, "one self-contained HTML report: summary, actors, pictures" },
    { NULL, NULL, NULL }
};
