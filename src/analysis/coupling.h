/*
 * Coupling between the groups of a partition (--by ATTR): block matrices,
 * the Krackhardt-Stern E-I index with its permutation test, the
 * loose-coupling plane and the vulnerability of the coupling
 * (analysis/coupling.c).
 */
#ifndef IL_ANALYSIS_COUPLING_H
#define IL_ANALYSIS_COUPLING_H

#include "core/compat.h"
#include "analysis/nulls.h"
#include "analysis/partition.h"
#include "model/graph.h"

#include <math.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Coupling between groups -------------------------------------------- */

/*
 * How the loose-coupling plane is read (docs/metrics-groups.md, "Loose
 * coupling"; the one definition the table, the picture and the report
 * use). A group is loosely coupled when it is more cohesive than the null
 * model expects for a group of its size and strength (its inside
 * weighted density tested two-sided at level alpha) and still sends a
 * real share of its tie strength to other groups (its coupling share is
 * at least isolated_below times what the null expects); isolated when it
 * is that cohesive but sends out less; dissolved when it is less cohesive
 * than the null expects; indeterminate when the test cannot tell it from
 * chance (or was not run).
 */
typedef enum il_coupling_reading {
    IL_READING_NO_TIES = 0,     /* the group has no ties at all */
    IL_READING_SINGLETON,       /* one member: no inside density */
    IL_READING_ISOLATED,        /* cohesive beyond chance, little strength leaves */
    IL_READING_LOOSE,           /* cohesive beyond chance and tied across */
    IL_READING_DISSOLVED,       /* less cohesive than chance */
    IL_READING_INDETERMINATE    /* the test cannot tell, or no test was run */
} il_coupling_reading_t;

/* The reading as printed: "no ties", "isolated", "loosely coupled", ... */
const char *il_coupling_reading_name(il_coupling_reading_t r);

/* The rule, in one sentence, for every output's parameters. */
#define IL_COUPLING_READING_RULE                                                        \
    "loosely coupled: more cohesive (inside weighted density) than the null gives a "  \
    "group of its size and strength (two-sided p < alpha) and its coupling share at "  \
    "least isolated_below of the null's; isolated: as cohesive, coupling below that; " \
    "dissolved: less cohesive than the null gives (p < alpha); indeterminate: the "   \
    "test cannot tell (p >= alpha) or did not run"

/* The E-I permutation test, the null-model tests of the readings and the
 * vertex cuts. */
typedef struct il_coupling_options {
    igraph_integer_t permutations;  /* label permutations for the E-I p-values kept from
                                     * UCINET's test; 0: none (1000) */
    igraph_uint_t seed;     /* for the permutations and the null samples (42) */
    il_null_options_t null; /* the tests behind every reading (1000 degree-preserving
                             * samples; its seed is `seed`); samples 0: no test, every
                             * reading indeterminate */
    double isolated_below;  /* a cohesive group whose coupling share is below this
                             * share of the null's reads isolated (0.25) */
    int cuts;               /* 1: minimum vertex cut between every pair of groups (1) */
    int vulnerability;      /* 1: key actors, cuts and articulation points; 0: the
                             * blocks, E-I and plane only, O(m + k^2) (1) */
} il_coupling_options_t;

#define IL_COUPLING_OPTIONS_INIT {                                          \
        .permutations = 1000, .seed = 42, .null = IL_NULL_OPTIONS_INIT,     \
        .isolated_below = 0.25, .cuts = 1, .vulnerability = 1               \
    }

/* Work limits of the vulnerability tables (docs/metrics-groups.md): vertex
 * cuts for at most this many pairs of groups, articulation points when
 * (points) x (n + m) stays below the second. */
#define IL_COUPLING_MAX_CUT_PAIRS 1000
/* ... and only while pairs x (n + m) stays below this (about a minute of flows) */
#define IL_COUPLING_MAX_CUT_WORK 2e8
#define IL_COUPLING_MAX_ARTICULATION_WORK 5e8

/* ---- E-I index ----------------------------------------------------------- */

