/*
 * Outputs are all or nothing: a file is written under a temporary name in
 * its target directory, synced, and renamed into place only when every
 * byte was written (PITFALLS items 4 and 13). While it exists, the
 * temporary name is registered with core/cleanup.h, so that a program's
 * signal handler (the command line's) can remove it: an interrupted run
 * leaves nothing behind either.
 */
#include "io/io.h"
#include "core/cleanup.h"
#include "core/setup.h"
#include "io/io_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define TMP_TRIES 100       /* names tried before giving up (they exist already) */
#define TMP_EXTRA 8         /* bytes a temporary name adds: ".", ".", 6 letters */

/* Record "cannot write 'PATH': REASON". */
static void write_error(const char *path, const char *reason)
{
    char shown[IL_PATH_SHOWN_MAX];
    il_set_error("cannot write '%s': %s", il_path_shown(path, shown), reason);
}

/* Six letters or digits, different at every call. Not a secret: O_EXCL
 * makes the file ours, and a taken name is simply tried again. */
static void random_suffix(char *s)
{
    static const char alnum[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    static uint64_t counter;
    struct timespec t;
    uint64_t x;
    int i;
    clock_gettime(CLOCK_REALTIME, &t);
    x = (uint64_t) t.tv_nsec ^ ((uint64_t) t.tv_sec << 30) ^ ((uint64_t) getpid() << 12) ^
        (++counter * UINT64_C(0x9E3779B97F4A7C15));
    x ^= x >> 30;       /* splitmix64's finaliser: every input bit moves every output bit */
    x *= UINT64_C(0xBF58476D1CE4E5B9);
    x ^= x >> 27;
    x *= UINT64_C(0x94D049BB133111EB);
    x ^= x >> 31;
    for (i = 0; i < 6; i++) {
        s[i] = alnum[x % 62];
        x /= 62;
    }
}

/*
 * Room for the temporary name beside \p path: ".NAME.XXXXXX" in the same
 * folder. A name near the folder's NAME_MAX (255 bytes on Linux) is cut,
 * at a UTF-8 character boundary, so that every valid output name gets a
 * temporary name; so is one whose path is near PATH_MAX. The six X are
 * filled by random_suffix(). NULL with errno set (ENAMETOOLONG when even
 * ".." and six letters do not fit, ENOMEM).
 */
static char *tmp_template(const char *path)
{
    const char *slash = strrchr(path, '/');
    size_t dirlen = slash ? (size_t) (slash - path) + 1 : 0;
    const char *base = path + dirlen;
    size_t keep = strlen(base), room;
    long name_max;
    char *t;

    t = malloc(dirlen + 2);
    if (!t) {
        return NULL;
    }
    memcpy(t, path, dirlen);
    t[dirlen] = '\0';
    errno = 0;
    name_max = pathconf(dirlen ? t : ".", _PC_NAME_MAX);
    free(t);
    if (name_max < 2 * TMP_EXTRA) {
        name_max = 255;     /* unknown (or the folder does not exist: open says so) */
    }
    room = (size_t) name_max - TMP_EXTRA;
    if (dirlen + TMP_EXTRA + 1 > PATH_MAX) {
        errno = ENAMETOOLONG;
        return NULL;
    }
    if (room > PATH_MAX - 1 - dirlen - TMP_EXTRA) {
        room = PATH_MAX - 1 - dirlen - TMP_EXTRA;
    }
    if (keep > room) {
        keep = room;
        while (keep > 0 && ((unsigned char) base[keep] & 0xC0) == 0x80) {
            keep--;         /* base[keep] starts a character: cut before it */
        }
    }
    t = malloc(dirlen + keep + TMP_EXTRA + 1);
    if (!t) {
        return NULL;
    }
    memcpy(t, path, dirlen);
    t[dirlen] = '.';
    memcpy(t + dirlen + 1, base, keep);
    memcpy(t + dirlen + 1 + keep, ".XXXXXX", 8);
    return t;
}

/* The file that writing \p path replaces: \p path itself, or the target of
 * the symbolic link \p path names (written through, the link kept). NULL
 * with the reason recorded: a link to nothing is refused. */
static char *final_path(const char *path)
{
    struct stat st;
    char *p;
    if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
        p = realpath(path, NULL);
        if (!p) {
            write_error(path, errno == ENOENT ?
                        "it is a symbolic link to a file that does not exist" : strerror(errno));
        }
        return p;
    }
    p = strdup(path);
    if (!p) {
        il_set_error("out of memory");
    }
    return p;
}

/* Open o->path, an existing file that is not a regular one, in place: a
 * device (/dev/null, /dev/stdout) or a FIFO. Renaming a temporary file
 * over it would replace the device node. A FIFO without a reader is
 * refused at once rather than waited on for ever. */
