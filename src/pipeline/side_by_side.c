/*
 * Every group side by side: one table with a row per group and a column per
 * group measure (docs/metrics-groups.md, "Every group side by side"), built
 * from the per-group tables of a command's report document. Nothing is
 * computed here: each cell is a copy of the value the per-group table
 * holds, and IL_SIDE_COLUMNS says where each column comes from. Also the
 * per-group tables summary --by and centrality --by and brokerage add.
 */
#include "pipeline/side_internal.h"
#include "pipeline/groups_internal.h"
#include "model/strtab.h"

#include <cjson/cJSON.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define OOM(what) IGRAPH_ERROR("Out of memory building " what ".", IGRAPH_ENOMEM)

/* The table being built: group rows (by name) and the column map. */
typedef struct side {
    il_strtab_t groups;     /* group name -> row index */
    cJSON *rows;            /* one object per group: column -> value */
    cJSON *columns;         /* {column, table, key} per column, in order */
} side_t;

/* The row of group \p name, added when new. */
static cJSON *row_of(side_t *s, const char *name)
{
    uint32_t id;
    int is_new;
    cJSON *row;
    if (il_strtab_intern(&s->groups, name, strlen(name), &id, &is_new) != IGRAPH_SUCCESS) {
        return NULL;
    }
    if (!is_new) {
        return cJSON_GetArrayItem(s->rows, (int) id);
    }
    row = cJSON_CreateObject();
    if (row) {
        cJSON_AddItemToArray(s->rows, row);
    }
    return row;
}

/* The column that holds key \p key of table \p table, added when new: named
 * prefix + key, or table.key when another source took that name. NULL when
 * out of memory. */
static const char *column_of(side_t *s, const char *table, const char *prefix, const char *key)
{
    const cJSON *c;
    cJSON *entry;
    char *name;
    size_t len = strlen(table) + strlen(prefix) + strlen(key) + 2;
    int taken = 0;
    cJSON_ArrayForEach(c, s->columns) {
        const char *ct = cJSON_GetObjectItemCaseSensitive(c, "table")->valuestring;
        const char *ck = cJSON_GetObjectItemCaseSensitive(c, "key")->valuestring;
        if (strcmp(ct, table) == 0 && strcmp(ck, key) == 0) {
            return cJSON_GetObjectItemCaseSensitive(c, "column")->valuestring;
        }
    }
    if (!(name = malloc(len))) {
        return NULL;
    }
    snprintf(name, len, "%s%s", prefix, key);
    cJSON_ArrayForEach(c, s->columns) {
        taken |= strcmp(cJSON_GetObjectItemCaseSensitive(c, "column")->valuestring, name) == 0;
    }
    if (taken || strcmp(name, "group") == 0) {
        snprintf(name, len, "%s.%s", table, key);
    }
    entry = cJSON_CreateObject();
    if (!entry || !cJSON_AddStringToObject(entry, "column", name) ||
        !cJSON_AddStringToObject(entry, "table", table) ||
        !cJSON_AddStringToObject(entry, "key", key)) {
        cJSON_Delete(entry);
        free(name);
        return NULL;
    }
    free(name);
    cJSON_AddItemToArray(s->columns, entry);
    return cJSON_GetObjectItemCaseSensitive(entry, "column")->valuestring;
}

/* Copy every scalar of \p obj (nested objects as a.b) into the row of
 * \p group; the keys naming the group are skipped. */
static igraph_error_t add_entry(side_t *s, const il_side_source_t *src, const char *group,
                                const cJSON *obj, const char *path)
{
    const cJSON *it;
    cJSON *row = row_of(s, group);
    char key[512];
    if (!row) {
        OOM("the side-by-side table");
    }
    cJSON_ArrayForEach(it, obj) {
        const char *col;
        cJSON *copy;
        if (!path[0] && (strcmp(it->string, "group") == 0 || strcmp(it->string, "group_a") == 0 ||
                         strcmp(it->string, "group_b") == 0)) {
            continue;
        }
        snprintf(key, sizeof key, "%s%s%s", path, path[0] ? "." : "", it->string);
        if (cJSON_IsObject(it)) {
            IGRAPH_CHECK(add_entry(s, src, group, it, key));
            continue;
        }
        if (cJSON_IsArray(it)) {
            continue;       /* lists are not one value per group */
        }
        col = column_of(s, src->table, src->prefix, key);
        copy = cJSON_Duplicate(it, 0);
        if (!col || !copy) {
            cJSON_Delete(copy);
            OOM("the side-by-side table");
        }
        cJSON_DeleteItemFromObjectCaseSensitive(row, col);
        cJSON_AddItemToObject(row, col, copy);
    }
    return IGRAPH_SUCCESS;
}

