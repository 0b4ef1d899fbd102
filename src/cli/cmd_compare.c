/*
 * innolink compare: how a network changed between snapshots, for example
 * before and after a cooperation programme (docs/metrics-compare.md).
 */
#include "cli/cli_groups.h"
#include "cli/commands.h"

#include <cjson/cJSON.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { OPT_PERMUTATIONS = 2000, OPT_SEED, OPT_PERIOD, OPT_SNAPSHOTS, OPT_TOP, OPT_PATH_WEIGHT };

static const struct option compare_options[] = {
    IL_GROUPS_LONG_OPTIONS,
    { "permutations", required_argument, NULL, OPT_PERMUTATIONS },
    { "seed", required_argument, NULL, OPT_SEED },
    { "period", required_argument, NULL, OPT_PERIOD },
    { "snapshots", no_argument, NULL, OPT_SNAPSHOTS },
    { "top", required_argument, NULL, OPT_TOP },
    { "path-weight", required_argument, NULL, OPT_PATH_WEIGHT },
    { NULL, 0, NULL, 0 }
};

static const char *const compare_help[] = {
    "Compare snapshots of a network: BEFORE AFTER, a series of files in time order",
    "(--snapshots A B C ...), or one file split by an edge column (--period COL).",
    "For each snapshot: the summary keys (and E-I with --by). For each step: ties",
    "gained, lost, strengthened and weakened; entrants and leavers; the QAP",
    "correlation of the two networks; with --by, the change of E-I with a",
    "permutation test, each group's move on the loose-coupling plane, tie changes",
    "and block densities per pair of groups; the actors whose betweenness,",
    "brokerage or cross-group ties changed most. Actors are aligned by id.",
    "",
    "Groups (optional):",
    "  --by ATTR            group the nodes by node attribute ATTR",
    "  --empty-group        put nodes with an empty ATTR in the group \"(none)\"",
    "  --table NAME         the table --format csv prints (default: snapshots)",
    "",
    "Compare:",
    "  --snapshots          the operands are a series in time order (2 or more)",
    "  --period COL         split the one EDGES file by the values of edge column COL",
    "  --permutations N     permutations for the QAP and E-I tests (default: 1000; 0: none)",
    "  --seed S             seed for the permutations (default: 42)",
    "  --top K              actors listed per step (default: 10)",
    "  --path-weight MODE   distance for betweenness: inverse (1/w, default), none",
    "                       (hops) or raw (the weight is a distance)",
    NULL
};

const struct il_cli_spec compare_spec = {
    "compare", "innolink compare BEFORE AFTER [--nodes NODES] [--by ATTR] [options]",
    compare_help, compare_options, 2, 0
};

struct compare_ctx {
    struct il_groups_cli gc;
    igraph_integer_t permutations, top;
    igraph_uint_t seed;
    const char *period;
    il_distance_t path_weight;
};

static int compare_option(int code, const char *arg, void *vctx)
{
    struct compare_ctx *c = vctx;
    igraph_integer_t v;
    if (il_groups_option(code, arg, &c->gc) == 0) {
        return 0;
    }
    switch (code) {
    case OPT_PERMUTATIONS:
        if (!il_parse_count(arg, &v)) {
            return il_usage_error(&compare_spec, "--permutations: expected a whole number "
                                  ">= 0, not '%s'", arg);
        }
        c->permutations = v;
        return 0;
    case OPT_SEED:
        if (!il_parse_count(arg, &v)) {
            return il_usage_error(&compare_spec, "--seed: expected a whole number >= 0, "
                                  "not '%s'", arg);
        }
        c->seed = (igraph_uint_t) v;
        return 0;
    case OPT_PERIOD:
        c->period = arg;
        return 0;
    case OPT_PATH_WEIGHT:
        if (!il_distance_parse(arg, &c->path_weight)) {
            return il_usage_error(&compare_spec, "--path-weight: expected inverse, none or "
                                  "raw, not '%s'", arg);
        }
        return 0;
    case OPT_SNAPSHOTS:
        return 0;           /* the operands are the series either way */
    case OPT_TOP:
        if (!il_parse_count(arg, &v) || v < 1) {
            return il_usage_error(&compare_spec, "--top: expected a whole number >= 1, "
                                  "not '%s'", arg);
        }
        c->top = v;
        return 0;
    }
    return il_usage_error(&compare_spec, "unexpected option");
}

struct snapshot {
    char *label;
    il_graph_t g;
    il_summary_t s;
    il_centrality_t ce;
    il_partition_t p;
    il_coupling_t cp;
    il_brokerage_t br;
    int grouped;
};

