/*
 * The shape of a network and of each group in it (innolink structure):
 * Borgatti-Everett core-periphery (analysis/coreper.c), the rich club
 * (analysis/richclub.c), Guimera-Amaral roles and the whole analysis
 * (analysis/hubspoke.c), and Markusen's district types
 * (analysis/typology.c).
 */
#ifndef IL_ANALYSIS_STRUCTURE_H
#define IL_ANALYSIS_STRUCTURE_H

#include "core/compat.h"
#include "analysis/partition.h"
#include "model/graph.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Core-periphery (analysis/coreper.c) ------------------------------- */

/* Core-periphery fit of a given core (1 = core) on an undirected simple graph. */
igraph_error_t il_coreper_fit(const igraph_t *graph, const igraph_vector_int_t *core,
                              double *fit);

/* Borgatti-Everett discrete model: best core over \p restarts starts drawn
 * from igraph's default generator (the caller seeds it). */
igraph_error_t il_coreper_discrete(const igraph_t *graph, igraph_integer_t restarts,
                                   igraph_vector_int_t *core, double *fit);

/* Borgatti-Everett continuous model: coreness scaled to max 1 and its fit. */
igraph_error_t il_coreper_continuous(const igraph_t *graph, igraph_integer_t max_sweeps,
                                     igraph_vector_t *coreness, double *fit,
                                     igraph_integer_t *sweeps, igraph_bool_t *converged);

/* ---- Rich club (analysis/richclub.c) ---------------------------------- */

/* Rich-club coefficient by degree k (rows k = 0..K while N_k >= 2). */
typedef struct il_rich_club {
    igraph_vector_int_t nodes;  /* N_k: nodes of degree > k */
    igraph_vector_t edges;      /* E_k: ties among them */
    igraph_vector_t phi;        /* 2 E_k / (N_k (N_k - 1)) */
    igraph_vector_t phi_random; /* mean phi over the rewired ensemble */
    igraph_vector_t rho;        /* phi / phi_random */
    igraph_integer_t rewirings_done;
} il_rich_club_t;

/* Initialise an empty rich-club result. */
igraph_error_t il_rich_club_init(il_rich_club_t *rc);

/* Free a rich-club result. */
void il_rich_club_destroy(il_rich_club_t *rc);

/* phi(k) and its normalisation against degree-preserving rewiring (draws
 * from igraph's default generator: the caller seeds it). */
igraph_error_t il_rich_club(const igraph_t *graph, igraph_integer_t rewirings,
                            igraph_integer_t trials_per_edge, il_rich_club_t *rc);

/* ---- Roles (analysis/hubspoke.c) -------------------------------------- */

/* Guimera-Amaral roles R1..R7 (index 1..7; 0 = none). */
typedef enum il_role {
    IL_ROLE_NONE = 0, IL_ROLE_ULTRA_PERIPHERAL, IL_ROLE_PERIPHERAL, IL_ROLE_CONNECTOR,
    IL_ROLE_KINLESS, IL_ROLE_PROVINCIAL_HUB, IL_ROLE_CONNECTOR_HUB, IL_ROLE_KINLESS_HUB
} il_role_t;

/* The role of a node from its within-group degree z-score and participation. */
il_role_t il_role_classify(double z, double participation);

/* "R1 ultra-peripheral", ... */
const char *il_role_name(il_role_t role);

/* ---- District types (analysis/typology.c) ----------------------------- */

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

/* The four type scores and the type that fits best. */
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

/* What the district type is and is not (every output repeats it). */
#define IL_DISTRICT_CAVEAT                                                            \
    "a reading aid on network evidence alone (who is tied to whom and the sector "  \
    "of the most central nodes), not Markusen's full criteria (ownership, firm "    \
    "size, trade, labour markets)"

/* The hub thresholds of the sensitivity line. */
#define IL_DISTRICT_SENSITIVITY 5
extern const double il_district_hub_z[IL_DISTRICT_SENSITIVITY];

/* ---- The whole analysis (analysis/hubspoke.c) ------------------------- */

/* What il_structure() measures, and how. */
typedef struct il_structure_options {
    double hub_z;                   /* hub: degree or strength z >= this (2.5) */
    igraph_integer_t hub_top;       /* and the top K by degree (0: off) */
    igraph_integer_t restarts;      /* core-periphery starts (10) */
    igraph_integer_t rewirings;     /* rich-club ensemble size (20) */
    igraph_integer_t rewire_trials; /* rewiring trials per tie (10) */
    int skip_continuous;            /* 1: no continuous core-periphery model (its
                                     * values NaN): null samples and the
                                     * sensitivity line need only the district (0) */
    igraph_uint_t seed;             /* core-periphery starts and rewirings (42) */
    const char *group_attr;         /* --by; NULL: the whole network only (NULL) */
    il_empty_group_t empty;         /* nodes without a group value (IL_EMPTY_ERROR) */
    const char *designated_attr;    /* --designated ATTR=VALUE; NULL: none (NULL) */
    const char *designated_value;   /* NULL: any value but "", 0, false, no (NULL) */
    const char *sector_attr;        /* read when present ("sector") */
    const char *public_sectors;     /* comma-separated sector values of public bodies
                                     * (IL_STRUCTURE_PUBLIC_SECTORS) */
} il_structure_options_t;

#define IL_STRUCTURE_PUBLIC_SECTORS "research,university,public,government,institute,military"

#define IL_STRUCTURE_OPTIONS_INIT {                                          \
        .hub_z = 2.5, .hub_top = 0, .restarts = 10, .rewirings = 20,        \
        .rewire_trials = 10, .skip_continuous = 0, .seed = 42,              \
        .group_attr = NULL,                                                 \
        .empty = IL_EMPTY_ERROR, .designated_attr = NULL,                   \
        .designated_value = NULL, .sector_attr = "sector",                  \
        .public_sectors = IL_STRUCTURE_PUBLIC_SECTORS                       \
    }

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
    /* Readings against a null model (il_structure_read; until then
     * indeterminate, "no null test was run"). */
    int district_reading;           /* il_district_kind_t, or -1: indeterminate */
    char district_why[512];         /* the test that decided it, in words */
    int cp_reading;                 /* 1: core-periphery beyond what the degrees give;
                                     * -1: less; 0: indeterminate */
    char cp_why[320];
    int sensitivity[IL_DISTRICT_SENSITIVITY];  /* best type (untested) per --hub-z of
                                     * il_district_hub_z[], -2: not computed */
} il_shape_t;

/* The shape of the network and of each group, per-node values, rich club. */
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

/* The best district type of every scope at each of il_district_hub_z[]
 * (untested; the sensitivity line) into res's shapes. */
igraph_error_t il_structure_sensitivity(const il_graph_t *g, const il_structure_options_t *o,
                                        il_structure_t *res);

/* ---- Readings against a null model (analysis/typology.c) ---------------- */

struct il_null_tests;

/* Read the district type and the core-periphery of every scope from the
 * tests of il_null_tests_add_structure() (full) at level \p alpha. */
void il_structure_read(il_structure_t *res, const struct il_null_tests *t, double alpha);

#ifdef __cplusplus
}
#endif

#endif /* IL_ANALYSIS_STRUCTURE_H */
