/*
 * Run specs: one JSON file names the inputs, the analyses and the outputs;
 * running it again reproduces every output byte for byte.
 *
 * The spec is checked completely before anything runs: its shape, and
 * every option's value through the same option tables the command line
 * uses (pipeline/job.h), so a spec takes exactly the options its commands
 * take and refuses the same values. Errors name the spec's JSON path:
 * `analyses[2].options.resolution: expected a number or a string`.
 * cJSON's leniencies (PITFALLS item 10) are closed here: trailing garbage,
 * control characters between tokens, \u0000 in strings, duplicate and
 * case-variant keys, non-finite numbers.
 */
#include "pipeline/spec.h"
#include "pipeline/job_internal.h"
#include "core/setup.h"
#include "core/utf8.h"

#include <cjson/cJSON.h>

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* A spec larger than this is refused before it is parsed. */
#define SPEC_MAX_BYTES (16u << 20)

/* A spec being checked: its path, its JSON, and one job's arguments per analysis. */
typedef struct spec {
    const char *path;
    char *text;
    cJSON *root;
    il_job_args_t **args;
    size_t n;
    char *folder;               /* the spec's folder ("" for the working one) */
    void **owned;               /* memory the jobs' arguments borrow: number strings, */
    size_t nowned;              /* operand arrays; freed with the spec */
} spec_t;

/* Record "SPEC: MESSAGE" as the error; IGRAPH_EINVAL. */
static igraph_error_t spec_error(const spec_t *s, const char *fmt, ...)
{
    char msg[900];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    il_clear_error();
    il_set_error("%s: %s", s->path, msg);
    return IGRAPH_EINVAL;
}

static void spec_destroy(spec_t *s)
{
    size_t i;
    for (i = 0; s->args && i < s->n; i++) {
        il_job_args_free(s->args[i]);
    }
    for (i = 0; i < s->nowned; i++) {
        free(s->owned[i]);
    }
    free(s->owned);
    free(s->args);
    cJSON_Delete(s->root);
    free(s->text);
    free(s->folder);
    memset(s, 0, sizeof *s);
}

/* Free \p p with the spec: 0, or -1 (and \p p freed) when out of memory. */
static int spec_own(spec_t *s, void *p)
{
    void **o = realloc(s->owned, (s->nowned + 1) * sizeof *o);
    if (!o) {
        free(p);
        return -1;
    }
    s->owned = o;
    o[s->nowned++] = p;
    return 0;
}

/* A copy of \p text that lives as long as the spec; NULL when out of memory. */
static const char *spec_keep(spec_t *s, const char *text)
{
    char *copy = strdup(text);
    return copy && spec_own(s, copy) == 0 ? copy : NULL;
}

/* Read the whole spec file (at most SPEC_MAX_BYTES). */
static igraph_error_t read_spec(spec_t *s, size_t *len)
{
    FILE *fp = fopen(s->path, "rb");
    if (!fp) {
        IGRAPH_ERRORF("cannot open '%s': %s", IGRAPH_EFILE, s->path, strerror(errno));
    }
    s->text = malloc(SPEC_MAX_BYTES + 1);
    if (!s->text) {
        fclose(fp);
        IGRAPH_ERROR("Out of memory reading the spec.", IGRAPH_ENOMEM);
    }
    *len = fread(s->text, 1, SPEC_MAX_BYTES + 1, fp);
    if (ferror(fp) || *len > SPEC_MAX_BYTES) {
        int bad = ferror(fp);
        fclose(fp);
        IGRAPH_ERRORF("cannot read '%s': %s", IGRAPH_EFILE, s->path,
                      bad ? strerror(errno) : "larger than 16 MiB");
    }
    fclose(fp);
    s->text[*len] = '\0';
    return IGRAPH_SUCCESS;
}