/* The per-group entries of one source. */
static igraph_error_t add_source(side_t *s, const cJSON *root, const il_side_source_t *src)
{
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(root, src->table), *it;
    if (!t) {
        return IGRAPH_SUCCESS;
    }
    cJSON_ArrayForEach(it, t) {
        const cJSON *g = NULL, *b;
        if (src->kind == IL_SIDE_OBJECT) {
            if (cJSON_IsObject(it)) {
                IGRAPH_CHECK(add_entry(s, src, it->string, it, ""));
            }
            continue;
        }
        if (src->kind == IL_SIDE_ROWS) {
            g = cJSON_GetObjectItemCaseSensitive(it, "group");
        } else {
            g = cJSON_GetObjectItemCaseSensitive(it, "group_a");
            b = cJSON_GetObjectItemCaseSensitive(it, "group_b");
            if (!cJSON_IsString(b) || !cJSON_IsString(g) ||
                strcmp(g->valuestring, b->valuestring) != 0) {
                continue;
            }
        }
        if (cJSON_IsString(g)) {
            IGRAPH_CHECK(add_entry(s, src, g->valuestring, it, ""));
        }
    }
    return IGRAPH_SUCCESS;
}

static void side_free(side_t *s)
{
    il_strtab_destroy(&s->groups);
    cJSON_Delete(s->rows);
    cJSON_Delete(s->columns);
}

/**
 * \function il_i_side_by_side
 * \brief Put every group's measures side by side: IL_SIDE_TABLE and
 *        IL_SIDE_COLUMNS in \p root.
 *
 * Each row holds `group`, then one cell per column in the order the
 * columns were met: the value of that group's entry in the source table, a
 * copy (null when the group has no value there). Columns are named by the
 * source's prefix and the key (nested keys as a.b), or table.key when that
 * name is taken; IL_SIDE_COLUMNS lists {column, table, key} for each. Rows
 * follow the first source's group order. Lists inside entries are left out.
 *
 * \return IGRAPH_ENOMEM. Time complexity: O(groups x columns^2).
 */
