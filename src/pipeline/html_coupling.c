/*
 * The coupling section of the HTML report (pipeline/html_report.c): the
 * loose-coupling plane of the --by groups with the readings and the tests
 * behind them (the one definition of docs/metrics-groups.md), the E-I
 * index with both tails of its test, and the coupling and mixing matrices
 * as heat maps.
 */
#include "pipeline/report_internal.h"
#include "report/html.h"
#include "report/svg.h"

#include <cjson/cJSON.h>

#include <string.h>

/* The coupling table of the report: the columns of the coupling command's
 * groups_table (one set of names for the same numbers), its plane reading
 * and the test that decided it. */
static igraph_error_t coupling_rows(report_ctx_t *c, const il_partition_t *part,
                                    const il_coupling_options_t *opts, const il_coupling_t *cp,
                                    cJSON **rows)
{
    static const char *const keys[] = {
        "group", "size", "weight_inside", "weight_outside", "weighted_density",
        "coupling_share", "ei_index", NULL
    };
    static const char *const plane_keys[] = {
        "cohesion_expected", "cohesion_p", "coupling_expected", "coupling_ratio", "reading",
        "decided_by", NULL
    };
    il_report_t rep = { NULL, NULL, NULL };
    const cJSON *groups, *plane, *row;
    int i = 0;
    IGRAPH_CHECK(il_report_init(&rep, "coupling"));
    IGRAPH_FINALLY(il_report_destroy, &rep);
    IGRAPH_CHECK(il_report_add_coupling(&rep, c->g, part, c->by,
                                        il_empty_group_name(IL_EMPTY_OWN_GROUP), opts, cp));
    groups = cJSON_GetObjectItemCaseSensitive(rep.root, "groups_table");
    plane = cJSON_GetObjectItemCaseSensitive(rep.root, "plane");
    il_i_report_keep_groups(c, rep.root, "groups_table", "coupling_groups");
    il_i_report_keep_groups(c, rep.root, "plane", "plane");
    *rows = cJSON_CreateArray();
    IGRAPH_CHECK_OOM(*rows, "Out of memory building the coupling table.");
    IGRAPH_FINALLY(cJSON_Delete, *rows);
    cJSON_ArrayForEach(row, groups) {
        cJSON *r = il_i_report_pick(row, keys), *pr;
        const cJSON *it;
        IGRAPH_CHECK_OOM(r, "Out of memory building the coupling table.");
        cJSON_AddItemToArray(*rows, r);
        pr = il_i_report_pick(cJSON_GetArrayItem(plane, i++), plane_keys);
        IGRAPH_CHECK_OOM(pr, "Out of memory building the coupling table.");
        for (it = pr->child; it; it = it->next) {
            cJSON_AddItemToObject(r, it->string, cJSON_Duplicate(it, 1));
        }
        cJSON_Delete(pr);
    }
    il_report_destroy(&rep);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/* A table of the tests of \p family on the network (not per group or
 * node): statistic, observed, null mean, sd, both one-sided p, two-sided p. */
static igraph_error_t network_tests(report_ctx_t *c, const il_null_tests_t *t,
                                    const char *family)
{
    cJSON *rows = cJSON_CreateArray(), *row;
    igraph_integer_t i;
    char buf[256];
    IGRAPH_CHECK_OOM(rows, "Out of memory writing the tests.");
    IGRAPH_FINALLY(cJSON_Delete, rows);
    for (i = 0; i < t->nstat; i++) {
        const il_null_stat_t *st = &t->stat[i];
        if (st->subject != IL_SUBJECT_NETWORK || strcmp(st->family, family) != 0 ||
            !t->run[st->model].done) {
            continue;
        }
        row = cJSON_CreateObject();
        IGRAPH_CHECK_OOM(row, "Out of memory writing the tests.");
        cJSON_AddItemToArray(rows, row);
        il_report_test_statistic(st, buf, sizeof buf);
        cJSON_AddStringToObject(row, "statistic", buf);
        IGRAPH_CHECK(il_report_test_row(row, t, i));
    }
    if (cJSON_GetArraySize(rows) > 0) {
        il_html_table(c->out, rows);
    }
    cJSON_Delete(rows);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* The E-I index in words, with both tails of the permutation test. */
static void ei_reading(report_ctx_t *c, const il_partition_t *part, const il_coupling_t *cp)
{
    double v[6], all = cp->whole.weight_in + cp->whole.weight_out;
    v[0] = all > 0 ? 100 * cp->whole.weight_out / all : IGRAPH_NAN;
    v[1] = (double) part->k;
    v[2] = cp->whole.ei;
    v[3] = 100 * cp->p_greater;
    v[4] = 100 * cp->p_less;
    v[5] = (double) cp->permutations;
    il_html_reading(c->out, "{}% of the tie strength runs between the {} groups (E-I "
                    "index {}: -1 when every tie stays inside a group, +1 when every "
                    "tie crosses); shuffled group labels give an index at least as high "
                    "in {}% and at most as high in {}% of {} permutations (a small second "
                    "share: the groups keep among themselves).", v, 6, "the groups are the "
                    "--by column as recorded, and the E-I index grows with the number of "
                    "groups: compare groups of like size, and read both shares as the "
                    "evidence.");
}

/* The E-I paragraph: observed, expected, both tails, and the null's tests. */
static igraph_error_t ei_paragraph(report_ctx_t *c, const il_coupling_t *cp)
{
    fprintf(c->out, "<p>E-I index of the whole network (Krackhardt and Stern; -1: every tie "
            "inside a group, +1: every tie between groups): ");
    il_html_number(c->out, cp->whole.ei);
    fputs(" (weighted: ", c->out);
    il_html_number(c->out, cp->whole.ei_weighted);
    fputs("; under random mixing of pairs: ", c->out);
    il_html_number(c->out, cp->whole.expected);
    fputs("). Label permutations (UCINET's test): P(permuted E-I &ge; observed) = ", c->out);
    il_html_number(c->out, cp->p_greater);
    fputs(", P(permuted E-I &le; observed) = ", c->out);
    il_html_number(c->out, cp->p_less);
    fputs(" over ", c->out);
    il_html_number(c->out, (double) cp->permutations);
    fputs(" label permutations; a small second value means the groups keep among "
          "themselves.</p>\n", c->out);
    il_html_text(c->out, NULL, "The network's statistics against the null (both one-sided "
                 "p-values and the two-sided p; parameters below name the null):");
    return network_tests(c, &cp->tests, "coupling");
}

/* The coupling parameters: the E-I test, the reading rule and the null. */
static igraph_error_t coupling_params(cJSON *p, const char *by,
                                      const il_coupling_options_t *opts, const il_coupling_t *cp)
{
    il_report_t rep = { NULL, NULL, NULL };
    cJSON *np;
    cJSON_AddStringToObject(p, "by", by);
    cJSON_AddNumberToObject(p, "permutations", (double) cp->permutations);
    cJSON_AddNumberToObject(p, "seed", (double) opts->seed);
    cJSON_AddStringToObject(p, "empty_group", il_empty_group_name(IL_EMPTY_OWN_GROUP));
    cJSON_AddStringToObject(p, "reading", IL_COUPLING_READING_RULE);
    cJSON_AddNumberToObject(p, "isolated_below", cp->isolated_below);
    IGRAPH_CHECK(il_report_init(&rep, "tests"));
    IGRAPH_FINALLY(il_report_destroy, &rep);
    IGRAPH_CHECK(il_report_add_null_parameters(&rep, &cp->tests));
    np = cJSON_GetObjectItemCaseSensitive(rep.root, "parameters");
    if (np) {
        const cJSON *it;
        for (it = np->child; it; it = it->next) {
            cJSON_AddItemToObject(p, it->string, cJSON_Duplicate(it, 1));
        }
    }
    il_report_destroy(&rep);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* The mixing matrix, assortativity and its tests against the null. */
static igraph_error_t mixing_part(report_ctx_t *c, const il_partition_t *part)
{
    il_mixing_t mx;
    il_null_tests_t mt;
    memset(&mx, 0, sizeof mx);
    memset(&mt, 0, sizeof mt);
    IGRAPH_CHECK(il_mixing(c->g, part, &mx));
    IGRAPH_FINALLY(il_mixing_destroy, &mx);
    fputs("<h3>Mixing matrix</h3>\n", c->out);
    il_html_heat_table(c->out, part, &mx.e, "Share of tie ends (networkx attribute_mixing_matrix, "
               "normalised)");
    fputs("<p>Nominal assortativity (Newman): ", c->out);
    il_html_number(c->out, mx.assortativity);
    fputs("; weighted: ", c->out);
    il_html_number(c->out, mx.assortativity_weighted);
    fputs("</p>\n", c->out);
    IGRAPH_FINALLY(il_null_tests_destroy, &mt);
    IGRAPH_CHECK(il_null_tests_init(&mt, c->g, part, c->by, &c->null));
    IGRAPH_CHECK(il_null_tests_add_groups(&mt, IL_NULL_MIXING));
    IGRAPH_CHECK(il_null_tests_run(&mt));
    IGRAPH_CHECK(network_tests(c, &mt, "mixing"));
    il_null_tests_destroy(&mt);
    il_mixing_destroy(&mx);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_report_coupling
 * \brief The report's coupling section: the loose-coupling plane of the
 *        --by groups with the readings and the tests behind them, the E-I
 *        index with both tails of every test, and the coupling and mixing
 *        matrices as heat maps.
 */
igraph_error_t il_i_report_coupling(report_ctx_t *c)
{
    il_coupling_options_t opts = IL_COUPLING_OPTIONS_INIT;
    il_partition_t part;
    il_coupling_t cp;
    cJSON *rows, *p;
    igraph_integer_t drawn = 0;
    if (!c->by) {
        il_html_text(c->out, "pending", "Give --by ATTR (a node column such as cluster or "
                     "region) to compare groups.");
        return IGRAPH_SUCCESS;
    }
    memset(&part, 0, sizeof part);
    memset(&cp, 0, sizeof cp);
    IGRAPH_CHECK(il_partition_from_attr(c->g, c->by, IL_EMPTY_OWN_GROUP, &part));
    IGRAPH_FINALLY(il_partition_destroy, &part);
    if (part.k < 2 || part.k > IL_GROUPS_MAX) {
        il_html_text(c->out, "pending", part.k < 2 ? "Every node is in one group: there is "
                     "nothing between groups to compare." : "More groups than the between-group "
                     "measures take (1000): is the --by column an identifier?");
        il_partition_destroy(&part);
        IGRAPH_FINALLY_CLEAN(1);
        return IGRAPH_SUCCESS;
    }
    opts.seed = c->pic.seed;
    opts.cuts = 0;
    opts.null = c->null;
    IGRAPH_CHECK(il_coupling(c->g, &part, &opts, &cp));
    IGRAPH_FINALLY(il_coupling_destroy, &cp);
    ei_reading(c, &part, &cp);
    il_html_text(c->out, NULL, "Loose coupling, as every output of innolink defines it: a "
                 "group is loosely coupled when it is more cohesive (weighted density inside) "
                 "than the null model gives a group of its size and strength, and still sends "
                 "a real share of its tie strength to the other groups; isolated when it is "
                 "that cohesive but sends out little; dissolved when it is less cohesive than "
                 "chance; indeterminate when the test cannot tell it from chance. Nodes "
                 "without a value form the group (none).");
    p = il_i_report_params(c, "coupling");
    fputs("<figure>\n", c->out);
    IGRAPH_CHECK(il_svg_write_plane(&part, &cp, NULL, c->by, NULL, 0, c->out, &drawn));
    fputs("</figure>\n", c->out);
    IGRAPH_CHECK(coupling_rows(c, &part, &opts, &cp, &rows));
    IGRAPH_FINALLY(cJSON_Delete, rows);
    il_html_table(c->out, rows);
    IGRAPH_CHECK(ei_paragraph(c, &cp));
    fputs("<h3>Coupling matrix</h3>\n", c->out);
    il_html_heat_table(c->out, &part, &cp.weight, "Sum of tie strengths between groups (row to "
               "column; undirected: symmetric)");
    il_html_heat_table(c->out, &part, &cp.weighted_density, "Weighted block density (strength per "
               "possible pair)");
    IGRAPH_CHECK(mixing_part(c, &part));
    if (p) {
        IGRAPH_CHECK(coupling_params(p, c->by, &opts, &cp));
    }
    cJSON_Delete(rows);
    il_coupling_destroy(&cp);
    il_partition_destroy(&part);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}
