/*
 * The mrqap job: multiple regression QAP of tie strength (OLS) or tie
 * presence (logistic) on dyadic covariates built from node attributes and
 * from other tie tables, with Dekker's double semi-partialling
 * (docs/metrics-mrqap.md). Named after UCINET's MRQAP, the name analysts
 * know the method by (sna calls it netlm / netlogit); `regress` would not
 * say that the p-values come from permutations, and `qap` is already the
 * correlation `compare` reports.
 */
#include "pipeline/mrqap_internal.h"
#include "core/utf8.h"
#include "report/html.h"

#include <cjson/cJSON.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define TERM_MAX 512
#define HTML_MAX_DYADS 250000.0     /* about 700 nodes: a few seconds of permutations */

/* ---- The --covariates list -------------------------------------------------- */

typedef enum term_kind {
    TERM_SAME, TERM_DIFF, TERM_DISTANCE, TERM_TIES, TERM_TIED
} term_kind_t;

/* One term of the list: its kind, its argument and its name (as given). */
typedef struct term {
    term_kind_t kind;
    char name[TERM_MAX];
    const char *arg;            /* into name: the attribute or the file */
} term_t;

static const char kinds_list[] = "same:ATTR, diff:ATTR, distance (node columns lat and lon), "
                                 "distance:LAT/LON, ties:FILE (tie strength), tied:FILE "
                                 "(0/1)";

/* Parse term number \p k of \p list into \p t: 1 (or 0 past the last), -1
 * with the reason in \p why. */
static int term_at(const char *list, int k, term_t *t, char *why, size_t size)
{
    const char *p = list, *end;
    size_t len;
    int i;
    for (i = 0; i < k; i++) {
        p = strchr(p, ',');
        if (!p) {
            return 0;
        }
        p++;
    }
    while (*p == ' ') {
        p++;
    }
    end = strchr(p, ',');
    len = end ? (size_t) (end - p) : strlen(p);
    while (len > 0 && p[len - 1] == ' ') {
        len--;
    }
    if (len == 0 || len >= TERM_MAX) {
        snprintf(why, size, "empty or overlong term in '%s'", list);
        return -1;
    }
    memcpy(t->name, p, len);
    t->name[len] = '\0';
    t->arg = NULL;
    if (strcmp(t->name, "distance") == 0) {
        t->kind = TERM_DISTANCE;
        return 1;
    }
    {
        static const struct {
            const char *prefix;
            term_kind_t kind;
        } kinds[] = {
            { "same:", TERM_SAME }, { "diff:", TERM_DIFF }, { "distance:", TERM_DISTANCE },
            { "ties:", TERM_TIES }, { "tied:", TERM_TIED }
        };
        size_t j;
        for (j = 0; j < sizeof kinds / sizeof kinds[0]; j++) {
            size_t pl = strlen(kinds[j].prefix);
            if (strncmp(t->name, kinds[j].prefix, pl) == 0) {
                t->kind = kinds[j].kind;
                t->arg = t->name + pl;
                if (!t->arg[0]) {
                    snprintf(why, size, "'%s' names no %s", t->name,
                             kinds[j].kind >= TERM_TIES ? "file" : "attribute");
                    return -1;
                }
                if (t->kind == TERM_DISTANCE && !strchr(t->arg, '/')) {
                    snprintf(why, size, "'%s': give the columns as distance:LAT/LON", t->name);
                    return -1;
                }
                return 1;
            }
        }
    }
    snprintf(why, size, "unknown covariate '%s'; the kinds are %s", t->name, kinds_list);
    return -1;
}

/**
 * \function il_i_mrqap_parse
 * \brief Check a --covariates list and count its terms.
 *
 * \return 1, or 0 with the reason in \p why: an empty term, an unknown
 *         kind (the reason lists the kinds), a kind without its argument,
 *         or the same term twice.
 */
int il_i_mrqap_parse(const char *list, int *nterms, char *why, size_t size)
{
    term_t t, u;
    int k, i, rc;
    *nterms = 0;
    if (!list || !list[0]) {
        snprintf(why, size, "no covariates; give --covariates LIST with %s", kinds_list);
        return 0;
    }
    for (k = 0; (rc = term_at(list, k, &t, why, size)) == 1; k++) {
        for (i = 0; i < k; i++) {
            term_at(list, i, &u, why, size);
            if (strcmp(u.name, t.name) == 0) {
                snprintf(why, size, "'%s' is given twice", t.name);
                return 0;
            }
        }
    }
    if (rc < 0) {
        return 0;
    }
    if (k > 60) {
        snprintf(why, size, "at most 60 covariates");
        return 0;
    }
    *nterms = k;
    return 1;
}

