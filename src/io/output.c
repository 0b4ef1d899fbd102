/*
 * Outputs are all or nothing: a file is written under a temporary name in
 * its target directory, synced, and renamed into place only when every
 * byte was written (PITFALLS items 4 and 13).
 */
#include "io/io.h"
#include "core/setup.h"
#include "io/io_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/**
 * \function il_output_open
 * \brief Open an output: a temporary file beside \p path, or stdout.
 *
 * \param path  The final path; NULL or "-" writes to standard output. An
 *              existing path that is not a regular file (a device such as
 *              /dev/null, a FIFO, /dev/fd/N) is written in place.
 * \return IGRAPH_EFILE with the system's reason when the directory is not
 *         writable; IGRAPH_ENOMEM.
 */
igraph_error_t il_output_open(il_output_t *o, const char *path)
{
    const char *slash;
    size_t dirlen;
    int fd;
    mode_t mask;
    struct stat st;

    memset(o, 0, sizeof *o);
    if (!path || strcmp(path, "-") == 0) {
        o->fp = stdout;
        return IGRAPH_SUCCESS;
    }
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        /* a device, FIFO or /dev/fd/N: write to it as it is; renaming a
         * temporary file over it would replace a device node as root */
        if (S_ISDIR(st.st_mode) || !(o->fp = fopen(path, "w"))) {
            il_set_error("cannot write '%s': %s", path,
                         S_ISDIR(st.st_mode) ? strerror(EISDIR) : strerror(errno));
            return IGRAPH_EFILE;
        }
        o->path = strdup(path);
        if (!o->path) {
            il_output_abort(o);
            il_set_error("out of memory");
            return IGRAPH_ENOMEM;
        }
        return IGRAPH_SUCCESS;
    }
    slash = strrchr(path, '/');
    dirlen = slash ? (size_t) (slash - path) + 1 : 0;
    o->path = strdup(path);
    o->tmp = malloc(strlen(path) + 16);
    if (!o->path || !o->tmp) {
        il_output_abort(o);
        il_set_error("out of memory");
        return IGRAPH_ENOMEM;
    }
    memcpy(o->tmp, path, dirlen);
    sprintf(o->tmp + dirlen, ".%s.XXXXXX", path + dirlen);
    fd = mkstemp(o->tmp);
    if (fd < 0) {
        il_set_error("cannot write '%s': %s", path, strerror(errno));
        free(o->tmp);
        o->tmp = NULL;
        il_output_abort(o);
        return IGRAPH_EFILE;
    }
    mask = umask(0);
    umask(mask);
    (void) fchmod(fd, 0666 & ~mask);   /* mkstemp makes 0600; outputs are ordinary files */
    o->fp = fdopen(fd, "w");
    if (!o->fp) {
        il_set_error("cannot write '%s': %s", path, strerror(errno));
        close(fd);
        il_output_abort(o);
        return IGRAPH_EFILE;
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_output_commit
 * \brief Finish an output: flush, fsync, close and rename into place.
 *
 * On any failure (a full disk shows only here) the temporary file is
 * removed and IGRAPH_EFILE returned, so no partial output remains.
 * Standard output is flushed and checked but left open.
 */
igraph_error_t il_output_commit(il_output_t *o)
{
    int bad;
    if (!o->path) {
        bad = fflush(o->fp) != 0 || ferror(o->fp);
        o->fp = NULL;
        if (bad) {
            il_set_error("write failure on standard output: %s", strerror(errno));
            return IGRAPH_EFILE;
        }
        return IGRAPH_SUCCESS;
    }
    if (!o->tmp) {              /* a device or FIFO written in place */
        bad = fflush(o->fp) != 0 || ferror(o->fp);
        if (fclose(o->fp) != 0) {
            bad = 1;
        }
        o->fp = NULL;
        if (bad) {
            il_set_error("cannot write '%s': %s", o->path, strerror(errno ? errno : EIO));
        }
        free(o->path);
        o->path = NULL;
        return bad ? IGRAPH_EFILE : IGRAPH_SUCCESS;
    }
    bad = fflush(o->fp) != 0 || ferror(o->fp) || fsync(fileno(o->fp)) != 0;
    if (fclose(o->fp) != 0) {
        bad = 1;
    }
    o->fp = NULL;
    if (bad || rename(o->tmp, o->path) != 0) {
        il_set_error("cannot write '%s': %s", o->path, strerror(errno ? errno : EIO));
        il_output_abort(o);
        return IGRAPH_EFILE;
    }
    free(o->tmp);
    free(o->path);
    o->tmp = o->path = NULL;
    return IGRAPH_SUCCESS;
}

/**
 * \function il_output_abort
 * \brief Abandon an output: close it and delete the temporary file.
 *
 * Safe to call twice and after il_output_commit().
 */
void il_output_abort(il_output_t *o)
{
    if (o->fp && o->fp != stdout) {
        fclose(o->fp);
    }
    o->fp = NULL;
    if (o->tmp) {
        unlink(o->tmp);
    }
    free(o->tmp);
    free(o->path);
    o->tmp = o->path = NULL;
}

/**
 * \function il_output_check_distinct
 * \brief Refuse to write over an input file.
 *
 * \return IGRAPH_EINVAL when \p out and \p in are the same existing file
 *         (same device and inode); success otherwise.
 */
igraph_error_t il_output_check_distinct(const char *out, const char *in)
{
    struct stat a, b;
    if (!out || !in || strcmp(out, "-") == 0 || strcmp(in, "-") == 0) {
        return IGRAPH_SUCCESS;
    }
    if (stat(out, &a) == 0 && stat(in, &b) == 0 && a.st_dev == b.st_dev &&
        a.st_ino == b.st_ino) {
        il_set_error("the output '%s' is the input '%s'; refusing to overwrite it", out, in);
        return IGRAPH_EINVAL;
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_path_resolve
 * \brief \p path as seen from the folder \p base.
 *
 * A run spec names its files relative to its own folder; the library
 * opens them through this instead of changing the working folder.
 * \return A new string to free(); NULL when out of memory or \p path is NULL.
 */
char *il_path_resolve(const char *base, const char *path)
{
    size_t lb, lp;
    char *s;
    if (!path) {
        return NULL;
    }
    if (!base || !base[0] || path[0] == '/' || strcmp(path, "-") == 0) {
        return strdup(path);
    }
    lb = strlen(base);
    lp = strlen(path);
    s = malloc(lb + lp + 2);
    if (s) {
        memcpy(s, base, lb);
        s[lb] = '/';
        memcpy(s + lb + 1, path, lp + 1);
    }
    return s;
}

/**
 * \function il_i_open_at
 * \brief fopen(path, "rb") with \p path relative to \p base.
 */
FILE *il_i_open_at(const char *base, const char *path)
{
    char *full = il_path_resolve(base, path);
    FILE *fp;
    if (!full) {
        errno = ENOMEM;
        return NULL;
    }
    fp = fopen(full, "rb");
    free(full);
    return fp;
}
