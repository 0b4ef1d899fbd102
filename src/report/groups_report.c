/*
 * Report sections of the between-group commands: coupling, mixing and
 * brokerage. A k x k matrix is a table whose rows start with the key
 * "group" (the row group) followed by one key per column group, so the text
 * formatter prints it with group names as row and column headers.
 */
#include "report/report.h"
#include "report/report_internal.h"

#include <stdlib.h>
#include <string.h>

static igraph_error_t add_matrix(cJSON *obj, const char *key, const il_partition_t *p,
                                 const igraph_matrix_t *m)
{
    cJSON *rows = cJSON_AddArrayToObject(obj, key), *row;
    igraph_integer_t i, j;
    CHECK_ITEM(rows);
    for (i = 0; i < p->k; i++) {
        CHECK_ITEM(row = cJSON_CreateObject());
        cJSON_AddItemToArray(rows, row);
        IGRAPH_CHECK(il_report_string(row, "group", il_partition_name(p, i)));
        for (j = 0; j < p->k; j++) {
            IGRAPH_CHECK(il_report_number(row, il_partition_name(p, j), MATRIX(*m, i, j)));
        }
    }
    return IGRAPH_SUCCESS;
}

static cJSON *new_row(cJSON *rows)
{
    cJSON *row = cJSON_CreateObject();
    if (row) {
        cJSON_AddItemToArray(rows, row);
    }
    return row;
}

static igraph_error_t add_group_header(il_report_t *r, const il_graph_t *g,
                                       const il_partition_t *p, const char *attr)
{
    IGRAPH_CHECK(il_report_string(r->root, "by", attr));
    IGRAPH_CHECK(il_report_number(r->root, "groups", (double) p->k));
    IGRAPH_CHECK(il_report_number(r->root, "nodes", (double) il_graph_vcount(g)));
    IGRAPH_CHECK(il_report_bool(r->root, "directed", g->directed));
    return IGRAPH_SUCCESS;
}

/* The `parameters` object (after the top-level scalars) with --by and
 * --empty-group; NULL when out of memory. */
static cJSON *group_parameters(il_report_t *r, const char *attr, const char *empty)
{
    cJSON *par = il_report_parameters(r);
    if (!par || !cJSON_AddStringToObject(par, "by", attr) ||
        !cJSON_AddStringToObject(par, "empty_group", empty)) {
        return NULL;
    }
    return par;
}

/* The top-level scalars of coupling: tie counts, E-I and its p-values. */
static igraph_error_t coupling_scalars(il_report_t *r, const il_coupling_t *c)
{
    cJSON *root = r->root;
    IGRAPH_CHECK(il_report_number(root, "ties", c->whole.ties_in + c->whole.ties_out));
    IGRAPH_CHECK(il_report_number(root, "ties_inside", c->whole.ties_in));
    IGRAPH_CHECK(il_report_number(root, "ties_between", c->whole.ties_out));
    IGRAPH_CHECK(il_report_number(root, "weight_inside", c->whole.weight_in));
    IGRAPH_CHECK(il_report_number(root, "weight_between", c->whole.weight_out));
    IGRAPH_CHECK(il_report_number(root, "ei_index", c->whole.ei));
    IGRAPH_CHECK(il_report_number(root, "ei_index_weighted", c->whole.ei_weighted));
    IGRAPH_CHECK(il_report_number(root, "ei_expected", c->whole.expected));
    IGRAPH_CHECK(il_report_number(root, "ei_rescaled", c->whole.rescaled));
    IGRAPH_CHECK(il_report_number(root, "ei_p_value", c->p_greater));
    IGRAPH_CHECK(il_report_number(root, "ei_p_less", c->p_less));
    IGRAPH_CHECK(il_report_number(root, "ei_p_value_weighted", c->p_greater_weighted));
    IGRAPH_CHECK(il_report_number(root, "ei_p_less_weighted", c->p_less_weighted));
    return IGRAPH_SUCCESS;
}

