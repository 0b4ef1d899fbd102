/*
 * innolink run SPEC.json: one file names the inputs, the analyses and the
 * outputs; running it again reproduces every output byte for byte.
 *
 * The spec is checked completely before anything runs. Every key is
 * checked against the option tables the commands themselves use, so a
 * new command is usable from a spec as soon as it is in the command table.
 * Errors name the spec's JSON path: `analyses[2].options.resolution:
 * expected a number or a string`. cJSON's leniencies (PITFALLS item 10) are
 * closed here: trailing garbage, control characters between tokens, \u0000
 * in strings, duplicate and case-variant keys, non-finite numbers.
 */
#include "cli/cli_util.h"
#include "cli/commands.h"
#include "core/utf8.h"

#include <cjson/cJSON.h>

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SPEC_MAX_BYTES (16u << 20)

static const char *const run_help[] = {
    "Run the analyses named in a JSON spec (format: docs/spec.md, schema:",
    "docs/spec.schema.json). Paths in the spec are relative to the spec's folder.",
    "The spec is validated before anything runs; errors name the JSON path.",
    NULL
};

const struct il_cli_spec run_spec = {
    "run", "innolink run SPEC.json", run_help, NULL, 0, 0
};

/* A growing argv for one analysis. */
struct args {
    char **v;
    size_t n, cap;
};

static int args_push(struct args *a, const char *s)
{
    if (a->n + 2 > a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 32;
        char **v = realloc(a->v, cap * sizeof *v);
        if (!v) {
            return -1;
        }
        a->v = v;
        a->cap = cap;
    }
    if (!(a->v[a->n] = strdup(s))) {
        return -1;
    }
    a->n++;
    a->v[a->n] = NULL;
    return 0;
}

static void args_free(struct args *a)
{
    size_t i;
    for (i = 0; i < a->n; i++) {
        free(a->v[i]);
    }
    free(a->v);
    memset(a, 0, sizeof *a);
}

static int spec_error(const char *spec, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "innolink: error: %s: ", spec);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    return IL_EXIT_DATA;
}

static const struct option *find_long(const struct option *o, const char *name)
{
    for (; o && o->name; o++) {
        if (strcmp(o->name, name) == 0) {
            return o;
        }
    }
    return NULL;
}

/* Reject what cJSON would let through silently. */
static int check_raw(const char *spec, const char *buf, size_t len)
{
    size_t i, bad, line = 1;
    if (!il_utf8_valid(buf, len, &bad)) {
        return spec_error(spec, "byte %zu: invalid UTF-8", bad + 1);
    }
    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char) buf[i];
        if (c == '\n') {
            line++;
        } else if (c < 0x20 && c != '\t' && c != '\r') {
            return spec_error(spec, "line %zu: control character 0x%02X", line, c);
        } else if (c == '\\' && i + 5 < len && buf[i + 1] == 'u' &&
                   strncmp(buf + i + 2, "0000", 4) == 0) {
            return spec_error(spec, "line %zu: \\u0000 is not allowed in a string", line);
        } else if (c == '\\') {
            i++;    /* skip the escaped character */
        }
    }
    return 0;
}

/* Every key of obj must be unique (exact bytes) and one of allowed[] when given. */
static int check_keys(const char *spec, const char *path, const cJSON *obj,
                      const char *const *allowed)
{
    const cJSON *a, *b;
    size_t k;
    cJSON_ArrayForEach(a, obj) {
        for (b = obj->child; b != a; b = b->next) {
            if (strcmp(a->string, b->string) == 0) {
                return spec_error(spec, "%s.%s: the key is given twice", path, a->string);
            }
        }
        if (allowed) {
            for (k = 0; allowed[k] && strcmp(allowed[k], a->string) != 0; k++) {
            }
            if (!allowed[k]) {
                return spec_error(spec, "%s.%s: unknown key", path, a->string);
            }
        }
    }
    return 0;
}

