/*
 * Using libinnolink from C: communities in Zachary's karate club.
 *
 *   1. Leiden communities (modularity, fixed seed) and their modularity;
 *   2. the modularity of the two factions the club split into;
 *   3. the optimal modularity (exact, igraph's GLPK-based method);
 *   4. how well the Leiden communities recover the factions (NMI, ARI).
 *
 * Run from the top of the source tree. Built and diffed against
 * communities.out by make check; tests/cli/t0200-examples.sh recomputes
 * every number with networkx and python-igraph.
 */
#include "innolink.h"

#include <stdio.h>

/* Print the members (their ids) of each community, one line each. */
static void print_members(const il_graph_t *g, const il_communities_t *c)
{
    igraph_integer_t k, v;
    for (k = 0; k < c->k; k++) {
        printf("  community %d (%d members):", (int) k + 1, (int) VECTOR(c->size)[k]);
        for (v = 0; v < il_graph_vcount(g); v++) {
            if (VECTOR(c->membership)[v] == k) {
                printf(" %s", il_graph_vertex_id(g, v));
            }
        }
        printf("\n");
    }
}

int main(void)
{
    il_load_options_t load = IL_LOAD_OPTIONS_INIT;
    il_communities_options_t opts = IL_COMMUNITIES_OPTIONS_INIT;
    il_graph_t g = IL_GRAPH_INIT;
    /* Result structs have no INIT macro; zero-filled ones may be destroyed. */
    il_communities_t leiden = { 0 }, split = { 0 }, optimal = { 0 };
    il_partition_t faction = { 0 };
    il_partition_comparison_t cmp;
    int ret = 1;

    il_setup();     /* once, before any other innolink call */

    /* The edge table has no weight column: every tie has strength 1. The
     * node table adds the columns `label` and `faction`. */
    load.edges_path = "graphs/karate/edges.csv";
    load.nodes_path = "graphs/karate/nodes.csv";
    if (il_load_graph(&load, &g) != IGRAPH_SUCCESS) {
        goto cleanup;
    }

    /* 1. Leiden is randomised: run r is seeded with seed + r, and the run
     * with the highest modularity is kept. A fixed seed makes the output
     * the same on every machine. */
    opts.method = IL_COMM_LEIDEN;
    opts.objective = IL_OBJECTIVE_MODULARITY;
    opts.seed = 42;
    opts.runs = 10;
    if (il_communities_detect(&g, &opts, &leiden) != IGRAPH_SUCCESS) {
        goto cleanup;
    }
    printf("leiden (seed %d, best of %d runs): %d communities, modularity %.6f\n",
           (int) opts.seed, (int) opts.runs, (int) leiden.k, leiden.modularity);
    print_members(&g, &leiden);   /* numbered by size, largest first */

    /* 2. A node column becomes a partition: groups are numbered in byte
     * order of their values ("Mr. Hi" = 0, "Officer" = 1). Any membership
     * vector can then be scored with il_communities_evaluate(). */
    if (il_partition_from_attr(&g, "faction", IL_EMPTY_ERROR, &faction) != IGRAPH_SUCCESS ||
        il_communities_evaluate(&g, &opts, &faction.membership, &split) != IGRAPH_SUCCESS) {
        goto cleanup;
    }
    printf("faction split (%s / %s): modularity %.6f\n", il_partition_name(&faction, 0),
           il_partition_name(&faction, 1), split.modularity);

    /* 3. The exact optimum; deterministic, so seed and runs do not matter.
     * Brandes et al. (2008) publish 0.4198 for this graph. */
    opts.method = IL_COMM_OPTIMAL;
    if (il_communities_detect(&g, &opts, &optimal) != IGRAPH_SUCCESS) {
        goto cleanup;
    }
    printf("optimal: %d communities, modularity %.6f\n", (int) optimal.k, optimal.modularity);

    /* 4. Compare the Leiden membership with the factions. NMI is 1 and ARI
     * is 1 for identical partitions; ARI is about 0 for a random one. */
    if (il_partition_compare(&leiden.membership, &faction.membership, &cmp) != IGRAPH_SUCCESS) {
        goto cleanup;
    }
    printf("leiden vs faction: NMI %.6f, ARI %.6f\n", cmp.nmi, cmp.ari);
    ret = 0;

cleanup:
    if (ret != 0) {
        fprintf(stderr, "error: %s\n", il_last_error());
    }
    il_communities_destroy(&optimal);
    il_communities_destroy(&split);
    il_communities_destroy(&leiden);
    il_partition_destroy(&faction);
    il_graph_destroy(&g);
    il_teardown();     /* give igraph its own error handlers back */
    return ret;
}
