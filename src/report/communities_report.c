/*
 * Report sections of `innolink communities`: the partition's scalars, one
 * row per community, the comparison with a declared grouping, compositions
 * by node attribute, and the membership table (docs/metrics-communities.md).
 */
#include "report/report.h"
#include "report/report_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A community as users see it: its number from 1, or a declared group name. */
static igraph_error_t add_comm(cJSON *obj, const char *key, igraph_integer_t c,
                               const il_communities_report_t *how)
{
    if (!how->detected && how->groups) {
        return il_report_string(obj, key, il_partition_name(how->groups, c));
    }
    return il_report_number(obj, key, (double) (c + 1));
}

static cJSON *add_row(cJSON *rows)
{
    cJSON *row = cJSON_CreateObject();
    if (row) {
        cJSON_AddItemToArray(rows, row);
    }
    return row;
}

/* Labels of the first \p top members of community c, "; "-separated. */
static igraph_error_t top_members(const il_graph_t *g, const il_communities_t *c,
                                  igraph_integer_t comm, igraph_integer_t start,
                                  igraph_integer_t top, char **out)
{
    igraph_integer_t n = igraph_vector_int_size(&c->order), i;
    size_t len = 1, used = 0;
    char *s;
    for (i = start; i < n && i - start < top &&
         VECTOR(c->membership)[VECTOR(c->order)[i]] == comm; i++) {
        len += strlen(il_graph_vertex_label(g, VECTOR(c->order)[i])) + 2;
    }
    s = malloc(len);
    IGRAPH_CHECK_OOM(s, "Out of memory building the report.");
    s[0] = '\0';
    for (i = start; i < n && i - start < top &&
         VECTOR(c->membership)[VECTOR(c->order)[i]] == comm; i++) {
        const char *l = il_graph_vertex_label(g, VECTOR(c->order)[i]);
        used += (size_t) snprintf(s + used, len - used, "%s%s", i > start ? "; " : "", l);
    }
    *out = s;
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_add_communities
 * \brief Scalars of a partition and one row per community.
 *
 * Keys: method (or partition), communities_found, modularity, quality
 * measure and value, and for detection the runs and stability figures.
 * Table `communities`: community, size, internal_ties, internal_weight,
 * density, conductance, total_strength, stability (mean node stability of
 * its members, detection only), top_members (by strength).
 * \return IGRAPH_ENOMEM.
 */
igraph_error_t il_report_add_communities(il_report_t *r, const il_graph_t *g,
                                         const il_communities_t *c,
                                         const il_communities_report_t *how)
{
    cJSON *o = r->root, *rows, *row;
    const il_communities_options_t *opt = how->opts;
    igraph_integer_t k, start = 0, n = igraph_vector_int_size(&c->membership);
    int multi = how->detected && c->runs >= 2;
    (void) g;

    if (how->detected) {
        IGRAPH_CHECK(il_report_string(o, "method", il_comm_method_name(opt->method)));
        if (opt->method == IL_COMM_LEIDEN) {
            IGRAPH_CHECK(il_report_string(o, "objective", opt->objective == IL_OBJECTIVE_CPM ?
                                          "cpm" : "modularity"));
        }
    } else {
        IGRAPH_CHECK(il_report_string(o, "partition", how->partition_attr));
    }
    IGRAPH_CHECK(il_report_number(o, "nodes", (double) n));
    IGRAPH_CHECK(il_report_bool(o, "directed", c->directed));
    IGRAPH_CHECK(il_report_string(o, "symmetrized", g->directed ?
                                  il_symmetrize_name(opt->symmetrize) : "no (undirected input)"));
    IGRAPH_CHECK(il_report_number(o, "total_weight", c->total_weight));
    IGRAPH_CHECK(il_report_number(o, "communities_found", (double) c->k));
    IGRAPH_CHECK(il_report_number(o, "modularity", c->modularity));
    IGRAPH_CHECK(il_report_number(o, "modularity_resolution", il_modularity_resolution(opt)));
    if (how->detected) {
        IGRAPH_CHECK(il_report_string(o, "quality_measure", c->quality_name));
        IGRAPH_CHECK(il_report_number(o, "quality", c->quality));
        IGRAPH_CHECK(il_report_number(o, "runs", (double) c->runs));
        IGRAPH_CHECK(il_report_number(o, "best_run_seed",
                                      (double) (opt->seed + (igraph_uint_t) c->best_run)));
        IGRAPH_CHECK(il_report_number(o, "distinct_partitions", (double) c->distinct_partitions));
        IGRAPH_CHECK(il_report_number(o, "stability_nmi", c->stability_nmi));
        IGRAPH_CHECK(il_report_number(o, "stability_ari", c->stability_ari));
        if (opt->method == IL_COMM_LEIDEN) {
            IGRAPH_CHECK(il_report_number(o, "leiden_iterations", (double) c->iterations));
            IGRAPH_CHECK(il_report_bool(o, "leiden_converged", c->converged));
        }
        if (!il_comm_method_randomised(opt->method)) {
            IGRAPH_CHECK(il_report_string(o, "note", "deterministic method: one run, no "
                                          "stability figures"));
        } else if (c->runs < 2) {
            IGRAPH_CHECK(il_report_string(o, "note", c->distinct_partitions == 1 &&
                                          how->runs_requested > 1 ?
                                          "no ties: every node is its own community" :
                                          "one run: no stability figures"));
        }
    }

    rows = cJSON_AddArrayToObject(o, "communities");
    CHECK_ITEM(rows);
    for (k = 0; k < c->k; k++) {
        char *top = NULL;
        igraph_integer_t i;
        double stab = 0;
        CHECK_ITEM(row = add_row(rows));
        IGRAPH_CHECK(add_comm(row, "community", k, how));
        IGRAPH_CHECK(il_report_number(row, "size", (double) VECTOR(c->size)[k]));
        IGRAPH_CHECK(il_report_number(row, "internal_ties", (double) VECTOR(c->internal_ties)[k]));
        IGRAPH_CHECK(il_report_number(row, "internal_weight", VECTOR(c->internal_weight)[k]));
        IGRAPH_CHECK(il_report_number(row, "density", VECTOR(c->density)[k]));
        IGRAPH_CHECK(il_report_number(row, "conductance", VECTOR(c->conductance)[k]));
        IGRAPH_CHECK(il_report_number(row, "total_strength", VECTOR(c->strength)[k]));
        if (multi) {
            for (i = 0; i < n; i++) {
                if (VECTOR(c->membership)[i] == k) {
                    stab += VECTOR(c->node_stability)[i];
                }
            }
            IGRAPH_CHECK(il_report_number(row, "stability",
                                          VECTOR(c->size)[k] > 0 ?
                                          stab / (double) VECTOR(c->size)[k] : NAN));
        }
        while (start < n && VECTOR(c->membership)[VECTOR(c->order)[start]] < k) {
            start++;
        }
        IGRAPH_CHECK(top_members(g, c, k, start, how->top, &top));
        if (il_report_string(row, "top_members", top) != IGRAPH_SUCCESS) {
            free(top);
            IGRAPH_ERROR("Out of memory building the report.", IGRAPH_ENOMEM);
        }
        free(top);
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_add_comparison
 * \brief The `comparison` object and the `declared_groups` table.
 *
 * For each declared group: its size, the community holding most of its
 * members (the lowest-numbered on ties) and the share of the group it
 * holds. \return IGRAPH_ENOMEM.
 */
igraph_error_t il_report_add_comparison(il_report_t *r, const char *attr,
                                        const il_partition_t *declared,
                                        const il_communities_t *c,
                                        const il_communities_report_t *how,
                                        const il_partition_comparison_t *cmp,
                                        const igraph_matrix_int_t *tab)
{
    cJSON *o = cJSON_AddObjectToObject(r->root, "comparison"), *rows, *row;
    igraph_integer_t i, j;
    CHECK_ITEM(o);
    IGRAPH_CHECK(il_report_string(o, "declared", attr));
    IGRAPH_CHECK(il_report_number(o, "declared_groups", (double) declared->k));
    IGRAPH_CHECK(il_report_number(o, "nmi", cmp->nmi));
    IGRAPH_CHECK(il_report_number(o, "ari", cmp->ari));
    IGRAPH_CHECK(il_report_number(o, "vi", cmp->vi));
    rows = cJSON_AddArrayToObject(r->root, "declared_groups");
    CHECK_ITEM(rows);
    for (i = 0; i < declared->k; i++) {
        igraph_integer_t best = 0, size = VECTOR(declared->size)[i];
        for (j = 1; j < c->k; j++) {
            if (MATRIX(*tab, i, j) > MATRIX(*tab, i, best)) {
                best = j;
            }
        }
        CHECK_ITEM(row = add_row(rows));
        IGRAPH_CHECK(il_report_string(row, "group", il_partition_name(declared, i)));
        IGRAPH_CHECK(il_report_number(row, "size", (double) size));
        if (c->k > 0) {
            IGRAPH_CHECK(add_comm(row, "community", best, how));
            IGRAPH_CHECK(il_report_number(row, "share", size > 0 ?
                                          (double) MATRIX(*tab, i, best) / (double) size : NAN));
        }
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_add_composition
 * \brief Rows of the `composition` table for one attribute: for each
 *        community and each value present in it, the count and the share
 *        of the community's members. \return IGRAPH_ENOMEM.
 */
igraph_error_t il_report_add_composition(il_report_t *r, const il_communities_t *c,
                                         const il_communities_report_t *how,
                                         const char *attr, const il_partition_t *values,
                                         const igraph_matrix_int_t *tab)
{
    cJSON *rows = cJSON_GetObjectItemCaseSensitive(r->root, "composition"), *row;
    igraph_integer_t k, j;
    if (!rows) {
        rows = cJSON_AddArrayToObject(r->root, "composition");
        CHECK_ITEM(rows);
    }
    for (k = 0; k < c->k; k++) {
        for (j = 0; j < values->k; j++) {
            igraph_integer_t cnt = MATRIX(*tab, k, j);
            if (cnt == 0) {
                continue;
            }
            CHECK_ITEM(row = add_row(rows));
            IGRAPH_CHECK(add_comm(row, "community", k, how));
            IGRAPH_CHECK(il_report_string(row, "attribute", attr));
            IGRAPH_CHECK(il_report_string(row, "value", il_partition_name(values, j)));
            IGRAPH_CHECK(il_report_number(row, "count", (double) cnt));
            IGRAPH_CHECK(il_report_number(row, "share",
                                          (double) cnt / (double) VECTOR(c->size)[k]));
        }
    }
    return IGRAPH_SUCCESS;
}

/* One row per node: id, then label (membership) or not (node_stability),
 * the community, and the stability when \p stability is given. */
static igraph_error_t membership_table(il_report_t *r, const il_graph_t *g,
                                       const il_communities_t *c,
                                       const il_communities_report_t *how, const char *key,
                                       const igraph_vector_t *stability)
{
    igraph_integer_t v, n = igraph_vector_int_size(&c->membership);
    int named = !how->detected && how->groups;
    il_i_table_t *t;
    size_t col;
    IGRAPH_CHECK(il_i_table_new(r, r->root, key, (size_t) n, &t));
    IGRAPH_CHECK(il_i_table_column(t, "id", IL_I_CELL_STRING, &col));
    for (v = 0; v < n; v++) {
        IGRAPH_CHECK(il_i_table_string(t, col, il_graph_vertex_id(g, v)));
    }
    if (!stability) {
        IGRAPH_CHECK(il_i_table_column(t, "label", IL_I_CELL_STRING, &col));
        for (v = 0; v < n; v++) {
            IGRAPH_CHECK(il_i_table_string(t, col, il_graph_vertex_label(g, v)));
        }
    }
    IGRAPH_CHECK(il_i_table_column(t, "community", named ? IL_I_CELL_STRING : IL_I_CELL_NUMBER,
                                   &col));
    for (v = 0; v < n; v++) {       /* as add_comm() writes a community */
        igraph_integer_t k = VECTOR(c->membership)[v];
        if (named) {
            IGRAPH_CHECK(il_i_table_string(t, col, il_partition_name(how->groups, k)));
        } else {
            IGRAPH_CHECK(il_i_table_number(t, col, (double) (k + 1)));
        }
    }
    if (stability) {
        IGRAPH_CHECK(il_i_table_column(t, "stability", IL_I_CELL_NUMBER, &col));
        for (v = 0; v < n; v++) {
            IGRAPH_CHECK(il_i_table_number(t, col, VECTOR(*stability)[v]));
        }
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_add_membership
 * \brief The `membership` table (id, label, community; the CSV output)
 *        and, after several runs, `node_stability` (id, community,
 *        stability). \return IGRAPH_ENOMEM.
 */
igraph_error_t il_report_add_membership(il_report_t *r, const il_graph_t *g,
                                        const il_communities_t *c,
                                        const il_communities_report_t *how)
{
    IGRAPH_CHECK(membership_table(r, g, c, how, "membership", NULL));
    r->table = "membership";
    if (how->detected && c->runs >= 2) {
        IGRAPH_CHECK(membership_table(r, g, c, how, "node_stability", &c->node_stability));
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_add_communities_parameters
 * \brief Record every option of the run in `parameters`.
 * \return IGRAPH_ENOMEM.
 */
igraph_error_t il_report_add_communities_parameters(il_report_t *r,
                                                    const il_communities_t *c,
                                                    const il_communities_report_t *how)
{
    cJSON *p = il_report_parameters(r);
    const il_communities_options_t *o = how->opts;
    CHECK_ITEM(p);
    IGRAPH_CHECK(il_report_string(p, "weights", "tie strength (every method uses it)"));
    IGRAPH_CHECK(il_report_number(p, "resolution", o->resolution));
    IGRAPH_CHECK(il_report_string(p, "symmetrize", il_symmetrize_name(o->symmetrize)));
    if (!how->detected) {
        return IGRAPH_SUCCESS;
    }
    IGRAPH_CHECK(il_report_string(p, "method", il_comm_method_name(o->method)));
    IGRAPH_CHECK(il_report_number(p, "seed", (double) o->seed));
    IGRAPH_CHECK(il_report_number(p, "runs_requested", (double) how->runs_requested));
    IGRAPH_CHECK(il_report_number(p, "runs_made", (double) c->runs));
    if (il_comm_method_randomised(o->method)) {
        IGRAPH_CHECK(il_report_number(p, "patience", (double) c->patience));
        IGRAPH_CHECK(il_report_string(p, "runs_stopping", c->patience > 0 ?
                                      "after the first run that leaves the best patience "
                                      "runs old" : "every run requested"));
    }
    IGRAPH_CHECK(il_report_string(p, "seeds", "run r uses seed + r"));
    IGRAPH_CHECK(il_report_string(p, "best_run", c->quality_name[0] == 'c' &&
                                  c->quality_name[1] == 'o' ? "smallest codelength" :
                                  "largest quality (first on ties)"));
    if (o->method == IL_COMM_LEIDEN) {
        IGRAPH_CHECK(il_report_string(p, "objective", o->objective == IL_OBJECTIVE_CPM ?
                                      "cpm" : "modularity"));
        IGRAPH_CHECK(il_report_number(p, "leiden_resolution",
                                      o->objective == IL_OBJECTIVE_CPM || c->total_weight <= 0 ?
                                      o->resolution : o->resolution / (2.0 * c->total_weight)));
        IGRAPH_CHECK(il_report_string(p, "leiden_node_weights", o->objective == IL_OBJECTIVE_CPM ?
                                      "1 (cpm)" : "strength (modularity)"));
        IGRAPH_CHECK(il_report_number(p, "beta", o->beta));
        IGRAPH_CHECK(il_report_string(p, "leiden_stopping", c->iterations_rule > 0 ?
                                      "a fixed number of iterations per run" :
                                      "until an iteration leaves the partition unchanged"));
        IGRAPH_CHECK(il_report_number(p, "leiden_max_iterations", c->iterations_rule > 0 ?
                                      (double) c->iterations_rule : IL_LEIDEN_MAX_ITERATIONS));
    }
    if (o->method == IL_COMM_WALKTRAP) {
        IGRAPH_CHECK(il_report_number(p, "walktrap_steps", (double) o->walktrap_steps));
    }
    IGRAPH_CHECK(il_report_number(p, "top", (double) how->top));
    return IGRAPH_SUCCESS;
}
