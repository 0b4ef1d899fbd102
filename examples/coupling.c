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

    /* No label-permutation test of E-I (UCINET's; its p-values stay NaN);
     * the readings are tested against opts.null (1000 degree-preserving
     * samples by default), seeded with opts.seed: the same seed gives the
     * same p-values on every run. No minimum vertex cuts either. */
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
     * density inside, against what opts.null (1000 degree-preserving
     * samples, seeded with opts.seed) gives a group of its size and
     * strength, with the two-sided p; coupling = share of its tie strength
     * that leaves it, and that share over the null's. The reading
     * (docs/metrics-groups.md): loosely coupled = more cohesive than the
     * null (p < alpha) and coupling at least opts.isolated_below of the
     * null's; isolated = as cohesive, less coupling; dissolved = less
     * cohesive than the null; indeterminate = the test cannot tell. */
    printf("\n%-8s %4s %9s %9s %9s %9s %9s %6s  %s\n", "faction", "size", "E-I", "cohesion",
           "null", "p", "coupling", "ratio", "reading");
    for (a = 0; a < res.k; a++) {
        const il_coupling_group_t *grp = &res.group[a];
        printf("%-8s %4d %9.6f %9.6f %9.6f %9.6f %9.6f %6.3f  %s\n",
               il_partition_name(&faction, a), (int) grp->size, grp->ei.ei,
               grp->weighted_density, grp->cohesion_expected, grp->cohesion_p,
               grp->coupling_share, grp->coupling_ratio, il_coupling_reading_name(grp->reading));
    }
    printf("null: %s, %d samples, seed %d; level %.2f; isolated below %.2f of the null's "
           "coupling\n", il_null_model_name(IL_NULL_DEGREE), (int) opts.null.samples,
           (int) opts.seed, opts.null.alpha, opts.isolated_below);
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