/* Reject what cJSON would let through silently. */
static igraph_error_t check_raw(const spec_t *s, const char *buf, size_t len)
{
    size_t i, bad, line = 1;
    if (!il_utf8_valid(buf, len, &bad)) {
        return spec_error(s, "byte %zu: invalid UTF-8", bad + 1);
    }
    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char) buf[i];
        if (c == '\n') {
            line++;
        } else if (c < 0x20 && c != '\t' && c != '\r') {
            return spec_error(s, "line %zu: control character 0x%02X", line, c);
        } else if (c == '\\' && i + 5 < len && buf[i + 1] == 'u' &&
                   strncmp(buf + i + 2, "0000", 4) == 0) {
            return spec_error(s, "line %zu: \\u0000 is not allowed in a string", line);
        } else if (c == '\\') {
            i++;    /* skip the escaped character */
        }
    }
    return IGRAPH_SUCCESS;
}

/* Every key of obj must be unique (exact bytes) and one of allowed[] when given. */
static igraph_error_t check_keys(const spec_t *s, const char *path, const cJSON *obj,
                                 const char *const *allowed)
{
    const cJSON *a, *b;
    size_t k;
    cJSON_ArrayForEach(a, obj) {
        for (b = obj->child; b != a; b = b->next) {
            if (strcmp(a->string, b->string) == 0) {
                return spec_error(s, "%s.%s: the key is given twice", path, a->string);
            }
        }
        if (allowed) {
            for (k = 0; allowed[k] && strcmp(allowed[k], a->string) != 0; k++) {
            }
            if (!allowed[k]) {
                return spec_error(s, "%s.%s: unknown key", path, a->string);
            }
        }
    }
    return IGRAPH_SUCCESS;
}

/* 1 for the options a spec may give as an array of strings (repeatable). */
static int repeatable(const il_optdef_t *opt)
{
    return strcmp(opt->name, "where") == 0 || strcmp(opt->name, "event-where") == 0;
}

/* Set one option of \p a from a JSON value; \p path names it for errors. */
static igraph_error_t set_option(spec_t *s, il_job_args_t *a, const char *path,
                                 const il_optdef_t *opt, const cJSON *val)
{
    char num[64];
    const char *text;
    if (!il_optdef_takes_value(opt)) {
        if (!cJSON_IsBool(val)) {
            return spec_error(s, "%s: expected true or false", path);
        }
        if (cJSON_IsTrue(val) && !il_job_args_set(a, opt->name, NULL)) {
            return spec_error(s, "%s: %s", path, il_job_args_why(a));
        }
        return IGRAPH_SUCCESS;
    }
    if (cJSON_IsArray(val) && repeatable(opt)) {
        const cJSON *e;
        size_t i = 0;
        cJSON_ArrayForEach(e, val) {
            if (!cJSON_IsString(e)) {
                return spec_error(s, "%s[%zu]: expected a string", path, i);
            }
            if (!il_job_args_set(a, opt->name, e->valuestring)) {
                return spec_error(s, "%s[%zu]: %s", path, i, il_job_args_why(a));
            }
            i++;
        }
        return IGRAPH_SUCCESS;
    }
    if (cJSON_IsString(val)) {
        text = val->valuestring;
    } else if (cJSON_IsNumber(val)) {
        double v = val->valuedouble;
        if (!isfinite(v)) {
            return spec_error(s, "%s: the number is out of range", path);
        }
        if (v == floor(v) && fabs(v) < 1e15) {
            snprintf(num, sizeof num, "%.0f", v);
        } else {
            snprintf(num, sizeof num, "%.17g", v);
        }
        if (!(text = spec_keep(s, num))) {
            return spec_error(s, "out of memory");
        }
    } else {
        return spec_error(s, "%s: expected %s", path, repeatable(opt) ?
                          "a string or an array of strings" : "a number or a string");
    }
    if (!il_job_args_set(a, opt->name, text)) {
        return spec_error(s, "%s: %s", path, il_job_args_why(a));
    }
    return IGRAPH_SUCCESS;
}

