/*
 * Null-model tests in a report (docs/metrics-inference.md): one row per
 * tested statistic with the observed value, the null's mean and standard
 * deviation, z, both one-sided p-values, the two-sided p and the
 * percentile, and the null model, samples and seed that gave them; and in
 * `parameters` a description of every null model that ran with its
 * mixing check.
 */
#include "report/report.h"
#include "report/report_internal.h"

#include <stdio.h>
#include <string.h>

/**
 * \function il_report_test_scope
 * \brief What a tested statistic is about, as a report names it: "network",
 *        a group's name, "A / B" (a block; "A -> B" directed), a node id or
 *        "k = 3" (rich club).
 */
void il_report_test_scope(const il_null_stat_t *s, const il_graph_t *g,
                          const il_partition_t *p, char *buf, size_t size)
{
    switch (s->subject) {
    case IL_SUBJECT_GROUP:
        snprintf(buf, size, "%s", p ? il_partition_name(p, s->a) : "?");
        break;
    case IL_SUBJECT_PAIR:
        snprintf(buf, size, "%s %s %s", p ? il_partition_name(p, s->a) : "?",
                 g->directed ? "->" : "/", p ? il_partition_name(p, s->b) : "?");
        break;
    case IL_SUBJECT_NODE:
        snprintf(buf, size, "%s", il_graph_vertex_id(g, s->a));
        break;
    case IL_SUBJECT_DEGREE:
        snprintf(buf, size, "k = %ld", (long) s->a);
        break;
    default:
        snprintf(buf, size, "network");
        break;
    }
}

/**
 * \function il_report_test_statistic
 * \brief The statistic's name as a report prints it: its name, with the
 *        brokerage role appended ("brokerage_total").
 */
void il_report_test_statistic(const il_null_stat_t *s, char *buf, size_t size)
{
    if (s->role >= 0) {
        snprintf(buf, size, "%s_%s", s->name, il_broker_role_name(s->role));
    } else {
        snprintf(buf, size, "%s", s->name);
    }
}

/**
 * \function il_report_test_row
 * \brief Add the test of statistic \p i of \p t to the row object \p row:
 *        observed, null_mean, null_sd, z, p_greater, p_less, p_two_sided,
 *        percentile, samples (in which it was defined), null, seed, and
 *        swaps_per_tie (the degree null's; NaN for the others).
 */