/* Load the tie table \p file with the loading options of the network. */
static igraph_error_t load_ties(const il_load_options_t *load, const char *file, il_graph_t *h)
{
    il_load_options_t lo = *load;
    lo.edges_path = file;
    lo.where = NULL;
    lo.nwhere = 0;
    lo.ego = NULL;
    lo.radius = 1;
    lo.affiliation = 0;
    lo.actor_col = lo.event_col = NULL;
    lo.projection = IL_PROJ_COUNT;
    if (load->affiliation) {        /* the network's columns were actor and event */
        lo.source_col = lo.target_col = lo.weight_col = NULL;
    }
    return il_load_graph(&lo, h);
}

/**
 * \function il_i_mrqap_run
 * \brief Dyads, terms, fit, test and report.
 *
 * Terms in the order of \p list. A tie table is read with the network's
 * loading options (delimiter, columns, direction, duplicates, self-loops,
 * node table) but without --where and --ego; its ties with an end outside
 * the network are left out and counted.
 *
 * \return IGRAPH_EINVAL for a bad list (with *usage = 1), an unknown
 *         attribute, a non-numeric value, collinear terms; the loader's
 *         errors for a tie table; what il_mrqap() returns.
 */
igraph_error_t il_i_mrqap_run(const il_graph_t *g, const il_load_options_t *load,
                              const char *list, il_mrqap_outcome_t outcome,
                              const il_mrqap_options_t *o, il_report_t *rep, int *usage)
{
    il_dyads_t d;
    il_mrqap_t m;
    igraph_integer_t *outside;
    char why[1024];
    int nterms, k;
    term_t t;

    if (!il_i_mrqap_parse(list, &nterms, why, sizeof why)) {
        if (usage) {
            *usage = 1;
        }
        IGRAPH_ERRORF("--covariates: %s", IGRAPH_EINVAL, why);
    }
    memset(&m, 0, sizeof m);
    IGRAPH_CHECK(il_dyads_init(&d, g, outcome, nterms));
    IGRAPH_FINALLY(il_dyads_destroy, &d);
    outside = IGRAPH_CALLOC(nterms + 1, igraph_integer_t);
    IGRAPH_CHECK_OOM(outside, "Out of memory for the covariates.");
    IGRAPH_FINALLY(igraph_free, outside);
    outside[0] = -1;
    for (k = 0; k < nterms; k++) {
        term_at(list, k, &t, why, sizeof why);
        outside[k + 1] = -1;
        switch (t.kind) {
        case TERM_SAME:
            IGRAPH_CHECK(il_dyads_add_same(&d, g, t.arg));
            break;
        case TERM_DIFF:
            IGRAPH_CHECK(il_dyads_add_diff(&d, g, t.arg));
            break;
        case TERM_DISTANCE:
            if (!t.arg) {
                IGRAPH_CHECK(il_dyads_add_distance(&d, g, "lat", "lon"));
            } else {
                char lat[TERM_MAX];
                const char *slash = strchr(t.arg, '/');
                size_t len = (size_t) (slash - t.arg);
                memcpy(lat, t.arg, len);
                lat[len] = '\0';
                IGRAPH_CHECK(il_dyads_add_distance(&d, g, lat, slash + 1));
            }
            free(d.name[d.p - 1]);        /* named as given: distance or distance:A/B */
            d.name[d.p - 1] = strdup(t.name);
            IGRAPH_CHECK_OOM(d.name[d.p - 1], "Out of memory for the covariates.");
            break;
        case TERM_TIES:
        case TERM_TIED: {
            il_graph_t h = IL_GRAPH_INIT;
            IGRAPH_CHECK(load_ties(load, t.arg, &h));
            IGRAPH_FINALLY(il_graph_destroy, &h);
            IGRAPH_CHECK(il_dyads_add_ties(&d, g, &h, t.kind == TERM_TIED, t.name,
                                           &outside[k + 1]));
            il_graph_destroy(&h);
            IGRAPH_FINALLY_CLEAN(1);
            break;
        }
        }
    }
    IGRAPH_FINALLY(il_mrqap_destroy, &m);
    IGRAPH_CHECK(il_mrqap(&d, o, &m));
    IGRAPH_CHECK(il_report_add_mrqap(rep, &d, &m, o, outcome == IL_MRQAP_PRESENCE
                                     ? "tie presence: 1 with a tie, 0 without"
                                     : "tie strength: the weight, 0 without a tie", outside));
    il_mrqap_destroy(&m);
    IGRAPH_FREE(outside);
    il_dyads_destroy(&d);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}