static void snapshot_destroy(struct snapshot *s)
{
    free(s->label);
    il_graph_destroy(&s->g);
    il_centrality_destroy(&s->ce);
    il_partition_destroy(&s->p);
    il_coupling_destroy(&s->cp);
    il_brokerage_destroy(&s->br);
    memset(s, 0, sizeof *s);
}

/* The base name of a path, as a snapshot label. */
static char *label_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    return strdup(slash ? slash + 1 : path);
}

static int cmp_period(const void *a, const void *b)
{
    const char *x = *(const char *const *) a, *y = *(const char *const *) b;
    double u, v;
    if (il_parse_number(x, &u) && il_parse_number(y, &v) && u != v) {
        return u < v ? -1 : 1;
    }
    return strcmp(x, y);
}

/* The distinct non-empty values of edge column COL, in time order. */
static int period_values(const struct il_cli *cli, const char *col, char ***values, size_t *n)
{
    il_graph_t g = IL_GRAPH_INIT;
    long c;
    size_t i, k = 0, nval;
    int ret = il_cli_load(cli, &g);
    *values = NULL;
    *n = 0;
    if (ret != IL_EXIT_OK) {
        return ret;
    }
    c = il_graph_eattr_find(&g, col);
    if (c < 0) {
        il_graph_destroy(&g);
        fprintf(stderr, "innolink: error: --period: no edge column '%s' in '%s'\n", col,
                cli->load.edges_path);
        return IL_EXIT_DATA;
    }
    nval = il_strtab_size(&g.eattr.col[c].values);  /* value 0 is "" */
    *values = calloc(nval + 1, sizeof **values);
    for (i = 1; *values && i < nval; i++) {
        if (!((*values)[k++] = strdup(il_strtab_get(&g.eattr.col[c].values, (uint32_t) i)))) {
            break;
        }
    }
    il_graph_destroy(&g);
    if (!*values || i < nval) {
        fprintf(stderr, "innolink: error: out of memory\n");
        return IL_EXIT_DATA;
    }
    qsort(*values, k, sizeof **values, cmp_period);
    *n = k;
    return IL_EXIT_OK;
}

struct cmd_state {
    struct il_cli cli;
    struct compare_ctx c;
    struct snapshot *snap;
    size_t nsnap;
    char **periods;
    il_where_t *where;      /* --where plus the period condition */
    char *period_expr;
};

/* Load snapshot i and run the per-snapshot analyses. */
static int snapshot_load(struct cmd_state *st, size_t i)
{
    struct snapshot *s = &st->snap[i];
    il_load_options_t lo = st->cli.load;
    il_summary_options_t so = IL_SUMMARY_OPTIONS_INIT;
    il_centrality_options_t co = IL_CENTRALITY_OPTIONS_INIT;
    il_coupling_options_t cpo = IL_COUPLING_OPTIONS_INIT;
    il_where_t w;
    int ret;

    if (st->periods) {
        size_t len = strlen(st->c.period) + strlen(st->periods[i]) + 2;
        free(st->period_expr);
        st->period_expr = malloc(len);
        if (!st->period_expr) {
            return il_data_error();
        }
        snprintf(st->period_expr, len, "%s=%s", st->c.period, st->periods[i]);
        if (il_where_parse(st->period_expr, &w) != IGRAPH_SUCCESS) {
            return il_data_error();
        }
        if (st->cli.nwhere > 0) {
            memcpy(st->where, st->cli.where, st->cli.nwhere * sizeof *st->where);
        }
        st->where[st->cli.nwhere] = w;
        lo.where = st->where;
        lo.nwhere = st->cli.nwhere + 1;
        s->label = strdup(st->periods[i]);
    } else {
        lo.edges_path = st->cli.operands[i];
        s->label = label_of(st->cli.operands[i]);
    }
    if (!s->label) {
        ret = il_data_error();
    } else if (il_load_graph(&lo, &s->g) != IGRAPH_SUCCESS) {
        ret = il_data_error();
    } else {
        ret = IL_EXIT_OK;
    }
    if (st->periods) {
        il_where_destroy(&w);
    }
    if (ret != IL_EXIT_OK) {
        return ret;
    }
    co.measures = 1u << IL_MEASURE_BETWEENNESS;
    co.path_weight = st->c.path_weight;
    co.jobs = 1;
    cpo.permutations = 0;
    cpo.cuts = 0;
    if (il_summary(&s->g, &so, &s->s) != IGRAPH_SUCCESS ||
        il_centrality(&s->g, &co, &s->ce) != IGRAPH_SUCCESS) {
        return il_data_error();
    }
    if (st->c.gc.by) {
        if (il_partition_from_attr(&s->g, st->c.gc.by, st->c.gc.empty_own ? IL_EMPTY_OWN_GROUP
                                   : IL_EMPTY_ERROR, &s->p) != IGRAPH_SUCCESS ||
            il_groups_require_two(&s->p, st->c.gc.by) != IGRAPH_SUCCESS ||
            il_coupling(&s->g, &s->p, &cpo, &s->cp) != IGRAPH_SUCCESS ||
            il_brokerage(&s->g, &s->p, &s->br) != IGRAPH_SUCCESS) {
            return il_data_error();
        }
        s->grouped = 1;
    }
    return IL_EXIT_OK;
}

