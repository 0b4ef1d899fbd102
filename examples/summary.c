/*
 * Using libinnolink from C: load Zachary's karate club and print a few
 * whole-graph numbers. Built and diffed against summary.out by make test.
 */
#include "innolink.h"

#include <stdio.h>

int main(void)
{
    il_load_options_t opts = IL_LOAD_OPTIONS_INIT;
    il_summary_options_t sopts = IL_SUMMARY_OPTIONS_INIT;
    il_graph_t g = IL_GRAPH_INIT;
    il_summary_t s;

    il_setup();
    opts.edges_path = "graphs/karate/edges.csv";
    opts.nodes_path = "graphs/karate/nodes.csv";
    if (il_load_graph(&opts, &g) != IGRAPH_SUCCESS || il_summary(&g, &sopts, &s) != IGRAPH_SUCCESS) {
        fprintf(stderr, "error: %s\n", il_last_error());
        il_graph_destroy(&g);
        il_teardown();
        return 1;
    }
    printf("nodes %d, edges %d\n", (int) s.nodes, (int) s.edges);
    printf("density %.6f\n", s.density);
    printf("transitivity %.6f\n", s.transitivity);
    printf("average path length %.6f, diameter %.0f\n", s.average_path_length, s.diameter);
    printf("vertex 0 is '%s' (%s)\n", il_graph_vertex_id(&g, 0), il_graph_vertex_label(&g, 0));
    il_graph_destroy(&g);
    il_teardown();     /* give igraph its own error handlers back */
    return 0;
}
