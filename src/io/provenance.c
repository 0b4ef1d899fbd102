/*
 * Provenance of a data set: a `provenance.json` beside the data says
 * whether the ties were observed or made up by a generator, in one
 * statement, with the source to attribute. Every output of a command
 * carries it (the report's input record, the text header, the CSV column
 * of a synthetic set, the HTML and SVG titles), so that synthetic data
 * cannot be taken for observed data (docs/formats.md, "Provenance").
 */
#include "io/io.h"
#include "core/setup.h"
#include "core/utf8.h"

#include <cjson/cJSON.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define PROVENANCE_FILE "provenance.json"
#define PROVENANCE_MAX 65536    /* bytes; a statement and a source, not data */

/**
 * \function il_provenance_destroy
 * \brief Free what a provenance holds; safe on a zero-filled one.
 */
void il_provenance_destroy(il_provenance_t *p)
{
    free(p->statement);
    free(p->source);
    free(p->file);
    memset(p, 0, sizeof *p);
}

/** \function il_provenance_kind_name \brief "observed", "synthetic" or NULL. */
const char *il_provenance_kind_name(il_data_kind_t kind)
{
    return kind == IL_DATA_SYNTHETIC ? "synthetic" : kind == IL_DATA_OBSERVED ? "observed" : NULL;
}

/* "dir/provenance.json" for the data file \p path as given ("" dir: none). */
static char *beside(const char *path)
{
    const char *slash = strrchr(path, '/');
    size_t dir = slash ? (size_t) (slash - path) + 1 : 0;
    char *s = malloc(dir + sizeof PROVENANCE_FILE);
    if (s) {
        memcpy(s, path, dir);
        memcpy(s + dir, PROVENANCE_FILE, sizeof PROVENANCE_FILE);
    }
    return s;
}

static char *dup_string(const cJSON *item)
{
    return cJSON_IsString(item) && item->valuestring[0] ? strdup(item->valuestring) : NULL;
}

/* Read and check the provenance file \p full (shown as \p shown). */
static igraph_error_t parse_file(const char *full, const char *shown, il_provenance_t *p)
{
    FILE *fp = fopen(full, "rb");
    char *buf = NULL;
    size_t len;
    cJSON *doc = NULL;
    const cJSON *data, *statement, *source, *it;
    const char *end = NULL;
    igraph_error_t rc = IGRAPH_PARSEERROR;

    if (!fp) {
        il_set_error("%s: cannot open: %s", shown, strerror(errno));
        return IGRAPH_EFILE;
    }
    buf = malloc(PROVENANCE_MAX + 1);
    if (!buf) {
        fclose(fp);
        il_set_error("out of memory");
        return IGRAPH_ENOMEM;
    }
    len = fread(buf, 1, PROVENANCE_MAX + 1, fp);
    fclose(fp);
    buf[len > PROVENANCE_MAX ? PROVENANCE_MAX : len] = '\0';
    if (len > PROVENANCE_MAX) {
        il_set_error("%s: more than %d bytes; a provenance file holds a statement and a "
                     "source", shown, PROVENANCE_MAX);
        goto cleanup;
    }
    if (memchr(buf, '\0', len) || !il_utf8_valid(buf, len, NULL)) {
        il_set_error("%s: not UTF-8 text", shown);
        goto cleanup;
    }
    doc = cJSON_ParseWithOpts(buf, &end, 1);
    if (!cJSON_IsObject(doc)) {
        il_set_error("%s: not a JSON object", shown);
        goto cleanup;
    }
    cJSON_ArrayForEach(it, doc) {
        if (strcmp(it->string, "data") != 0 && strcmp(it->string, "statement") != 0 &&
            strcmp(it->string, "source") != 0) {
            il_set_error("%s: unknown key '%s' (expected data, statement, source)", shown,
                         it->string);
            goto cleanup;
        }
    }
    data = cJSON_GetObjectItemCaseSensitive(doc, "data");
    statement = cJSON_GetObjectItemCaseSensitive(doc, "statement");
    source = cJSON_GetObjectItemCaseSensitive(doc, "source");
    if (!cJSON_IsString(data) || (strcmp(data->valuestring, "synthetic") != 0 &&
                                  strcmp(data->valuestring, "observed") != 0)) {
        il_set_error("%s: \"data\" must be \"synthetic\" or \"observed\"", shown);
        goto cleanup;
    }
    if (!cJSON_IsString(statement) || !statement->valuestring[0]) {
        il_set_error("%s: \"statement\" must be a sentence saying what the data are", shown);
        goto cleanup;
    }
    if (source && !cJSON_IsNull(source) && !cJSON_IsString(source)) {
        il_set_error("%s: \"source\" must be a string or null", shown);
        goto cleanup;
    }
    p->kind = strcmp(data->valuestring, "synthetic") == 0 ? IL_DATA_SYNTHETIC : IL_DATA_OBSERVED;
    p->statement = dup_string(statement);
    p->source = dup_string(source);
    p->file = strdup(shown);
    if (!p->statement || (cJSON_IsString(source) && source->valuestring[0] && !p->source) ||
        !p->file) {
        il_provenance_destroy(p);
        il_set_error("out of memory");
        rc = IGRAPH_ENOMEM;
        goto cleanup;
    }
    rc = IGRAPH_SUCCESS;
cleanup:
    cJSON_Delete(doc);
    free(buf);
    return rc;
}

/**
 * \function il_provenance_read
 * \brief The provenance of the data file \p path: `provenance.json` in its
 *        folder, if there is one.
 *
 * The file is a JSON object: "data": "synthetic" or "observed", "statement":
 * one sentence on what the data are and how they were made, and optionally
 * "source": the attribution. A folder without the file gives kind
 * IL_DATA_UNKNOWN. Only a regular file is read (a FIFO or folder of that
 * name is ignored), so looking never blocks.
 *
 * \param base  The folder relative paths are seen from (NULL: working folder).
 * \param path  A data file as given ("-", standard input, has none).
 * \param p     Zero-filled; filled on success. Destroy with
 *              il_provenance_destroy().
 * \return IGRAPH_PARSEERROR naming the file when it is not a valid
 *         provenance object; IGRAPH_EFILE, IGRAPH_ENOMEM. The reason is
 *         recorded (il_last_error).
 *
 * Time complexity: O(size of the file), at most 64 KiB.
 */
igraph_error_t il_provenance_read(const char *base, const char *path, il_provenance_t *p)
{
    char *shown, *full;
    struct stat st;
    igraph_error_t rc = IGRAPH_SUCCESS;

    memset(p, 0, sizeof *p);
    if (!path || strcmp(path, "-") == 0) {
        return IGRAPH_SUCCESS;
    }
    shown = beside(path);
    full = shown ? il_path_resolve(base, shown) : NULL;
    if (!full) {
        free(shown);
        il_set_error("out of memory");
        return IGRAPH_ENOMEM;
    }
    if (stat(full, &st) == 0 && S_ISREG(st.st_mode)) {
        rc = parse_file(full, shown, p);
    }
    free(full);
    free(shown);
    return rc;
}

/**
 * \function il_provenance_merge
 * \brief Keep in \p into the provenance that says most: synthetic over
 *        observed over none; the first of equal kinds. \p from is moved
 *        (and left zero-filled) or destroyed.
 */
void il_provenance_merge(il_provenance_t *into, il_provenance_t *from)
{
    if (from->kind > into->kind) {
        il_provenance_destroy(into);
        *into = *from;
        memset(from, 0, sizeof *from);
    } else {
        il_provenance_destroy(from);
    }
}