/* The edge files of an `input` object: one path, or an array (snapshots). */
static igraph_error_t input_edges(spec_t *s, const char *where, const cJSON *input,
                                  const char ***paths, size_t *n)
{
    const cJSON *it = cJSON_GetObjectItemCaseSensitive(input, "edges"), *e;
    size_t k = 0;
    if (cJSON_IsString(it)) {
        *n = 1;
    } else if (cJSON_IsArray(it) && cJSON_GetArraySize(it) > 0) {
        *n = (size_t) cJSON_GetArraySize(it);
        cJSON_ArrayForEach(e, it) {         /* snapshots, for compare */
            if (!cJSON_IsString(e)) {
                return spec_error(s, "%s.edges[%zu]: expected a path (a string)", where, k);
            }
            k++;
        }
    } else {
        return spec_error(s, "%s.edges: expected the edge file's path (a string), or an "
                          "array of paths (snapshots)", where);
    }
    *paths = calloc(*n, sizeof **paths);
    if (!*paths || spec_own(s, (void *) *paths) != 0) {
        IGRAPH_ERROR("Out of memory.", IGRAPH_ENOMEM);
    }
    if (cJSON_IsString(it)) {
        (*paths)[0] = it->valuestring;
    } else {
        k = 0;
        cJSON_ArrayForEach(e, it) {
            (*paths)[k++] = e->valuestring;
        }
    }
    return IGRAPH_SUCCESS;
}

/* Apply an `input` object (edges and input options) to \p a. */
static igraph_error_t apply_input(spec_t *s, il_job_args_t *a, const char *where,
                                  const cJSON *input, const char *at)
{
    const cJSON *it;
    const char **paths = NULL;
    size_t n = 0;
    char path[300];
    if (!cJSON_IsObject(input)) {
        return spec_error(s, "%s: expected an object", where);
    }
    IGRAPH_CHECK(check_keys(s, where, input, NULL));
    IGRAPH_CHECK(input_edges(s, where, input, &paths, &n));
    if (n > 1 && il_job_args_job(a)->input != IL_JOB_SNAPSHOTS) {
        return spec_error(s, "%s: '%s' reads one edge table, but the input lists %zu",
                          at, il_job_args_job(a)->name, n);
    }
    cJSON_ArrayForEach(it, input) {
        il_job_scope_t scope;
        const il_optdef_t *opt;
        if (strcmp(it->string, "edges") == 0) {
            continue;
        }
        snprintf(path, sizeof path, "%s.%s", where, it->string);
        opt = il_job_option_find(il_job_args_job(a), it->string, &scope);
        if (!opt || scope != IL_SCOPE_INPUT) {
            return spec_error(s, "%s: unknown input option", path);
        }
        IGRAPH_CHECK(set_option(s, a, path, opt, it));
    }
    if (!il_job_args_operands(a, paths, n)) {   /* borrowed: the spec keeps them */
        return spec_error(s, "%s: %s", at, il_job_args_why(a));
    }
    return IGRAPH_SUCCESS;
}

static const char *const top_keys[] = { "$schema", "description", "input", "analyses", NULL };
static const char *const analysis_keys[] = { "command", "input", "options", "format", "output",
                                             NULL
                                           };

/* The job of analysis \p an, named at \p path. */
static igraph_error_t analysis_job(const spec_t *s, const char *path, const cJSON *an,
                                   const il_job_t **job)
{
    const cJSON *c;
    if (!cJSON_IsObject(an)) {
        return spec_error(s, "%s: expected an object", path);
    }
    IGRAPH_CHECK(check_keys(s, path, an, analysis_keys));
    c = cJSON_GetObjectItemCaseSensitive(an, "command");
    if (!cJSON_IsString(c)) {
        return spec_error(s, "%s.command: expected a command name (a string)", path);
    }
    *job = il_job_find(c->valuestring);
    if (!*job || (*job)->input == IL_JOB_NO_INPUT) {
        return spec_error(s, "%s.command: '%s' is not an analysis innolink can run from a "
                          "spec", path, c->valuestring);
    }
    return IGRAPH_SUCCESS;
}

