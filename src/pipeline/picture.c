/*
 * The pictures' recipe: which layout, which size measure, which groups,
 * and the group-level graph for very large networks. The drawing itself
 * is report/svg.c; the numbers come from analysis/layout.c.
 */
#include "pipeline/pipeline.h"
#include "core/utf8.h"
#include "report/svg.h"

#include <cjson/cJSON.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The size measure: degree, strength, none, or a numeric node column. */
static igraph_error_t size_measure(const il_graph_t *g, const char *name, igraph_vector_t *size,
                                   int *use)
{
    igraph_integer_t n = il_graph_vcount(g), v;
    il_score_t score;
    long col;
    *use = 1;
    if (!name || strcmp(name, "none") == 0) {
        *use = 0;
        return IGRAPH_SUCCESS;
    }
    if (il_score_parse(name, &score)) {
        il_centrality_options_t opts = IL_CENTRALITY_OPTIONS_INIT;
        il_centrality_t c;
        il_measure_t m;
        memset(&c, 0, sizeof c);
        opts.measures = il_measure_parse(name, &m) ? 1u << m :
                        (1u << IL_MEASURE_DEGREE) | (1u << IL_MEASURE_STRENGTH);
        IGRAPH_CHECK(il_centrality(g, &opts, &c));
        IGRAPH_FINALLY(il_centrality_destroy, &c);
        if (!c.has[score]) {
            IGRAPH_ERRORF("--size: %s is not defined for this graph (hub and authority need "
                          "a directed one, as do in_ and out_ measures).", IGRAPH_EINVAL, name);
        }
        IGRAPH_CHECK(igraph_vector_update(size, &c.score[score]));
        il_centrality_destroy(&c);
        IGRAPH_FINALLY_CLEAN(1);
        return IGRAPH_SUCCESS;
    }
    col = il_graph_vattr_find(g, name);
    if (col < 0) {
        IGRAPH_ERRORF("--size: '%s' is neither a centrality measure (degree, strength, "
                      "betweenness, eigenvector, pagerank, ...), none nor a node column.",
                      IGRAPH_EINVAL, name);
    }
    IGRAPH_CHECK(igraph_vector_resize(size, n));
    for (v = 0; v < n; v++) {
        double x;
        const char *s = il_graph_vattr_get(g, (size_t) col, v);
        if (s[0] == '\0') {
            x = IGRAPH_NAN;
        } else if (!il_parse_number(s, &x) || x < 0) {
            IGRAPH_ERRORF("--size: node column '%s' has '%s' for node '%s': expected a number "
                          ">= 0.", IGRAPH_EINVAL, name, s, il_graph_vertex_id(g, v));
        }
        VECTOR(*size)[v] = x;
    }
    return IGRAPH_SUCCESS;
}

/* Leiden communities (seeded, as `innolink communities --seed`) as a
 * partition whose groups are named 1..k like the communities command. */