static igraph_error_t open_in_place(il_output_t *o, const char *path, const struct stat *st)
{
    int fifo = S_ISFIFO(st->st_mode), fd, fl;
    if (S_ISDIR(st->st_mode)) {
        write_error(path, strerror(EISDIR));
        return IGRAPH_EFILE;
    }
    fd = open(o->path, O_WRONLY | O_TRUNC | (fifo ? O_NONBLOCK : 0));
    if (fd < 0) {
        write_error(path, fifo && errno == ENXIO ? "a FIFO with no reader" : strerror(errno));
        return IGRAPH_EFILE;
    }
    if (fifo && ((fl = fcntl(fd, F_GETFL)) < 0 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) < 0)) {
        write_error(path, strerror(errno));
        close(fd);
        return IGRAPH_EFILE;
    }
    if (!(o->fp = fdopen(fd, "w"))) {
        write_error(path, strerror(errno));
        close(fd);
        return IGRAPH_EFILE;
    }
    return IGRAPH_SUCCESS;
}

/* Create the temporary file beside o->path, registered for cleanup. */
static igraph_error_t open_temporary(il_output_t *o, const char *path)
{
    size_t len;
    int fd = -1, tries;
    o->tmp = tmp_template(o->path);
    if (!o->tmp) {
        write_error(path, errno == ENOMEM ? "out of memory" :
                    "the path is too long for a temporary file beside it");
        return errno == ENOMEM ? IGRAPH_ENOMEM : IGRAPH_EFILE;
    }
    len = strlen(o->tmp);
    for (tries = 0; fd < 0 && tries < TMP_TRIES; tries++) {
        random_suffix(o->tmp + len - 6);
        /* registered before it exists: a signal between open() and the
         * registration would otherwise leave it behind */
        o->slot = il_cleanup_file_add(o->tmp);
        if (o->slot < 0) {
            write_error(path, "too many outputs open at once");
            return IGRAPH_EFILE;
        }
        /* 0666 less the umask: outputs are ordinary files */
        fd = open(o->tmp, O_WRONLY | O_CREAT | O_EXCL, 0666);
        if (fd < 0) {
            int e = errno;
            il_cleanup_file_drop(o->slot);
            o->slot = -1;
            if (e != EEXIST) {
                write_error(path, strerror(e));
                return IGRAPH_EFILE;
            }
        }
    }
    if (fd < 0) {
        write_error(path, "no free temporary name beside it");
        return IGRAPH_EFILE;
    }
    if (!(o->fp = fdopen(fd, "w"))) {
        write_error(path, strerror(errno));
        close(fd);
        return IGRAPH_EFILE;
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_output_open
 * \brief Open an output: a temporary file beside \p path, or stdout.
 *
 * \param path  The final path; NULL or "-" writes to standard output. An
 *              existing path that is not a regular file (a device such as
 *              /dev/null, a FIFO, /dev/fd/N) is written in place; a FIFO
 *              with no reader is refused. A symbolic link is written
 *              through: its target is replaced, the link stays; a link to
 *              a missing file is refused.
 *
 * The temporary file is ".NAME.XXXXXX" in the target's folder (NAME cut
 * when the whole would pass the folder's name limit), created with O_EXCL
 * and mode 0666 less the umask, and registered with il_cleanup_file_add()
 * until it is renamed or removed.
 *
 * \return IGRAPH_EFILE with the system's reason when the directory is not
 *         writable; IGRAPH_ENOMEM. Nothing is left behind on failure.
 */
igraph_error_t il_output_open(il_output_t *o, const char *path)
{
    struct stat st;
    igraph_error_t rc;

    memset(o, 0, sizeof *o);
    o->slot = -1;
    if (!path || strcmp(path, "-") == 0) {
        o->fp = stdout;
        return IGRAPH_SUCCESS;
    }
    if (!(o->path = final_path(path))) {
        return errno == ENOMEM ? IGRAPH_ENOMEM : IGRAPH_EFILE;
    }
    if (stat(o->path, &st) == 0 && !S_ISREG(st.st_mode)) {
        rc = open_in_place(o, path, &st);
    } else {
        rc = open_temporary(o, path);
    }
    if (rc != IGRAPH_SUCCESS) {
        il_output_abort(o);
    }
    return rc;
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
            write_error(o->path, strerror(errno ? errno : EIO));
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
        write_error(o->path, strerror(errno ? errno : EIO));
        il_output_abort(o);
        return IGRAPH_EFILE;
    }
    il_cleanup_file_drop(o->slot);
    o->slot = -1;
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
    if (o->tmp && o->slot >= 0) {
        unlink(o->tmp);             /* then forget it, then free the name */
        il_cleanup_file_drop(o->slot);
    }
    o->slot = -1;
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
        char so[IL_PATH_SHOWN_MAX], si[IL_PATH_SHOWN_MAX];
        il_set_error("the output '%s' is the input '%s'; refusing to overwrite it",
                     il_path_shown(out, so), il_path_shown(in, si));
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
