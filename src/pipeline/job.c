/*
 * Jobs: the shared input and output options, a job's arguments, the checks
 * every job shares, and execution (load, run, write atomically).
 */
#include "pipeline/job.h"
#include "pipeline/job_internal.h"
#include "pipeline/pipeline.h"
#include "core/setup.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* The job table: `innolink help` lists them in this order. */
const il_job_t *const il_jobs[] = {
    &il_job_summary, &il_job_centrality, &il_job_communities, &il_job_coupling,
    &il_job_mixing, &il_job_brokerage, &il_job_mrqap, &il_job_openness, &il_job_structure,
    &il_job_compare, &il_job_panel, &il_job_evaluate, &il_job_export, &il_job_render,
    &il_job_report, &il_job_project, &il_job_layers, &il_job_twomode, &il_job_backbone,
    &il_job_nulls, NULL
};

/** \function il_job_find \brief The job named \p name, or NULL. */
const il_job_t *il_job_find(const char *name)
{
    size_t i;
    for (i = 0; il_jobs[i]; i++) {
        if (strcmp(il_jobs[i]->name, name) == 0) {
            return il_jobs[i];
        }
    }
    return NULL;
}

/* ---- The shared input options ------------------------------------------- */

static int parse_delimiter(const char *text, void *field, char *why, size_t size)
{
    if (strcmp(text, "tab") == 0 || strcmp(text, "\\t") == 0 || strcmp(text, "\t") == 0) {
        *(char *) field = '\t';
    } else if (strcmp(text, ",") == 0 || strcmp(text, ";") == 0) {
        *(char *) field = text[0];
    } else {
        snprintf(why, size, "expected , ; or tab, not '%s'", text);
        return 0;
    }
    return 1;
}


/* --where and --event-where are repeatable: il_job_args_set() appends them
 * to args->where and args->event_where. --backbone, --alpha and
 * --backbone-correction set fields of the arguments (args->backbone), not
 * of the load options: see input_on_args(). */
static const il_optdef_t input_options[] = {
    IL_OPTDEF_STRING("nodes", il_load_options_t, nodes_path),
    IL_OPTDEF_STRING("node-id", il_load_options_t, node_id_col),
    IL_OPTDEF_STRING("source", il_load_options_t, source_col),
    IL_OPTDEF_STRING("target", il_load_options_t, target_col),
    IL_OPTDEF_STRING("weight", il_load_options_t, weight_col),
    IL_OPTDEF_CUSTOM("delimiter", il_load_options_t, delimiter, parse_delimiter),
    IL_OPTDEF_BOOL("directed", il_load_options_t, directed),
    IL_OPTDEF_CHOICE("duplicates", il_load_options_t, duplicates, il_i_dup_modes, NULL),
    IL_OPTDEF_CHOICE("self-loops", il_load_options_t, self_loops, il_i_loop_modes, NULL),
    { .name = "where", .kind = IL_OPT_CUSTOM },
    IL_OPTDEF_STRING("ego", il_load_options_t, ego),
    IL_OPTDEF_INT("radius", il_load_options_t, radius, 0, IL_OPT_NO_MAX),
    IL_OPTDEF_FLAG("affiliation", il_load_options_t, affiliation),
    IL_OPTDEF_STRING("actor", il_load_options_t, actor_col),
    IL_OPTDEF_STRING("event", il_load_options_t, event_col),
    IL_OPTDEF_CHOICE("projection", il_load_options_t, projection, il_i_projections, NULL),
    IL_OPTDEF_STRING("events", il_load_options_t, events_path),
    IL_OPTDEF_STRING("event-id", il_load_options_t, event_id_col),
    { .name = "event-where", .kind = IL_OPT_CUSTOM },
    IL_OPTDEF_INT("max-event-size", il_load_options_t, max_event_size, 2, IL_OPT_NO_MAX),
    IL_OPTDEF_CHOICE("large-events", il_load_options_t, large_events, il_i_large_events, NULL),
    IL_OPTDEF_CHOICE("backbone", il_job_args_t, backbone.method, il_i_backbones, NULL),
    { .name = "alpha", .kind = IL_OPT_REAL, .offset = offsetof(il_job_args_t, backbone.alpha),
      .min = 0, .max = 1, .flags = IL_OPT_ABOVE_MIN, .expect = "a probability above 0, at most 1" },
    IL_OPTDEF_CHOICE("backbone-correction", il_job_args_t, backbone.correction,
                     il_i_corrections, NULL),
    IL_OPTDEF_REAL("input-timeout", il_load_options_t, input_timeout, 0, 604800, 0, NULL),
    IL_OPTDEF_CHOICE("missing-weight", il_load_options_t, missing_weight, il_i_missing_weights,
                     NULL),
    { .name = NULL }
};

