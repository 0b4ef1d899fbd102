/*
 * Report sections of backbones (docs/metrics-backbones.md): the `backbone`
 * command's judged ties with their p-values, the record every command's
 * `input` carries when it ran on a backbone, and the affiliation options
 * (events table, event filter, cap on event size) in the same record.
 */
#include "report/report.h"
#include "report/report_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static cJSON *new_row(cJSON *rows)
{
    cJSON *row = cJSON_CreateObject();
    if (row) {
        cJSON_AddItemToArray(rows, row);
    }
    return row;
}

static double share(double part, double whole)
{
    return whole > 0 ? part / whole : NAN;
}

/* The test a method applies, in words, for records and tables. */
static const char *test_of(const char *method)
{
    if (strcmp(method, "sdsm") == 0) {
        return "stochastic degree sequence model (Neal 2014) with the membership "
               "probabilities of the bipartite configuration model fitted to actor degrees "
               "and event sizes (Saracco et al. 2017): p = P(shared events >= observed), one-"
               "sided, exact Poisson binomial";
    }
    return "disparity filter (Serrano, Boguñá and Vespignani 2009): alpha_ij = (1 - "
           "w_ij/s_i)^(k_i - 1) seen from each end (1 for an end of degree 1), p = the "
           "smaller of the two";
}

/* What a kept tie means under a correction, for records and tables. */
static const char *caveat_of(const char *correction)
{
    if (strcmp(correction, "none") == 0) {
        return "p-values are per tie, without correction for multiple tests: the null model "
               "alone would keep about expected_false_positives ties (compare with "
               "ties_kept); --backbone-correction holm bounds the chance of keeping any tie by "
               "chance by alpha";
    }
    return "ties are kept when their adjusted p-value (p_adjusted) is below alpha: the "
           "chance that any kept tie is kept by chance alone is at most alpha (family-wise "
           "error rate)";
}

