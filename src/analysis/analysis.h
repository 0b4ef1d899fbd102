#ifndef IL_ANALYSIS_H
#define IL_ANALYSIS_H

#include "core/compat.h"
#include "model/graph.h"

#include <math.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Every analysis is a pure function from an il_graph_t and an options
 * struct to a result struct: no I/O, no printing, no exit. Definitions
 * follow DEFINITIONS.md; docs/metrics.md names the peer for each number.
 * NaN means "no value under the definition" and is reported as null.
 */

/* ---- Summary: whole-graph structure ------------------------------------ */

/* How average path length and diameter are computed. */
typedef enum il_paths_mode {
    IL_PATHS_AUTO = 0,  /* exact when n(n+m) <= IL_PATHS_EXACT_LIMIT, else sampled */
    IL_PATHS_EXACT,     /* breadth-first search from every node */
    IL_PATHS_SAMPLE,    /* from `samples` random sources (seeded) */
    IL_PATHS_SKIP       /* not computed: both values NaN */
} il_paths_mode_t;

#define IL_PATHS_EXACT_LIMIT 1e10

typedef struct il_summary_options {
    il_paths_mode_t paths;
    igraph_integer_t samples;       /* sources for IL_PATHS_SAMPLE / AUTO */
    igraph_uint_t seed;
} il_summary_options_t;

#define IL_SUMMARY_OPTIONS_INIT { IL_PATHS_AUTO, 200, 42 }

typedef struct il_summary {
    igraph_integer_t nodes, edges;
    igraph_bool_t directed;
    double total_weight;
    double density, weighted_density;
    double mean_degree, mean_strength;
    igraph_integer_t components, largest_component_nodes;
    double largest_component_share;
    igraph_integer_t isolates;
    double transitivity, average_clustering;
    double average_path_length, diameter;
    double degree_assortativity;
    igraph_integer_t duplicates_merged, self_loops_dropped;   /* from loading */
    igraph_integer_t path_sources;  /* BFS sources used (nodes when exact) */
    il_paths_mode_t paths_used;     /* EXACT, SAMPLE or SKIP */
} il_summary_t;

/* Whole-graph structure with the keys of DEFINITIONS.md. */
igraph_error_t il_summary(const il_graph_t *g, const il_summary_options_t *opts,
                          il_summary_t *res);

/* Hop-distance statistics from a set of BFS sources (NULL: all nodes). */
igraph_error_t il_path_lengths(const igraph_t *graph, const igraph_vector_int_t *sources,
                               double *mean, double *diameter);

/* ---- Views of the graph --------------------------------------------------- */

/* The undirected simple view that clustering measures are defined on:
 * directed ties collapsed, self-loops and multiple ties removed. Sets
 * *view to &g->graph when g already is that, else to *copy (made = 1, the
 * caller destroys it). */
igraph_error_t il_graph_simple_undirected(const il_graph_t *g, igraph_t *copy,
                                          const igraph_t **view, int *made);

/* ---- Distances from tie strengths ------------------------------------- */

/* How path-based measures turn a tie strength w into a length. */
typedef enum il_distance {
    IL_DIST_INVERSE = 0,    /* d = 1/w (default): stronger ties are shorter */
    IL_DIST_NONE,           /* every tie has length 1 (hops) */
    IL_DIST_RAW             /* the weight already is a distance */
} il_distance_t;

/* Fill \p out (initialised by the caller) with one length per edge and set
 * *use to \p out, or to NULL for IL_DIST_NONE (igraph's unweighted case). */
igraph_error_t il_distance_weights(const il_graph_t *g, il_distance_t mode,
                                   igraph_vector_t *out, const igraph_vector_t **use);

/* "inverse (d = 1/w)", "none (hops)" or "raw (weight is a distance)". */
const char *il_distance_name(il_distance_t mode);

/* Parse "inverse", "none" or "raw": 1 and *mode, else 0. */
int il_distance_parse(const char *name, il_distance_t *mode);

/* ---- Partitions from a node attribute (--by ATTR) ------------------------ */

/* What to do with nodes whose group value is empty. */
typedef enum il_empty_group {
    IL_EMPTY_ERROR = 0,     /* an error naming the node */
    IL_EMPTY_OWN_GROUP      /* put them together in the group "(none)" */
} il_empty_group_t;