igraph_error_t il_i_side_by_side(cJSON *root, const il_side_source_t *src, size_t n)
{
    side_t s;
    cJSON *table, *row, *c;
    size_t i;
    memset(&s, 0, sizeof s);
    IGRAPH_FINALLY(side_free, &s);
    IGRAPH_CHECK(il_strtab_init(&s.groups));
    s.rows = cJSON_CreateArray();
    s.columns = cJSON_CreateArray();
    if (!s.rows || !s.columns) {
        OOM("the side-by-side table");
    }
    for (i = 0; i < n; i++) {
        IGRAPH_CHECK(add_source(&s, root, &src[i]));
    }
    /* Every row: group, then each column in order, null where missing. */
    if (!(table = cJSON_AddArrayToObject(root, IL_SIDE_TABLE))) {
        OOM("the side-by-side table");
    }
    i = 0;
    cJSON_ArrayForEach(row, s.rows) {
        cJSON *out = cJSON_CreateObject();
        const char *gname = il_strtab_get(&s.groups, (uint32_t) i++);
        if (!out || !cJSON_AddStringToObject(out, "group", gname)) {
            cJSON_Delete(out);
            OOM("the side-by-side table");
        }
        cJSON_AddItemToArray(table, out);
        cJSON_ArrayForEach(c, s.columns) {
            const char *name = cJSON_GetObjectItemCaseSensitive(c, "column")->valuestring;
            const cJSON *v = cJSON_GetObjectItemCaseSensitive(row, name);
            cJSON *copy = v ? cJSON_Duplicate(v, 0) : cJSON_CreateNull();
            if (!copy) {
                OOM("the side-by-side table");
            }
            cJSON_AddItemToObject(out, name, copy);
        }
    }
    cJSON_AddItemToObject(root, IL_SIDE_COLUMNS, s.columns);
    s.columns = NULL;
    side_free(&s);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_side_by_side_job
 * \brief il_i_side_by_side() on a job's report; the side-by-side table
 *        becomes what --format csv prints, unless --table (\p table) names
 *        another.
 */
igraph_error_t il_i_side_by_side_job(il_job_ctx_t *ctx, const char *table,
                                     const il_side_source_t *src, size_t n)
{
    IGRAPH_CHECK(il_i_side_by_side(ctx->report->root, src, n));
    if (!table) {
        ctx->report->table = IL_SIDE_TABLE;
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_group_totals
 * \brief Per group: `nodes`, and for each per-node column its total and
 *        mean over the group's nodes that have a value (NaN left out).
 *
 * \param cols  cols[c]: one value per node, or NULL (column skipped).
 * \return IGRAPH_ENOMEM. Time complexity: O(n x columns).
 */
igraph_error_t il_i_group_totals(cJSON *root, const char *key, const il_partition_t *p,
                                 const char *const *names, const igraph_vector_t *const *cols,
                                 size_t ncols)
{
    cJSON *rows = cJSON_AddArrayToObject(root, key), *row;
    igraph_integer_t n = igraph_vector_int_size(&p->membership), k, v;
    double *sum, *cnt;
    char name[128];
    size_t c;
    if (!rows) {
        OOM("group totals");
    }
    sum = calloc((size_t) (2 * p->k) + 1, sizeof *sum);
    if (!sum) {
        OOM("group totals");
    }
    IGRAPH_FINALLY(igraph_free, sum);
    cnt = sum + p->k;
    for (k = 0; k < p->k; k++) {
        if (!(row = cJSON_CreateObject())) {
            OOM("group totals");
        }
        cJSON_AddItemToArray(rows, row);
        if (!cJSON_AddStringToObject(row, "group", il_partition_name(p, k)) ||
            !cJSON_AddNumberToObject(row, "nodes", (double) VECTOR(p->size)[k])) {
            OOM("group totals");
        }
    }
    for (c = 0; c < ncols; c++) {
        if (!cols[c]) {
            continue;
        }
        memset(sum, 0, (size_t) (2 * p->k) * sizeof *sum);
        for (v = 0; v < n; v++) {
            double x = VECTOR(*cols[c])[v];
            if (!isnan(x)) {
                sum[VECTOR(p->membership)[v]] += x;
                cnt[VECTOR(p->membership)[v]] += 1;
            }
        }
        row = rows->child;
        for (k = 0; k < p->k; k++, row = row->next) {
            snprintf(name, sizeof name, "%s_total", names[c]);
            IGRAPH_CHECK(il_report_number(row, name, sum[k]));
            snprintf(name, sizeof name, "%s_mean", names[c]);
            IGRAPH_CHECK(il_report_number(row, name, cnt[k] > 0 ? sum[k] / cnt[k] : NAN));
        }
    }
    igraph_free(sum);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* The keys of a summary that describe loading, not the group. */
static int load_key(const char *k)
{
    return strcmp(k, "duplicates_merged") == 0 || strcmp(k, "self_loops_dropped") == 0 ||
           strcmp(k, "directed") == 0 || strcmp(k, "command") == 0;
}

/**
 * \function il_i_summary_groups
 * \brief `groups_table`: for each group of \p p, the summary keys of the
 *        subgraph its nodes induce (the ties among them), with the same
 *        options as the whole network (path statistics per group).
 *
 * \return IGRAPH_ENOMEM; what il_summary() returns.
 *
 * Time complexity: that of il_summary() on each group's subgraph.
 */
igraph_error_t il_i_summary_groups(cJSON *root, const il_graph_t *g, const il_partition_t *p,
                                   const il_summary_options_t *o)
{
    igraph_integer_t n = il_graph_vcount(g), k, v;
    cJSON *rows = cJSON_AddArrayToObject(root, "groups_table");
    char *keep;
    if (!rows) {
        OOM("the group summaries");
    }
    keep = calloc((size_t) (n > 0 ? n : 1), 1);
    if (!keep) {
        OOM("the group summaries");
    }
    IGRAPH_FINALLY(igraph_free, keep);
    for (k = 0; k < p->k; k++) {
        il_graph_t sub = IL_GRAPH_INIT;
        il_report_t rep = { NULL, NULL };
        il_summary_t s;
        const cJSON *it;
        cJSON *row;
        for (v = 0; v < n; v++) {
            keep[v] = VECTOR(p->membership)[v] == k;
        }
        IGRAPH_FINALLY(il_graph_destroy, &sub);
        IGRAPH_CHECK(il_graph_induce(g, keep, &sub));
        IGRAPH_CHECK(il_summary(&sub, o, &s));
        IGRAPH_FINALLY(il_report_destroy, &rep);
        IGRAPH_CHECK(il_report_init(&rep, "summary"));
        IGRAPH_CHECK(il_report_add_summary(&rep, &s, o));
        if (!(row = cJSON_CreateObject()) ||
            !cJSON_AddStringToObject(row, "group", il_partition_name(p, k))) {
            cJSON_Delete(row);
            OOM("the group summaries");
        }
        cJSON_AddItemToArray(rows, row);
        cJSON_ArrayForEach(it, rep.root) {
            if (!cJSON_IsObject(it) && !cJSON_IsArray(it) && !load_key(it->string)) {
                cJSON *copy = cJSON_Duplicate(it, 0);
                if (!copy) {
                    OOM("the group summaries");
                }
                cJSON_AddItemToObject(row, it->string, copy);
            }
        }
        /* how this group's path statistics were computed (exact or sampled) */
        it = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(rep.root,
                                                                               "parameters"),
                                              "paths");
        if (cJSON_IsString(it) && !cJSON_AddStringToObject(row, "paths", it->valuestring)) {
            OOM("the group summaries");
        }
        il_report_destroy(&rep);
        il_graph_destroy(&sub);
        IGRAPH_FINALLY_CLEAN(2);
    }
    igraph_free(keep);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}