/* Turn one option value into argv words; `path` names it for errors. */
static int push_option(const char *spec, const char *path, const struct option *opt,
                       const cJSON *val, struct args *a)
{
    char word[256], num[64];
    snprintf(word, sizeof word, "--%s", opt->name);
    if (opt->has_arg == no_argument) {
        if (!cJSON_IsBool(val)) {
            return spec_error(spec, "%s: expected true or false", path);
        }
        return cJSON_IsTrue(val) && args_push(a, word) ? spec_error(spec, "out of memory") : 0;
    }
    if (cJSON_IsArray(val) && strcmp(opt->name, "where") == 0) {
        const cJSON *e;
        size_t i = 0;
        cJSON_ArrayForEach(e, val) {
            if (!cJSON_IsString(e)) {
                return spec_error(spec, "%s[%zu]: expected a string", path, i);
            }
            if (args_push(a, word) || args_push(a, e->valuestring)) {
                return spec_error(spec, "out of memory");
            }
            i++;
        }
        return 0;
    }
    if (cJSON_IsString(val)) {
        return args_push(a, word) || args_push(a, val->valuestring)
               ? spec_error(spec, "out of memory") : 0;
    }
    if (cJSON_IsNumber(val)) {
        double v = val->valuedouble;
        if (!isfinite(v)) {
            return spec_error(spec, "%s: the number is out of range", path);
        }
        if (v == floor(v) && fabs(v) < 1e15) {
            snprintf(num, sizeof num, "%.0f", v);
        } else {
            snprintf(num, sizeof num, "%.17g", v);
        }
        return args_push(a, word) || args_push(a, num) ? spec_error(spec, "out of memory") : 0;
    }
    return spec_error(spec, "%s: expected %s", path,
                      strcmp(opt->name, "where") == 0 ? "a string or an array of strings"
                      : "a number or a string");
}

static const char *const top_keys[] = { "$schema", "description", "input", "analyses", NULL };
static const char *const analysis_keys[] = { "command", "input", "options", "format", "output",
                                             NULL
                                           };

/* Input options as argv words, shared by every analysis. */
static int input_words(const char *spec, const char *where, const cJSON *input,
                       struct args *a, int *nfiles)
{
    const cJSON *it, *e;
    char path[300];
    if (!cJSON_IsObject(input)) {
        return spec_error(spec, "%s: expected an object", where);
    }
    if (check_keys(spec, where, input, NULL)) {
        return IL_EXIT_DATA;
    }
    it = cJSON_GetObjectItemCaseSensitive(input, "edges");
    *nfiles = 0;
    if (cJSON_IsString(it)) {
        if (args_push(a, it->valuestring)) {
            return spec_error(spec, "out of memory");
        }
        *nfiles = 1;
    } else if (cJSON_IsArray(it) && cJSON_GetArraySize(it) > 0) {
        cJSON_ArrayForEach(e, it) {         /* snapshots, for compare */
            if (!cJSON_IsString(e)) {
                return spec_error(spec, "%s.edges[%d]: expected a path (a string)", where,
                                  *nfiles);
            }
            if (args_push(a, e->valuestring)) {
                return spec_error(spec, "out of memory");
            }
            (*nfiles)++;
        }
    } else {
        return spec_error(spec, "%s.edges: expected the edge file's path (a string), or "
                          "an array of paths (snapshots)", where);
    }
    cJSON_ArrayForEach(it, input) {
        const struct option *opt;
        if (strcmp(it->string, "edges") == 0) {
            continue;
        }
        snprintf(path, sizeof path, "%s.%s", where, it->string);
        opt = find_long(il_cli_input_options(), it->string);
        if (!opt) {
            return spec_error(spec, "%s: unknown input option", path);
        }
        if (push_option(spec, path, opt, it, a)) {
            return IL_EXIT_DATA;
        }
    }
    return 0;
}

