/*
 * kernels: the igraph calls behind the slow steps of the issue-16 pipeline,
 * timed alone in innolink's process, for bench/pipeline/kernels.py to put
 * beside the same calls in python-igraph. Not a test.
 *
 *   kernels FILE
 *
 * Loads FILE with il_load_graph() and the defaults of the commands
 * (undirected, repeated ties summed), then times, in CPU seconds of this
 * process (every thread), each call once with the arguments innolink's
 * analyses give it: igraph_community_multilevel (resolution 1),
 * igraph_community_leiden (modularity through node strengths, beta 0.01,
 * 2 iterations, as python-igraph's community_leiden(objective_function =
 * "modularity", n_iterations = 2)), igraph_eigenvector_centrality
 * (weighted, scaled) and igraph_pagerank (PRPACK, 0.85, weighted; inside
 * the one-thread scope innolink uses). Prints "kernel seconds [value]".
 * Seeds igraph's generator with 42.
 */
#define _POSIX_C_SOURCE 200809L

#include "innolink.h"
#include "core/threads.h"

#include <stdio.h>
#include <time.h>

static double cpu(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double) ts.tv_sec + (double) ts.tv_nsec * 1e-9;
}

static void fail(const char *what)
{
    fprintf(stderr, "kernels: %s failed: %s\n", what, il_last_error());
    exit(1);
}

int main(int argc, char **argv)
{
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    il_graph_t g = IL_GRAPH_INIT;
    il_serial_scope_t serial;
    igraph_vector_int_t memb;
    igraph_vector_t modv, v, nodew;
    igraph_integer_t nb;
    igraph_real_t value, q;
    double t, total = 0;
    igraph_integer_t e;

    if (argc != 2) {
        fprintf(stderr, "usage: kernels FILE\n");
        return 2;
    }
    il_setup();
    o.edges_path = argv[1];
    if (il_load_graph(&o, &g) != IGRAPH_SUCCESS) {
        fail("loading");
    }
    printf("# nodes %ld ties %ld\n", (long) il_graph_vcount(&g), (long) il_graph_ecount(&g));
    igraph_rng_seed(igraph_rng_default(), 42);
    if (igraph_vector_int_init(&memb, 0) || igraph_vector_init(&modv, 0) ||
        igraph_vector_init(&v, 0) || igraph_vector_init(&nodew, 0)) {
        fail("allocation");
    }

    t = cpu();
    if (igraph_community_multilevel(&g.graph, &g.weight, 1.0, &memb, NULL, &modv)) {
        fail("multilevel");
    }
    printf("louvain %.2f modularity=%.6f\n", cpu() - t, igraph_vector_max(&modv));

    for (e = 0; e < il_graph_ecount(&g); e++) {
        total += VECTOR(g.weight)[e];
    }
    t = cpu();
    if (igraph_strength(&g.graph, &nodew, igraph_vss_all(), IGRAPH_ALL, true, &g.weight) ||
        igraph_community_leiden(&g.graph, &g.weight, &nodew, 1.0 / (2.0 * total), 0.01, false,
                                2, &memb, &nb, &q) ||
        igraph_modularity(&g.graph, &memb, &g.weight, 1.0, false, &q)) {
        fail("leiden");
    }
    printf("leiden %.2f modularity=%.6f\n", cpu() - t, q);

    t = cpu();
    if (igraph_eigenvector_centrality(&g.graph, &v, &value, false, true, &g.weight, NULL)) {
        fail("eigenvector");
    }
    printf("eigenvector %.2f\n", cpu() - t);

    t = cpu();
    il_serial_scope_begin(&serial);
    if (igraph_pagerank(&g.graph, IGRAPH_PAGERANK_ALGO_PRPACK, &v, &value, igraph_vss_all(),
                        false, 0.85, &g.weight, NULL)) {
        fail("pagerank");
    }
    il_serial_scope_end(&serial);
    printf("pagerank %.2f\n", cpu() - t);

    igraph_vector_destroy(&nodew);
    igraph_vector_destroy(&v);
    igraph_vector_destroy(&modv);
    igraph_vector_int_destroy(&memb);
    il_graph_destroy(&g);
    return 0;
}