igraph_error_t il_report_test_row(cJSON *row, const il_null_tests_t *t, igraph_integer_t i)
{
    const il_null_stat_t *s = &t->stat[i];
    IGRAPH_CHECK(il_report_number(row, "observed", VECTOR(t->observed)[i]));
    IGRAPH_CHECK(il_report_number(row, "null_mean", VECTOR(t->mean)[i]));
    IGRAPH_CHECK(il_report_number(row, "null_sd", VECTOR(t->sd)[i]));
    IGRAPH_CHECK(il_report_number(row, "z", VECTOR(t->z)[i]));
    IGRAPH_CHECK(il_report_number(row, "p_greater", VECTOR(t->p_greater)[i]));
    IGRAPH_CHECK(il_report_number(row, "p_less", VECTOR(t->p_less)[i]));
    IGRAPH_CHECK(il_report_number(row, "p_two_sided", VECTOR(t->p_two)[i]));
    IGRAPH_CHECK(il_report_number(row, "percentile", VECTOR(t->percentile)[i]));
    IGRAPH_CHECK(il_report_number(row, "samples", (double) VECTOR(t->defined)[i]));
    IGRAPH_CHECK(il_report_string(row, "null", il_null_model_name(s->model)));
    IGRAPH_CHECK(il_report_number(row, "seed", (double) t->opts.seed));
    IGRAPH_CHECK(il_report_number(row, "swaps_per_tie", s->model == IL_NULL_DEGREE
                                  ? t->opts.swaps_per_edge : NAN));
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_add_null_parameters
 * \brief Record in `parameters.null_models` every null model that ran: its
 *        description, samples, seed, swaps per tie and where the strengths
 *        went (degree-preserving rewiring), the mixing check, and how p is
 *        computed. Does nothing when no test ran.
 */
igraph_error_t il_report_add_null_parameters(il_report_t *r, const il_null_tests_t *t)
{
    cJSON *par, *models, *m;
    int k, any = 0;
    for (k = 0; k < IL_NULL_MODELS; k++) {
        any |= t->run[k].done;
    }
    CHECK_ITEM(par = il_report_parameters(r));
    if (!any) {
        IGRAPH_CHECK(il_report_string(par, "null_models", t->opts.samples > 0 ? "none needed" :
                                      "no test (samples 0): every reading is indeterminate"));
        return IGRAPH_SUCCESS;
    }
    CHECK_ITEM(models = cJSON_AddObjectToObject(par, "null_models"));
    for (k = 0; k < IL_NULL_MODELS; k++) {
        const il_null_run_t *run = &t->run[k];
        if (!run->done) {
            continue;
        }
        CHECK_ITEM(m = cJSON_AddObjectToObject(models, il_null_model_name((il_null_model_t) k)));
        IGRAPH_CHECK(il_report_string(m, "model", il_null_model_describe((il_null_model_t) k,
                                                                         run->weights)));
        IGRAPH_CHECK(il_report_number(m, "samples", (double) run->samples));
        IGRAPH_CHECK(il_report_number(m, "seed", (double) t->opts.seed));
        if (k == IL_NULL_DEGREE) {
            IGRAPH_CHECK(il_report_string(m, "strengths", il_null_weights_name(run->weights)));
            IGRAPH_CHECK(il_report_string(m, "strengths_chosen_by", run->weights_auto
                                          ? "--null-weights auto: travel when strengths each "
                                          "held by a tenth of the ties hold three quarters "
                                          "of them, else permute"
                                          : "--null-weights"));
            IGRAPH_CHECK(il_report_number(m, "swaps_per_tie", t->opts.swaps_per_edge));
            IGRAPH_CHECK(il_report_number(m, "swaps_accepted_per_sample", run->swaps_mean));
            IGRAPH_CHECK(il_report_number(m, "swaps_tried_per_sample", run->attempts_mean));
            IGRAPH_CHECK(il_report_number(m, "ties_retained", run->retained_mean));
            IGRAPH_CHECK(il_report_number(m, "ties_retained_long_chains", run->retained_expected));
            IGRAPH_CHECK(il_report_number(m, "ties_that_cannot_move", run->frozen));
            IGRAPH_CHECK(il_report_bool(m, "mixed", run->mixed));
        } else if (k == IL_NULL_CONFIGURATION) {
            IGRAPH_CHECK(il_report_number(m, "matchings_per_sample", run->tries_mean));
        }
    }
    IGRAPH_CHECK(il_report_string(par, "p_values", "p_greater = (1 + #{null >= observed}) / "
                                  "(1 + samples), p_less likewise, p_two_sided = min(1, 2 "
                                  "min(p_greater, p_less)); percentile = share of null values "
                                  "below the observed one (ties count half)"));
    IGRAPH_CHECK(il_report_number(par, "alpha", t->opts.alpha));
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_add_tests
 * \brief Add the table \p key: one row per statistic of \p family (NULL:
 *        every family) whose null ran, and the null models' parameters.
 *
 * Rows: statistic, scope (il_report_test_scope), then il_report_test_row().
 * Nothing is added when no test ran.
 * \return IGRAPH_ENOMEM.
 *
 * Time complexity: O(statistics).
 */
igraph_error_t il_report_add_tests(il_report_t *r, const char *key, const il_graph_t *g,
                                   const il_partition_t *p, const il_null_tests_t *t,
                                   const char *family)
{
    cJSON *rows, *row;
    igraph_integer_t i;
    char buf[512];
    IGRAPH_CHECK(il_report_add_null_parameters(r, t));
    if (t->opts.samples <= 0) {
        return IGRAPH_SUCCESS;
    }
    CHECK_ITEM(rows = cJSON_AddArrayToObject(r->root, key));
    for (i = 0; i < t->nstat; i++) {
        const il_null_stat_t *s = &t->stat[i];
        if ((family && strcmp(s->family, family) != 0) || !t->run[s->model].done) {
            continue;
        }
        CHECK_ITEM(row = cJSON_CreateObject());
        cJSON_AddItemToArray(rows, row);
        il_report_test_statistic(s, buf, sizeof buf);
        IGRAPH_CHECK(il_report_string(row, "statistic", buf));
        il_report_test_scope(s, g, p, buf, sizeof buf);
        IGRAPH_CHECK(il_report_string(row, "scope", buf));
        IGRAPH_CHECK(il_report_test_row(row, t, i));
    }
    return IGRAPH_SUCCESS;
}