/* The shares kept, as scalars of \p obj. */
static igraph_error_t kept_scalars(cJSON *obj, double nodes, double nodes_kept, double ties,
                                   double ties_kept, double weight, double weight_kept,
                                   double tested, double family, double expected,
                                   const char *correction)
{
    IGRAPH_CHECK(il_report_string(obj, "correction", correction));
    IGRAPH_CHECK(il_report_number(obj, "nodes", nodes));
    IGRAPH_CHECK(il_report_number(obj, "nodes_kept", nodes_kept));
    IGRAPH_CHECK(il_report_number(obj, "nodes_kept_share", share(nodes_kept, nodes)));
    IGRAPH_CHECK(il_report_number(obj, "ties", ties));
    IGRAPH_CHECK(il_report_number(obj, "ties_kept", ties_kept));
    IGRAPH_CHECK(il_report_number(obj, "ties_kept_share", share(ties_kept, ties)));
    IGRAPH_CHECK(il_report_number(obj, "weight", weight));
    IGRAPH_CHECK(il_report_number(obj, "weight_kept", weight_kept));
    IGRAPH_CHECK(il_report_number(obj, "weight_kept_share", share(weight_kept, weight)));
    IGRAPH_CHECK(il_report_number(obj, "ties_tested", tested));
    IGRAPH_CHECK(il_report_number(obj, "hypotheses", family));
    IGRAPH_CHECK(il_report_number(obj, "expected_false_positives",
                                  strcmp(correction, "none") == 0 ? expected : NAN));
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_report_input_extra
 * \brief The affiliation options and the backbone record of `input`.
 *
 * With --affiliation: the events table, its id column and --event-where,
 * the cap on event size and what it did, and the events loaded. With a
 * backbone: `backbone` {method, alpha, test, shares of nodes, ties and
 * weight kept (before --ego), ties tested, expected false positives,
 * caveat, the edge column holding each kept tie's p-value}.
 * \return IGRAPH_ENOMEM.
 */
igraph_error_t il_i_report_input_extra(cJSON *in, const il_load_options_t *o,
                                       const il_graph_t *g)
{
    const il_load_info_t *i = &g->info;
    if (o->affiliation) {
        cJSON *ew;
        size_t k;
        IGRAPH_CHECK(il_report_string(in, "events_table", o->events_path));
        if (o->events_path) {
            IGRAPH_CHECK(il_report_string(in, "event_id_column",
                                          o->event_id_col ? o->event_id_col : "event or id"));
        }
        CHECK_ITEM(ew = cJSON_AddArrayToObject(in, "event_where"));
        for (k = 0; k < o->nevent_where; k++) {
            cJSON *s = cJSON_CreateString(o->event_where[k].text);
            CHECK_ITEM(s);
            cJSON_AddItemToArray(ew, s);
        }
        if (o->max_event_size > 0) {
            IGRAPH_CHECK(il_report_number(in, "max_event_size", (double) o->max_event_size));
            IGRAPH_CHECK(il_report_string(in, "large_events", il_large_events_name(
                                              o->large_events)));
        } else {
            IGRAPH_CHECK(il_report_string(in, "max_event_size", NULL));
        }
        IGRAPH_CHECK(il_report_number(in, "events", (double) i->events));
        IGRAPH_CHECK(il_report_number(in, "events_filtered", (double) i->events_filtered));
        IGRAPH_CHECK(il_report_number(in, "memberships_filtered",
                                      (double) i->memberships_filtered));
        IGRAPH_CHECK(il_report_number(in, "events_capped", (double) i->events_capped));
        IGRAPH_CHECK(il_report_number(in, "memberships_capped", (double) i->memberships_capped));
    }
    if (i->backbone) {
        cJSON *b = cJSON_AddObjectToObject(in, "backbone");
        CHECK_ITEM(b);
        IGRAPH_CHECK(il_report_string(b, "method", i->backbone));
        IGRAPH_CHECK(il_report_number(b, "alpha", i->backbone_alpha));
        IGRAPH_CHECK(il_report_string(b, "test", test_of(i->backbone)));
        IGRAPH_CHECK(kept_scalars(b, (double) i->backbone_nodes, (double) i->backbone_nodes_kept,
                                  (double) i->backbone_ties, (double) i->backbone_ties_kept,
                                  i->backbone_weight, i->backbone_weight_kept,
                                  (double) i->backbone_tested, i->backbone_family,
                                  i->backbone_expected,
                                  i->backbone_correction ? i->backbone_correction : "none"));
        IGRAPH_CHECK(il_report_string(b, "p_value_column", "backbone_p (adjusted when a "
                                      "correction is given)"));
        IGRAPH_CHECK(il_report_string(b, "caveat", caveat_of(i->backbone_correction
                                                             ? i->backbone_correction : "none")));
    }
    return IGRAPH_SUCCESS;
}

typedef struct judged {
    double p;
    igraph_integer_t e;
} judged_t;

static int cmp_judged(const void *a, const void *b)
{
    const judged_t *x = a, *y = b;
    int nx = isnan(x->p), ny = isnan(y->p);
    if (nx != ny) {
        return nx - ny;     /* NaN last */
    }
    if (!nx && x->p != y->p) {
        return x->p < y->p ? -1 : 1;
    }
    return (x->e > y->e) - (x->e < y->e);
}

/**
 * \function il_report_add_backbone
 * \brief Add a backbone: its scalars, the `ties` table (kept ties, or every
 *        tie with \p all, smallest p-value first) and the parameters.
 *
 * \param g    The input graph the ties of \p b belong to.
 * \param top  List the first \p top rows only (0: all).
 * \return IGRAPH_ENOMEM. Time complexity: O(m log m).
 */
igraph_error_t il_report_add_backbone(il_report_t *r, const il_graph_t *g,
                                      const il_backbone_t *b, int all, igraph_integer_t top)
{
    const char *method = il_backbone_method_name(b->method);
    const char *correction = il_correction_name(b->correction);
    int sdsm = b->method == IL_BACKBONE_SDSM, adjusted = b->correction != IL_CORRECTION_NONE;
    igraph_integer_t m = il_graph_ecount(g), e, k = 0;
    judged_t *order;
    cJSON *rows, *row, *par;

    IGRAPH_CHECK(il_report_string(r->root, "method", method));
    IGRAPH_CHECK(il_report_number(r->root, "alpha", b->alpha));
    IGRAPH_CHECK(kept_scalars(r->root, (double) b->nodes, (double) b->nodes_kept +
                              (double) (b->nodes - b->nodes_with_ties), (double) b->ties,
                              (double) b->ties_kept, b->weight, b->weight_kept,
                              (double) b->tested, b->family, b->expected_kept, correction));
    IGRAPH_CHECK(il_report_bool(r->root, "directed", g->directed));
    if (sdsm) {
        IGRAPH_CHECK(il_report_number(r->root, "bicm_rounds", (double) b->rounds));
        IGRAPH_CHECK(il_report_number(r->root, "bicm_degree_error", b->degree_error));
    }
    order = malloc(((size_t) m + 1) * sizeof *order);
    IGRAPH_CHECK_OOM(order, "Out of memory building the report.");
    IGRAPH_FINALLY(igraph_free, order);
    for (e = 0; e < m; e++) {
        if (all || b->keep[e]) {
            order[k].p = VECTOR(b->p_value)[e];
            order[k].e = e;
            k++;
        }
    }
    qsort(order, (size_t) k, sizeof *order, cmp_judged);
    if (top > 0 && top < k) {
        k = top;
    }
    CHECK_ITEM(rows = cJSON_AddArrayToObject(r->root, "ties_table"));
    for (e = 0; e < k; e++) {
        igraph_integer_t t = order[e].e;
        igraph_integer_t a = IGRAPH_FROM(&g->graph, t), c = IGRAPH_TO(&g->graph, t);
        double sa = VECTOR(b->score_a)[t], sb = VECTOR(b->score_b)[t];
        if (!g->directed && a > c) {    /* the node met first in the input first */
            igraph_integer_t x = a;
            a = c;
            c = x;
            if (!sdsm) {
                double y = sa;
                sa = sb;
                sb = y;
            }
        }
        CHECK_ITEM(row = new_row(rows));
        IGRAPH_CHECK(il_report_string(row, "source", il_graph_vertex_id(g, a)));
        IGRAPH_CHECK(il_report_string(row, "target", il_graph_vertex_id(g, c)));
        IGRAPH_CHECK(il_report_number(row, "weight", VECTOR(g->weight)[t]));
        IGRAPH_CHECK(il_report_number(row, "p_value", VECTOR(b->p_value)[t]));
        if (adjusted) {
            IGRAPH_CHECK(il_report_number(row, "p_adjusted", VECTOR(b->p_adjusted)[t]));
        }
        if (sdsm) {
            IGRAPH_CHECK(il_report_number(row, "shared_events", sa));
            IGRAPH_CHECK(il_report_number(row, "expected_shared", sb));
        } else {
            IGRAPH_CHECK(il_report_number(row, "alpha_source", sa));
            IGRAPH_CHECK(il_report_number(row, "alpha_target", sb));
        }
        if (all) {
            IGRAPH_CHECK(il_report_bool(row, "kept", b->keep[t]));
        }
    }
    igraph_free(order);
    IGRAPH_FINALLY_CLEAN(1);
    CHECK_ITEM(par = il_report_parameters(r));
    IGRAPH_CHECK(il_report_string(par, "method", method));
    IGRAPH_CHECK(il_report_number(par, "alpha", b->alpha));
    IGRAPH_CHECK(il_report_string(par, "test", test_of(method)));
    IGRAPH_CHECK(il_report_string(par, "correction", correction));
    IGRAPH_CHECK(il_report_string(par, "kept", adjusted
                                  ? "ties with p_adjusted < alpha (Holm or Bonferroni over "
                                  "ties_tested); nodes_kept counts nodes with a kept tie and "
                                  "nodes that had no tie"
                                  : "ties with p_value < alpha; nodes_kept counts nodes with "
                                  "a kept tie and nodes that had no tie"));
    IGRAPH_CHECK(il_report_string(par, "listed", all ? "every tie, smallest p-value first"
                                  : "the kept ties, smallest p-value first"));
    if (top > 0) {
        IGRAPH_CHECK(il_report_number(par, "top", (double) top));
    }
    IGRAPH_CHECK(il_report_string(par, "caveat", caveat_of(correction)));
    r->table = "ties_table";
    return IGRAPH_SUCCESS;
}
