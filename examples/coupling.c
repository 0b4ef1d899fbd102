/*
 * Using libinnolink from C: how strongly are the two factions of Zachary's
 * karate club tied to each other? The C equivalent of
 *
 *   innolink coupling graphs/karate/edges.csv --nodes graphs/karate/nodes.csv --by faction
 *
 * It prints the E-I index (Krackhardt & Stern 1988) of the whole network
 * and of each faction, the block densities, and where each faction lies on
 * the loose-coupling plane (cohesion inside, coupling across).
 *
 * Run from the top of the source tree. Built and diffed against
 * coupling.out by make check; tests/cli/t0200-examples.sh recomputes every
 * number by counting ties in Python.
 */
#include "innolink.h"

#include <stdio.h>

int main(void)
{
    il_load_options_t load = IL_LOAD_OPTIONS_INIT;
    il_coupling_options_t opts = IL_COUPLING_OPTIONS_INIT;
    il_graph_t g = IL_GRAPH_INIT;
    il_partition_t faction = { 0 };     /* zero-filled: safe to destroy */
    il_coupling_t res = { 0 };
    igraph_integer_t a, b;
    int ret = 1;

    il_setup();     /* once, before any other innolink call */

    load.edges_path = "graphs/karate/edges.csv";
    load.nodes_path = "graphs/karate/nodes.csv";
    if (il_load_graph(&load, &g) != IGRAPH_SUCCESS) {
        goto cleanup;
    }

    /* --by faction: one group per value of the node column `faction`,
     * numbered in byte order of the values. A member without a value would
     * be an error (IL_EMPTY_OWN_GROUP puts such members in "(none)"). */
    if (il_partition_from_attr(&g, "faction", IL_EMPTY_ERROR, &faction) != IGRAPH_SUCCESS) {
        goto cleanup;
    }

    /* No permutation test: the p-values stay NaN. For a test, set e.g.
     * permutations = 1000 and keep a fixed seed so that the p-values are
     * the same on every run. No minimum vertex cuts between groups either. */
    opts.permutations = 0;
    opts.seed = 42;
    opts.cuts = 0;
    if (il_coupling(&g, &faction, &opts, &res) != IGRAPH_SUCCESS) {
        goto cleanup;
    }

    /* E-I = (E - I) / (E + I), E ties between groups, I ties inside:
     * -1 when every tie stays inside a group, +1 when none does. */
    printf("%d members, %d factions, %.0f ties inside, %.0f between\n", (int) res.n,
           (int) res.k, res.whole.ties_in, res.whole.ties_out);
    printf("E-I index %.6f (under random mixing %.6f)\n", res.whole.ei, res.whole.expected);

    /* Block density: ties between groups a and b over the possible pairs
     * (n_a n_b between groups, n_a (n_a - 1) / 2 inside a group). */
    printf("\nblock density\n%-8s", "");
    for (b = 0; b < res.k; b++) {
        printf(" %9s", il_partition_name(&faction, b));
    }
    printf("\n");
    for (a = 0; a < res.k; a++) {
        printf("%-8s", il_partition_name(&faction, a));
        for (b = 0; b < res.k; b++) {
            printf(" %9.6f", MATRIX(res.density, a, b));
        }
        printf("\n");
    }

    /* Per group: its E-I over the ties touching it; cohesion = weighted
     * density inside; coupling = share of its tie strength that leaves it.
     * The reading compares cohesion with the network's weighted density
     * and coupling with opts.coupled_low and opts.coupled_high. */
    printf("\n%-8s %4s %9s %9s %9s  %s\n", "faction", "size", "E-I", "cohesion", "coupling",
           "reading");
    for (a = 0; a < res.k; a++) {
        const il_coupling_group_t *grp = &res.group[a];
        printf("%-8s %4d %9.6f %9.6f %9.6f  %s\n", il_partition_name(&faction, a),
               (int) grp->size, grp->ei.ei, grp->weighted_density, grp->coupling_share,
               il_coupling_reading_name(grp->reading));
    }
    printf("cohesive above %.6f, coupled from %.2f, dissolved above %.2f\n", res.cohesion,
           opts.coupled_low, opts.coupled_high);
    ret = 0;

cleanup:
    if (ret != 0) {
        fprintf(stderr, "error: %s\n", il_last_error());
    }
    il_coupling_destroy(&res);
    il_partition_destroy(&faction);
    il_graph_destroy(&g);
    il_teardown();     /* give igraph its own error handlers back */
    return ret;
}
