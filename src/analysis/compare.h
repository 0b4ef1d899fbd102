/*
 * Snapshots of a network before and after: actors aligned by id, tie
 * changes, QAP correlation and the change of the E-I index with its
 * permutation test (analysis/compare.c).
 */
#ifndef IL_ANALYSIS_COMPARE_H
#define IL_ANALYSIS_COMPARE_H

#include "core/compat.h"
#include "model/graph.h"
#include "model/strtab.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Compare: snapshots of a network before and after ------------------- */

/* Actors of two snapshots aligned by id. */
typedef struct il_alignment {
    il_strtab_t ids;                /* every id, before's first */
    igraph_vector_int_t in_before;  /* union index -> vertex of before, or -1 */
    igraph_vector_int_t in_after;   /* union index -> vertex of after, or -1 */
    igraph_vector_int_t of_before;  /* vertex of before -> union index */
    igraph_vector_int_t of_after;   /* vertex of after -> union index */
} il_alignment_t;

/* Align two graphs by vertex id. */
igraph_error_t il_alignment_init(il_alignment_t *al, const il_graph_t *before,
                                 const il_graph_t *after);

/* Free an alignment; accepts a zero-filled one. */
void il_alignment_destroy(il_alignment_t *al);

/* How ties changed: a tie is gained (only after), lost (only before),
 * strengthened or weakened (both, weight up or down) or unchanged. */
typedef struct il_tie_counts {
    igraph_integer_t gained, lost, strengthened, weakened, unchanged;
    double weight_gained, weight_lost;      /* weight of gained / lost ties */
    double weight_up, weight_down;          /* total rise / fall of kept ties */
} il_tie_counts_t;

/* Tie changes overall and per pair of groups, with entrants and leavers. */
typedef struct il_tie_changes {
    il_tie_counts_t all;
    igraph_vector_int_t entrants;   /* union indices: ties after only */
    igraph_vector_int_t leavers;    /* union indices: ties before only */
    igraph_integer_t k;             /* groups, when a grouping was given */
    il_tie_counts_t *pair;          /* k x k, row-major; [g*k+h], g <= h undirected */
} il_tie_changes_t;

/* Count gained, lost, strengthened and weakened ties, overall and per pair of
 * groups (group_of: union index -> group, or NULL). */
igraph_error_t il_compare_ties(const il_graph_t *before, const il_graph_t *after,
                               const il_alignment_t *al, const igraph_vector_int_t *group_of,
                               igraph_integer_t k, il_tie_changes_t *res);

/* Free tie changes; accepts a zero-filled result. */
void il_tie_changes_destroy(il_tie_changes_t *res);

/* QAP correlation of the two weighted adjacency matrices over the aligned
 * actors, with permutation p-values P(r_perm >= r) and P(r_perm <= r). */
typedef struct il_qap {
    double r;
    double p_greater, p_less;
    igraph_integer_t permutations;
} il_qap_t;

/* QAP correlation of two snapshots with a seeded permutation test. */
igraph_error_t il_qap_correlation(const il_graph_t *before, const il_graph_t *after,
                                  const il_alignment_t *al, int weighted,
                                  igraph_integer_t permutations, igraph_uint_t seed,
                                  il_qap_t *res);

/* The change of the whole-network E-I index between two snapshots, with a
 * permutation test that relabels the aligned actors (group sizes kept). */
typedef struct il_ei_change {
    double before, after, change;               /* counted ties */
    double before_weighted, after_weighted, change_weighted;
    double p_greater, p_less;                   /* P(change_perm >= change), <= */
    double p_greater_weighted, p_less_weighted;
    igraph_integer_t permutations;
} il_ei_change_t;

/* Change of the E-I index between snapshots, with a seeded permutation test. */
igraph_error_t il_ei_change_test(const il_graph_t *before, const il_graph_t *after,
                                 const il_alignment_t *al, const igraph_vector_int_t *group_of,
                                 igraph_integer_t permutations, igraph_uint_t seed,
                                 il_ei_change_t *res);

#ifdef __cplusplus
}
#endif

#endif /* IL_ANALYSIS_COMPARE_H */