/* 1 for the shared input options that live in the arguments themselves. */
static int input_on_args(const il_optdef_t *d)
{
    return strcmp(d->name, "backbone") == 0 || strcmp(d->name, "alpha") == 0 ||
           strcmp(d->name, "backbone-correction") == 0;
}

/* Offsets into il_job_args_t: the output options live in the arguments. */
static const il_optdef_t output_options[] = {
    IL_OPTDEF_CHOICE("format", il_job_args_t, format, il_i_formats, NULL),
    IL_OPTDEF_STRING("output", il_job_args_t, output),
    IL_OPTDEF_SMALLINT("precision", il_job_args_t, precision, 1, 17, "1 to 17"),
    { .name = NULL }
};

static const char *const input_help[] = {
    "Input:",
    "  --nodes FILE         node table: id column plus attributes (label, sector, ...)",
    "  --node-id COL        id column of the node table (default: id)",
    "  --source COL         source column (default: source, from or src)",
    "  --target COL         target column (default: target, to or dst)",
    "  --weight COL         tie strength column (default: weight if present, else 1)",
    "  --delimiter C        , ; or tab (default: detected from the header)",
    "  --directed           ties are ordered pairs (default: undirected)",
    "  --duplicates MODE    sum|max|min|mean|first|error (default: sum)",
    "  --self-loops MODE    drop|keep|error (default: drop)",
    "  --where EXPR         keep ties whose column matches, e.g. year>=2015 (repeatable)",
    "  --ego NODE           analyse only the neighbourhood of NODE",
    "  --radius R           neighbourhood radius for --ego (default: 1)",
    "  --affiliation        EDGES is an actor-event table (actors in projects,",
    "                       firms in mini-clusters), projected to actor-actor ties",
    "  --actor COL          actor column (default: actor)",
    "  --event COL          event column (default: event)",
    "  --projection MODE    count|newman|jaccard (default: count)",
    "  --events FILE        events table: one row per event (id column event or id)",
    "                       with its own columns (year, programme, kind)",
    "  --event-id COL       id column of the events table (default: event, else id)",
    "  --event-where EXPR   keep events whose events-table column matches, e.g.",
    "                       year>=2009 (repeatable; needs --events)",
    "  --max-event-size N   cap on event size: events of more than N members are",
    "                       dropped, or scaled with --large-events scale",
    "  --large-events MODE  drop|scale (default: drop); scale (count projection only)",
    "                       gives each pair of a d-member event (N-1)/(d-1) of its weight",
    "  --backbone METHOD    none|disparity|sdsm: analyse only the ties that pass the",
    "                       test (disparity: any weighted graph; sdsm: projections)",
    "  --alpha A            keep ties with p-value < A (default: 0.05)",
    "  --backbone-correction MODE  none|holm|bonferroni: adjust the p-values for",
    "                       testing every tie (default: none, each tie at level A)",
    "  --input-timeout S    seconds a FIFO or device may stay silent (default: 60;",
    "                       0 waits for ever; standard input always waits)",
    "  --missing-weight M   a tie with an empty weight: error (default: an error",
    "                       naming the file and line) or 1 (read it as 1)",
    NULL
};