/* Build the argv of analysis i; 0 on success. */
static int analysis_words(const char *spec, const cJSON *an, size_t i,
                          const struct args *shared, int shared_files, struct args *a,
                          const struct il_command **cmd)
{
    const cJSON *c, *opts, *fmt, *out, *it, *own;
    char path[300], ipath[320];
    struct args local = { 0 };
    const struct args *input = shared;
    int nfiles = shared_files, bad;
    size_t k;
    snprintf(path, sizeof path, "analyses[%zu]", i);
    if (!cJSON_IsObject(an)) {
        return spec_error(spec, "%s: expected an object", path);
    }
    if (check_keys(spec, path, an, analysis_keys)) {
        return IL_EXIT_DATA;
    }
    c = cJSON_GetObjectItemCaseSensitive(an, "command");
    if (!cJSON_IsString(c)) {
        return spec_error(spec, "%s.command: expected a command name (a string)", path);
    }
    for (*cmd = il_commands; (*cmd)->name; (*cmd)++) {
        if (strcmp((*cmd)->name, c->valuestring) == 0) {
            break;
        }
    }
    if (!(*cmd)->name || !(*cmd)->spec->graph_input) {
        return spec_error(spec, "%s.command: '%s' is not an analysis innolink can run from a "
                          "spec", path, c->valuestring);
    }
    own = cJSON_GetObjectItemCaseSensitive(an, "input");
    if (own) {                  /* this analysis reads its own input */
        snprintf(ipath, sizeof ipath, "%s.input", path);
        if (input_words(spec, ipath, own, &local, &nfiles)) {
            args_free(&local);
            return IL_EXIT_DATA;
        }
        input = &local;
    } else if (nfiles == 0) {
        return spec_error(spec, "%s: no input: give the spec an `input`, or this analysis "
                          "its own", path);
    }
    if (nfiles > 1 && (*cmd)->spec->graph_input == 1) {
        args_free(&local);
        return spec_error(spec, "%s: '%s' reads one edge table, but the input lists %d",
                          path, (*cmd)->name, nfiles);
    }
    bad = args_push(a, c->valuestring) != 0;
    for (k = 0; !bad && k < input->n; k++) {
        bad = args_push(a, input->v[k]) != 0;
    }
    args_free(&local);
    if (bad) {
        return spec_error(spec, "out of memory");
    }
    opts = cJSON_GetObjectItemCaseSensitive(an, "options");
    if (opts && !cJSON_IsObject(opts)) {
        return spec_error(spec, "%s.options: expected an object", path);
    }
    if (opts && check_keys(spec, path, opts, NULL)) {
        return IL_EXIT_DATA;
    }
    cJSON_ArrayForEach(it, opts) {
        char opath[400];
        const struct option *opt = find_long((*cmd)->spec->options, it->string);
        snprintf(opath, sizeof opath, "%s.options.%s", path, it->string);
        if (!opt && strcmp(it->string, "precision") == 0) {
            opt = find_long(il_cli_output_options(), "precision");
        }
        if (!opt) {
            return spec_error(spec, "%s: not an option of '%s'", opath, (*cmd)->name);
        }
        if (push_option(spec, opath, opt, it, a)) {
            return IL_EXIT_DATA;
        }
    }
    fmt = cJSON_GetObjectItemCaseSensitive(an, "format");
    if (fmt) {
        il_format_t f;
        if (!cJSON_IsString(fmt) || !il_format_parse(fmt->valuestring, &f)) {
            return spec_error(spec, "%s.format: expected \"text\", \"json\" or \"csv\"", path);
        }
        if (args_push(a, "--format") || args_push(a, fmt->valuestring)) {
            return spec_error(spec, "out of memory");
        }
    }
    out = cJSON_GetObjectItemCaseSensitive(an, "output");
    if (!cJSON_IsString(out) || out->valuestring[0] == '\0') {
        return spec_error(spec, "%s.output: expected the output file's path (a string)", path);
    }
    if (args_push(a, "-o") || args_push(a, out->valuestring)) {
        return spec_error(spec, "out of memory");
    }
    return 0;
}

static char *read_spec(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    char *buf;
    if (!fp) {
        fprintf(stderr, "innolink: error: cannot open '%s': %s\n", path, strerror(errno));
        return NULL;
    }
    buf = malloc(SPEC_MAX_BYTES + 1);
    if (!buf) {
        fclose(fp);
        return NULL;
    }
    *len = fread(buf, 1, SPEC_MAX_BYTES + 1, fp);
    if (ferror(fp) || *len > SPEC_MAX_BYTES) {
        fprintf(stderr, "innolink: error: cannot read '%s': %s\n", path,
                ferror(fp) ? strerror(errno) : "larger than 16 MiB");
        fclose(fp);
        free(buf);
        return NULL;
    }
    fclose(fp);
    buf[*len] = '\0';
    return buf;
}