static il_snapshot_view_t view_of(const struct snapshot *s)
{
    il_snapshot_view_t v;
    v.label = s->label;
    v.g = &s->g;
    v.summary = &s->s;
    v.centrality = &s->ce;
    v.coupling = s->grouped ? &s->cp : NULL;
    v.groups = s->grouped ? &s->p : NULL;
    v.brokerage = s->grouped ? &s->br : NULL;
    return v;
}

/* The groups of the aligned actors, from whichever snapshot has them. The
 * groups must mean the same in both: same names in the same order. */
static int union_groups(const struct snapshot *a, const struct snapshot *b,
                        const il_alignment_t *al, const char *by,
                        igraph_vector_int_t *group_of)
{
    igraph_integer_t u, n = il_strtab_size(&al->ids), g;
    if (a->p.k != b->p.k) {
        goto differ;
    }
    for (g = 0; g < a->p.k; g++) {
        if (strcmp(il_partition_name(&a->p, g), il_partition_name(&b->p, g)) != 0) {
            goto differ;
        }
    }
    if (igraph_vector_int_init(group_of, n) != IGRAPH_SUCCESS) {
        return il_data_error();
    }
    for (u = 0; u < n; u++) {
        igraph_integer_t va = VECTOR(al->in_before)[u], vb = VECTOR(al->in_after)[u];
        VECTOR(*group_of)[u] = va >= 0 ? VECTOR(a->p.membership)[va]
                               : VECTOR(b->p.membership)[vb];
    }
    return IL_EXIT_OK;
differ:
    fprintf(stderr, "innolink: error: the snapshots '%s' and '%s' have different groups "
            "by '%s'; give them one node table with --nodes\n", a->label, b->label, by);
    return IL_EXIT_DATA;
}

/* Compare snapshot i with snapshot i + 1 and add the step to the report. */
static int compare_step(struct cmd_state *st, size_t i, il_report_t *rep)
{
    struct snapshot *a = &st->snap[i], *b = &st->snap[i + 1];
    il_snapshot_view_t va = view_of(a), vb = view_of(b);
    il_alignment_t al;
    il_tie_changes_t ties;
    il_qap_t qap;
    il_ei_change_t ei;
    igraph_vector_int_t group_of;
    int grouped = a->grouped && b->grouped, ret = IL_EXIT_OK;
    char key[300];

    memset(&ties, 0, sizeof ties);
    memset(&group_of, 0, sizeof group_of);
    if (il_alignment_init(&al, &a->g, &b->g) != IGRAPH_SUCCESS) {
        return il_data_error();
    }
    if (grouped && (ret = union_groups(a, b, &al, st->c.gc.by, &group_of)) != IL_EXIT_OK) {
        goto cleanup;
    }
    snprintf(key, sizeof key, "change %s -> %s", a->label, b->label);
    if (il_compare_ties(&a->g, &b->g, &al, grouped ? &group_of : NULL, a->p.k, &ties) ||
        il_qap_correlation(&a->g, &b->g, &al, /* weighted = */ 1, st->c.permutations,
                           st->c.seed, &qap) ||
        (grouped && il_ei_change_test(&a->g, &b->g, &al, &group_of, st->c.permutations,
                                      st->c.seed, &ei)) ||
        il_report_add_change(rep, key, &va, &vb, &al, &ties, &qap, grouped ? &ei : NULL,
                             st->c.top)) {
        ret = il_data_error();
    }
cleanup:
    if (group_of.stor_begin) {
        igraph_vector_int_destroy(&group_of);
    }
    il_tie_changes_destroy(&ties);
    il_alignment_destroy(&al);
    return ret;
}