/* Groups of nodes: membership[v] in 0..k-1; group g is named names[g].
 * Groups are numbered in byte order of their names. */
typedef struct il_partition {
    igraph_vector_int_t membership;
    il_strtab_t names;
    igraph_integer_t k;
    igraph_vector_int_t size;   /* nodes per group */
} il_partition_t;

/* The partition of the nodes by the values of node attribute \p attr. */
igraph_error_t il_partition_from_attr(const il_graph_t *g, const char *attr,
                                      il_empty_group_t empty, il_partition_t *p);

/* A partition from a membership vector (values 0..k-1), groups named by number. */
igraph_error_t il_partition_from_membership(const igraph_vector_int_t *membership,
                                            il_partition_t *p);

/* Free a partition; accepts a zero-filled one. */
void il_partition_destroy(il_partition_t *p);

/* The name of group \p i. */
const char *il_partition_name(const il_partition_t *p, igraph_integer_t i);

/* Participation coefficient of every node (Guimera & Amaral 2005):
 * P_i = 1 - sum_s (k_is / k_i)^2 over groups s, with ties counted
 * (weighted = 0) or tie strengths summed (weighted = 1); 0 when k_i = 0
 * (as the Brain Connectivity Toolbox). Directed ties count in and out. */
igraph_error_t il_participation(const il_graph_t *g, const il_partition_t *p,
                                int weighted, igraph_vector_t *res);

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
void il_alignment_destroy(il_alignment_t *al);

/* How ties changed: a tie is gained (only after), lost (only before),
 * strengthened or weakened (both, weight up or down) or unchanged. */
typedef struct il_tie_counts {
    igraph_integer_t gained, lost, strengthened, weakened, unchanged;
    double weight_gained, weight_lost;      /* weight of gained / lost ties */
    double weight_up, weight_down;          /* total rise / fall of kept ties */
} il_tie_counts_t;

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
void il_tie_changes_destroy(il_tie_changes_t *res);

/* QAP correlation of the two weighted adjacency matrices over the aligned
 * actors, with permutation p-values P(r_perm >= r) and P(r_perm <= r). */
typedef struct il_qap {
    double r;
    double p_greater, p_less;
    igraph_integer_t permutations;
} il_qap_t;

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

igraph_error_t il_ei_change_test(const il_graph_t *before, const il_graph_t *after,
                                 const il_alignment_t *al, const igraph_vector_int_t *group_of,
                                 igraph_integer_t permutations, igraph_uint_t seed,
                                 il_ei_change_t *res);
/* ---- Structure: hubs, core-periphery, rich club, roles, district type ---- */

/* Core-periphery fit of a given core (1 = core) on an undirected simple graph. */
igraph_error_t il_coreper_fit(const igraph_t *graph, const igraph_vector_int_t *core,
                              double *fit);

/* Borgatti-Everett discrete model: best core over \p restarts seeded starts. */
igraph_error_t il_coreper_discrete(const igraph_t *graph, igraph_integer_t restarts,
                                   igraph_vector_int_t *core, double *fit);

/* Borgatti-Everett continuous model: coreness scaled to max 1 and its fit. */
igraph_error_t il_coreper_continuous(const igraph_t *graph, igraph_integer_t max_sweeps,
                                     igraph_vector_t *coreness, double *fit,
                                     igraph_integer_t *sweeps, igraph_bool_t *converged);

/* Rich-club coefficient by degree k (rows k = 0..K while N_k >= 2). */
typedef struct il_rich_club {
    igraph_vector_int_t nodes;  /* N_k: nodes of degree > k */
    igraph_vector_t edges;      /* E_k: ties among them */
    igraph_vector_t phi;        /* 2 E_k / (N_k (N_k - 1)) */
    igraph_vector_t phi_random; /* mean phi over the rewired ensemble */
    igraph_vector_t rho;        /* phi / phi_random */
    igraph_integer_t rewirings_done;
} il_rich_club_t;

igraph_error_t il_rich_club_init(il_rich_club_t *rc);
void il_rich_club_destroy(il_rich_club_t *rc);

/* phi(k) and its normalisation against degree-preserving rewiring. */
igraph_error_t il_rich_club(const igraph_t *graph, igraph_integer_t rewirings,
                            igraph_integer_t trials_per_edge, il_rich_club_t *rc);

