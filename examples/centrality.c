/*
 * Using libinnolink from C: who is central among Padgett's Florentine
 * families (marriage ties)? Prints the three families with the highest
 * betweenness, with their degree, closeness and eigenvector centrality,
 * and the degree centralization of the whole network.
 *
 * Run from the top of the source tree. Built and diffed against
 * centrality.out by make check; tests/cli/t0200-examples.sh recomputes
 * every number with networkx and python-igraph.
 */
#include "innolink.h"

#include <stdio.h>

#define TOP 3

/* 1 when vertex a ranks before b: a higher score, then a lower index. */
static int ranks_before(const igraph_vector_t *s, igraph_integer_t a, igraph_integer_t b)
{
    return VECTOR(*s)[a] > VECTOR(*s)[b] || (VECTOR(*s)[a] == VECTOR(*s)[b] && a < b);
}

int main(void)
{
    il_load_options_t load = IL_LOAD_OPTIONS_INIT;
    il_centrality_options_t opts = IL_CENTRALITY_OPTIONS_INIT;
    il_graph_t g = IL_GRAPH_INIT;
    il_centrality_t c = { 0 };  /* zero-filled: safe to destroy on any path */
    const igraph_vector_t *btw, *deg, *clo, *eig;
    igraph_integer_t top[TOP], n, v;
    int i, ret = 1;

    il_setup();     /* once, before any other innolink call */

    load.edges_path = "graphs/florentine/edges.csv";
    load.nodes_path = "graphs/florentine/nodes.csv";
    if (il_load_graph(&load, &g) != IGRAPH_SUCCESS) {
        goto cleanup;
    }

    /* Choose the measures (one bit each; 0 would compute every measure). */
    opts.measures = (1u << IL_MEASURE_DEGREE) | (1u << IL_MEASURE_BETWEENNESS) |
                    (1u << IL_MEASURE_CLOSENESS) | (1u << IL_MEASURE_EIGENVECTOR);
    /* Betweenness and closeness follow shortest paths, so a tie needs a
     * length. Weights are tie strengths, and the default IL_DIST_INVERSE
     * makes a tie of strength w have length 1/w. This file has no weight
     * column (all 1), so IL_DIST_NONE (every tie is one hop) gives the same
     * numbers; it states the intent. IL_DIST_RAW reads weights as lengths. */
    opts.path_weight = IL_DIST_NONE;
    opts.raw = 0;       /* betweenness normalised by 2/((n-1)(n-2)) */
    opts.jobs = 1;      /* path measures in this process: no worker processes */
    opts.samples = 0;   /* exact betweenness, from every node */
    if (il_centrality(&g, &opts, &c) != IGRAPH_SUCCESS) {
        goto cleanup;
    }

    /* One vector of scores per column, indexed by vertex. */
    btw = &c.score[IL_SCORE_BETWEENNESS];
    deg = &c.score[IL_SCORE_DEGREE];
    clo = &c.score[IL_SCORE_CLOSENESS];
    eig = &c.score[IL_SCORE_EIGENVECTOR];   /* scaled to a maximum of 1 */

    /* The TOP families by betweenness: top[i] is the first vertex in rank
     * order among those ranked after top[i - 1]. */
    n = il_graph_vcount(&g);
    for (i = 0; i < TOP && i < n; i++) {
        top[i] = -1;
        for (v = 0; v < n; v++) {
            if ((i == 0 || ranks_before(btw, top[i - 1], v)) &&
                (top[i] < 0 || ranks_before(btw, v, top[i]))) {
                top[i] = v;
            }
        }
    }

    printf("%d families, %d marriage ties; distance: %s\n", (int) n,
           (int) il_graph_ecount(&g), il_distance_name(opts.path_weight));
    printf("%-10s %11s %6s %9s %11s\n", "family", "betweenness", "degree", "closeness",
           "eigenvector");
    for (i = 0; i < TOP && i < n; i++) {
        v = top[i];
        printf("%-10s %11.6f %6.0f %9.6f %11.6f\n", il_graph_vertex_label(&g, v),
               VECTOR(*btw)[v], VECTOR(*deg)[v], VECTOR(*clo)[v], VECTOR(*eig)[v]);
    }
    /* Freeman: sum over nodes of (max degree - degree) / ((n-1)(n-2)). */
    printf("degree centralization %.6f\n", c.degree_centralization);
    ret = 0;

cleanup:
    if (ret != 0) {
        fprintf(stderr, "error: %s\n", il_last_error());
    }
    il_centrality_destroy(&c);
    il_graph_destroy(&g);
    il_teardown();     /* give igraph its own error handlers back */
    return ret;
}