static int add_parameters(struct cmd_state *st, il_report_t *rep)
{
    cJSON *p = il_report_parameters(rep), *list;
    size_t i;
    if (!p || il_report_string(p, "by", st->c.gc.by) ||
        il_report_string(p, "period", st->c.period) ||
        il_report_number(p, "permutations", (double) st->c.permutations) ||
        il_report_number(p, "seed", (double) st->c.seed) ||
        il_report_number(p, "top", (double) st->c.top) ||
        il_report_string(p, "path_weight", il_distance_name(st->c.path_weight)) ||
        il_report_string(p, "qap_values", "tie strengths") ||
        !(list = cJSON_AddArrayToObject(p, "snapshot_files"))) {
        return il_data_error();
    }
    for (i = 0; i < (size_t) st->cli.noperands; i++) {
        cJSON *s = cJSON_CreateString(st->cli.operands[i]);
        if (!s) {
            return il_data_error();
        }
        cJSON_AddItemToArray(list, s);
    }
    return IL_EXIT_OK;
}

int cmd_compare(int argc, char **argv)
{
    struct cmd_state st;
    il_report_t rep = { NULL, NULL };
    size_t i, nper = 0;
    int ret;

    memset(&st, 0, sizeof st);
    st.c.permutations = 1000;
    st.c.seed = 42;
    st.c.top = 10;
    ret = il_cli_parse(argc, argv, &compare_spec, &st.cli, compare_option, &st.c);
    if (ret != IL_EXIT_OK || st.cli.done) {
        goto cleanup;
    }
    if (st.c.period && st.cli.noperands != 1) {
        ret = il_usage_error(&compare_spec, "--period splits one EDGES file: give exactly one");
        goto cleanup;
    }
    if (!st.c.period && st.cli.noperands < 2) {
        ret = il_usage_error(&compare_spec, "give two snapshots (BEFORE AFTER), more with "
                             "--snapshots, or one file with --period COL");
        goto cleanup;
    }
    if (st.c.period) {
        if ((ret = period_values(&st.cli, st.c.period, &st.periods, &nper)) != IL_EXIT_OK) {
            goto cleanup;
        }
        if (nper < 2) {
            fprintf(stderr, "innolink: error: --period %s: '%s' holds %zu distinct value%s; "
                    "comparing needs two or more\n", st.c.period, st.cli.load.edges_path,
                    nper, nper == 1 ? "" : "s");
            ret = IL_EXIT_DATA;
            goto cleanup;
        }
        st.nsnap = nper;
        st.where = calloc(st.cli.nwhere + 1, sizeof *st.where);
    } else {
        st.nsnap = (size_t) st.cli.noperands;
    }
    st.snap = calloc(st.nsnap, sizeof *st.snap);
    if (!st.snap || (st.c.period && !st.where)) {
        ret = il_data_error();
        goto cleanup;
    }
    for (i = 0; i < st.nsnap; i++) {
        il_progress("loading snapshots", (double) i / (double) st.nsnap);
        if ((ret = snapshot_load(&st, i)) != IL_EXIT_OK) {
            goto cleanup;
        }
    }
    il_progress("loading snapshots", 1.0);
    if (il_report_init(&rep, "compare") != IGRAPH_SUCCESS) {
        ret = il_data_error();
        goto cleanup;
    }
    {
        il_snapshot_view_t *views = calloc(st.nsnap, sizeof *views);
        if (!views) {
            ret = il_data_error();
            goto cleanup;
        }
        for (i = 0; i < st.nsnap; i++) {
            views[i] = view_of(&st.snap[i]);
        }
        ret = il_report_add_snapshots(&rep, views, st.nsnap) ? il_data_error() : IL_EXIT_OK;
        free(views);
        if (ret != IL_EXIT_OK) {
            goto cleanup;
        }
    }
    for (i = 0; i + 1 < st.nsnap; i++) {
        if ((ret = compare_step(&st, i, &rep)) != IL_EXIT_OK) {
            goto cleanup;
        }
    }
    if ((ret = add_parameters(&st, &rep)) != IL_EXIT_OK ||
        il_report_add_input(&rep, &st.cli.load, &st.snap[0].g) != IGRAPH_SUCCESS) {
        ret = ret ? ret : il_data_error();
        goto cleanup;
    }
    ret = il_groups_emit(&compare_spec, &st.cli, &st.c.gc, &rep);
cleanup:
    il_report_destroy(&rep);
    for (i = 0; st.snap && i < st.nsnap; i++) {
        snapshot_destroy(&st.snap[i]);
    }
    free(st.snap);
    for (i = 0; st.periods && st.periods[i]; i++) {
        free(st.periods[i]);
    }
    free(st.periods);
    free(st.where);
    free(st.period_expr);
    il_cli_destroy(&st.cli);
    return ret;
}