/* Guimera-Amaral roles R1..R7 (index 1..7; 0 = none). */
typedef enum il_role {
    IL_ROLE_NONE = 0, IL_ROLE_ULTRA_PERIPHERAL, IL_ROLE_PERIPHERAL, IL_ROLE_CONNECTOR,
    IL_ROLE_KINLESS, IL_ROLE_PROVINCIAL_HUB, IL_ROLE_CONNECTOR_HUB, IL_ROLE_KINLESS_HUB
} il_role_t;

/* The role of a node from its within-group degree z-score and participation. */
il_role_t il_role_classify(double z, double participation);

/* "R1 ultra-peripheral", ... */
const char *il_role_name(il_role_t role);

/* The district types of Markusen (1996). */
typedef enum il_district_kind {
    IL_DISTRICT_MARSHALLIAN = 0, IL_DISTRICT_HUB_AND_SPOKE, IL_DISTRICT_SATELLITE,
    IL_DISTRICT_STATE_ANCHORED, IL_DISTRICT_KINDS
} il_district_kind_t;

/* The measured signatures a district type is read from (NaN: not available). */
typedef struct il_district_signs {
    double centralization;  /* Freeman degree centralization */
    double density;         /* ties / possible pairs inside the group */
    double transitivity;    /* global clustering (3 triangles / triples) inside the group */
    double cp_fit;          /* discrete core-periphery correlation */
    double hub_dominance;   /* share of the group's ties touching its top hub */
    double spoke_share;     /* share of the group's ties between non-hubs */
    double outside_share;   /* share of the group's ties leaving it */
    double public_centre;   /* share of public bodies among the most central nodes */
} il_district_signs_t;

typedef struct il_district {
    double score[IL_DISTRICT_KINDS];    /* 0..1; NaN when not computable */
    int best;                           /* il_district_kind_t, or -1 */
} il_district_t;

/* One term of a type's score: a signature and how well its value fits. */
typedef struct il_district_term {
    const char *what;       /* the signature, in words */
    double value;           /* measured (NaN: not measured) */
    double lo, hi;          /* ramp anchors */
    int high_fits;          /* 1: a high value fits the type */
    int defining;           /* counts twice; the type needs it */
    double fit;             /* 0..1, NaN when not measured */
} il_district_term_t;

#define IL_DISTRICT_MAXTERMS 6

/* The terms of type \p kind for these signatures; returns their number. */
int il_district_terms(int kind, const il_district_signs_t *s, il_district_term_t *t);

/* Score the four district types from the signatures (docs/metrics-structure.md). */
void il_district_classify(const il_district_signs_t *s, il_district_t *res);

/* "marshallian", "hub_and_spoke", "satellite_platform", "state_anchored". */
const char *il_district_name(int kind);

typedef struct il_structure_options {
    double hub_z;                   /* hub: degree or strength z >= this (2.5) */
    igraph_integer_t hub_top;       /* and the top K by degree (0: off) */
    igraph_integer_t restarts;      /* core-periphery starts (10) */
    igraph_integer_t rewirings;     /* rich-club ensemble size (20) */
    igraph_integer_t rewire_trials; /* rewiring trials per tie (10) */
    igraph_uint_t seed;             /* 42 */
    const char *group_attr;         /* --by; NULL: the whole network only */
    il_empty_group_t empty;
    const char *designated_attr;    /* --designated ATTR=VALUE; NULL: none */
    const char *designated_value;   /* NULL: any value but "", 0, false, no */
    const char *sector_attr;        /* read when present ("sector") */
    const char *public_sectors;     /* comma-separated sector values of public bodies */
} il_structure_options_t;

#define IL_STRUCTURE_PUBLIC_SECTORS "research,university,public,government,institute,military"

#define IL_STRUCTURE_OPTIONS_INIT { 2.5, 0, 10, 20, 10, 42, NULL, IL_EMPTY_ERROR, NULL, NULL, \
                                    "sector", IL_STRUCTURE_PUBLIC_SECTORS }