int cmd_run(int argc, char **argv)
{
    const char *spec;
    char *buf = NULL, *dir = NULL, *slash;
    size_t len = 0, i, n;
    cJSON *root = NULL;
    const cJSON *analyses, *an;
    const char *end = NULL;
    struct args input = { 0 }, *runs = NULL;
    int shared_files = 0;
    const struct il_command **cmds = NULL;
    int ret;

    /* One operand, the spec; everything else lives in it. */
    if (argc == 2 && (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0)) {
        il_cli_help(&run_spec, stdout);
        return IL_EXIT_OK;
    }
    if (argc != 2 || (argv[1][0] == '-' && argv[1][1] != '\0')) {
        return il_usage_error(&run_spec, argc < 2 ? "missing SPEC.json"
                              : argc > 2 ? "expected one SPEC.json and no options"
                              : "unknown option '%s'", argv[1]);
    }
    spec = argv[1];
    if (!(buf = read_spec(spec, &len))) {
        return IL_EXIT_DATA;
    }
    ret = IL_EXIT_DATA;
    if (check_raw(spec, buf, len)) {
        goto cleanup;
    }
    root = cJSON_ParseWithLengthOpts(buf, len + 1, &end, /* require_null_terminated = */ 1);
    if (!root) {
        size_t line = 1;
        const char *p;
        for (p = buf; end && p < end; p++) {
            line += *p == '\n';
        }
        spec_error(spec, "line %zu: not valid JSON", line);
        goto cleanup;
    }
    if (!cJSON_IsObject(root)) {
        spec_error(spec, "expected a JSON object at the top level");
        goto cleanup;
    }
    if (check_keys(spec, "$", root, top_keys)) {
        goto cleanup;
    }
    dir = strdup(spec);
    if (!dir) {
        goto cleanup;
    }
    slash = strrchr(dir, '/');
    if (slash == dir) {
        dir[1] = '\0';             /* a spec in the root folder */
    } else if (slash) {
        *slash = '\0';
    } else {
        dir[0] = '\0';
    }
    if (cJSON_GetObjectItemCaseSensitive(root, "input") &&
        input_words(spec, "input", cJSON_GetObjectItemCaseSensitive(root, "input"), &input,
                    &shared_files)) {
        goto cleanup;
    }
    analyses = cJSON_GetObjectItemCaseSensitive(root, "analyses");
    if (!cJSON_IsArray(analyses) || cJSON_GetArraySize(analyses) == 0) {
        spec_error(spec, "analyses: expected a non-empty array");
        goto cleanup;
    }
    n = (size_t) cJSON_GetArraySize(analyses);
    runs = calloc(n, sizeof *runs);
    cmds = calloc(n, sizeof *cmds);
    if (!runs || !cmds) {
        goto cleanup;
    }
    i = 0;
    cJSON_ArrayForEach(an, analyses) {      /* validate everything first */
        if (analysis_words(spec, an, i, &input, shared_files, &runs[i], &cmds[i])) {
            goto cleanup;
        }
        i++;
    }
    /* Run in the spec's folder: its paths are relative to it, and every
     * output records them as written, wherever the spec is run from. */
    if (dir[0] != '\0' && chdir(dir) != 0) {
        spec_error(spec, "cannot enter its folder: %s", strerror(errno));
        goto cleanup;
    }
    for (i = 0; i < n; i++) {
        fprintf(stderr, "innolink: run: %s -> %s\n", cmds[i]->name, runs[i].v[runs[i].n - 1]);
        ret = cmds[i]->fn((int) runs[i].n, runs[i].v);
        if (ret != IL_EXIT_OK) {
            fprintf(stderr, "innolink: run: analyses[%zu] (%s) failed\n", i, cmds[i]->name);
            goto cleanup;
        }
    }
    ret = IL_EXIT_OK;
cleanup:
    for (i = 0; runs && i < n; i++) {
        args_free(&runs[i]);
    }
    free(runs);
    free(cmds);
    args_free(&input);
    cJSON_Delete(root);
    free(dir);
    free(buf);
    return ret;
}
