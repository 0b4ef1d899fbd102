/*
 * The report of `innolink mrqap`: the fit (R^2, or deviances for the
 * logistic model), the `coefficients` table with QAP p-values and a
 * reading per term, and the parameters that decide the numbers: the test,
 * the permutations, the seed, how dyads and the diagonal are counted, and
 * what each term means (docs/metrics-mrqap.md).
 */
#include "report/report.h"
#include "report/report_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* What term \p name measures, for `parameters.terms`. */
static void term_definition(const char *name, char *buf, size_t size)
{
    if (strcmp(name, "(intercept)") == 0) {
        snprintf(buf, size, "1 for every dyad (the expected outcome when every term is 0)");
    } else if (strncmp(name, "same:", 5) == 0) {
        snprintf(buf, size, "1 when both nodes have the same %s, else 0", name + 5);
    } else if (strncmp(name, "diff:", 5) == 0) {
        snprintf(buf, size, "|%s of one node - %s of the other|", name + 5, name + 5);
    } else if (strcmp(name, "distance") == 0) {
        snprintf(buf, size, "great-circle distance in km between the nodes' lat/lon "
                 "(haversine, R = 6371.0088 km)");
    } else if (strncmp(name, "ties:", 5) == 0) {
        snprintf(buf, size, "tie strength in %s (0 without a tie)", name + 5);
    } else if (strncmp(name, "tied:", 5) == 0) {
        snprintf(buf, size, "1 when %s has the tie, else 0", name + 5);
    } else {
        snprintf(buf, size, "%s", name);
    }
}

/* The reading of one term: its direction and whether the two-sided QAP
 * p-value is below 0.05. */
static void term_reading(const il_mrqap_term_t *t, igraph_integer_t permutations,
                         char *buf, size_t size)
{
    if (permutations == 0 || isnan(t->p_two_sided)) {
        snprintf(buf, size, "not tested (no permutations)");
    } else if (t->p_two_sided < 0.05) {
        snprintf(buf, size, "%s: QAP two-sided p = %.3g < 0.05",
                 t->coef > 0 ? "positive" : "negative", t->p_two_sided);
    } else {
        snprintf(buf, size, "indeterminate: QAP two-sided p = %.3g, not below 0.05",
                 t->p_two_sided);
    }
}

static igraph_error_t add_fit(il_report_t *r, const il_dyads_t *d, const il_mrqap_t *m)
{
    cJSON *root = r->root;
    IGRAPH_CHECK(il_report_string(root, "model", m->model == IL_MRQAP_LOGIT
                                  ? "logistic regression of tie presence (sna::netlogit)"
                                  : "least squares (sna::netlm)"));
    IGRAPH_CHECK(il_report_number(root, "nodes", (double) d->n));
    IGRAPH_CHECK(il_report_number(root, "dyads", (double) m->rows));
    IGRAPH_CHECK(il_report_number(root, "terms", (double) (m->p - 1)));
    if (m->model == IL_MRQAP_LOGIT) {
        IGRAPH_CHECK(il_report_number(root, "tied_share", m->y_mean));
        IGRAPH_CHECK(il_report_number(root, "deviance", m->deviance));
        IGRAPH_CHECK(il_report_number(root, "null_deviance", m->null_deviance));
        IGRAPH_CHECK(il_report_number(root, "mcfadden_r2", m->mcfadden_r2));
        IGRAPH_CHECK(il_report_number(root, "null_deviance_sna", m->null_deviance_half));
        IGRAPH_CHECK(il_report_number(root, "pseudo_r2_sna", m->sna_r2));
        IGRAPH_CHECK(il_report_number(root, "pseudo_r2_sna_df", m->sna_r2_df));
        IGRAPH_CHECK(il_report_number(root, "aic", m->aic));
        IGRAPH_CHECK(il_report_number(root, "bic", m->bic));
        IGRAPH_CHECK(il_report_number(root, "iterations", (double) m->iterations));
    } else {
        IGRAPH_CHECK(il_report_number(root, "r_squared", m->r_squared));
        IGRAPH_CHECK(il_report_number(root, "adj_r_squared", m->adj_r_squared));
        IGRAPH_CHECK(il_report_number(root, "residual_se", m->sigma));
    }
    IGRAPH_CHECK(il_report_number(root, "df_residual", m->df_residual));
    IGRAPH_CHECK(il_report_number(root, "permutations", (double) m->permutations));
    return IGRAPH_SUCCESS;
}

