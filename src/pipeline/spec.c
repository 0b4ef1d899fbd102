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
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* A spec larger than this is refused before it is parsed. */
#define SPEC_MAX_BYTES (16u << 20)

/* A spec being checked: its path, its JSON, and one job's arguments per analysis. */
typedef struct spec {
    const char *path;
    const char *name;           /* the path as messages show it (il_path_shown) */
    char shown[IL_PATH_SHOWN_MAX];
    char *text;
    cJSON *root;
    il_job_args_t **args;
    size_t n;
    char *folder;               /* the spec's folder ("" for the working one) */
    unsigned char *own_input;   /* per analysis: 1 when it has its own `input` */
    int allow_outside;          /* outputs may lie outside the folder */
    void **owned;               /* memory freed with the spec (operand arrays) */
    size_t nowned;
} spec_t;

/* Record "SPEC: MESSAGE" as the error; IGRAPH_EINVAL. */
static igraph_error_t spec_error(const spec_t *s, const char *fmt, ...)
{
    char msg[IL_ERROR_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    il_clear_error();
    il_set_error("%s: %s", s->name, msg);
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
    free(s->own_input);
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


/* Read the whole spec file (at most SPEC_MAX_BYTES). */
static igraph_error_t read_spec(spec_t *s, size_t *len)
{
    FILE *fp = fopen(s->path, "rb");
    if (!fp) {
        IL_ERRORF("cannot open '%s': %s", IGRAPH_EFILE, s->name, strerror(errno));
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
        IL_ERRORF("cannot read '%s': %s", IGRAPH_EFILE, s->name,
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
        if (c == '\n' || c == '\r') {
            line += c == '\r' || i == 0 || buf[i - 1] != '\r';   /* LF, CRLF, CR */
        } else if (c < 0x20 && c != '\t') {
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
    if (cJSON_IsArray(val) && strcmp(opt->name, "where") == 0) {
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
        if (v == floor(v) && fabs(v) >= 9007199254740992.0) {
            /* a double holds whole numbers exactly only below 2^53: a seed
             * of 9007199254740993 would silently become ...992 */
            return spec_error(s, "%s: a JSON number this large (%.17g) is not held "
                              "exactly (2^53 and beyond); give it as a string of digits",
                              path, v);
        }
        if (v == floor(v)) {
            snprintf(num, sizeof num, "%.0f", v);
        } else {
            snprintf(num, sizeof num, "%.17g", v);
        }
        text = num;     /* the arguments keep a copy */
    } else {
        return spec_error(s, "%s: expected %s", path, strcmp(opt->name, "where") == 0 ?
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
    if (!*job) {
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
        snprintf(opath, sizeof opath, "%s.options", path);
        IGRAPH_CHECK(check_keys(s, opath, opts, NULL));
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
        s->own_input[i] = 1;
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

/* ---- Where the spec writes ------------------------------------------------- */

/* A file the spec names: itself, an input or an output. */
typedef struct spec_file {
    char *canon;                /* absolute, symbolic links resolved; NULL for "-" */
    int known;                  /* 1: the file exists (dev, ino valid) */
    dev_t dev;
    ino_t ino;
    int kind;                   /* SPEC_SELF, SPEC_INPUT, SPEC_OUTPUT */
    size_t an;                  /* the analysis (outputs, own inputs) */
    char what[96];              /* its JSON path: "analyses[2].output" */
    const char *given;          /* the path as written */
} spec_file_t;

enum { SPEC_SELF, SPEC_INPUT, SPEC_OUTPUT };

/*
 * \p path seen from \p folder, made absolute with every symbolic link
 * resolved (a link's target is what is written), so that two spellings of
 * one file compare equal. A file that does not exist yet is its folder's
 * real path and its name. NULL with errno set: the folder does not exist
 * (ENOENT), a link points nowhere (ENOLINK), ENOMEM.
 */
static char *canonical(const char *folder, const char *path)
{
    char *full = il_path_resolve(folder, path), *real, *slash, *dir;
    const char *base;
    struct stat st;
    if (!full) {
        errno = ENOMEM;
        return NULL;
    }
    if ((real = realpath(full, NULL))) {
        free(full);
        return real;
    }
    if (lstat(full, &st) == 0) {        /* there, but unresolvable: a dangling link */
        free(full);
        errno = S_ISLNK(st.st_mode) ? ENOLINK : errno;
        return NULL;
    }
    slash = strrchr(full, '/');
    base = slash ? slash + 1 : full;
    if (!*base || strcmp(base, ".") == 0 || strcmp(base, "..") == 0) {
        free(full);
        errno = ENOENT;
        return NULL;
    }
    if (slash == full) {
        dir = realpath("/", NULL);
    } else if (slash) {
        *slash = '\0';
        dir = realpath(full, NULL);
    } else {
        dir = realpath(".", NULL);
    }
    real = dir ? malloc(strlen(dir) + strlen(base) + 2) : NULL;
    if (real) {
        sprintf(real, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", base);
    }
    free(dir);
    free(full);
    return real;
}

/* Add a file to \p f[*n]: canonical path and identity; a spec error when
 * an output's folder is missing or an output is a link to nothing. */
static igraph_error_t file_add(spec_t *s, spec_file_t *f, size_t *n, int kind, size_t an,
                               const char *given, const char *what)
{
    spec_file_t *e = &f[(*n)++];
    struct stat st;
    memset(e, 0, sizeof *e);
    e->kind = kind;
    e->an = an;
    e->given = given;
    snprintf(e->what, sizeof e->what, "%s", what);
    if (strcmp(given, "-") == 0) {
        return IGRAPH_SUCCESS;          /* standard output or input: no file */
    }
    e->canon = kind == SPEC_SELF ? realpath(given, NULL) : canonical(s->folder, given);
    if (!e->canon) {
        char shown[IL_PATH_SHOWN_MAX];
        if (errno == ENOMEM) {
            return spec_error(s, "out of memory");
        }
        if (kind != SPEC_OUTPUT) {
            return IGRAPH_SUCCESS;      /* a missing input fails when it is read */
        }
        return spec_error(s, "%s: cannot write '%s': %s", what, il_path_shown(given, shown),
                          errno == ENOLINK ? "it is a symbolic link to a file that does not "
                          "exist" : "its folder does not exist");
    }
    if (stat(e->canon, &st) == 0) {
        e->known = 1;
        e->dev = st.st_dev;
        e->ino = st.st_ino;
    }
    return IGRAPH_SUCCESS;
}

static int by_canon(const void *a, const void *b)
{
    const spec_file_t *x = a, *y = b;
    int c = strcmp(x->canon ? x->canon : "", y->canon ? y->canon : "");
    return c ? c : (x->kind != y->kind ? x->kind - y->kind : (x->an > y->an) - (x->an < y->an));
}

static int by_inode(const void *a, const void *b)
{
    const spec_file_t *x = a, *y = b;
    if (x->known != y->known) {
        return x->known - y->known;
    }
    if (x->dev != y->dev) {
        return x->dev < y->dev ? -1 : 1;
    }
    if (x->ino != y->ino) {
        return x->ino < y->ino ? -1 : 1;
    }
    return x->kind != y->kind ? x->kind - y->kind : (x->an > y->an) - (x->an < y->an);
}

static int same_file(const spec_file_t *x, const spec_file_t *y, int inode)
{
    if (!x->canon || !y->canon) {
        return 0;
    }
    return inode ? x->known && y->known && x->dev == y->dev && x->ino == y->ino :
           strcmp(x->canon, y->canon) == 0;
}

/*
 * Groups of equal files in the sorted \p f: an output that is also the
 * spec, an input read before it is written (by that analysis or an
 * earlier one), or another output. Of all such clashes the one whose
 * output comes first in the spec is copied to *bad / *other and *found set
 * (an output clashing only with outputs: the later of the first two).
 */
static void find_clash(spec_file_t *f, size_t n, int inode, spec_file_t *bad,
                       spec_file_t *other, int *found)
{
    size_t i = 0, j, k;
    while (i < n) {
        const spec_file_t *out = NULL, *out2 = NULL, *oth = NULL;
        for (j = i + 1; j < n && same_file(&f[i], &f[j], inode); j++) {
        }
        for (k = i; j - i > 1 && k < j; k++) {  /* sorted: self, inputs, outputs by index */
            if (f[k].kind == SPEC_OUTPUT) {
                if (!out) {
                    out = &f[k];
                } else if (!out2) {
                    out2 = &f[k];
                }
            }
        }
        /* an input clashes when it is read before the output is written (or
         * by the same analysis): reading an earlier analysis's output later
         * is a chain, not an overwrite */
        for (k = i; out && k < j; k++) {
            if (f[k].kind == SPEC_SELF || (f[k].kind == SPEC_INPUT && f[k].an <= out->an)) {
                oth = &f[k];
                break;
            }
        }
        if (out && (oth || out2)) {
            const spec_file_t *victim = oth ? out : out2, *with = oth ? oth : out;
            if (!*found || victim->an < bad->an) {
                *bad = *victim;     /* copies: the array is sorted again */
                *other = *with;
                *found = 1;
            }
        }
        i = j;
    }
}

/* Record the inputs of analysis \p i (its own, or the shared ones once). */
static igraph_error_t add_inputs(spec_t *s, spec_file_t *f, size_t *n, size_t i, int *shared)
{
    const il_job_args_t *a = s->args[i];
    char where[40], what[96];
    size_t k;
    if (!s->own_input[i]) {
        if (*shared) {
            return IGRAPH_SUCCESS;
        }
        *shared = 1;
        snprintf(where, sizeof where, "input");
    } else {
        snprintf(where, sizeof where, "analyses[%zu].input", i);
    }
    for (k = 0; k < a->noperands; k++) {
        if (a->noperands > 1) {
            snprintf(what, sizeof what, "%s.edges[%zu]", where, k);
        } else {
            snprintf(what, sizeof what, "%s.edges", where);
        }
        IGRAPH_CHECK(file_add(s, f, n, SPEC_INPUT, i, a->operands[k], what));
    }
    if (a->load.nodes_path) {
        snprintf(what, sizeof what, "%s.nodes", where);
        IGRAPH_CHECK(file_add(s, f, n, SPEC_INPUT, i, a->load.nodes_path, what));
    }
    return IGRAPH_SUCCESS;
}

/* The paths of the whole spec, before anything runs: every output in the
 * spec's folder (unless allowed outside), in a folder that exists, and
 * none of them the spec itself, an input of any analysis, or another
 * analysis's output. */
static igraph_error_t check_paths(spec_t *s)
{
    spec_file_t *f, bad, other;
    size_t n = 0, cap = 1, i, len;
    char *home;
    int shared = 0, found = 0;
    igraph_error_t rc = IGRAPH_SUCCESS;

    for (i = 0; i < s->n; i++) {
        cap += 2 + s->args[i]->noperands;
    }
    f = calloc(cap, sizeof *f);
    home = realpath(s->folder[0] ? s->folder : ".", NULL);
    if (!f || !home) {
        free(f);
        free(home);
        return spec_error(s, "cannot resolve the spec's folder: %s", strerror(errno));
    }
    len = strlen(home);
    rc = file_add(s, f, &n, SPEC_SELF, 0, s->path, "the spec");
    for (i = 0; rc == IGRAPH_SUCCESS && i < s->n; i++) {
        rc = add_inputs(s, f, &n, i, &shared);
    }
    for (i = 0; rc == IGRAPH_SUCCESS && i < s->n; i++) {
        char what[96];
        const spec_file_t *o;
        snprintf(what, sizeof what, "analyses[%zu].output", i);
        rc = file_add(s, f, &n, SPEC_OUTPUT, i, s->args[i]->output, what);
        o = &f[n - 1];
        if (rc == IGRAPH_SUCCESS && o->canon && !s->allow_outside &&
            !(strncmp(o->canon, home, len) == 0 && (o->canon[len] == '/' || len == 1))) {
            char shown[IL_PATH_SHOWN_MAX];
            rc = spec_error(s, "%s: '%s' is outside the spec's folder; innolink run "
                            "--allow-outside permits it", what, il_path_shown(o->given, shown));
        }
    }
    if (rc == IGRAPH_SUCCESS) {
        qsort(f, n, sizeof *f, by_canon);
        find_clash(f, n, 0, &bad, &other, &found);
        qsort(f, n, sizeof *f, by_inode);
        find_clash(f, n, 1, &bad, &other, &found);
    }
    if (rc == IGRAPH_SUCCESS && found) {
        char shown[IL_PATH_SHOWN_MAX];
        rc = spec_error(s, "%s: '%s' is %s%s%s; refusing to overwrite it", bad.what,
                        il_path_shown(bad.given, shown),
                        other.kind == SPEC_SELF ? "the spec itself" :
                        other.kind == SPEC_INPUT ? "an input (" : "also ",
                        other.kind == SPEC_SELF ? "" : other.what,
                        other.kind == SPEC_INPUT ? ")" : "");
    }
    for (i = 0; i < n; i++) {
        free(f[i].canon);
    }
    free(f);
    free(home);
    return rc;
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
            line += *p == '\r' || (*p == '\n' && (p == s->text || p[-1] != '\r'));
        }
        return spec_error(s, "line %zu: not valid JSON", line);
    }
    if (!cJSON_IsObject(s->root)) {
        return spec_error(s, "expected a JSON object at the top level");
    }
    IGRAPH_CHECK(check_keys(s, "$", s->root, top_keys));
    shared = cJSON_GetObjectItemCaseSensitive(s->root, "input");
    if (shared) {       /* checked even when every analysis has its own */
        il_job_args_t *probe = il_job_args_new(il_job_find("compare"));
        igraph_error_t rc;
        IGRAPH_CHECK_OOM(probe, "Out of memory.");
        rc = apply_input(s, probe, "input", shared, "input");
        il_job_args_free(probe);
        if (rc != IGRAPH_SUCCESS) {
            return rc;
        }
    }
    analyses = cJSON_GetObjectItemCaseSensitive(s->root, "analyses");
    if (!cJSON_IsArray(analyses) || cJSON_GetArraySize(analyses) == 0) {
        return spec_error(s, "analyses: expected a non-empty array");
    }
    s->folder = spec_folder(s->path);
    IGRAPH_CHECK_OOM(s->folder, "Out of memory.");
    s->n = (size_t) cJSON_GetArraySize(analyses);
    s->args = calloc(s->n, sizeof *s->args);
    s->own_input = calloc(s->n, 1);
    if (!s->args || !s->own_input) {
        IGRAPH_ERROR("Out of memory.", IGRAPH_ENOMEM);
    }
    i = 0;
    cJSON_ArrayForEach(an, analyses) {      /* check everything first */
        IGRAPH_CHECK(check_analysis(s, an, i));
        i++;
    }
    return check_paths(s);
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
 * \function il_spec_run_with
 * \brief Check the spec at \p path completely, then run its analyses in
 *        order (or, with opts->check_only, nothing).
 *
 * Nothing runs and nothing is written until the whole spec has passed:
 * its shape, every command, every option and its value, and its paths.
 * Paths in the spec are relative to its folder (the working folder is left
 * as it is: each analysis reads and writes through il_path_resolve).
 * Every output must lie in the spec's folder (symbolic links resolved),
 * unless opts->allow_outside, in a folder that exists; no output may be
 * the spec itself, an input of any analysis or another analysis's output
 * (compared by resolved path and by device and inode).
 *
 * \param opts   NULL or zero-filled: run, outputs inside the folder only.
 * \param failed Out: the index of the analysis that failed, or SIZE_MAX
 *               when the spec itself was refused.
 * \return IGRAPH_SUCCESS, or an error with the reason recorded (spec
 *         errors read "SPEC: JSON.PATH: reason").
 *
 * Time complexity: O(spec size + files log files) to check, then the
 * analyses'.
 */
igraph_error_t il_spec_run_with(const char *path, const il_spec_options_t *opts,
                                size_t *failed)
{
    spec_t s;
    igraph_error_t rc;
    memset(&s, 0, sizeof s);
    il_clear_error();
    s.path = path;
    s.name = il_path_shown(path, s.shown);
    s.allow_outside = opts && opts->allow_outside;
    *failed = (size_t) -1;
    rc = spec_check(&s);
    if (rc == IGRAPH_SUCCESS && !(opts && opts->check_only)) {
        rc = spec_execute(&s, opts ? opts->hooks : NULL, failed);
    }
    spec_destroy(&s);
    return rc;
}

/**
 * \function il_spec_run
 * \brief il_spec_run_with() with \p hooks: check, then run; outputs in the
 *        spec's folder only.
 */
igraph_error_t il_spec_run(const char *path, const il_spec_hooks_t *hooks, size_t *failed)
{
    il_spec_options_t o;
    memset(&o, 0, sizeof o);
    o.hooks = hooks;
    return il_spec_run_with(path, &o, failed);
}