/* ---- The job ---------------------------------------------------------------- */

typedef struct mrqap_job {
    const char *covariates;     /* --covariates LIST */
    int outcome;                /* il_mrqap_outcome_t; -1: by the model */
    il_mrqap_options_t o;
} mrqap_job_t;

static const il_opt_choice_t models[] = {
    { "ols", IL_MRQAP_OLS }, { "logit", IL_MRQAP_LOGIT }, { NULL, 0 }
};

static const il_opt_choice_t outcomes[] = {
    { "strength", IL_MRQAP_STRENGTH }, { "presence", IL_MRQAP_PRESENCE }, { NULL, 0 }
};

/* --covariates: checked when given, so that a bad list is a usage error. */
static int parse_covariates(const char *text, void *field, char *why, size_t size)
{
    int n;
    if (!il_i_mrqap_parse(text, &n, why, size)) {
        return 0;
    }
    *(const char **) field = text;
    return 1;
}

static const il_optdef_t mrqap_options[] = {
    IL_OPTDEF_CUSTOM("covariates", mrqap_job_t, covariates, parse_covariates),
    IL_OPTDEF_CHOICE("model", mrqap_job_t, o.model, models, NULL),
    IL_OPTDEF_CHOICE("outcome", mrqap_job_t, outcome, outcomes, NULL),
    IL_OPTDEF_INT("permutations", mrqap_job_t, o.permutations, 0, 100000000),
    IL_OPTDEF_UINT("seed", mrqap_job_t, o.seed),
    IL_OPTDEF_INT("jobs", mrqap_job_t, o.jobs, 1, 1024),
    { .name = NULL }
};

static const char *const mrqap_help[] = {
    "Multiple regression QAP: does a tie (or its strength) go with shared",
    "attributes, similar values, proximity or earlier ties? OLS of tie strength",
    "(as sna::netlm) or logistic regression of tie presence (as sna::netlogit) on",
    "dyadic covariates, every dyad a row; p-values by Dekker's double",
    "semi-partialling (UCINET MRQAP, netlm nullhyp = \"qapspp\"): each term's",
    "residual on the other terms is permuted over the nodes. Undirected: each",
    "pair once; directed: each ordered pair; a node is never paired with itself.",
    "",
    "Regression:",
    "  --covariates LIST    comma-separated terms (required):",
    "                         same:ATTR   1 when both nodes share the value of ATTR",
    "                         diff:ATTR   |difference| of the number ATTR",
    "                         distance    great-circle km from node columns lat, lon",
    "                                     (distance:LAT/LON for other columns)",
    "                         ties:FILE   tie strength in another tie table (prior",
    "                                     ties; same nodes, matched by id)",
    "                         tied:FILE   1 when FILE has the tie, else 0",
    "  --model MODEL        ols|logit (default: ols)",
    "  --outcome WHAT       strength|presence (default: strength for ols; logit",
    "                       always models presence)",
    "  --permutations N     permutations per term (default: 1000; 0: no test)",
    "  --seed S             seed of the permutations (default: 42)",
    "  --jobs N             worker processes (default: cores); the numbers do not",
    "                       depend on it",
    NULL
};

static void mrqap_init(void *opts)
{
    mrqap_job_t *j = opts;
    il_mrqap_options_t init = IL_MRQAP_OPTIONS_INIT;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    memset(j, 0, sizeof *j);
    j->o = init;
    j->outcome = -1;
    j->o.jobs = cores >= 1 ? (cores > 1024 ? 1024 : cores) : 1;
}