static igraph_error_t add_coefficients(il_report_t *r, const il_dyads_t *d, const il_mrqap_t *m)
{
    cJSON *rows, *row;
    int k;
    char reading[128];
    CHECK_ITEM(rows = cJSON_AddArrayToObject(r->root, "coefficients"));
    for (k = 0; k < m->p; k++) {
        const il_mrqap_term_t *t = &m->term[k];
        CHECK_ITEM(row = cJSON_CreateObject());
        cJSON_AddItemToArray(rows, row);
        IGRAPH_CHECK(il_report_string(row, "term", il_dyads_name(d, k)));
        IGRAPH_CHECK(il_report_number(row, "estimate", t->coef));
        if (m->model == IL_MRQAP_LOGIT) {
            IGRAPH_CHECK(il_report_number(row, "odds_ratio", exp(t->coef)));
        }
        IGRAPH_CHECK(il_report_number(row, "std_error", t->se));
        IGRAPH_CHECK(il_report_number(row, m->model == IL_MRQAP_LOGIT ? "z" : "t", t->t));
        IGRAPH_CHECK(il_report_number(row, "p_greater", t->p_greater));
        IGRAPH_CHECK(il_report_number(row, "p_less", t->p_less));
        IGRAPH_CHECK(il_report_number(row, "p_two_sided", t->p_two_sided));
        IGRAPH_CHECK(il_report_number(row, "p_abs", t->p_abs));
        IGRAPH_CHECK(il_report_number(row, "null_mean", t->null_mean));
        IGRAPH_CHECK(il_report_number(row, "null_sd", t->null_sd));
        IGRAPH_CHECK(il_report_number(row, "failed", (double) t->failed));
        term_reading(t, m->permutations, reading, sizeof reading);
        IGRAPH_CHECK(il_report_string(row, "reading", reading));
    }
    r->table = "coefficients";
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_add_mrqap
 * \brief The MRQAP report: the fit, the `coefficients` table (CSV prints
 *        it) and the parameters.
 *
 * \param outcome   What the outcome is, in words.
 * \param outside   Per term, ties of its tie table outside the network
 *                  (-1: not a tie table); may be NULL.
 * \return IGRAPH_ENOMEM. Time complexity: O(p).
 */
igraph_error_t il_report_add_mrqap(il_report_t *r, const il_dyads_t *d, const il_mrqap_t *m,
                                   const il_mrqap_options_t *o, const char *outcome,
                                   const igraph_integer_t *outside)
{
    cJSON *par, *terms, *out = NULL;
    char def[512];
    int k;
    IGRAPH_CHECK(add_fit(r, d, m));
    IGRAPH_CHECK(add_coefficients(r, d, m));
    CHECK_ITEM(par = il_report_parameters(r));
    IGRAPH_CHECK(il_report_string(par, "model", m->model == IL_MRQAP_LOGIT ? "logit" : "ols"));
    IGRAPH_CHECK(il_report_string(par, "outcome", outcome));
    IGRAPH_CHECK(il_report_string(par, "test", "QAP with Dekker's double semi-partialling: each "
                                  "term's residual on the other terms is permuted (rows and "
                                  "columns together), as UCINET MRQAP and sna::netlm(nullhyp = "
                                  "\"qapspp\")"));
    IGRAPH_CHECK(il_report_string(par, "statistic", m->model == IL_MRQAP_LOGIT
                                  ? "z = estimate / std_error (Wald), as sna::netlogit"
                                  : "t = estimate / std_error, as sna::netlm"));
    IGRAPH_CHECK(il_report_number(par, "permutations", (double) o->permutations));
    IGRAPH_CHECK(il_report_number(par, "seed", (double) o->seed));
    IGRAPH_CHECK(il_report_string(par, "p_values", "(1 + #{permuted >= observed}) / (1 + "
                                  "permutations), likewise <=; p_two_sided = min(1, 2 min("
                                  "p_greater, p_less)); p_abs = (1 + #{|permuted| >= "
                                  "|observed|}) / (1 + permutations), sna's Pr(>=|b|) (sna "
                                  "counts without the 1s)"));
    IGRAPH_CHECK(il_report_string(par, "dyads", d->directed
                                  ? "ordered pairs (i, j), i != j: n(n-1) (sna mode = \"digraph\")"
                                  : "unordered pairs {i, j}, each counted once: n(n-1)/2 (sna "
                                  "mode = \"graph\")"));
    IGRAPH_CHECK(il_report_string(par, "diagonal", "excluded: a node is never paired with "
                                  "itself; self-loops are not dyads (sna diag = FALSE)"));
    IGRAPH_CHECK(il_report_string(par, "intercept", "included, and tested by the same "
                                  "permutations (sna intercept = TRUE)"));
    IGRAPH_CHECK(il_report_string(par, "caveat", "association across dyads, not cause: the "
                                  "permutations protect the p-values against the dependence "
                                  "of dyads that share a node, not against terms left out of "
                                  "the model; a term near-collinear with others has unstable "
                                  "estimates"));
    CHECK_ITEM(terms = cJSON_AddObjectToObject(par, "terms"));
    for (k = 0; k < d->p; k++) {
        term_definition(il_dyads_name(d, k), def, sizeof def);
        IGRAPH_CHECK(il_report_string(terms, il_dyads_name(d, k), def));
        if (outside && outside[k] >= 0) {
            if (!out) {
                CHECK_ITEM(out = cJSON_AddObjectToObject(par, "ties_outside_network"));
            }
            IGRAPH_CHECK(il_report_number(out, il_dyads_name(d, k), (double) outside[k]));
        }
    }
    return IGRAPH_SUCCESS;
}