static igraph_error_t community_partition(const il_graph_t *g, igraph_uint_t seed,
                                          il_partition_t *part, cJSON *params)
{
    il_communities_options_t opts;
    il_communities_t res;
    igraph_integer_t i;
    char buf[32];
    uint32_t id;
    memset(&res, 0, sizeof res);
    IGRAPH_FINALLY(il_communities_destroy, &res);
    IGRAPH_CHECK(il_communities_default(g, seed, &opts, &res));
    IGRAPH_CHECK(il_partition_from_membership(&res.membership, part));
    IGRAPH_FINALLY(il_partition_destroy, part);
    il_strtab_destroy(&part->names);
    IGRAPH_CHECK(il_strtab_init(&part->names));
    for (i = 0; i < part->k; i++) {
        snprintf(buf, sizeof buf, "%" IGRAPH_PRId, i + 1);
        IGRAPH_CHECK(il_strtab_intern(&part->names, buf, strlen(buf), &id, NULL));
    }
    if (params) {
        cJSON *c = cJSON_AddObjectToObject(params, "communities");
        if (c) {
            cJSON_AddStringToObject(c, "method", il_comm_method_name(opts.method));
            cJSON_AddNumberToObject(c, "seed", (double) opts.seed);
            cJSON_AddStringToObject(c, "symmetrize", il_symmetrize_name(opts.symmetrize));
            cJSON_AddNumberToObject(c, "runs", (double) res.runs);
            cJSON_AddNumberToObject(c, "communities", (double) res.k);
            if (isfinite(res.modularity)) {
                cJSON_AddNumberToObject(c, "modularity", res.modularity);
            }
        }
    }
    IGRAPH_FINALLY_CLEAN(1);
    il_communities_destroy(&res);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_picture_network
 * \brief Lay out and draw \p g as SVG (the group graph above 5000 nodes).
 *
 * \return IGRAPH_EINVAL for a bad --color / --size / --layout geo request
 *         (the message names the option); IGRAPH_ENOMEM.
 */
igraph_error_t il_picture_network(const il_graph_t *g, const il_picture_options_t *o,
                                  int standalone, FILE *out, igraph_integer_t *drawn,
                                  cJSON *params)
{
    il_partition_t part, gpart;
    il_graph_t grp = IL_GRAPH_INIT;
    const il_graph_t *draw = g;
    igraph_matrix_t xy;
    igraph_vector_t size;
    il_svg_network_t s;
    il_layout_kind_t used;
    int use_size = 0, have_part = 0, groups = 0;
    char note[96];
    il_clear_error();

    memset(&part, 0, sizeof part);
    memset(&gpart, 0, sizeof gpart);
    if (o->color && strcmp(o->color, "community") == 0 &&
        il_graph_vattr_find(g, "community") < 0) {
        IGRAPH_CHECK(community_partition(g, o->seed, &part, params));
        have_part = 1;
    } else if (o->color) {
        if (il_graph_vattr_find(g, o->color) < 0) {
            IGRAPH_ERRORF("--color: no node column '%s' (give it in the node table).",
                          IGRAPH_EINVAL, o->color);
        }
        IGRAPH_CHECK(il_partition_from_attr(g, o->color, IL_EMPTY_OWN_GROUP, &part));
        have_part = 1;
    }
    IGRAPH_FINALLY(il_partition_destroy, &part);
    IGRAPH_FINALLY(il_graph_destroy, &grp);
    IGRAPH_FINALLY(il_partition_destroy, &gpart);
    IGRAPH_MATRIX_INIT_FINALLY(&xy, 0, 0);
    IGRAPH_VECTOR_INIT_FINALLY(&size, 0);

    if (il_graph_vcount(g) > IL_GROUP_GRAPH_MIN) {
        igraph_vector_int_t id;
        igraph_integer_t i;
        if (!have_part) {
            IGRAPH_ERRORF("%" IGRAPH_PRId " nodes are too many to draw one by one (more than "
                          "%d): give --color ATTR to draw one node per group.", IGRAPH_EINVAL,
                          il_graph_vcount(g), IL_GROUP_GRAPH_MIN);
        }
        IGRAPH_CHECK(il_group_graph(g, &part, &grp));
        draw = &grp;
        groups = 1;
        /* each group node is coloured as its own group */
        IGRAPH_CHECK(igraph_vector_int_init_range(&id, 0, part.k));
        IGRAPH_FINALLY(igraph_vector_int_destroy, &id);
        IGRAPH_CHECK(igraph_vector_int_init_copy(&gpart.membership, &id));
        igraph_vector_int_destroy(&id);
        IGRAPH_FINALLY_CLEAN(1);
        IGRAPH_CHECK(il_strtab_copy(&gpart.names, &part.names));
        IGRAPH_CHECK(igraph_vector_int_init_copy(&gpart.size, &part.size));
        gpart.k = part.k;
        IGRAPH_CHECK(igraph_vector_resize(&size, part.k));
        for (i = 0; i < part.k; i++) {
            VECTOR(size)[i] = (double) VECTOR(part.size)[i];
        }
        use_size = 1;
    } else {
        IGRAPH_CHECK(size_measure(g, o->size, &size, &use_size));
    }
    IGRAPH_CHECK(il_layout(draw, groups && (o->layout == IL_LAYOUT_GEO ||
                                            o->layout == IL_LAYOUT_GIVEN) ? IL_LAYOUT_FR : o->layout,
                           o->seed, &xy, &used));

    s.g = draw;
    s.xy = &xy;
    s.size = use_size ? &size : NULL;
    s.size_name = groups ? "members" : o->size;
    s.color = have_part ? (groups ? &gpart : &part) : NULL;
    s.color_name = o->color;
    s.labels = groups ? 30 : o->labels;
    s.title = o->title;
    snprintf(note, sizeof note, "layout: %s, seed %lu",
             used == IL_LAYOUT_FR ? "FR" : used == IL_LAYOUT_DRL ? "DrL" : il_layout_name(used),
             (unsigned long) o->seed);
    s.note = groups ? "one node per group (group-level graph)" : note;
    s.standalone = standalone;
    s.width = (int) o->width;
    s.height = (int) o->height;
    s.fit = used != IL_LAYOUT_GEO && used != IL_LAYOUT_GIVEN;
    IGRAPH_CHECK(il_svg_write_network(&s, out, drawn));
    if (params) {
        cJSON_AddStringToObject(params, "layout", il_layout_name(used));
        cJSON_AddNumberToObject(params, "seed", (double) o->seed);
        cJSON_AddStringToObject(params, "size", s.size ? s.size_name : "none");
        if (o->color) {
            cJSON_AddStringToObject(params, "color", o->color);
        }
        cJSON_AddNumberToObject(params, "labels", (double) s.labels);
        cJSON_AddBoolToObject(params, "group_level_graph", groups);
        cJSON_AddNumberToObject(params, "nodes_drawn", drawn ? (double) *drawn : 0);
    }
    igraph_vector_destroy(&size);
    igraph_matrix_destroy(&xy);
    il_partition_destroy(&gpart);
    il_graph_destroy(&grp);
    il_partition_destroy(&part);
    IGRAPH_FINALLY_CLEAN(5);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_picture_node_style
 * \brief Node colours and sizes as the network picture draws them.
 *
 * Colour: the picture's colour of the node's group of node column
 * o->color ("community": Leiden communities seeded with o->seed, as
 * --color community draws them); empty values form their own group.
 * Size: the o->size measure (as --size), as a diameter from 6 to 30
 * growing with its square root, as the picture's radius does; NaN for a
 * node without a value.
 * \return IGRAPH_EINVAL for an unknown column or measure; IGRAPH_ENOMEM.
 * Time complexity: that of the measure or the communities.
 */
igraph_error_t il_picture_node_style(const il_graph_t *g, const il_picture_options_t *o,
                                     unsigned long **rgb, double **size, cJSON *params)
{
    igraph_integer_t n = il_graph_vcount(g), v;
    il_partition_t part;
    igraph_vector_t sz;
    int use = 0;
    double maxs = 0;

    *rgb = NULL;
    *size = NULL;
    memset(&part, 0, sizeof part);
    IGRAPH_FINALLY(il_partition_destroy, &part);
    IGRAPH_VECTOR_INIT_FINALLY(&sz, 0);
    if (o->color && strcmp(o->color, "community") == 0 &&
        il_graph_vattr_find(g, "community") < 0) {
        IGRAPH_CHECK(community_partition(g, o->seed, &part, params));
    } else if (o->color) {
        if (il_graph_vattr_find(g, o->color) < 0) {
            IGRAPH_ERRORF("--color: no node column '%s' (give it in the node table).",
                          IGRAPH_EINVAL, o->color);
        }
        IGRAPH_CHECK(il_partition_from_attr(g, o->color, IL_EMPTY_OWN_GROUP, &part));
    }
    IGRAPH_CHECK(size_measure(g, o->size, &sz, &use));
    if (o->color) {
        *rgb = malloc((size_t) (n > 0 ? n : 1) * sizeof **rgb);
        IGRAPH_CHECK_OOM(*rgb, "Out of memory colouring nodes.");
        for (v = 0; v < n; v++) {
            (*rgb)[v] = il_svg_group_rgb(VECTOR(part.membership)[v], part.k);
        }
    }
    if (use) {
        *size = malloc((size_t) (n > 0 ? n : 1) * sizeof **size);
        if (!*size) {
            free(*rgb);
            *rgb = NULL;
            IGRAPH_ERROR("Out of memory sizing nodes.", IGRAPH_ENOMEM);
        }
        for (v = 0; v < n; v++) {
            if (isfinite(VECTOR(sz)[v])) {
                maxs = fmax(maxs, VECTOR(sz)[v]);
            }
        }
        for (v = 0; v < n; v++) {
            double x = VECTOR(sz)[v];
            (*size)[v] = !isfinite(x) ? IGRAPH_NAN :
                         maxs > 0 && x > 0 ? 2 * (3 + 12 * sqrt(x / maxs)) : 6;
        }
    }
    if (params) {
        cJSON_AddStringToObject(params, "color", o->color ? o->color : "none");
        cJSON_AddStringToObject(params, "size", use ? o->size : "none");
    }
    igraph_vector_destroy(&sz);
    il_partition_destroy(&part);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_picture_plane
 * \brief Draw the coupling plane of the groups of node column \p by.
 *
 * Nodes without a value form the group "(none)". The readings are those
 * of il_coupling() with \p co (NULL: IL_COUPLING_OPTIONS_INIT; the E-I
 * permutations and vertex cuts are not run), so the picture and
 * `innolink coupling` with the same options agree. With \p before (an
 * earlier snapshot read with the same node table), each group gets an
 * arrow from its earlier place. \return IGRAPH_EINVAL when the column is
 * missing or the snapshots' groups differ; IGRAPH_ENOMEM.
 */
igraph_error_t il_picture_plane(const il_graph_t *g, const il_graph_t *before, const char *by,
                                const il_coupling_options_t *co, const char *title,
                                int standalone, FILE *out, igraph_integer_t *drawn,
                                cJSON *params)
{
    il_partition_t part, bpart;
    il_coupling_t c, bc;
    il_coupling_options_t o = IL_COUPLING_OPTIONS_INIT;
    il_clear_error();
    if (il_graph_vattr_find(g, by) < 0) {
        IGRAPH_ERRORF("--by: no node column '%s' (give it in the node table).", IGRAPH_EINVAL,
                      by);
    }
    if (co) {
        o = *co;
    }
    o.permutations = 0;
    o.cuts = 0;
    memset(&part, 0, sizeof part);
    memset(&bpart, 0, sizeof bpart);
    memset(&c, 0, sizeof c);
    memset(&bc, 0, sizeof bc);
    IGRAPH_CHECK(il_partition_from_attr(g, by, IL_EMPTY_OWN_GROUP, &part));
    IGRAPH_FINALLY(il_partition_destroy, &part);
    IGRAPH_FINALLY(il_partition_destroy, &bpart);
    IGRAPH_FINALLY(il_coupling_destroy, &c);
    IGRAPH_FINALLY(il_coupling_destroy, &bc);
    if (part.k < 2) {
        IGRAPH_ERRORF("Every node has the same '%s': the coupling plane needs at least two "
                      "groups.", IGRAPH_EINVAL, by);
    }
    IGRAPH_CHECK(il_coupling(g, &part, &o, &c));
    if (before) {
        IGRAPH_CHECK(il_partition_from_attr(before, by, IL_EMPTY_OWN_GROUP, &bpart));
        if (!il_partitions_same_groups(&part, &bpart)) {
            IGRAPH_ERRORF("--before: the snapshots have different groups by '%s'; read "
                          "both with one node table (--nodes).", IGRAPH_EINVAL, by);
        }
        IGRAPH_CHECK(il_coupling(before, &bpart, &o, &bc));
    }
    IGRAPH_CHECK(il_svg_write_plane(&part, &c, before ? &bc : NULL, by, title, standalone,
                                    out, drawn));
    if (params) {
        cJSON_AddStringToObject(params, "by", by);
        cJSON_AddStringToObject(params, "plane_reading", IL_COUPLING_READING_RULE);
    }
    il_coupling_destroy(&bc);
    il_coupling_destroy(&c);
    il_partition_destroy(&bpart);
    il_partition_destroy(&part);
    IGRAPH_FINALLY_CLEAN(4);
    return IGRAPH_SUCCESS;
}