/* The `parameters` of coupling, with what was computed and what skipped. */
static igraph_error_t coupling_parameters(il_report_t *r, const char *attr, const char *empty,
                                          const il_coupling_options_t *o,
                                          const il_coupling_t *c)
{
    cJSON *par;
    CHECK_ITEM(par = group_parameters(r, attr, empty));
    IGRAPH_CHECK(il_report_number(par, "permutations", (double) o->permutations));
    IGRAPH_CHECK(il_report_number(par, "seed", (double) o->seed));
    IGRAPH_CHECK(il_report_string(par, "p_value", "share of label permutations (group sizes "
                                  "kept) with E-I >= observed (ei_p_value) or <= observed "
                                  "(ei_p_less); one-sided, no +1 correction"));
    IGRAPH_CHECK(il_report_string(par, "reading", IL_COUPLING_READING_RULE));
    IGRAPH_CHECK(il_report_number(par, "isolated_below", c->isolated_below));
    IGRAPH_CHECK(il_report_string(par, "vertex_cuts", c->cuts_done ? "computed"
                                  : !o->cuts ? "skipped (--no-cuts)"
                                  : c->npairs > IL_COUPLING_MAX_CUT_PAIRS
                                  ? "skipped (more than 1000 pairs of groups)"
                                  : "skipped (pairs x (nodes + ties) above 2e8: too much "
                                  "work)"));
    IGRAPH_CHECK(il_report_string(par, "articulation_points", c->articulation_done
                                  ? "computed" : "skipped (too much work: points x (n + m) "
                                  "> 5e8)"));
    IGRAPH_CHECK(il_report_string(par, "self_loops", "skipped"));
    return IGRAPH_SUCCESS;
}

/* `groups_table` (E-I, cohesion, coupling per group) and `plane`. */
static igraph_error_t coupling_groups(cJSON *root, const il_partition_t *p,
                                      const il_coupling_t *c)
{
    cJSON *rows, *row;
    igraph_integer_t i;

    CHECK_ITEM(rows = cJSON_AddArrayToObject(root, "groups_table"));
    for (i = 0; i < p->k; i++) {
        const il_coupling_group_t *gr = &c->group[i];
        CHECK_ITEM(row = new_row(rows));
        IGRAPH_CHECK(il_report_string(row, "group", il_partition_name(p, i)));
        IGRAPH_CHECK(il_report_number(row, "size", (double) gr->size));
        IGRAPH_CHECK(il_report_number(row, "ties_inside", gr->ei.ties_in));
        IGRAPH_CHECK(il_report_number(row, "ties_outside", gr->ei.ties_out));
        IGRAPH_CHECK(il_report_number(row, "weight_inside", gr->ei.weight_in));
        IGRAPH_CHECK(il_report_number(row, "weight_outside", gr->ei.weight_out));
        IGRAPH_CHECK(il_report_number(row, "density", gr->density));
        IGRAPH_CHECK(il_report_number(row, "weighted_density", gr->weighted_density));
        IGRAPH_CHECK(il_report_number(row, "ei_index", gr->ei.ei));
        IGRAPH_CHECK(il_report_number(row, "ei_index_weighted", gr->ei.ei_weighted));
        IGRAPH_CHECK(il_report_number(row, "ei_expected", gr->ei.expected));
        IGRAPH_CHECK(il_report_number(row, "ei_rescaled", gr->ei.rescaled));
        IGRAPH_CHECK(il_report_number(row, "coupling_share", gr->coupling_share));
        IGRAPH_CHECK(il_report_number(row, "bridging_actors", (double) gr->bridging));
    }

    CHECK_ITEM(rows = cJSON_AddArrayToObject(root, "plane"));
    for (i = 0; i < p->k; i++) {
        const il_coupling_group_t *gr = &c->group[i];
        char why[512];
        CHECK_ITEM(row = new_row(rows));
        IGRAPH_CHECK(il_report_string(row, "group", il_partition_name(p, i)));
        IGRAPH_CHECK(il_report_number(row, "cohesion", gr->weighted_density));
        IGRAPH_CHECK(il_report_number(row, "cohesion_expected", gr->cohesion_expected));
        IGRAPH_CHECK(il_report_number(row, "cohesion_ratio", gr->cohesion_ratio));
        IGRAPH_CHECK(il_report_number(row, "cohesion_z", gr->cohesion_z));
        IGRAPH_CHECK(il_report_number(row, "cohesion_p_greater", gr->cohesion_p_greater));
        IGRAPH_CHECK(il_report_number(row, "cohesion_p_less", gr->cohesion_p_less));
        IGRAPH_CHECK(il_report_number(row, "cohesion_p", gr->cohesion_p));
        IGRAPH_CHECK(il_report_number(row, "coupling", gr->coupling_share));
        IGRAPH_CHECK(il_report_number(row, "coupling_expected", gr->coupling_expected));
        IGRAPH_CHECK(il_report_number(row, "coupling_ratio", gr->coupling_ratio));
        IGRAPH_CHECK(il_report_string(row, "reading", il_coupling_reading_name(gr->reading)));
        il_coupling_reading_evidence(c, i, why, sizeof why);
        IGRAPH_CHECK(il_report_string(row, "decided_by", why));
    }
    return IGRAPH_SUCCESS;
}

