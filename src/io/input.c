/*
 * Opening and reading input files whatever they are: regular files,
 * standard input, FIFOs and character devices (a named pipe, a shell's
 * <(...) process substitution, /dev/stdin), each read so that nothing
 * blocks for ever. Folders, block devices and sockets are refused.
 *
 * A FIFO is opened without blocking (a FIFO with no writer would block
 * open() until one comes) and every read waits at most the load options'
 * input_timeout for data; standard input ("-") waits as long as it takes,
 * as any filter does.
 */
#include "io/io.h"
#include "core/setup.h"
#include "io/load_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Record "cannot read 'NAME': REASON"; IGRAPH_EFILE. */
static igraph_error_t read_error(const il_i_input_t *in, const char *reason)
{
    il_set_error("cannot read '%s': %s", in->name, reason);
    return IGRAPH_EFILE;
}

/**
 * \function il_i_input_open
 * \brief Open \p path (relative to \p base) for il_i_input_read().
 *
 * \param name     The file as messages name it (borrowed).
 * \param timeout  Seconds a FIFO or character device may stay silent
 *                 before the read fails; 0 waits for ever.
 * \return IGRAPH_EFILE (recorded: "cannot open 'NAME': ..." for a missing
 *         or unreadable file, "cannot read 'NAME': ..." for a folder, a
 *         block device or a socket), IGRAPH_ENOMEM.
 * Time complexity: O(1) system calls.
 */
igraph_error_t il_i_input_open(il_i_input_t *in, const char *base, const char *path,
                               const char *name, double timeout)
{
    struct stat st;
    char *full;
    int fl;

    memset(in, 0, sizeof *in);
    in->fd = -1;
    in->name = name;
    in->timeout = timeout;
    if (strcmp(path, "-") == 0) {
        in->fd = STDIN_FILENO;
        in->is_stdin = 1;
        return IGRAPH_SUCCESS;
    }
    full = il_path_resolve(base, path);
    if (!full) {
        il_set_error("out of memory");
        return IGRAPH_ENOMEM;
    }
    /* O_NONBLOCK: a FIFO with no writer would block open() itself */
    in->fd = open(full, O_RDONLY | O_NONBLOCK);
    free(full);
    if (in->fd < 0) {
        il_set_error("cannot open '%s': %s", name, strerror(errno));
        return IGRAPH_EFILE;
    }
    if (fstat(in->fd, &st) != 0) {
        igraph_error_t rc = read_error(in, strerror(errno));
        il_i_input_close(in);
        return rc;
    }
    if (S_ISDIR(st.st_mode) || S_ISBLK(st.st_mode) || S_ISSOCK(st.st_mode)) {
        igraph_error_t rc = read_error(in, S_ISDIR(st.st_mode) ? "it is a folder" :
                                       S_ISBLK(st.st_mode) ? "it is a block device; innolink "
                                       "reads files, FIFOs and character devices" :
                                       "it is a socket; innolink reads files, FIFOs and "
                                       "character devices");
        il_i_input_close(in);
        return rc;
    }
    if (S_ISREG(st.st_mode)) {
        in->size = (double) st.st_size;
        if ((fl = fcntl(in->fd, F_GETFL)) >= 0) {
            (void) fcntl(in->fd, F_SETFL, fl & ~O_NONBLOCK);
        }
    } else {
        in->timed = 1;      /* FIFO or character device: poll before reading */
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_input_read
 * \brief Read up to \p n bytes into \p buf: *got = 0 at the end.
 *
 * A FIFO or character device that gives nothing for in->timeout seconds
 * fails with "no data from 'NAME' for N s".
 * \return IGRAPH_SUCCESS, or IGRAPH_EFILE with the reason recorded.
 */
igraph_error_t il_i_input_read(il_i_input_t *in, char *buf, size_t n, size_t *got)
{
    *got = 0;
    for (;;) {
        ssize_t k;
        if (in->timed) {
            struct pollfd p;
            int ms = in->timeout > 0 ? (int) (in->timeout * 1000.0 + 0.5) : -1, r;
            if (in->timeout > 2e6) {
                ms = -1;        /* beyond poll's range: as good as for ever */
            }
            p.fd = in->fd;
            p.events = POLLIN;
            p.revents = 0;
            r = poll(&p, 1, ms);
            if (r < 0 && errno == EINTR) {
                continue;
            }
            if (r < 0) {
                return read_error(in, strerror(errno));
            }
            if (r == 0) {
                il_set_error("no data from '%s' for %g s (a FIFO with no writer?); "
                             "--input-timeout SECONDS waits longer, 0 for ever",
                             in->name, in->timeout);
                return IGRAPH_EFILE;
            }
        }
        k = read(in->fd, buf, n);
        if (k < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK)) {
            continue;
        }
        if (k < 0) {
            return read_error(in, strerror(errno));
        }
        *got = (size_t) k;
        return IGRAPH_SUCCESS;
    }
}

/**
 * \function il_i_input_slurp
 * \brief The whole (rest of the) input in memory: *data (malloc'ed, NUL
 *        appended, free() it) and *len.
 *
 * For igraph's readers, which take a FILE: a graph file is read whole
 * before it is parsed, so that its declared counts can be checked against
 * its size and a FIFO can be read with a timeout.
 * \return IGRAPH_SUCCESS, IGRAPH_EFILE (recorded), IGRAPH_ENOMEM (recorded).
 * Time complexity: O(input size); memory: the input size.
 */
igraph_error_t il_i_input_slurp(il_i_input_t *in, char **data, size_t *len)
{
    size_t cap = in->size > 0 ? (size_t) in->size + 1 : 1u << 16, got;
    char *b = malloc(cap + 1);
    *data = NULL;
    *len = 0;
    if (!b) {
        il_set_error("out of memory reading '%s'", in->name);
        return IGRAPH_ENOMEM;
    }
    for (;;) {
        igraph_error_t rc;
        if (*len == cap) {
            char *nb = cap < ((size_t) -1) / 2 - 1 ? realloc(b, 2 * cap + 1) : NULL;
            if (!nb) {
                free(b);
                il_set_error("out of memory reading '%s'", in->name);
                return IGRAPH_ENOMEM;
            }
            b = nb;
            cap *= 2;
        }
        rc = il_i_input_read(in, b + *len, cap - *len, &got);
        if (rc != IGRAPH_SUCCESS) {
            free(b);
            *len = 0;
            return rc;
        }
        if (got == 0) {
            break;
        }
        *len += got;
    }
    b[*len] = '\0';
    *data = b;
    return IGRAPH_SUCCESS;
}

/**
 * \function il_i_input_close
 * \brief Close the input (standard input stays open). Safe to call twice.
 */
void il_i_input_close(il_i_input_t *in)
{
    if (in->fd >= 0 && !in->is_stdin) {
        close(in->fd);
    }
    in->fd = -1;
}