static igraph_error_t mrqap_check(const il_job_args_t *a)
{
    const mrqap_job_t *j = a->opts;
    char why[1024];
    term_t t;
    int n, k;
    if (!j->covariates) {
        return il_i_job_refuse("mrqap needs --covariates LIST (%s)", kinds_list);
    }
    if (j->o.model == IL_MRQAP_LOGIT && j->outcome == IL_MRQAP_STRENGTH) {
        return il_i_job_refuse("--model logit models tie presence: drop --outcome strength");
    }
    il_i_mrqap_parse(j->covariates, &n, why, sizeof why);
    for (k = 0; k < n; k++) {
        term_at(j->covariates, k, &t, why, sizeof why);
        if ((t.kind == TERM_TIES || t.kind == TERM_TIED) &&
            il_i_job_distinct(a, a->output, t.arg) != IGRAPH_SUCCESS) {
            return IGRAPH_EINVAL;
        }
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t mrqap_run(il_job_ctx_t *ctx)
{
    const mrqap_job_t *j = ctx->opts;
    il_mrqap_outcome_t outcome = j->o.model == IL_MRQAP_LOGIT ? IL_MRQAP_PRESENCE :
                                 j->outcome < 0 ? IL_MRQAP_STRENGTH :
                                 (il_mrqap_outcome_t) j->outcome;
    il_load_options_t load = ctx->args->load;
    load.base_dir = ctx->args->base_dir;
    return il_i_mrqap_run(ctx->g, &load, j->covariates, outcome, &j->o, ctx->report,
                          &ctx->usage);
}

const il_job_t il_job_mrqap = {
    .name = "mrqap",
    .summary = "dyadic regression (MRQAP): ties on shared attributes, distance, prior ties",
    .synopsis = "innolink mrqap EDGES [--nodes NODES] --covariates LIST [options]",
    .help = mrqap_help,
    .options = mrqap_options,
    .input = IL_JOB_ONE_GRAPH,
    .output = IL_JOB_DOCUMENT,
    .opts_size = sizeof(mrqap_job_t),
    .init = mrqap_init,
    .check = mrqap_check,
    .run = mrqap_run,
};

/* ---- The HTML report's section ---------------------------------------------- */

/* 1 when every node has a value of column \p name, numeric within
 * [-lim, lim] when lim > 0: a term the HTML report can use without error. */
static int column_usable(const il_graph_t *g, const char *name, double lim)
{
    long col = il_graph_vattr_find(g, name);
    igraph_integer_t v;
    if (col < 0) {
        return 0;
    }
    for (v = 0; v < il_graph_vcount(g); v++) {
        const char *s = il_graph_vattr_get(g, (size_t) col, v);
        double x;
        if (!s[0] || (lim > 0 && (!il_parse_number(s, &x) || x < -lim || x > lim))) {
            return 0;
        }
    }
    return 1;
}

/* The terms of the report's regression, each kept when its values are all
 * there and it is not collinear with the ones before; \p dropped names the
 * others. */
static igraph_error_t html_terms(const il_graph_t *g, const char *by, il_dyads_t *d,
                                 char *dropped, size_t size)
{
    const char *cand[2];
    int ncand = 0, k, bad;
    if (by && strcmp(by, "sector") != 0) {
        cand[ncand++] = by;
    }
    cand[ncand++] = "sector";
    for (k = 0; k <= ncand; k++) {
        const char *name = k < ncand ? cand[k] : "distance";
        if (k < ncand ? !column_usable(g, name, 0)
            : !(column_usable(g, "lat", 90) && column_usable(g, "lon", 180))) {
            continue;
        }
        if (k < ncand) {
            IGRAPH_CHECK(il_dyads_add_same(d, g, name));
        } else {
            IGRAPH_CHECK(il_dyads_add_distance(d, g, "lat", "lon"));
        }
        IGRAPH_CHECK(il_dyads_collinear(d, &bad));
        if (bad >= 0) {
            snprintf(dropped + strlen(dropped), size - strlen(dropped), "%s%s",
                     dropped[0] ? ", " : "", il_dyads_name(d, d->p - 1));
            il_dyads_drop_last(d);
        }
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_mrqap_html
 * \brief The HTML report's MRQAP section with the terms the node table
 *        allows: same:BY (with --by), same:sector, distance (lat and lon),
 *        OLS of tie strength, 1000 permutations seeded with \p seed.
 *
 * A term whose column has an empty or invalid value is not used; a term
 * that is constant or repeats the ones before (a region that repeats the
 * cluster) is dropped and named. A note instead when no term remains, the
 * network has fewer than 3 nodes, or more than 250 000 pairs (the
 * permutations would take minutes; innolink mrqap does them).
 *
 * \return What il_mrqap() returns; IGRAPH_ENOMEM.
 */
igraph_error_t il_i_mrqap_html(const il_graph_t *g, const il_load_options_t *load,
                               const char *by, igraph_uint_t seed, FILE *out, cJSON *params)
{
    il_mrqap_options_t o = IL_MRQAP_OPTIONS_INIT;
    il_report_t rep = { NULL, NULL };
    il_dyads_t d;
    il_mrqap_t m;
    char dropped[1024] = "";
    cJSON *p, *it;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);

    (void) load;
    if (il_graph_vcount(g) < 3) {
        il_html_text(out, "pending", "Fewer than three nodes: no dyadic regression.");
        return IGRAPH_SUCCESS;
    }
    if ((double) il_graph_vcount(g) * (double) (il_graph_vcount(g) - 1) / 2 > HTML_MAX_DYADS) {
        char msg[300];
        snprintf(msg, sizeof msg, "%" IGRAPH_PRId " nodes make more than %.0f pairs: the report "
                 "leaves the dyadic regression out (minutes of permutations); run innolink "
                 "mrqap, on a slice (--where, --ego) if need be.", il_graph_vcount(g),
                 HTML_MAX_DYADS);
        il_html_text(out, "pending", msg);
        return IGRAPH_SUCCESS;
    }
    o.seed = seed;
    o.jobs = cores >= 1 ? (cores > 1024 ? 1024 : cores) : 1;
    IGRAPH_CHECK(il_dyads_init(&d, g, IL_MRQAP_STRENGTH, 3));
    IGRAPH_FINALLY(il_dyads_destroy, &d);
    IGRAPH_CHECK(html_terms(g, by, &d, dropped, sizeof dropped));
    if (d.p < 2) {
        il_html_text(out, "pending", "No dyadic term to test: the node table has no usable "
                     "--by column, sector, or lat/lon (innolink mrqap takes any terms, prior "
                     "ties included).");
        il_dyads_destroy(&d);
        IGRAPH_FINALLY_CLEAN(1);
        return IGRAPH_SUCCESS;
    }
    memset(&m, 0, sizeof m);
    IGRAPH_FINALLY(il_mrqap_destroy, &m);
    /* The page written so far must not sit in a buffer that the worker
     * processes inherit: a child that flushes it at exit (valgrind runs
     * libc's clean-up, which does) would write it twice. */
    fflush(out);
    IGRAPH_CHECK(il_mrqap(&d, &o, &m));
    IGRAPH_CHECK(il_report_init(&rep, "mrqap"));
    IGRAPH_FINALLY(il_report_destroy, &rep);
    IGRAPH_CHECK(il_report_add_mrqap(&rep, &d, &m, &o, "tie strength: the weight, 0 without "
                                     "a tie", NULL));
    il_html_text(out, NULL, "Does tie strength go with sharing a group, a sector, or being "
                 "close? Least squares of the tie strength of every pair of nodes (0 without "
                 "a tie) on the terms below, with p-values from 1000 permutations of each "
                 "term's residual over the nodes (MRQAP, Dekker's double semi-partialling), "
                 "which respect that pairs sharing a node are not independent. "
                 "innolink mrqap fits other terms, prior ties included.");
    if (dropped[0]) {
        char msg[1200];
        snprintf(msg, sizeof msg, "Left out as constant or repeating the terms before them: "
                 "%s.", dropped);
        il_html_text(out, NULL, msg);
    }
    {
        static const char *const keys[] = { "model", "dyads", "r_squared", "adj_r_squared",
                                            "permutations", NULL
                                          };
        cJSON *kv = cJSON_CreateObject();
        const char *const *key;
        IGRAPH_CHECK_OOM(kv, "Out of memory writing the regression.");
        for (key = keys; *key; key++) {
            it = cJSON_GetObjectItemCaseSensitive(rep.root, *key);
            if (it) {
                cJSON_AddItemToObject(kv, *key, cJSON_Duplicate(it, 1));
            }
        }
        il_html_keyvalue(out, kv);
        cJSON_Delete(kv);
    }
    il_html_table(out, cJSON_GetObjectItemCaseSensitive(rep.root, "coefficients"));
    p = cJSON_GetObjectItemCaseSensitive(rep.root, "parameters");
    it = cJSON_GetObjectItemCaseSensitive(p, "caveat");
    if (cJSON_IsString(it)) {
        char msg[600];
        snprintf(msg, sizeof msg, "Caveat: %s.", it->valuestring);
        il_html_text(out, "caveat", msg);
    }
    if (params && p) {
        cJSON_AddItemToObject(params, "mrqap", cJSON_Duplicate(p, 1));
    }
    il_report_destroy(&rep);
    il_mrqap_destroy(&m);
    il_dyads_destroy(&d);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}