/* `cut_actors`: the ids of a pair's minimum vertex cut, space-separated
 * (null when cuts were not computed). */
static igraph_error_t add_cut_actors(cJSON *row, const il_graph_t *g,
                                     const il_coupling_pair_t *pr)
{
    size_t len = 1;
    igraph_integer_t v;
    char *s;
    if (pr->cut_size < 0) {
        return il_report_string(row, "cut_actors", NULL);
    }
    for (v = 0; v < pr->cut_size; v++) {
        len += strlen(il_graph_vertex_id(g, VECTOR(pr->cut)[v])) + 1;
    }
    CHECK_ITEM(s = calloc(len, 1));
    for (v = 0; v < pr->cut_size; v++) {
        if (v > 0) {
            strcat(s, " ");
        }
        strcat(s, il_graph_vertex_id(g, VECTOR(pr->cut)[v]));
    }
    if (!cJSON_AddStringToObject(row, "cut_actors", s)) {
        free(s);
        IGRAPH_ERROR("Out of memory building the report.", IGRAPH_ENOMEM);
    }
    free(s);
    return IGRAPH_SUCCESS;
}

/* `pairs` (ties, densities, key actor and cut per pair of groups) and
 * `unlinked_pairs`. */
static igraph_error_t coupling_pairs(cJSON *root, const il_graph_t *g, const il_partition_t *p,
                                     const il_coupling_t *c)
{
    cJSON *rows, *row;
    igraph_integer_t i;
    double df = c->directed ? 2 : 1;

    CHECK_ITEM(rows = cJSON_AddArrayToObject(root, "pairs"));
    for (i = 0; i < c->npairs; i++) {
        const il_coupling_pair_t *pr = &c->pair[i];
        double pairs = df * (double) VECTOR(p->size)[pr->a] * (double) VECTOR(p->size)[pr->b];
        CHECK_ITEM(row = new_row(rows));
        IGRAPH_CHECK(il_report_string(row, "group_a", il_partition_name(p, pr->a)));
        IGRAPH_CHECK(il_report_string(row, "group_b", il_partition_name(p, pr->b)));
        IGRAPH_CHECK(il_report_number(row, "ties", pr->ties));
        IGRAPH_CHECK(il_report_number(row, "weight", pr->weight));
        IGRAPH_CHECK(il_report_number(row, "density", pr->ties / pairs));
        IGRAPH_CHECK(il_report_number(row, "weighted_density", pr->weight / pairs));
        IGRAPH_CHECK(il_report_string(row, "key_actor",
                                      pr->top >= 0 ? il_graph_vertex_id(g, pr->top) : NULL));
        IGRAPH_CHECK(il_report_number(row, "key_actor_weight", pr->top_weight));
        IGRAPH_CHECK(il_report_number(row, "key_actor_share",
                                      pr->weight > 0 ? pr->top_weight / pr->weight : NAN));
        IGRAPH_CHECK(il_report_number(row, "min_vertex_cut",
                                      pr->cut_size >= 0 ? (double) pr->cut_size : NAN));
        IGRAPH_CHECK(add_cut_actors(row, g, pr));
    }

    CHECK_ITEM(rows = cJSON_AddArrayToObject(root, "unlinked_pairs"));
    for (i = 0; i < c->npairs; i++) {
        const il_coupling_pair_t *pr = &c->pair[i];
        if (pr->ties == 0) {
            CHECK_ITEM(row = new_row(rows));
            IGRAPH_CHECK(il_report_string(row, "group_a", il_partition_name(p, pr->a)));
            IGRAPH_CHECK(il_report_string(row, "group_b", il_partition_name(p, pr->b)));
        }
    }
    return IGRAPH_SUCCESS;
}