/* The `options`, `format` and `output` of analysis \p an. */
static igraph_error_t analysis_options(spec_t *s, il_job_args_t *a, const char *path,
                                       const cJSON *an)
{
    const cJSON *opts = cJSON_GetObjectItemCaseSensitive(an, "options"), *it, *fmt, *out;
    char opath[400];
    if (opts && !cJSON_IsObject(opts)) {
        return spec_error(s, "%s.options: expected an object", path);
    }
    if (opts) {
        IGRAPH_CHECK(check_keys(s, path, opts, NULL));
    }
    cJSON_ArrayForEach(it, opts) {
        il_job_scope_t scope;
        const il_optdef_t *opt = il_job_option_find(il_job_args_job(a), it->string, &scope);
        snprintf(opath, sizeof opath, "%s.options.%s", path, it->string);
        if (!opt || (scope != IL_SCOPE_OWN && strcmp(it->string, "precision") != 0)) {
            return spec_error(s, "%s: not an option of '%s'", opath, il_job_args_job(a)->name);
        }
        IGRAPH_CHECK(set_option(s, a, opath, opt, it));
    }
    fmt = cJSON_GetObjectItemCaseSensitive(an, "format");
    if (fmt && (!cJSON_IsString(fmt) || !il_job_args_set(a, "format", fmt->valuestring))) {
        return spec_error(s, "%s.format: expected \"text\", \"json\" or \"csv\"", path);
    }
    out = cJSON_GetObjectItemCaseSensitive(an, "output");
    if (!cJSON_IsString(out) || out->valuestring[0] == '\0') {
        return spec_error(s, "%s.output: expected the output file's path (a string)", path);
    }
    il_job_args_set(a, "output", out->valuestring);
    return IGRAPH_SUCCESS;
}

/* Check analysis \p i completely and keep its arguments. */
static igraph_error_t check_analysis(spec_t *s, const cJSON *an, size_t i)
{
    const cJSON *input = cJSON_GetObjectItemCaseSensitive(an, "input");
    const cJSON *shared = cJSON_GetObjectItemCaseSensitive(s->root, "input");
    const il_job_t *job = NULL;
    il_job_args_t *a;
    char path[64], ipath[80];
    snprintf(path, sizeof path, "analyses[%zu]", i);
    IGRAPH_CHECK(analysis_job(s, path, an, &job));
    a = s->args[i] = il_job_args_new(job);
    IGRAPH_CHECK_OOM(a, "Out of memory.");
    /* Paths in the spec are relative to its folder; the outputs record
     * them as written, wherever the spec is run from. */
    a->base_dir = s->folder;
    a->load.base_dir = s->folder;
    if (input) {                /* this analysis reads its own input */
        snprintf(ipath, sizeof ipath, "%s.input", path);
        IGRAPH_CHECK(apply_input(s, a, ipath, input, path));
    } else if (shared) {
        IGRAPH_CHECK(apply_input(s, a, "input", shared, path));
    } else {
        return spec_error(s, "%s: no input: give the spec an `input`, or this analysis its "
                          "own", path);
    }
    IGRAPH_CHECK(analysis_options(s, a, path, an));
    if (il_job_args_check(a) != IGRAPH_SUCCESS) {
        char why[IL_JOB_WHY_MAX];
        snprintf(why, sizeof why, "%s", il_last_error());
        return spec_error(s, "%s: %s", path, why);
    }
    return IGRAPH_SUCCESS;
}

