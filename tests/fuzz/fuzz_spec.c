/*
 * Fuzz target: run specs, checked whole and run not at all
 * (il_spec_run_with with check_only), in a folder that holds an edge
 * table, a node table and an output folder, so that a spec naming them
 * reaches the deeper checks.
 */
#include "fuzz.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int ready;
    il_spec_options_t opts;
    char path[128], other[128];
    size_t failed;
    igraph_error_t rc;

    fuzz_setup();
    if (!ready) {
        static const char edges[] = "source,target,weight,year\na,b,1,2019\nb,c,2,2020\n";
        static const char nodes[] = "id,cluster\na,x\nb,x\nc,y\n";
        fuzz_write("edges.csv", (const uint8_t *) edges, sizeof edges - 1, other, sizeof other);
        fuzz_write("nodes.csv", (const uint8_t *) nodes, sizeof nodes - 1, other, sizeof other);
        snprintf(other, sizeof other, "%s/out", fuzz_dir());
        mkdir(other, 0777);
        ready = 1;
    }
    memset(&opts, 0, sizeof opts);
    opts.check_only = 1;
    rc = il_spec_run_with(fuzz_write("spec.json", data, size, path, sizeof path), &opts, &failed);
    if (rc != IGRAPH_SUCCESS && failed != (size_t) -1) {
        __builtin_trap();       /* a check that ran an analysis */
    }
    fuzz_after(rc);
    return 0;
}