/* `articulation_points` and `bridging_ties`. */
static igraph_error_t coupling_weak_points(cJSON *root, const il_graph_t *g,
                                           const il_partition_t *p, const il_coupling_t *c)
{
    cJSON *rows, *row;
    igraph_integer_t i, v;

    CHECK_ITEM(rows = cJSON_AddArrayToObject(root, "articulation_points"));
    for (i = 0; i < igraph_vector_int_size(&c->articulation); i++) {
        v = VECTOR(c->articulation)[i];
        CHECK_ITEM(row = new_row(rows));
        IGRAPH_CHECK(il_report_string(row, "node", il_graph_vertex_id(g, v)));
        IGRAPH_CHECK(il_report_string(row, "group",
                                      il_partition_name(p, VECTOR(p->membership)[v])));
        IGRAPH_CHECK(il_report_number(row, "pieces",
                                      (double) VECTOR(c->articulation_pieces)[i]));
        IGRAPH_CHECK(il_report_number(row, "cross_group_pairs_cut",
                                      VECTOR(c->articulation_pairs)[i]));
    }

    CHECK_ITEM(rows = cJSON_AddArrayToObject(root, "bridging_ties"));
    for (i = 0; i < igraph_vector_int_size(&c->bridges); i++) {
        igraph_integer_t e = VECTOR(c->bridges)[i];
        igraph_integer_t a = IGRAPH_FROM(&g->graph, e), b = IGRAPH_TO(&g->graph, e);
        if (!g->directed && a > b) {    /* undirected: the node first in the node order */
            igraph_integer_t t = a;
            a = b;
            b = t;
        }
        CHECK_ITEM(row = new_row(rows));
        IGRAPH_CHECK(il_report_string(row, "source", il_graph_vertex_id(g, a)));
        IGRAPH_CHECK(il_report_string(row, "target", il_graph_vertex_id(g, b)));
        IGRAPH_CHECK(il_report_string(row, "source_group",
                                      il_partition_name(p, VECTOR(p->membership)[a])));
        IGRAPH_CHECK(il_report_string(row, "target_group",
                                      il_partition_name(p, VECTOR(p->membership)[b])));
        IGRAPH_CHECK(il_report_number(row, "weight", VECTOR(g->weight)[e]));
    }
    return IGRAPH_SUCCESS;
}