/* E-I counts and indices over a set of ties (whole network, group, node). */
typedef struct il_ei {
    double ties_in, ties_out;       /* ties inside / between groups */
    double weight_in, weight_out;   /* their summed strengths */
    double ei, ei_weighted;         /* (E - I) / (E + I); NaN without ties */
    double expected;                /* under random mixing (possible pairs) */
    double rescaled;                /* NaN when undefined */
} il_ei_t;

/* ---- The coupling result ------------------------------------------------- */

/* One group: its E-I, size, cohesion and place on the plane. */
typedef struct il_coupling_group {
    il_ei_t ei;
    igraph_integer_t size, bridging;    /* members; members with ties outside */
    double density, weighted_density;   /* inside the group; NaN for one member */
    double coupling_share;              /* weight_out / (weight_in + weight_out) */
    il_coupling_reading_t reading;
    /* against the null (NaN when not tested) */
    double cohesion_expected;           /* null mean of weighted_density */
    double coupling_expected;           /* null mean of coupling_share */
    double cohesion_ratio;              /* weighted_density / cohesion_expected */
    double coupling_ratio;              /* coupling_share / coupling_expected */
    double cohesion_z, cohesion_percentile;
    double cohesion_p_greater, cohesion_p_less, cohesion_p;     /* p: two-sided */
} il_coupling_group_t;

/* One unordered pair of groups a < b. */
typedef struct il_coupling_pair {
    igraph_integer_t a, b;
    double ties, weight;
    igraph_integer_t top;       /* actor with most weight on a-b ties; -1: none */
    double top_weight;
    igraph_integer_t cut_size;  /* -1 when cuts were not computed */
    igraph_vector_int_t cut;    /* a minimum vertex cut separating a from b */
} il_coupling_pair_t;

/* Everything between the groups of a partition. */
typedef struct il_coupling {
    igraph_integer_t n, k;
    igraph_bool_t directed;
    igraph_matrix_t ties, weight, density, weighted_density;   /* k x k, from row to column */
    il_ei_t whole;
    double p_greater, p_less;           /* P(EI_perm >= EI), P(EI_perm <= EI) */
    double p_greater_weighted, p_less_weighted;
    igraph_integer_t permutations;
    il_null_tests_t tests;              /* the coupling statistics against the null */
    int tested;                         /* 1: tests ran (null.samples > 0) */
    double alpha, isolated_below;       /* what the readings used */
    il_coupling_group_t *group;         /* k */
    il_ei_t *node;                      /* n: per-node E-I */
    igraph_vector_t participation, participation_weighted;    /* n */
    il_coupling_pair_t *pair;           /* k(k-1)/2, pairs (0,1), (0,2), ... */
    igraph_integer_t npairs;
    igraph_vector_int_t articulation;   /* cut vertices that separate groups */
    igraph_vector_t articulation_pairs; /* cross-group node pairs each disconnects */
    igraph_vector_int_t articulation_pieces;
    int cuts_done;                      /* 0: --no-cuts or too many pairs */
    int articulation_done;              /* 0: over the work limit */
    igraph_vector_int_t bridges;        /* edge ids of ties between groups */
} il_coupling_t;

/* Block matrices, E-I (with permutation test), groups, plane, vulnerability. */
igraph_error_t il_coupling(const il_graph_t *g, const il_partition_t *p,
                           const il_coupling_options_t *opts, il_coupling_t *res);

/* The test that decided group \p g's reading, in words (for every output). */
void il_coupling_reading_evidence(const il_coupling_t *c, igraph_integer_t g, char *buf,
                                  size_t size);

/* Free a coupling result; accepts a zero-filled one. */
void il_coupling_destroy(il_coupling_t *res);

/* E-I of the whole network for a membership vector (used by the permutation test). */
void il_ei_whole(const il_graph_t *g, const igraph_integer_t *membership, il_ei_t *ei);

#ifdef __cplusplus
}
#endif

#endif /* IL_ANALYSIS_COUPLING_H */