static const char *const output_help[] = {
    "Output:",
    "  --format FMT         text|json|csv (default: text)",
    "  -o, --output FILE    write to FILE atomically (default: standard output)",
    "  --precision N        significant digits in text output (default: 6)",
    "  -h, --help           show this help",
    NULL
};

/** \function il_job_input_options \brief The shared input options. */
const il_optdef_t *il_job_input_options(void)
{
    return input_options;
}

/** \function il_job_output_options \brief The shared output options. */
const il_optdef_t *il_job_output_options(void)
{
    return output_options;
}

/** \function il_job_input_help \brief Help lines of the input options. */
const char *const *il_job_input_help(void)
{
    return input_help;
}

/** \function il_job_output_help \brief Help lines of the output options. */
const char *const *il_job_output_help(void)
{
    return output_help;
}

/* ---- Arguments ------------------------------------------------------------ */

static size_t count_defs(const il_optdef_t *t)
{
    size_t n = 0;
    while (t && t[n].name) {
        n++;
    }
    return n;
}

/**
 * \function il_job_args_new
 * \brief Arguments for \p job with every default set.
 *
 * Defaults: the load options of il_load_options_init (IL_LOAD_OPTIONS_INIT),
 * text format, 6 significant digits, standard output, and the job's own
 * init(). \return NULL when out of memory. Free with il_job_args_free().
 */
il_job_args_t *il_job_args_new(const il_job_t *job)
{
    il_load_options_t init = IL_LOAD_OPTIONS_INIT;
    il_job_args_t *a = calloc(1, sizeof *a);
    if (!a) {
        return NULL;
    }
    a->job = job;
    a->load = init;
    a->backbone.method = IL_BACKBONE_NONE;
    a->backbone.alpha = 0.05;
    a->backbone.correction = IL_CORRECTION_NONE;
    a->format = IL_FORMAT_TEXT;
    a->precision = 6;
    a->opts = calloc(1, job->opts_size ? job->opts_size : 1);
    a->given_own = calloc(count_defs(job->options) + 1, 1);
    if (!a->opts || !a->given_own) {
        il_job_args_free(a);
        return NULL;
    }
    if (job->init) {
        job->init(a->opts);
    }
    if (job->input == IL_JOB_AFFILIATION || job->input == IL_JOB_MEMBERSHIPS) {
        a->load.affiliation = 1;
    }
    return a;
}

/** \function il_job_args_free \brief Free arguments; accepts NULL. */
void il_job_args_free(il_job_args_t *a)
{
    size_t i;
    if (!a) {
        return;
    }
    for (i = 0; i < a->nwhere; i++) {
        il_where_destroy(&a->where[i]);
    }
    free(a->where);
    for (i = 0; i < a->nevent_where; i++) {
        il_where_destroy(&a->event_where[i]);
    }
    free(a->event_where);
    for (i = 0; i < a->ntexts; i++) {
        free(a->texts[i]);
    }
    free(a->texts);
    for (i = 0; i < a->noperands; i++) {
        free(a->operands[i]);
    }
    free(a->operands);
    free(a->opts);
    free(a->given_own);
    free(a);
}

/** \function il_job_args_job \brief The job of \p a. */
const il_job_t *il_job_args_job(const il_job_args_t *a)
{
    return a->job;
}

/** \function il_job_args_why \brief Why the last setter refused. */
const char *il_job_args_why(const il_job_args_t *a)
{
    return a->why;
}

/**
 * \function il_job_option_find
 * \brief Look \p name up in the job's own options, then the shared input
 *        options (jobs that read a graph), then the output options.
 */
