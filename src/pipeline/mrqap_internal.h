#ifndef IL_MRQAP_INTERNAL_H
#define IL_MRQAP_INTERNAL_H

/*
 * MRQAP end to end (pipeline/job_mrqap.c): the --covariates list, the tie
 * tables it names, the fit and its report; shared by the mrqap job and the
 * HTML report's section. Private to src/pipeline.
 */
#include "pipeline/job_internal.h"
#include "analysis/analysis.h"

/* Check the syntax of a --covariates list: 1, or 0 with the reason in
 * \p why (an unknown kind names the kinds). \p nterms receives the count. */
int il_i_mrqap_parse(const char *list, int *nterms, char *why, size_t size);

/* Build the dyads of \p g with the terms of \p list (tie tables read with
 * \p load's options from \p load->base_dir), fit, test and add the report
 * to \p rep. \p usage (may be NULL) is set when the list itself is wrong. */
igraph_error_t il_i_mrqap_run(const il_graph_t *g, const il_load_options_t *load,
                              const char *list, il_mrqap_outcome_t outcome,
                              const il_mrqap_options_t *o, il_report_t *rep, int *usage);

/* The HTML report's MRQAP section: the terms the node table allows
 * (same:BY, same:sector, distance), OLS, \p seed, 1000 permutations. */
igraph_error_t il_i_mrqap_html(const il_graph_t *g, const il_load_options_t *load,
                               const char *by, igraph_uint_t seed, FILE *out,
                               struct cJSON *params);

#endif /* IL_MRQAP_INTERNAL_H */