/* The folder of the spec ("" for the current one). */
static char *spec_folder(const char *path)
{
    char *dir = strdup(path), *slash;
    if (!dir) {
        return NULL;
    }
    slash = strrchr(dir, '/');
    if (slash == dir) {
        dir[1] = '\0';          /* a spec in the root folder */
    } else if (slash) {
        *slash = '\0';
    } else {
        dir[0] = '\0';
    }
    return dir;
}

/* Parse and check the whole spec. */
static igraph_error_t spec_check(spec_t *s)
{
    const cJSON *analyses, *an, *shared;
    const char *end = NULL;
    size_t len = 0, i;
    IGRAPH_CHECK(read_spec(s, &len));
    IGRAPH_CHECK(check_raw(s, s->text, len));
    s->root = cJSON_ParseWithLengthOpts(s->text, len + 1, &end,
                                        /* require_null_terminated = */ 1);
    if (!s->root) {
        size_t line = 1;
        const char *p;
        for (p = s->text; end && p < end; p++) {
            line += *p == '\n';
        }
        return spec_error(s, "line %zu: not valid JSON", line);
    }
    if (!cJSON_IsObject(s->root)) {
        return spec_error(s, "expected a JSON object at the top level");
    }
    IGRAPH_CHECK(check_keys(s, "$", s->root, top_keys));
    shared = cJSON_GetObjectItemCaseSensitive(s->root, "input");
    if (shared && !cJSON_IsObject(shared)) {
        return spec_error(s, "input: expected an object");
    }
    analyses = cJSON_GetObjectItemCaseSensitive(s->root, "analyses");
    if (!cJSON_IsArray(analyses) || cJSON_GetArraySize(analyses) == 0) {
        return spec_error(s, "analyses: expected a non-empty array");
    }
    s->folder = spec_folder(s->path);
    IGRAPH_CHECK_OOM(s->folder, "Out of memory.");
    s->n = (size_t) cJSON_GetArraySize(analyses);
    s->args = calloc(s->n, sizeof *s->args);
    IGRAPH_CHECK_OOM(s->args, "Out of memory.");
    i = 0;
    cJSON_ArrayForEach(an, analyses) {      /* check everything first */
        IGRAPH_CHECK(check_analysis(s, an, i));
        i++;
    }
    return IGRAPH_SUCCESS;
}

/* Run every analysis; each reads and writes relative to the spec's folder. */
static igraph_error_t spec_execute(spec_t *s, const il_spec_hooks_t *hooks, size_t *failed)
{
    int usage;
    size_t i;
    for (i = 0; i < s->n; i++) {
        if (hooks && hooks->step) {
            hooks->step(hooks->arg, i, il_job_args_job(s->args[i])->name, s->args[i]->output);
        }
        if (il_job_execute(s->args[i], &usage) != IGRAPH_SUCCESS) {
            *failed = i;
            return IGRAPH_FAILURE;
        }
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_spec_run
 * \brief Check the spec at \p path completely, then run its analyses in order.
 *
 * Nothing runs and nothing is written until the whole spec (its shape,
 * every command, every option and its value, every input) has passed.
 * Paths in the spec are relative to its folder (the working folder is left
 * as it is: each analysis reads and writes through il_path_resolve).
 *
 * \param hooks  Told before each analysis runs (may be NULL).
 * \param failed Out: the index of the analysis that failed, or SIZE_MAX
 *               when the spec itself was refused.
 * \return IGRAPH_SUCCESS, or an error with the reason recorded (spec
 *         errors read "SPEC: JSON.PATH: reason").
 */
igraph_error_t il_spec_run(const char *path, const il_spec_hooks_t *hooks, size_t *failed)
{
    spec_t s;
    igraph_error_t rc;
    memset(&s, 0, sizeof s);
    s.path = path;
    *failed = (size_t) -1;
    rc = spec_check(&s);
    if (rc == IGRAPH_SUCCESS) {
        rc = spec_execute(&s, hooks, failed);
    }
    spec_destroy(&s);
    return rc;
}
