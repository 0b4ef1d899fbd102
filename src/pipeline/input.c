/*
 * The input every command reads (--backbone on any command): the tables
 * loaded (io), the ties judged by a backbone test (analysis/backbone.c)
 * and only the kept ones kept, then the ego network. The backbone comes
 * before --ego so that a tie is judged against all of its ends' ties.
 */
#include "pipeline/pipeline.h"
#include "core/setup.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/**
 * \function il_backbone_load
 * \brief Load the input without --ego and judge every tie.
 *
 * With IL_BACKBONE_DISPARITY the graph is loaded as usual and judged by
 * il_backbone_disparity(). With IL_BACKBONE_SDSM the actor-event table is
 * read as it is (il_load_affiliation), projected (il_affiliation_project,
 * the options' projection and cap) and judged against the memberships by
 * il_backbone_sdsm(). The p-values are then adjusted for testing every tie
 * when bb->correction asks (il_backbone_correct).
 *
 * \param input  IL_GRAPH_INIT; the loaded graph (a projection for sdsm).
 * \param res    Zero-filled; every tie's p-value. Destroy both on success.
 * \return IGRAPH_EINVAL (sdsm without --affiliation, no method), the
 *         loader's and the test's errors. On error both stay empty.
 *
 * Time complexity: loading plus the test's.
 */
igraph_error_t il_backbone_load(const il_load_options_t *load, const il_backbone_options_t *bb,
                                il_graph_t *input, il_backbone_t *res)
{
    il_load_options_t lo = *load;
    lo.ego = NULL;
    if (bb->method == IL_BACKBONE_NONE) {
        IGRAPH_ERROR("No backbone method was given.", IGRAPH_EINVAL);
    }
    if (bb->method == IL_BACKBONE_SDSM) {
        il_affiliation_t aff = IL_AFFILIATION_INIT;
        il_projection_options_t po = IL_PROJECTION_OPTIONS_INIT;
        if (!lo.affiliation) {
            IGRAPH_ERROR("The sdsm backbone tests a projection of affiliation data "
                         "(--affiliation).", IGRAPH_EINVAL);
        }
        IGRAPH_CHECK(il_load_affiliation(&lo, &aff));
        IGRAPH_FINALLY(il_affiliation_destroy, &aff);
        il_load_projection_options(&lo, &po);
        IGRAPH_CHECK(il_affiliation_project(&aff, &po, input));
        IGRAPH_FINALLY(il_graph_destroy, input);
        IGRAPH_CHECK(il_backbone_sdsm(input, &aff, bb->alpha, res));
        IGRAPH_FINALLY(il_backbone_destroy, res);
        IGRAPH_CHECK(il_backbone_correct(input, bb->correction, res));
        IGRAPH_FINALLY_CLEAN(2);
        il_affiliation_destroy(&aff);
        IGRAPH_FINALLY_CLEAN(1);
        return IGRAPH_SUCCESS;
    }
    IGRAPH_CHECK(il_load_graph(&lo, input));
    IGRAPH_FINALLY(il_graph_destroy, input);
    IGRAPH_CHECK(il_backbone_disparity(input, bb->alpha, res));
    IGRAPH_FINALLY(il_backbone_destroy, res);
    IGRAPH_CHECK(il_backbone_correct(input, bb->correction, res));
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

static void free_strings(char **s, igraph_integer_t n)
{
    igraph_integer_t i;
    for (i = 0; s && i < n; i++) {
        free(s[i]);
    }
    free(s);
}

typedef struct strings {
    char **s;
    igraph_integer_t n;
} strings_t;

static void strings_free(void *p)
{
    strings_t *x = p;
    free_strings(x->s, x->n);
}

/**
 * \function il_backbone_apply
 * \brief The graph of the ties a backbone test kept.
 *
 * Nodes that had ties and keep none are left out; nodes without any tie in
 * the input (from a node table) stay. With \p p_column each kept tie
 * carries its (adjusted) p-value in the edge column `backbone_p` (written
 * %.17g, as weights are, so that it reads back exactly): for outputs that
 * write ties (edge tables, graph files); others skip the column, whose
 * strings cost memory on large backbones. out->info records the method,
 * the level and the input's nodes, ties and weight, from which outputs
 * give the shares kept.
 *
 * \param out  IL_GRAPH_INIT; the backbone on success.
 * \return IGRAPH_EINVAL when the input already has a `backbone_p` column;
 *         IGRAPH_ENOMEM.
 *
 * Time complexity: O(n + m + attribute tables).
 */
igraph_error_t il_backbone_apply(const il_graph_t *input, const il_backbone_t *res,
                                 int p_column, il_graph_t *out)
{
    strings_t vals = { NULL, 0 };
    igraph_integer_t m = il_graph_ecount(input), e;

    IGRAPH_CHECK(il_graph_keep_ties(input, res->keep, /* drop_untied = */ 1, out));
    IGRAPH_FINALLY(il_graph_destroy, out);
    vals.s = calloc((size_t) res->ties_kept + 1, sizeof *vals.s);
    IGRAPH_CHECK_OOM(vals.s, "Out of memory keeping the backbone.");
    IGRAPH_FINALLY(strings_free, &vals);
    for (e = 0; p_column && e < m; e++) {
        char buf[40];
        if (!res->keep[e]) {
            continue;
        }
        snprintf(buf, sizeof buf, "%.17g", VECTOR(res->p_adjusted)[e]);
        vals.s[vals.n] = strdup(buf);
        IGRAPH_CHECK_OOM(vals.s[vals.n], "Out of memory keeping the backbone.");
        vals.n++;
    }
    if (p_column) {
        IGRAPH_CHECK(il_graph_add_eattr(out, "backbone_p", (const char *const *) vals.s));
    }
    out->info.backbone = il_backbone_method_name(res->method);
    out->info.backbone_correction = il_correction_name(res->correction);
    out->info.backbone_alpha = res->alpha;
    out->info.backbone_nodes = res->nodes;
    out->info.backbone_ties = res->ties;
    out->info.backbone_weight = res->weight;
    out->info.backbone_tested = res->tested;
    out->info.backbone_family = res->family;
    out->info.backbone_expected = res->expected_kept;
    out->info.backbone_nodes_kept = il_graph_vcount(out);
    out->info.backbone_ties_kept = res->ties_kept;
    out->info.backbone_weight_kept = res->weight_kept;
    strings_free(&vals);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_load_input
 * \brief Load a graph the way every command does: tables, backbone, ego.
 *
 * Without a backbone method this is il_load_graph(). With one, the graph
 * is loaded without --ego, judged (il_backbone_load), reduced to its kept
 * ties (il_backbone_apply), and then restricted to --ego.
 *
 * \param bb  NULL or IL_BACKBONE_NONE: no backbone.
 * \param p_column  1: the kept ties carry `backbone_p` (il_backbone_apply).
 * \param g   IL_GRAPH_INIT; the graph on success, IL_GRAPH_INIT on error.
 * \return The loader's and the test's errors.
 *
 * Time complexity: loading plus the test's.
 */
igraph_error_t il_load_input(const il_load_options_t *load, const il_backbone_options_t *bb,
                             int p_column, il_graph_t *g)
{
    il_graph_t input = IL_GRAPH_INIT;
    il_backbone_t res;
    if (!bb || bb->method == IL_BACKBONE_NONE) {
        return il_load_graph(load, g);
    }
    memset(&res, 0, sizeof res);
    IGRAPH_CHECK(il_backbone_load(load, bb, &input, &res));
    IGRAPH_FINALLY(il_graph_destroy, &input);
    IGRAPH_FINALLY(il_backbone_destroy, &res);
    IGRAPH_CHECK(il_backbone_apply(&input, &res, p_column, g));
    il_backbone_destroy(&res);
    il_graph_destroy(&input);
    IGRAPH_FINALLY_CLEAN(2);
    return il_load_restrict_ego(load, g);
}