const il_optdef_t *il_job_option_find(const il_job_t *job, const char *name,
                                      il_job_scope_t *scope)
{
    const il_optdef_t *d;
    if ((d = il_optdef_find(job->options, name))) {
        *scope = IL_SCOPE_OWN;
    } else if ((d = il_optdef_find(input_options, name))) {
        *scope = IL_SCOPE_INPUT;
    } else if ((d = il_optdef_find(output_options, name))) {
        *scope = IL_SCOPE_OUTPUT;
    } else {
        *scope = IL_SCOPE_NONE;
    }
    return d;
}

/* A copy of \p text that lives as long as \p a (NULL stays NULL). */
static int keep_text(il_job_args_t *a, const char *text, const char **copy)
{
    char **t;
    *copy = NULL;
    if (!text) {
        return 1;
    }
    t = realloc(a->texts, (a->ntexts + 1) * sizeof *t);
    if (!t) {
        return 0;
    }
    a->texts = t;
    if (!(t[a->ntexts] = strdup(text))) {
        return 0;
    }
    *copy = t[a->ntexts++];
    return 1;
}

/* Append a --where condition. */
static int add_where(il_job_args_t *a, const char *expr)
{
    il_where_t *w;
    if (!expr) {
        snprintf(a->why, sizeof a->why, "expected COLUMN OP VALUE, not nothing");
        return 0;
    }
    w = realloc(a->where, (a->nwhere + 1) * sizeof *w);
    if (!w) {
        snprintf(a->why, sizeof a->why, "out of memory");
        return 0;
    }
    a->where = w;
    if (il_where_parse(expr, &a->where[a->nwhere]) != IGRAPH_SUCCESS) {
        snprintf(a->why, sizeof a->why, "%s", il_last_error());
        il_clear_error();
        return 0;
    }
    a->nwhere++;
    a->load.where = a->where;
    a->load.nwhere = a->nwhere;
    return 1;
}

/* Append an --event-where condition (on the events table's columns). */
static int add_event_where(il_job_args_t *a, const char *expr)
{
    il_where_t *w;
    if (!expr) {
        snprintf(a->why, sizeof a->why, "expected COLUMN OP VALUE, not nothing");
        return 0;
    }
    w = realloc(a->event_where, (a->nevent_where + 1) * sizeof *w);
    if (!w) {
        snprintf(a->why, sizeof a->why, "out of memory");
        return 0;
    }
    a->event_where = w;
    if (il_where_parse(expr, &a->event_where[a->nevent_where]) != IGRAPH_SUCCESS) {
        snprintf(a->why, sizeof a->why, "%s", il_last_error());
        il_clear_error();
        return 0;
    }
    a->nevent_where++;
    a->load.event_where = a->event_where;
    a->load.nevent_where = a->nevent_where;
    return 1;
}

/**
 * \function il_job_args_set
 * \brief Set the option called \p name from the text \p value.
 *
 * The arguments keep their own copy of \p value.
 *
 * \return 1, or 0 with the reason in il_job_args_why(): an unknown name
 *         ("not an option of JOB") or a bad value ("expected ..., not '...'").
 */
int il_job_args_set(il_job_args_t *a, const char *name, const char *text)
{
    il_job_scope_t scope;
    const il_optdef_t *d = il_job_option_find(a->job, name, &scope);
    const char *value;
    void *base;
    size_t idx;
    a->why[0] = '\0';
    if (!d) {
        snprintf(a->why, sizeof a->why, "not an option of '%s'", a->job->name);
        return 0;
    }
    if (!keep_text(a, il_optdef_takes_value(d) ? text : NULL, &value)) {
        snprintf(a->why, sizeof a->why, "out of memory");
        return 0;
    }
    if (scope == IL_SCOPE_INPUT && strcmp(d->name, "where") == 0) {
        if (!add_where(a, value)) {
            return 0;
        }
        a->given_input[d - input_options] = 1;
        return 1;
    }
    if (scope == IL_SCOPE_INPUT && strcmp(d->name, "event-where") == 0) {
        if (!add_event_where(a, value)) {
            return 0;
        }
        a->given_input[d - input_options] = 1;
        return 1;
    }
    base = scope == IL_SCOPE_OWN ? a->opts : scope == IL_SCOPE_INPUT
           ? (input_on_args(d) ? (void *) a : (void *) &a->load) : (void *) a;
    if (!il_optdef_set(d, base, value, a->why, sizeof a->why)) {
        return 0;
    }
    if (scope == IL_SCOPE_OWN) {
        idx = (size_t) (d - a->job->options);
        a->given_own[idx] = 1;
    } else if (scope == IL_SCOPE_INPUT) {
        a->given_input[d - input_options] = 1;
    } else {
        a->given_output[d - output_options] = 1;
    }
    return 1;
}

