/*
 * Evaluation designs on a panel of units (groups, or pairs of groups)
 * observed over periods (analysis/did.c): difference-in-differences with a
 * permutation p-value and a test-inversion interval, the event-study
 * series with a pre-trend test, placebo tests at a fake start and on the
 * controls, and a screen for units with trends of their own
 * (docs/metrics-panel.md, "Evaluation designs").
 */
#ifndef IL_ANALYSIS_DID_H
#define IL_ANALYSIS_DID_H

#include "core/compat.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- The design ------------------------------------------------------------ */

/* The outcome of every unit in every period, and who is treated when. */
typedef struct il_did_design {
    igraph_integer_t units, periods;
    const double *y;            /* y[u * periods + k]; NaN: undefined */
    const int *treated;         /* per unit: 1 treated, 0 control, -1 left out */
    const int *post;            /* per period: 1 after the start, 0 before,
                                 * -1 left out (a window across the start) */
} il_did_design_t;

/* Inference and placebo settings. */
typedef struct il_did_options {
    igraph_integer_t permutations;  /* assignments drawn (1000); every one when
                                     * there are no more than this; 0: no inference */
    igraph_uint_t seed;             /* (42) */
    double level;                   /* of the intervals (0.95) */
    igraph_integer_t placebo_start; /* period index of the fake start, before the
                                     * real one; -1: the middle pre-period */
    double flag_z;                  /* modified z-score that flags a unit (3.5) */
} il_did_options_t;

#define IL_DID_OPTIONS_INIT { .permutations = 1000, .seed = 42, .level = 0.95, \
                              .placebo_start = -1, .flag_z = 3.5 }

/* One estimate with its permutation test and interval. */
typedef struct il_did_estimate {
    double estimate;            /* treated minus control mean change; NaN: none */
    double treated_change;      /* mean over treated units of their change */
    double control_change;      /* same over controls; NaN without controls */
    double p_value;             /* two-sided; NaN without inference */
    double low, high;           /* interval (+-inf: unbounded); NaN without inference */
    igraph_integer_t treated, controls;
} il_did_estimate_t;

/* Everything the design gives. */
typedef struct il_did_result {
    /* What was used: units and periods with a defined outcome throughout. */
    int *unit_used;             /* per unit: 1 used; 0 left out by the design;
                                 * -1 dropped: undefined outcome in a used period */
    int *period_used;           /* per period: 1 used; 0 left out (across the start);
                                 * -1 dropped: no unit has an outcome there */
    igraph_integer_t pre, post_periods;     /* used periods before and after */
    igraph_integer_t assignments;   /* treatment assignments behind each p-value */
    int exact;                  /* 1: every assignment was enumerated */
    double level;

    il_did_estimate_t did;      /* mean post minus mean pre, treated minus controls */

    /* Event study: per period, the difference to the reference period. */
    igraph_integer_t reference; /* the last used pre-period, -1 without one */
    il_did_estimate_t *event;   /* per period (NaN where not used) */
    double pretrend_stat;       /* sum of squared pre-period differences */
    double pretrend_p;          /* permutation p; NaN with fewer than 2 pre-periods */

    /* Placebo at a fake start inside the pre-period. */
    igraph_integer_t placebo_start; /* period index; -1 when not possible */
    il_did_estimate_t placebo;

    /* Controls as if treated, one at a time, against the other controls. */
    double *unit_placebo;       /* per unit: estimate (NaN for non-controls) */
    double *unit_placebo_z;     /* modified z-score among the controls */
    double *unit_placebo_p;     /* share of controls with |estimate| at least as large */
    double placebo_rank_p;      /* the real estimate ranked among them */
    /* Pre-period trend of each unit against all the others. */
    double *unit_slope;         /* per unit: slope per period of y_u - mean of others */
    double *unit_slope_z;       /* modified z-score among the used units */
    int *unit_flag;             /* 1: placebo flagged, 2: pre-trend flagged, 3: both */
    igraph_integer_t flagged_controls;
    il_did_estimate_t without_flagged;  /* the DiD without flagged controls */
} il_did_result_t;

/* Estimate the design; \p res zero-filled, destroy with il_did_destroy(). */
igraph_error_t il_did(const il_did_design_t *d, const il_did_options_t *o,
                      il_did_result_t *res);

/* Free a result; accepts a zero-filled one. */
void il_did_destroy(il_did_result_t *res);

/* The modified z-scores (Iglewicz & Hoaglin 1993) of x[i] where use[i]:
 * 0.6745 (x - median) / MAD; NaN elsewhere, or when MAD is 0. */
igraph_error_t il_modified_z(const double *x, const int *use, size_t n, double *z);

#ifdef __cplusplus
}
#endif

#endif /* IL_ANALYSIS_DID_H */