/* `nodes_table`: per-node E-I and participation. */
static igraph_error_t coupling_nodes(cJSON *root, const il_graph_t *g, const il_partition_t *p,
                                     const il_coupling_t *c)
{
    cJSON *rows, *row;
    igraph_integer_t v;

    CHECK_ITEM(rows = cJSON_AddArrayToObject(root, "nodes_table"));
    for (v = 0; v < c->n; v++) {
        const il_ei_t *x = &c->node[v];
        CHECK_ITEM(row = new_row(rows));
        IGRAPH_CHECK(il_report_string(row, "node", il_graph_vertex_id(g, v)));
        IGRAPH_CHECK(il_report_string(row, "label", il_graph_vertex_label(g, v)));
        IGRAPH_CHECK(il_report_string(row, "group",
                                      il_partition_name(p, VECTOR(p->membership)[v])));
        IGRAPH_CHECK(il_report_number(row, "ties_inside", x->ties_in));
        IGRAPH_CHECK(il_report_number(row, "ties_outside", x->ties_out));
        IGRAPH_CHECK(il_report_number(row, "weight_inside", x->weight_in));
        IGRAPH_CHECK(il_report_number(row, "weight_outside", x->weight_out));
        IGRAPH_CHECK(il_report_number(row, "ei_index", x->ei));
        IGRAPH_CHECK(il_report_number(row, "ei_index_weighted", x->ei_weighted));
        IGRAPH_CHECK(il_report_number(row, "participation", VECTOR(c->participation)[v]));
        IGRAPH_CHECK(il_report_number(row, "participation_weighted",
                                      VECTOR(c->participation_weighted)[v]));
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_add_coupling
 * \brief The coupling report: E-I scalars, groups, the loose-coupling
 *        plane, block matrices, pairs of groups, unlinked pairs,
 *        articulation points, bridging ties and nodes.
 *
 * \param empty  How empty group values were handled ("error" or "own group").
 * \return IGRAPH_ENOMEM. Time complexity: O(n + m + k^2).
 */
igraph_error_t il_report_add_coupling(il_report_t *r, const il_graph_t *g,
                                      const il_partition_t *p, const char *attr,
                                      const char *empty, const il_coupling_options_t *o,
                                      const il_coupling_t *c)
{
    IGRAPH_CHECK(add_group_header(r, g, p, attr));
    IGRAPH_CHECK(coupling_scalars(r, c));
    IGRAPH_CHECK(coupling_parameters(r, attr, empty, o, c));
    IGRAPH_CHECK(coupling_groups(r->root, p, c));
    IGRAPH_CHECK(add_matrix(r->root, "block_ties", p, &c->ties));
    IGRAPH_CHECK(add_matrix(r->root, "block_weight", p, &c->weight));
    IGRAPH_CHECK(add_matrix(r->root, "block_density", p, &c->density));
    IGRAPH_CHECK(add_matrix(r->root, "block_weighted_density", p, &c->weighted_density));
    IGRAPH_CHECK(coupling_pairs(r->root, g, p, c));
    IGRAPH_CHECK(coupling_weak_points(r->root, g, p, c));
    IGRAPH_CHECK(coupling_nodes(r->root, g, p, c));
    IGRAPH_CHECK(il_report_add_tests(r, "tests", g, p, &c->tests, "coupling"));
    r->table = "groups_table";
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_add_mixing
 * \brief The mixing report: assortativity, the four mixing matrices, the
 *        pairs of groups with observed and expected shares, and the
 *        `helix_pairs` rows (the pairs among industry, university and
 *        research, taken from `pairs`; mixing rows, not the Triple-Helix
 *        synergy, which helix_report.c adds) when the groups include all three.
 *
 * \return IGRAPH_ENOMEM. Time complexity: O(k^2).
 */
igraph_error_t il_report_add_mixing(il_report_t *r, const il_graph_t *g,
                                    const il_partition_t *p, const char *attr,
                                    const char *empty, const il_mixing_t *x)
{
    cJSON *root = r->root, *rows, *row, *helix = NULL;
    igraph_integer_t a, b, n = il_graph_vcount(g);
    double *ra, *cb, *raw, *cbw, allpairs = (double) n * (double) (n - 1);
    igraph_integer_t ind = -1, uni = -1, res = -1;
    igraph_error_t rc = IGRAPH_ENOMEM;

    IGRAPH_CHECK(add_group_header(r, g, p, attr));
    IGRAPH_CHECK(il_report_number(root, "ties", x->ties_total));
    IGRAPH_CHECK(il_report_number(root, "total_weight", x->weight_total));
    IGRAPH_CHECK(il_report_number(root, "assortativity", x->assortativity));
    IGRAPH_CHECK(il_report_number(root, "assortativity_weighted", x->assortativity_weighted));
    CHECK_ITEM(rows = group_parameters(r, attr, empty));
    IGRAPH_CHECK(il_report_string(rows, "self_loops", "skipped"));
    IGRAPH_CHECK(add_matrix(root, "mixing_ties", p, &x->ties));
    IGRAPH_CHECK(add_matrix(root, "mixing_weight", p, &x->weight));
    IGRAPH_CHECK(add_matrix(root, "mixing_ties_shares", p, &x->e));
    IGRAPH_CHECK(add_matrix(root, "mixing_weight_shares", p, &x->e_weighted));

    ra = calloc((size_t) (4 * x->k), sizeof *ra);
    CHECK_ITEM(ra);
    cb = ra + x->k;
    raw = cb + x->k;
    cbw = raw + x->k;
    for (a = 0; a < x->k; a++) {
        for (b = 0; b < x->k; b++) {
            ra[a] += MATRIX(x->e, a, b);
            cb[b] += MATRIX(x->e, a, b);
            raw[a] += MATRIX(x->e_weighted, a, b);
            cbw[b] += MATRIX(x->e_weighted, a, b);
        }
        if (strcmp(il_partition_name(p, a), "industry") == 0) {
            ind = a;
        } else if (strcmp(il_partition_name(p, a), "university") == 0) {
            uni = a;
        } else if (strcmp(il_partition_name(p, a), "research") == 0) {
            res = a;
        }
    }
    if (!(rows = cJSON_AddArrayToObject(root, "pairs"))) {
        goto fail;
    }
    if (ind >= 0 && uni >= 0 && res >= 0 && !(helix = cJSON_AddArrayToObject(root, "helix_pairs"))) {
        goto fail;
    }
    for (a = 0; a < x->k; a++) {
        for (b = a; b < x->k; b++) {
            double na = (double) VECTOR(p->size)[a], nb = (double) VECTOR(p->size)[b];
            double ties = a == b ? MATRIX(x->ties, a, a) : MATRIX(x->ties, a, b)
                          + (x->directed ? MATRIX(x->ties, b, a) : 0);
            double w = a == b ? MATRIX(x->weight, a, a) : MATRIX(x->weight, a, b)
                       + (x->directed ? MATRIX(x->weight, b, a) : 0);
            double ex = a == b ? ra[a] * cb[a] : ra[a] * cb[b] + ra[b] * cb[a];
            double exw = a == b ? raw[a] * cbw[a] : raw[a] * cbw[b] + raw[b] * cbw[a];
            double expairs = a == b ? na * (na - 1) / allpairs : 2 * na * nb / allpairs;
            double share = x->ties_total > 0 ? ties / x->ties_total : NAN;
            int is_helix = helix && a != b &&
                           ((a == ind || a == uni || a == res) && (b == ind || b == uni || b == res));
            int pass;
            for (pass = 0; pass < 1 + is_helix; pass++) {
                if (!(row = new_row(pass == 0 ? rows : helix)) ||
                    !cJSON_AddStringToObject(row, "group_a", il_partition_name(p, a)) ||
                    !cJSON_AddStringToObject(row, "group_b", il_partition_name(p, b)) ||
                    !cJSON_AddNumberToObject(row, "ties", ties) ||
                    !cJSON_AddNumberToObject(row, "weight", w) ||
                    !cJSON_AddNumberToObject(row, "share", share) ||
                    !cJSON_AddNumberToObject(row, "expected_share", ex) ||
                    !cJSON_AddNumberToObject(row, "ratio", ex > 0 ? share / ex : NAN) ||
                    !cJSON_AddNumberToObject(row, "expected_share_by_size", n > 1 ? expairs : NAN) ||
                    !cJSON_AddNumberToObject(row, "weight_share", x->weight_total > 0
                                             ? w / x->weight_total : NAN) ||
                    !cJSON_AddNumberToObject(row, "expected_weight_share", exw) ||
                    !cJSON_AddNumberToObject(row, "weight_ratio", exw > 0 && x->weight_total > 0
                                             ? w / x->weight_total / exw : NAN)) {
                    goto fail;
                }
            }
        }
    }
    free(ra);
    r->table = "pairs";
    return IGRAPH_SUCCESS;
fail:
    free(ra);
    IGRAPH_ERROR("Out of memory building the report.", rc);
}

/**
 * \function il_report_add_brokerage
 * \brief The brokerage report: global roles with expectations and
 *        z-scores, expectations per broker group, and every node's counts,
 *        expectations and z-scores.
 *
 * \return IGRAPH_ENOMEM. Time complexity: O(n + k).
 */
igraph_error_t il_report_add_brokerage(il_report_t *r, const il_graph_t *g,
                                       const il_partition_t *p, const char *attr,
                                       const char *empty, const il_brokerage_t *b)
{
    cJSON *root = r->root, *rows, *row, *par;
    igraph_integer_t i, v;
    int role;
    char key[48];

    IGRAPH_CHECK(add_group_header(r, g, p, attr));
    IGRAPH_CHECK(il_report_number(root, "arcs", (double) b->arcs));
    IGRAPH_CHECK(il_report_number(root, "arc_density", b->density));
    CHECK_ITEM(par = group_parameters(r, attr, empty));
    IGRAPH_CHECK(il_report_string(par, "undirected", g->directed ? "not applicable"
                                  : "read as the symmetric directed graph: each pair counted "
                                  "in both orders, representative = gatekeeper"));
    IGRAPH_CHECK(il_report_string(par, "null_model", "sna::brokerage (Gould-Fernandez 1989), "
                                  "d = arcs / (n(n-1))"));
    IGRAPH_CHECK(il_report_string(par, "self_loops", "skipped"));

    CHECK_ITEM(rows = cJSON_AddArrayToObject(root, "roles"));
    for (role = 0; role < IL_BROKER_ROLES; role++) {
        CHECK_ITEM(row = new_row(rows));
        IGRAPH_CHECK(il_report_string(row, "role", il_broker_role_name(role)));
        IGRAPH_CHECK(il_report_number(row, "observed", b->global_raw[role]));
        IGRAPH_CHECK(il_report_number(row, "expected", b->global_expected[role]));
        IGRAPH_CHECK(il_report_number(row, "sd", b->global_sd[role]));
        IGRAPH_CHECK(il_report_number(row, "z", b->global_z[role]));
    }
    CHECK_ITEM(rows = cJSON_AddArrayToObject(root, "expected_by_group"));
    for (i = 0; i < p->k; i++) {
        CHECK_ITEM(row = new_row(rows));
        IGRAPH_CHECK(il_report_string(row, "group", il_partition_name(p, i)));
        IGRAPH_CHECK(il_report_number(row, "size", (double) VECTOR(p->size)[i]));
        for (role = 0; role < IL_BROKER_ROLES; role++) {
            IGRAPH_CHECK(il_report_number(row, il_broker_role_name(role),
                                          MATRIX(b->group_expected, i, role)));
        }
        for (role = 0; role < IL_BROKER_ROLES; role++) {
            snprintf(key, sizeof key, "sd_%s", il_broker_role_name(role));
            IGRAPH_CHECK(il_report_number(row, key, MATRIX(b->group_sd, i, role)));
        }
    }
    CHECK_ITEM(rows = cJSON_AddArrayToObject(root, "nodes_table"));
    for (v = 0; v < b->n; v++) {
        CHECK_ITEM(row = new_row(rows));
        IGRAPH_CHECK(il_report_string(row, "node", il_graph_vertex_id(g, v)));
        IGRAPH_CHECK(il_report_string(row, "group",
                                      il_partition_name(p, VECTOR(p->membership)[v])));
        for (role = 0; role < IL_BROKER_ROLES; role++) {
            IGRAPH_CHECK(il_report_number(row, il_broker_role_name(role),
                                          MATRIX(b->raw, v, role)));
        }
        for (role = 0; role < IL_BROKER_ROLES; role++) {
            snprintf(key, sizeof key, "exp_%s", il_broker_role_name(role));
            IGRAPH_CHECK(il_report_number(row, key, MATRIX(b->expected, v, role)));
        }
        for (role = 0; role < IL_BROKER_ROLES; role++) {
            snprintf(key, sizeof key, "z_%s", il_broker_role_name(role));
            IGRAPH_CHECK(il_report_number(row, key, MATRIX(b->z, v, role)));
        }
    }
    r->table = "nodes_table";
    return IGRAPH_SUCCESS;
}

/**
 * \function il_report_add_brokerage_tests
 * \brief Beside sna's expectations: the null's mean and z of every node's
 *        counts in `nodes_table` (null_exp_<role>, null_z_<role>), and every
 *        test, the network's roles included, in `tests`.
 *
 * Call after il_report_add_brokerage() on the same report.
 * \return IGRAPH_ENOMEM. Time complexity: O(n).
 */
igraph_error_t il_report_add_brokerage_tests(il_report_t *r, const il_graph_t *g,
                                             const il_partition_t *p,
                                             const il_null_tests_t *t)
{
    cJSON *rows, *row, *par;
    igraph_integer_t v, i, n = il_graph_vcount(g);
    igraph_integer_t *at;       /* node v, role r -> its test, or -1 */
    int role;
    char key[48];
    int tested = t->opts.samples > 0;
    at = malloc((size_t) (n * IL_BROKER_ROLES + 1) * sizeof *at);
    CHECK_ITEM(at);
    IGRAPH_FINALLY(igraph_free, at);
    for (i = 0; i < n * IL_BROKER_ROLES; i++) {
        at[i] = -1;
    }
    for (i = 0; i < t->nstat; i++) {
        const il_null_stat_t *st = &t->stat[i];
        if (st->subject == IL_SUBJECT_NODE && st->role >= 0 && st->a < n &&
            strcmp(st->family, "brokerage") == 0) {
            at[st->a * IL_BROKER_ROLES + st->role] = i;
        }
    }
    rows = cJSON_GetObjectItemCaseSensitive(r->root, "nodes_table");
    v = 0;
    cJSON_ArrayForEach(row, rows) {
        if (!tested) {
            break;
        }
        for (role = 0; role < IL_BROKER_ROLES; role++) {
            i = at[v * IL_BROKER_ROLES + role];
            snprintf(key, sizeof key, "null_exp_%s", il_broker_role_name(role));
            IGRAPH_CHECK(il_report_number(row, key, i >= 0 ? VECTOR(t->mean)[i] : NAN));
        }
        for (role = 0; role < IL_BROKER_ROLES; role++) {
            i = at[v * IL_BROKER_ROLES + role];
            snprintf(key, sizeof key, "null_z_%s", il_broker_role_name(role));
            IGRAPH_CHECK(il_report_number(row, key, i >= 0 ? VECTOR(t->z)[i] : NAN));
        }
        v++;
    }
    CHECK_ITEM(par = il_report_parameters(r));
    IGRAPH_CHECK(il_report_string(par, "null_exp_z", "null_exp_* and null_z_*: the count's "
                                  "mean and z-score against the null in null_models (default: "
                                  "degree-preserving rewiring), beside sna's density-only "
                                  "exp_* and z_*"));
    igraph_free(at);
    IGRAPH_FINALLY_CLEAN(1);
    return il_report_add_tests(r, "tests", g, p, t, "brokerage");
}