/* The shape of one scope: the whole network or one group. */
typedef struct il_shape {
    igraph_integer_t nodes, edges;      /* inside the scope */
    igraph_integer_t outside_ties;      /* ties with one end in the scope */
    double density, clustering, transitivity, centralization;
    igraph_integer_t hubs, top_hub;     /* top_hub: vertex of the graph, or -1 */
    double hub_dominance, spoke_share, outside_share;
    igraph_integer_t core_size;
    double cp_fit, cp_continuous_fit;
    igraph_integer_t cp_sweeps;
    igraph_bool_t cp_converged;
    igraph_integer_t max_kcore;
    igraph_integer_t central_nodes, central_public;     /* public_centre = ratio */
    igraph_integer_t designated, designated_hubs;
    double precision, recall, jaccard;  /* designated vs structural hubs */
    il_district_signs_t signs;
    il_district_t district;
} il_shape_t;

typedef struct il_structure {
    igraph_integer_t n;
    int grouped, has_sector, has_designated, directed_input;
    il_partition_t part;                /* grouped only */
    il_shape_t network;
    il_shape_t *group;                  /* part.k entries when grouped */
    /* per node, measured in its group (the whole network when not grouped) */
    igraph_vector_t degree, strength;   /* whole network */
    igraph_vector_t group_degree, group_strength, degree_z, strength_z;
    igraph_vector_t coreness, participation;
    igraph_vector_int_t hub, core, kcore, designated, role;
    il_rich_club_t rich_club;           /* whole network */
    int live;
} il_structure_t;

/* Hubs, centralization, core-periphery, rich club, roles and district types. */
igraph_error_t il_structure(const il_graph_t *g, const il_structure_options_t *o,
                            il_structure_t *res);

/* Free a structure result (after success only). */
void il_structure_destroy(il_structure_t *res);

/* ---- Between groups: coupling, E-I, mixing, brokerage ------------------ */

/* An error naming \p attr when the partition has fewer than two groups. */
igraph_error_t il_groups_require_two(const il_partition_t *p, const char *attr);

/* How the loose-coupling plane is read (docs/metrics-groups.md). */
typedef enum il_coupling_reading {
    IL_READING_NO_TIES = 0,     /* the group has no ties at all */
    IL_READING_SINGLETON,       /* one member: no inside density */
    IL_READING_ISOLATED,        /* cohesive inside, little weight leaves */
    IL_READING_LOOSE,           /* cohesive inside and coupled across */
    IL_READING_DISSOLVED,       /* most weight leaves, or coupled without cohesion */
    IL_READING_FRAGMENTED       /* neither cohesive nor coupled */
} il_coupling_reading_t;

/* The reading as printed: "no ties", "isolated", "loosely coupled", ... */
const char *il_coupling_reading_name(il_coupling_reading_t r);

typedef struct il_coupling_options {
    igraph_integer_t permutations;  /* label permutations for the p-values (0: none) */
    igraph_uint_t seed;
    double cohesion;        /* plane: cohesive when inside weighted density > this;
                             * NaN: the whole network's weighted density */
    double coupled_low;     /* plane: coupling share below this is "not coupled" */
    double coupled_high;    /* plane: coupling share above this is "dissolved" */
    int cuts;               /* 1: minimum vertex cut between every pair of groups */
} il_coupling_options_t;

#define IL_COUPLING_OPTIONS_INIT { 1000, 42, NAN, 0.05, 0.5, 1 }

/* Work limits of the vulnerability tables (docs/metrics-groups.md): vertex
 * cuts for at most this many pairs of groups, articulation points when
 * (points) x (n + m) stays below the second. */
#define IL_COUPLING_MAX_CUT_PAIRS 1000
/* ... and only while pairs x (n + m) stays below this (about a minute of flows) */
#define IL_COUPLING_MAX_CUT_WORK 2e8
#define IL_COUPLING_MAX_ARTICULATION_WORK 5e8

/* E-I counts and indices over a set of ties (whole network, group, node). */
typedef struct il_ei {
    double ties_in, ties_out;       /* ties inside / between groups */
    double weight_in, weight_out;   /* their summed strengths */
    double ei, ei_weighted;         /* (E - I) / (E + I); NaN without ties */
    double expected;                /* under random mixing (possible pairs) */
    double rescaled;                /* NaN when undefined */
} il_ei_t;

