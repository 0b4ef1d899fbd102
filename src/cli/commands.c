#include "cli/commands.h"

#include <stddef.h>

/* The command table: `innolink help`, the usage text and `innolink run` are made from it. */
const struct il_command il_commands[] = {
    { "summary", cmd_summary, &summary_spec,
      "whole-graph structure: size, density, components, clustering, paths" },
    { "centrality", cmd_centrality, &centrality_spec,
      "who matters: centralities, structural holes, centralization" },
    { "communities", cmd_communities, &communities_spec,
      "detect communities (mini-clusters) and compare with declared groups" },
    { "coupling", cmd_coupling, &coupling_spec,
      "between groups (--by ATTR): block densities, E-I, loose coupling, vulnerability" },
    { "mixing", cmd_mixing, &mixing_spec,
      "mixing matrix and assortativity of a node attribute (triple helix)" },
    { "brokerage", cmd_brokerage, &brokerage_spec,
      "Gould-Fernandez brokerage roles with sna's expectations and z-scores" },
    { "structure", cmd_structure, &structure_spec,
      "shape: hubs, centralization, core-periphery, rich club, roles, district type" },
    { "compare", cmd_compare, &compare_spec,
      "how the network changed between snapshots (before/after a programme)" },
    { "export", cmd_export, &export_spec,
      "the graph and per-node results as GraphML, GEXF or JSON" },
    { "render", cmd_render, &render_spec,
      "a picture of the network or the coupling plane as SVG" },
    { "report", cmd_report, &report_spec,
      "one self-contained HTML report: summary, actors, pictures" },
    { "project", cmd_project, &project_spec,
      "affiliation data (actors in events) to actor-actor ties" },
    { "run", cmd_run, &run_spec,
      "run the analyses a JSON spec names, reproducibly" },
    { NULL, NULL, NULL, NULL }
};
