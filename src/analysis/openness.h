/*
 * Openness of regions (--by REGION, --scope COL): the share of each
 * region's, each wider area's and each actor's ties that stay inside the
 * region, reach other regions of the same area, or reach abroad; the E-I
 * index of each level; and with coordinates, ties by distance band and the
 * slope of a distance-decay fit (analysis/openness.c,
 * docs/metrics-openness.md).
 */
#ifndef IL_ANALYSIS_OPENNESS_H
#define IL_ANALYSIS_OPENNESS_H

#include "core/compat.h"
#include "model/graph.h"

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Options ---------------------------------------------------------------- */

/* Most distance bands (--bands). */
#define IL_OPENNESS_MAX_BANDS 32

/* The upper bounds (km) of the default bands: 0-10, 10-50, 50-100,
 * 100-500, 500-1000, 1000 and more. */
#define IL_OPENNESS_DEFAULT_BANDS "10,50,100,500,1000"

/* What openness reads: the region and scope node columns, the coordinates
 * and the distance bands. */
typedef struct il_openness_options {
    const char *region_attr;    /* --by: the region of each node (required) */
    const char *scope_attr;     /* --scope: a wider area (a country); NULL: none */
    const char *lat_attr;       /* --lat: NULL reads `lat` when both `lat` and `lon` exist */
    const char *lon_attr;       /* --lon: NULL reads `lon` likewise */
    double bands[IL_OPENNESS_MAX_BANDS];    /* upper bounds in km, increasing, > 0 */
    int nbands;                 /* 0: IL_OPENNESS_DEFAULT_BANDS */
    double max_pairs;           /* node pairs measured for tie probability; above: skipped */
} il_openness_options_t;

#define IL_OPENNESS_OPTIONS_INIT { \
        .region_attr = NULL, .scope_attr = NULL, .lat_attr = NULL, .lon_attr = NULL, \
        .bands = { 0 }, .nbands = 0, .max_pairs = 1e8 }

/* ---- Results ---------------------------------------------------------------- */

/* Where a tie goes, seen from its ends' regions and scopes. Without a scope
 * only INSIDE, NATIONAL (read "outside": another region) and UNKNOWN occur. */
typedef enum il_open_class {
    IL_OPEN_INSIDE = 0,     /* both ends in the same region */
    IL_OPEN_NATIONAL,       /* same scope, different regions (no scope: different regions) */
    IL_OPEN_UNPLACED,       /* same scope, a region missing */
    IL_OPEN_ABROAD,         /* different scopes */
    IL_OPEN_UNKNOWN,        /* a scope missing (no scope: a region missing) */
    IL_OPEN_CLASSES
} il_open_class_t;

/* Ties and tie weight of one region, area, actor or the network by class. */
typedef struct il_openness_row {
    double ties[IL_OPEN_CLASSES], weight[IL_OPEN_CLASSES];
    double ties_total, weight_total;
    double share[IL_OPEN_CLASSES], weight_share[IL_OPEN_CLASSES];   /* of the totals */
    double ei_region, ei_region_weighted;   /* I: inside; E: national + abroad */
    double ei_scope, ei_scope_weighted;     /* I: inside + national + unplaced; E: abroad */
} il_openness_row_t;

/* A region (scope value and region value) or a scope (region 0). */
typedef struct il_openness_place {
    uint32_t scope, region;     /* value ids in the node columns; 0 is empty */
    igraph_integer_t nodes;
    il_openness_row_t row;
} il_openness_place_t;

/* One distance band [lo, hi) in km. */
typedef struct il_openness_band {
    double lo, hi;              /* hi is INFINITY for the last band */
    double ties, weight;        /* ties whose ends both have coordinates */
    double pairs;               /* node pairs with coordinates (ordered when directed);
                                 * NaN: not counted */
    double pair_distance;       /* mean distance of those pairs; NaN without pairs */
    double tie_distance;        /* mean distance of the ties; NaN without ties */
    double probability;         /* ties / pairs */
    double weight_per_pair;     /* weight / pairs */
} il_openness_band_t;

/* Least-squares line y = intercept + slope * ln(pair_distance) over the
 * bands with ties (and pairs and a positive distance). */
typedef struct il_decay_fit {
    double slope, intercept, r2;
    igraph_integer_t points;    /* bands used; slope is NaN below 2 */
} il_decay_fit_t;

/* Openness of every region, scope and actor, and the distance decay. */
typedef struct il_openness {
    int has_scope;
    long region_col, scope_col;         /* node attribute columns (scope: -1) */
    igraph_bool_t directed;
    il_openness_row_t network;
    il_openness_place_t *region;        /* nregions, by scope then region (byte order) */
    igraph_integer_t nregions;
    il_openness_place_t *scope;         /* nscopes, byte order; NULL without a scope */
    igraph_integer_t nscopes;
    il_openness_row_t *node;            /* one per node */
    igraph_integer_t n;
    /* distance (has_coords) */
    int has_coords;
    long lat_col, lon_col;
    igraph_integer_t nodes_with_coords;
    double ties_with_distance;
    double mean_tie_distance, mean_tie_distance_weighted;
    int pairs_counted;                  /* 0: more pairs than max_pairs */
    double pairs_with_coords;
    il_openness_band_t *band;
    int nbands;
    il_decay_fit_t decay, decay_weighted;   /* ln probability, ln weight per pair */
} il_openness_t;

/* Openness of the regions of \p g. */
igraph_error_t il_openness(const il_graph_t *g, const il_openness_options_t *o,
                           il_openness_t *res);

/* Free a result; accepts a zero-filled one. */
void il_openness_destroy(il_openness_t *res);

/* Parse --bands: comma-separated increasing upper bounds in km (> 0). 1 on
 * success, else 0 with what was expected in \p why. */
int il_openness_parse_bands(const char *text, il_openness_options_t *o, char *why,
                            size_t size);

/* Great-circle distance in km between two points in decimal degrees
 * (haversine, mean Earth radius 6371.0088 km). */
double il_great_circle_km(double lat1, double lon1, double lat2, double lon2);

#ifdef __cplusplus
}
#endif

#endif /* IL_ANALYSIS_OPENNESS_H */
