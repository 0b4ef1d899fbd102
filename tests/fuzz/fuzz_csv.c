/*
 * Fuzz target: the CSV edge table with an optional node table, through
 * il_load_graph(). The first byte picks the loading options; the rest is
 * the edge table, followed, after a line "--nodes--", by the node table.
 */
#include "fuzz.h"

#include <string.h>

#define NODES_MARK "\n--nodes--\n"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const il_dup_mode_t dups[] = { IL_DUP_SUM, IL_DUP_MAX, IL_DUP_FIRST, IL_DUP_ERROR };
    static const il_loop_mode_t loops[] = { IL_LOOP_DROP, IL_LOOP_KEEP, IL_LOOP_ERROR,
                                            IL_LOOP_DROP
                                          };
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    il_graph_t g = IL_GRAPH_INIT;
    char epath[128], npath[128];
    const uint8_t *nodes = NULL;
    size_t esize, k;
    uint8_t flags;
    igraph_error_t rc;

    fuzz_setup();
    if (size < 1) {
        return 0;
    }
    flags = data[0];
    data++;
    size--;
    esize = size;
    for (k = 0; k + sizeof NODES_MARK - 1 <= size; k++) {
        if (memcmp(data + k, NODES_MARK, sizeof NODES_MARK - 1) == 0) {
            esize = k + 1;      /* the edge table keeps its last line end */
            nodes = data + k + sizeof NODES_MARK - 1;
            break;
        }
    }
    o.edges_path = fuzz_write("edges.csv", data, esize, epath, sizeof epath);
    if (nodes) {
        o.nodes_path = fuzz_write("nodes.csv", nodes, size - (size_t) (nodes - data), npath,
                                  sizeof npath);
    }
    o.directed = flags & 1;
    o.duplicates = dups[(flags >> 1) & 3];
    o.self_loops = loops[(flags >> 3) & 3];
    o.delimiter = flags & 0x20 ? ';' : 0;
    o.affiliation = (flags & 0x40) && !o.directed;
    o.max_field = flags & 0x80 ? 64 : o.max_field;
    o.input_timeout = 1;
    rc = il_load_graph(&o, &g);
    if (rc == IGRAPH_SUCCESS && il_graph_vcount(&g) < 0) {
        __builtin_trap();
    }
    il_graph_destroy(&g);
    fuzz_after(rc);
    return 0;
}