typedef struct il_coupling_group {
    il_ei_t ei;
    igraph_integer_t size, bridging;    /* members; members with ties outside */
    double density, weighted_density;   /* inside the group; NaN for one member */
    double coupling_share;              /* weight_out / (weight_in + weight_out) */
    il_coupling_reading_t reading;
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

typedef struct il_coupling {
    igraph_integer_t n, k;
    igraph_bool_t directed;
    igraph_matrix_t ties, weight, density, weighted_density;   /* k x k, from row to column */
    il_ei_t whole;
    double p_greater, p_less;           /* P(EI_perm >= EI), P(EI_perm <= EI) */
    double p_greater_weighted, p_less_weighted;
    igraph_integer_t permutations;
    double cohesion;                    /* threshold used for the plane */
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

/* Free a coupling result; accepts a zero-filled one. */
void il_coupling_destroy(il_coupling_t *res);

/* E-I of the whole network for a membership vector (used by the permutation test). */
void il_ei_whole(const il_graph_t *g, const igraph_integer_t *membership, il_ei_t *ei);

typedef struct il_mixing {
    igraph_integer_t k;
    igraph_bool_t directed;
    igraph_matrix_t ties, weight;       /* k x k: undirected symmetric, ties counted once per cell */
    igraph_matrix_t e, e_weighted;      /* k x k: shares of tie ends (networkx mixing matrix) */
    double assortativity, assortativity_weighted;
    double ties_total, weight_total;
} il_mixing_t;

/* Mixing matrix and nominal assortativity (unweighted and weighted). */
igraph_error_t il_mixing(const il_graph_t *g, const il_partition_t *p, il_mixing_t *res);

/* Free a mixing result; accepts a zero-filled one. */
void il_mixing_destroy(il_mixing_t *res);

/* Gould-Fernandez roles, in sna's order. */
enum { IL_BROKER_COORDINATOR = 0, IL_BROKER_ITINERANT, IL_BROKER_REPRESENTATIVE,
       IL_BROKER_GATEKEEPER, IL_BROKER_LIAISON, IL_BROKER_TOTAL, IL_BROKER_ROLES
     };

/* "coordinator", "itinerant", ... "total". */
const char *il_broker_role_name(int role);

typedef struct il_brokerage {
    igraph_integer_t n, k, arcs;    /* arcs: directed ties, both directions when undirected */
    double density;                 /* arcs / (n(n-1)) */
    igraph_matrix_t raw, expected, sd, z;       /* n x 6 */
    igraph_matrix_t group_expected, group_sd;   /* k x 6 */
    double global_raw[IL_BROKER_ROLES], global_expected[IL_BROKER_ROLES];
    double global_sd[IL_BROKER_ROLES], global_z[IL_BROKER_ROLES];
} il_brokerage_t;

/* Gould-Fernandez brokerage with sna::brokerage's expectations and z-scores. */
igraph_error_t il_brokerage(const il_graph_t *g, const il_partition_t *p, il_brokerage_t *res);

/* Free a brokerage result; accepts a zero-filled one. */
void il_brokerage_destroy(il_brokerage_t *res);
/* ---- Communities -------------------------------------------------------- */

/* Community detection methods (igraph 0.10.2 functions in docs). */
typedef enum il_comm_method {
    IL_COMM_LEIDEN = 0,             /* igraph_community_leiden, to convergence */
    IL_COMM_LOUVAIN,                /* igraph_community_multilevel */
    IL_COMM_INFOMAP,                /* igraph_community_infomap */
    IL_COMM_WALKTRAP,               /* igraph_community_walktrap */
    IL_COMM_FASTGREEDY,             /* igraph_community_fastgreedy */
    IL_COMM_LEADING_EIGENVECTOR,    /* igraph_community_leading_eigenvector */
    IL_COMM_LABELPROP,              /* igraph_community_label_propagation */
    IL_COMM_OPTIMAL                 /* igraph_community_optimal_modularity (GLPK) */
} il_comm_method_t;

/* What Leiden optimises. */
typedef enum il_comm_objective {
    IL_OBJECTIVE_MODULARITY = 0,    /* node weights = strength, resolution gamma/2W */
    IL_OBJECTIVE_CPM                /* constant Potts model, node weights 1 */
} il_comm_objective_t;

/* How a directed graph is made undirected for methods that need it. */
typedef enum il_symmetrize {
    IL_SYMMETRIZE_NONE = 0,         /* keep the graph as it is */
    IL_SYMMETRIZE_SUM,              /* u-v strength = w(u->v) + w(v->u) */
    IL_SYMMETRIZE_MAX               /* u-v strength = max(w(u->v), w(v->u)) */
} il_symmetrize_t;

/* Most Leiden iterations per run before giving up on convergence. */
#define IL_LEIDEN_MAX_ITERATIONS 100

typedef struct il_communities_options {
    il_comm_method_t method;
    il_comm_objective_t objective;  /* Leiden only */
    double resolution;              /* gamma: Leiden, Louvain, and modularity */
    double beta;                    /* Leiden randomness (igraph default 0.01) */
    igraph_uint_t seed;             /* run r uses seed + r */
    igraph_integer_t runs;          /* seeded runs of a randomised method */
    igraph_integer_t walktrap_steps;
    il_symmetrize_t symmetrize;
} il_communities_options_t;

#define IL_COMMUNITIES_OPTIONS_INIT \
    { IL_COMM_LEIDEN, IL_OBJECTIVE_MODULARITY, 1.0, 0.01, 42, 10, 4, IL_SYMMETRIZE_NONE }

/* A partition with its quality and per-community figures. Communities are
 * numbered 0..k-1 canonically: by decreasing size, then by smallest vertex. */
typedef struct il_communities {
    igraph_vector_int_t membership;
    igraph_integer_t k;
    igraph_bool_t directed;         /* modularity and figures on a directed graph */
    double total_weight;            /* W of the graph the figures are computed on */
    double modularity;              /* at il_modularity_resolution(); NaN without ties */
    double quality;                 /* what chose the best run (see quality_name) */
    const char *quality_name;       /* "modularity", "cpm" or "codelength" */
    igraph_integer_t runs;          /* runs made (1 for deterministic methods) */
    igraph_integer_t best_run;      /* 0-based; its seed is seed + best_run */
    igraph_integer_t distinct_partitions;   /* among the runs */
    double stability_nmi, stability_ari;    /* mean over run pairs; NaN if runs < 2 */
    igraph_vector_t node_stability;         /* per node; NaN if runs < 2 */
    igraph_integer_t iterations;    /* Leiden: most iterations a run needed */
    igraph_bool_t converged;        /* Leiden: every run stopped changing */
    /* Per community c (length k). */
    igraph_vector_int_t size, internal_ties;
    igraph_vector_t internal_weight, density, conductance, strength;
    igraph_vector_t node_strength;  /* per node (in + out when directed) */
    igraph_vector_int_t order;      /* vertices by community, strength desc, index */
} il_communities_t;

/* Detect communities: opts->runs seeded runs, the best by quality kept. */
igraph_error_t il_communities_detect(const il_graph_t *g, const il_communities_options_t *opts,
                                     il_communities_t *res);

/* Evaluate a given membership (values 0..k-1): modularity and figures. */
igraph_error_t il_communities_evaluate(const il_graph_t *g, const il_communities_options_t *opts,
                                       const igraph_vector_int_t *membership,
                                       il_communities_t *res);

/* Gamma of the reported modularity: the resolution, or 1 for Leiden CPM. */
double il_modularity_resolution(const il_communities_options_t *opts);

/* Free a result; accepts a zero-filled one. */
void il_communities_destroy(il_communities_t *res);

/* Renumber a membership canonically (decreasing size, then smallest vertex);
 * *k receives the number of communities. */
igraph_error_t il_membership_canonical(igraph_vector_int_t *membership, igraph_integer_t *k);

/* Per node, the share of runs (rows of \p runs) in which more than half of
 * its core members (the others in its community of \p best) share its
 * community; a node alone in \p best counts when it is alone in the run. */
igraph_error_t il_communities_node_stability(const igraph_vector_int_t *best,
                                             const igraph_matrix_int_t *runs,
                                             igraph_vector_t *res);

/* NMI, ARI and VI of two memberships of the same nodes. */
typedef struct il_partition_comparison {
    double nmi, ari, vi;
} il_partition_comparison_t;

igraph_error_t il_partition_compare(const igraph_vector_int_t *a, const igraph_vector_int_t *b,
                                    il_partition_comparison_t *res);

/* Cross-tabulation: tab[i][j] = nodes in group i of a and group j of b. */
igraph_error_t il_partition_crosstab(const igraph_vector_int_t *a, igraph_integer_t ka,
                                     const igraph_vector_int_t *b, igraph_integer_t kb,
                                     igraph_matrix_int_t *tab);

/* 1 when node attribute column \p col looks categorical (see docs). */
int il_vattr_is_categorical(const il_graph_t *g, size_t col);

/* Method names: "leiden", "louvain", ...; parse returns 1 on success. */
const char *il_comm_method_name(il_comm_method_t m);
int il_comm_method_parse(const char *name, il_comm_method_t *m);
/* 1 when the method is randomised (several runs make sense). */
int il_comm_method_randomised(il_comm_method_t m);
const char *il_symmetrize_name(il_symmetrize_t s);
/* ---- Pictures: layouts, degree, group graph, coupling plane ------------ */

/* How node positions are found. */
typedef enum il_layout_kind {
    IL_LAYOUT_AUTO = 0,     /* FR up to IL_LAYOUT_FR_MAX nodes, DrL above */
    IL_LAYOUT_FR,           /* Fruchterman-Reingold, weighted, seeded */
    IL_LAYOUT_DRL,          /* DrL (OpenOrd), weighted, seeded */
    IL_LAYOUT_GEO           /* the lat/lon node columns */
} il_layout_kind_t;

#define IL_LAYOUT_FR_MAX 1000

/* Positions (n x 2, y pointing up) from a seeded layout; *used says which
 * layout ran. Geo: x = lon cos(mean lat), y = lat; NaN where missing. */
igraph_error_t il_layout(const il_graph_t *g, il_layout_kind_t kind, igraph_uint_t seed,
                         igraph_matrix_t *xy, il_layout_kind_t *used);

/* "fruchterman-reingold", "drl" or "geo". */
const char *il_layout_name(il_layout_kind_t kind);

/* Degree (distinct neighbours, in + out when directed) and strength of
 * every node, as doubles for outputs. */
igraph_error_t il_degree_strength(const il_graph_t *g, igraph_vector_t *degree,
                                  igraph_vector_t *strength);

/* The group-level graph: one node per group (id = group name, node
 * attribute `members`), one tie per pair of groups with the summed tie
 * strength between them; ties inside a group are left out. */
igraph_error_t il_group_graph(const il_graph_t *g, const il_partition_t *p, il_graph_t *out);

/* The loose-coupling plane (Weick 1976; Orton & Weick 1990): per group,
 * internal cohesion = weighted density inside the group (sum of tie
 * strengths inside / possible pairs, NaN for one-node groups) and
 * external coupling = share of the tie strength touching the group that
 * leaves it (NaN for a group without ties); the numbers of il_coupling(). */
typedef struct il_plane {
    igraph_vector_t internal_density;
    igraph_vector_t external_share;
    igraph_vector_t internal_weight;    /* sum of w inside the group */
    igraph_vector_t external_weight;    /* sum of w on ties leaving the group */
} il_plane_t;

igraph_error_t il_coupling_plane(const il_graph_t *g, const il_partition_t *p,
                                 il_plane_t *res);

/* Free a plane; accepts a zero-filled one. */
void il_plane_destroy(il_plane_t *res);

/* ---- Centrality: who matters ------------------------------------------- */

/* The measures of `innolink centrality` (what --measures names). */
typedef enum il_measure {
    IL_MEASURE_DEGREE = 0, IL_MEASURE_STRENGTH, IL_MEASURE_BETWEENNESS,
    IL_MEASURE_CLOSENESS, IL_MEASURE_HARMONIC, IL_MEASURE_EIGENVECTOR,
    IL_MEASURE_PAGERANK, IL_MEASURE_HUB, IL_MEASURE_AUTHORITY,
    IL_MEASURE_CONSTRAINT, IL_MEASURE_EFFECTIVE_SIZE, IL_MEASURE_EFFICIENCY,
    IL_MEASURE_HIERARCHY, IL_MEASURE_CORENESS, IL_MEASURE_CLUSTERING,
    IL_MEASURE_COUNT
} il_measure_t;

/* The per-node score columns, in output order. A measure fills one column,
 * or three (total, in, out) for degree and strength in a directed graph. */
typedef enum il_score {
    IL_SCORE_DEGREE = 0, IL_SCORE_IN_DEGREE, IL_SCORE_OUT_DEGREE,
    IL_SCORE_STRENGTH, IL_SCORE_IN_STRENGTH, IL_SCORE_OUT_STRENGTH,
    IL_SCORE_BETWEENNESS, IL_SCORE_CLOSENESS, IL_SCORE_HARMONIC,
    IL_SCORE_EIGENVECTOR, IL_SCORE_PAGERANK, IL_SCORE_HUB, IL_SCORE_AUTHORITY,
    IL_SCORE_CONSTRAINT, IL_SCORE_EFFECTIVE_SIZE, IL_SCORE_EFFICIENCY,
    IL_SCORE_HIERARCHY, IL_SCORE_CORENESS, IL_SCORE_CLUSTERING,
    IL_SCORE_COUNT
} il_score_t;

/* Source blocks of the path measures: fixed by the number of sources alone,
 * so that the result does not depend on the number of worker processes. */
#define IL_PATH_BLOCKS 128

typedef struct il_centrality_options {
    unsigned measures;          /* bits 1u << il_measure_t; 0: all that apply */
    il_distance_t path_weight;  /* lengths for betweenness, closeness, harmonic */
    igraph_bool_t raw;          /* unnormalised betweenness */
    igraph_integer_t jobs;      /* worker processes for the path measures (>= 1) */
    igraph_integer_t samples;   /* 0: exact betweenness; K: K sampled sources */
    igraph_uint_t seed;         /* for the sampled sources */
} il_centrality_options_t;

#define IL_CENTRALITY_OPTIONS_INIT { 0, IL_DIST_INVERSE, 0, 1, 0, 42 }

typedef struct il_centrality {
    igraph_integer_t nodes;
    igraph_bool_t directed;
    unsigned measures;                  /* the measures computed */
    unsigned char has[IL_SCORE_COUNT];  /* 1: score[c] holds one value per node */
    igraph_vector_t score[IL_SCORE_COUNT];
    /* Whole-network figures; NaN when not computed or undefined. */
    double degree_centralization, betweenness_centralization;
    double closeness_centralization, eigenvector_centralization;
    double strength_gini;
    igraph_integer_t betweenness_sources;   /* sources used (nodes when exact) */
    igraph_integer_t jobs;                  /* worker processes used */
} il_centrality_t;

/* "degree", "betweenness", ... / "in_degree", "out_strength", ... */
const char *il_measure_name(il_measure_t m);
const char *il_score_name(il_score_t c);

/* Parse a measure name: 1 and *m, else 0. */
int il_measure_parse(const char *name, il_measure_t *m);

/* Parse a score column name (a measure name or in_/out_ degree/strength). */
int il_score_parse(const char *name, il_score_t *c);

/* 1 if measure \p m is defined for a (un)directed graph (hub and authority
 * need a directed one). */
int il_measure_applies(il_measure_t m, igraph_bool_t directed);

/* Per-node centrality and structural-hole measures and whole-network
 * centralization (docs/metrics-centrality.md); may fork worker processes. */
igraph_error_t il_centrality(const il_graph_t *g, const il_centrality_options_t *opts,
                             il_centrality_t *res);

/* Free a result; accepts a zero-filled one. */
void il_centrality_destroy(il_centrality_t *res);

/* Betweenness (raw), closeness (Wasserman-Faust) and harmonic (/(n-1))
 * from the sources in \p sources (NULL: every node), split into blocks
 * over \p jobs worker processes. Any output may be NULL. Closeness and
 * harmonic are filled for the sources only (others untouched). */
igraph_error_t il_path_centrality(const igraph_t *graph, const igraph_vector_t *lengths,
                                  const igraph_vector_int_t *sources, igraph_integer_t jobs,
                                  igraph_vector_t *betweenness, igraph_vector_t *closeness,
                                  igraph_vector_t *harmonic);

/* Burt's effective size, efficiency, hierarchy (whole-network model,
 * weighted, PEERS.md 4.4) and the aggregate constraint they rest on. Any
 * output may be NULL; isolates get NaN. */
igraph_error_t il_structural_holes(const il_graph_t *g, igraph_vector_t *effective_size,
                                   igraph_vector_t *efficiency, igraph_vector_t *hierarchy,
                                   igraph_vector_t *constraint);

/* Gini coefficient of the values (>= 0): NaN when empty or all zero. */
double il_gini(const igraph_vector_t *values);

#ifdef __cplusplus
}
#endif

#endif /* IL_ANALYSIS_H */