/** \function il_job_args_given \brief 1 when option \p name was set. */
int il_job_args_given(const il_job_args_t *a, const char *name)
{
    il_job_scope_t scope;
    const il_optdef_t *d = il_job_option_find(a->job, name, &scope);
    switch (scope) {
    case IL_SCOPE_OWN:
        return a->given_own[d - a->job->options];
    case IL_SCOPE_INPUT:
        return a->given_input[d - input_options];
    case IL_SCOPE_OUTPUT:
        return a->given_output[d - output_options];
    case IL_SCOPE_NONE:
        break;
    }
    return 0;
}

/**
 * \function il_job_args_operands
 * \brief Set the EDGES operands (the arguments keep copies).
 *
 * \return 1, or 0 with the reason: a missing EDGES, or more than a
 *         one-graph job reads.
 */
int il_job_args_operands(il_job_args_t *a, const char *const *paths, size_t n)
{
    a->why[0] = '\0';
    if (n == 0) {
        snprintf(a->why, sizeof a->why, "missing EDGES file");
        return 0;
    }
    if (n > 1 && a->job->input != IL_JOB_SNAPSHOTS) {
        snprintf(a->why, sizeof a->why, "unexpected argument '%s'", paths[1]);
        return 0;
    }
    if (a->operands) {
        snprintf(a->why, sizeof a->why, "the EDGES operands are set already");
        return 0;
    }
    if (!(a->operands = calloc(n, sizeof *a->operands))) {
        snprintf(a->why, sizeof a->why, "out of memory");
        return 0;
    }
    for (a->noperands = 0; a->noperands < n; a->noperands++) {
        if (!(a->operands[a->noperands] = strdup(paths[a->noperands]))) {
            snprintf(a->why, sizeof a->why, "out of memory");
            return 0;
        }
    }
    a->load.edges_path = a->operands[0];
    return 1;
}

/**
 * \function il_i_job_refuse
 * \brief Record a usage reason (printf-style) and return IGRAPH_EINVAL.
 *
 * For check functions, which run before anything is loaded.
 */
