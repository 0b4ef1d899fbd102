/*
 * Fuzz target: one graph-file format through il_load_graph(), chosen when
 * compiling with -DFUZZ_EXT='"graphml"' (or "gml", "net" for Pajek; a
 * GEXF reader would be "gexf": see tests/fuzz/README.md). The whole input
 * is the file.
 */
#include "fuzz.h"

#ifndef FUZZ_EXT
#error "compile with -DFUZZ_EXT='\"graphml\"' (or gml, net)"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    il_graph_t g = IL_GRAPH_INIT;
    char path[128];
    igraph_error_t rc;

    fuzz_setup();
    o.edges_path = fuzz_write("input." FUZZ_EXT, data, size, path, sizeof path);
    o.input_timeout = 1;
    rc = il_load_graph(&o, &g);
    il_graph_destroy(&g);
    fuzz_after(rc);
    return 0;
}