igraph_error_t il_i_job_refuse(const char *fmt, ...)
{
    char buf[IL_JOB_WHY_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    il_clear_error();
    il_set_error("%s", buf);
    return IGRAPH_EINVAL;
}

/**
 * \function il_i_job_distinct
 * \brief IGRAPH_EINVAL (reason recorded) when \p out and \p in are one file.
 *
 * Both paths are seen from the arguments' folder (a run spec's).
 */
igraph_error_t il_i_job_distinct(const il_job_args_t *a, const char *out, const char *in)
{
    char *o, *i;
    igraph_error_t rc;
    if (!out || !in) {
        return IGRAPH_SUCCESS;
    }
    o = il_path_resolve(a->base_dir, out);
    i = il_path_resolve(a->base_dir, in);
    rc = o && i ? il_output_check_distinct(o, i) : IGRAPH_ENOMEM;
    if (rc == IGRAPH_ENOMEM && !(o && i)) {
        il_set_error("out of memory");
    }
    free(o);
    free(i);
    return rc;
}

/**
 * \function il_i_job_no_format
 * \brief Refuse --format and --precision for a job that writes its own format.
 */
igraph_error_t il_i_job_no_format(const il_job_args_t *a)
{
    if (il_job_args_given(a, "format") || il_job_args_given(a, "precision")) {
        return il_i_job_refuse("--format and --precision apply to text, JSON and CSV "
                               "results; %s writes its own format", a->job->name);
    }
    return IGRAPH_SUCCESS;
}

/* The rules of the events table, the cap on event size and the backbone. */
static igraph_error_t check_affiliation_options(const il_job_args_t *a)
{
    const il_load_options_t *l = &a->load;
    if (!l->affiliation && (l->events_path || l->event_id_col || l->nevent_where > 0 ||
                            l->max_event_size > 0 || il_job_args_given(a, "large-events"))) {
        return il_i_job_refuse("--events, --event-id, --event-where, --max-event-size and "
                               "--large-events need --affiliation");
    }
    if (l->nevent_where > 0 && !l->events_path) {
        return il_i_job_refuse("--event-where filters the events table: give --events FILE");
    }
    if (l->event_id_col && !l->events_path) {
        return il_i_job_refuse("--event-id names a column of the events table: give "
                               "--events FILE");
    }
    if (il_job_args_given(a, "large-events") && l->max_event_size == 0) {
        return il_i_job_refuse("--large-events says what happens above --max-event-size N: "
                               "give the cap");
    }
    if (l->large_events == IL_LARGE_SCALE && l->projection != IL_PROJ_COUNT) {
        return il_i_job_refuse("--large-events scale scales shared-event counts: use it with "
                               "--projection count (newman already gives each event a total "
                               "weight of 1 per member; jaccard counts events)");
    }
    if ((il_job_args_given(a, "alpha") || il_job_args_given(a, "backbone-correction")) &&
        a->backbone.method == IL_BACKBONE_NONE) {
        return il_i_job_refuse("--alpha and --backbone-correction qualify --backbone METHOD: "
                               "give the method");
    }
    if (a->backbone.method == IL_BACKBONE_SDSM && !l->affiliation) {
        return il_i_job_refuse("--backbone sdsm tests shared events of a projection: it "
                               "needs --affiliation (use --backbone disparity on a tie "
                               "table)");
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_job_one_graph_only
 * \brief Refuse the options that shape one loaded graph (--backbone,
 *        --alpha, --backbone-correction, --event-where, --max-event-size,
 *        --large-events) for a job that reads its input another way
 *        (\p how: "a panel", ...), where they would not be applied.
 *
 * \return IGRAPH_EINVAL with the reason recorded: a usage error.
 */
igraph_error_t il_i_job_one_graph_only(const il_job_args_t *a, const char *how)
{
    static const char *const shaping[] = { "backbone", "alpha", "backbone-correction",
                                           "event-where", "max-event-size", "large-events",
                                           NULL };
    size_t i;
    for (i = 0; shaping[i]; i++) {
        if (il_job_args_given(a, shaping[i])) {
            return il_i_job_refuse("--%s shapes one loaded graph and is not applied to %s: "
                                   "leave it out (run `innolink backbone` or `project` on "
                                   "one period's data instead)", shaping[i], how);
        }
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_job_args_check
 * \brief The rules that need every argument: the shared input rules, an
 *        output that is not one of the inputs, and the job's own check.
 *
 * \return IGRAPH_EINVAL with the reason recorded: a usage error.
 */
igraph_error_t il_job_args_check(const il_job_args_t *a)
{
    const il_load_options_t *l = &a->load;
    size_t i;
    il_clear_error();
    if (!a->operands) {
        return il_i_job_refuse("missing EDGES file");
    }
    if (l->radius != 1 && !l->ego) {
        return il_i_job_refuse("--radius needs --ego NODE");
    }
    if (l->affiliation && l->directed) {
        return il_i_job_refuse("--affiliation projects to undirected ties: drop --directed");
    }
    if (!l->affiliation && (l->actor_col || l->event_col || l->projection != IL_PROJ_COUNT)) {
        return il_i_job_refuse("--actor, --event and --projection need --affiliation");
    }
    if (a->job->check && a->job->check(a) != IGRAPH_SUCCESS) {
        return IGRAPH_EINVAL;
    }
    if (check_affiliation_options(a) != IGRAPH_SUCCESS) {
        return IGRAPH_EINVAL;
    }
    for (i = 0; a->output && i <= a->noperands; i++) {
        const char *in = i < a->noperands ? a->operands[i] : l->nodes_path;
        if (il_i_job_distinct(a, a->output, in) != IGRAPH_SUCCESS) {
            return IGRAPH_EINVAL;
        }
    }
    if (a->output && il_i_job_distinct(a, a->output, l->events_path) != IGRAPH_SUCCESS) {
        return IGRAPH_EINVAL;
    }
    return IGRAPH_SUCCESS;
}

/* ---- Executing ------------------------------------------------------------ */

/**
 * \function il_i_job_output
 * \brief The output stream of a FILE job, opened on first use.
 *
 * The file is written under a temporary name and renamed into place only
 * when the job succeeds. \return NULL with the reason recorded.
 */
FILE *il_i_job_output(il_job_ctx_t *ctx)
{
    if (!ctx->out_open) {
        const char *path = ctx->args->output;
        char *full = NULL;
        igraph_error_t rc;
        if (path && ctx->args->base_dir && !(full = il_path_resolve(ctx->args->base_dir, path))) {
            il_set_error("out of memory");
            return NULL;
        }
        rc = il_output_open(&ctx->out, full ? full : path);
        free(full);
        if (rc != IGRAPH_SUCCESS) {
            return NULL;
        }
        ctx->out_open = 1;
    }
    return ctx->out.fp;
}

/* Warn about what loading the job's graph read leniently. */
static void load_warnings(const il_graph_t *g)
{
    if (g->info.weights_missing > 0) {
        il_warn("%" IGRAPH_PRId " ties had no weight and were read as 1 (--missing-weight 1)",
                g->info.weights_missing);
    }
    if (g->info.ids_trimmed > 0) {
        il_warn("%" IGRAPH_PRId " ids had leading or trailing Unicode blanks "
                "(no-break or ideographic spaces); they were trimmed", g->info.ids_trimmed);
    }
}

/* The provenance of every input file (the EDGES operands and the node
 * table): provenance.json beside them, the most telling one kept. */
static igraph_error_t read_provenance(const il_job_args_t *a, il_provenance_t *p)
{
    size_t i;
    for (i = 0; i <= a->noperands; i++) {
        const char *path = i < a->noperands ? a->operands[i] : a->load.nodes_path;
        il_provenance_t one;
        IGRAPH_CHECK(il_provenance_read(a->base_dir, path, &one));
        il_provenance_merge(p, &one);
    }
    return IGRAPH_SUCCESS;
}

/* Write a DOCUMENT job's report to its output. */
static igraph_error_t write_document(il_job_ctx_t *ctx)
{
    const il_job_args_t *a = ctx->args;
    FILE *fp = il_i_job_output(ctx);
    if (!fp) {
        return IGRAPH_EFILE;
    }
    return il_report_write(ctx->report, a->format, a->precision, fp);
}

/**
 * \function il_i_job_execute_on
 * \brief il_job_execute() on a graph the caller keeps, so that a run spec
 *        loads each distinct input once.
 *
 * \param a      Checked arguments (il_job_args_check).
 * \param g      The graph of the job's input: IL_GRAPH_INIT with *loaded
 *               0 (a job that reads one graph loads it here and sets
 *               *loaded), or the graph loaded from the same load options
 *               with *loaded 1. The caller destroys it.
 * \param loaded In/out: 1 once \p g holds the input.
 * \param usage  Out: 1 when a failure is a usage error.
 * \return As il_job_execute().
 *
 * Time complexity: the job's, plus the load when *loaded is 0.
 */
igraph_error_t il_i_job_execute_on(const il_job_args_t *a, il_graph_t *g, int *loaded,
                                   int *usage)
{
    il_job_ctx_t ctx;
    il_report_t rep = { NULL, NULL, NULL };
    igraph_error_t rc = IGRAPH_SUCCESS;

    memset(&ctx, 0, sizeof ctx);
    ctx.args = a;
    ctx.opts = a->opts;
    *usage = 0;
    il_clear_error();
    if (!a->operands) {
        *usage = 1;
        return il_i_job_refuse("missing EDGES file");
    }
    if (a->job->input == IL_JOB_ONE_GRAPH || a->job->input == IL_JOB_AFFILIATION) {
        if (!*loaded) {     /* its backbone with --backbone, then --ego */
            rc = il_load_input(&a->load, &a->backbone,
                               /* p_column = */ a->job->output == IL_JOB_FILE, g);
            *loaded = rc == IGRAPH_SUCCESS;
        }
        if (rc == IGRAPH_SUCCESS) {
            load_warnings(g);       /* for every job, as when each loaded its own */
        }
        ctx.g = g;
        ctx.input_graph = g;
    }
    if (rc == IGRAPH_SUCCESS) {
        rc = read_provenance(a, &ctx.provenance);
    }
    if (rc == IGRAPH_SUCCESS && a->job->output == IL_JOB_DOCUMENT) {
        rc = il_report_init(&rep, a->job->name);
        ctx.report = &rep;
    }
    if (rc == IGRAPH_SUCCESS) {
        rc = a->job->run(&ctx);
    }
    if (rc == IGRAPH_SUCCESS && a->job->output == IL_JOB_DOCUMENT) {
        if (!ctx.input_added) {
            rc = il_report_add_input(&rep, &a->load, ctx.input_graph);
        }
        if (rc == IGRAPH_SUCCESS) {
            rc = il_report_add_provenance(&rep, &ctx.provenance);
        }
        if (rc == IGRAPH_SUCCESS) {
            rc = write_document(&ctx);
        }
    }
    if (ctx.out_open) {
        if (rc == IGRAPH_SUCCESS) {
            rc = il_output_commit(&ctx.out);
        } else {
            il_output_abort(&ctx.out);
        }
    }
    il_report_destroy(&rep);
    il_provenance_destroy(&ctx.provenance);
    *usage = ctx.usage;
    if (rc == IGRAPH_ENOMEM && strncmp(il_last_error(), "out of memory", 13) != 0) {
        /* igraph's words ("Cannot initialize vector.") name neither the
         * command nor the data */
        char why[IL_JOB_WHY_MAX], shown[IL_PATH_SHOWN_MAX];
        snprintf(why, sizeof why, "%s", il_last_error());
        il_clear_error();
        il_set_error("out of memory in '%s' on '%s' (%s)", a->job->name,
                     a->load.edges_path ? il_path_shown(a->load.edges_path, shown) : "-",
                     why[0] ? why : "no reason given");
    }
    return rc;
}

/**
 * \function il_job_execute
 * \brief Load the input, run the job, write its output.
 *
 * \param a     Checked arguments (il_job_args_check).
 * \param usage Out: 1 when a failure is a usage error.
 * \return IGRAPH_SUCCESS, or the failing call's code with the reason
 *         recorded. A failed job leaves no output file behind.
 *
 * Time complexity: the job's.
 */
igraph_error_t il_job_execute(const il_job_args_t *a, int *usage)
{
    il_graph_t g = IL_GRAPH_INIT;
    int loaded = 0;
    igraph_error_t rc = il_i_job_execute_on(a, &g, &loaded, usage);
    il_graph_destroy(&g);
    return rc;
}
