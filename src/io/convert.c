/*
 * Pictures as PNG or PDF: innolink draws SVG itself and hands it to
 * librsvg's rsvg-convert (Debian: librsvg2-bin), which renders text with
 * the fonts fontconfig finds (fonts-noto-cjk gives Hangul).
 */
#include "io/io.h"
#include "core/setup.h"

#include <errno.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* The first line of what the converter wrote to \p err, into \p buf. */
static void first_line(FILE *err, char *buf, size_t size)
{
    buf[0] = '\0';
    rewind(err);
    if (fgets(buf, (int) size, err)) {
        buf[strcspn(buf, "\r\n")] = '\0';
    }
}

/**
 * \function il_svg_convert
 * \brief Render the SVG document in \p svg as PNG or PDF onto \p out.
 *
 * \p svg is a seekable stream holding the whole SVG (it is rewound and
 * read by rsvg-convert); \p format is "png" or "pdf"; \p zoom scales the
 * picture (PNG: \p zoom pixels per SVG px, so 300/96 gives a 300 dpi
 * raster of a 96 dpi layout; PDF: 1, the page is the canvas at 96 px per
 * inch). rsvg-convert is found on PATH and writes straight to \p out's
 * file descriptor; its messages are captured, never printed.
 * \return IGRAPH_EINVAL (format), IGRAPH_EFILE (recorded: rsvg-convert
 *         missing or failing), IGRAPH_ENOMEM.
 * Time complexity: that of rsvg-convert, about linear in the picture.
 */
igraph_error_t il_svg_convert(FILE *svg, FILE *out, const char *format, double zoom)
{
    posix_spawn_file_actions_t fa;
    char zs[32], why[256];
    char *argv[] = { "rsvg-convert", "-f", NULL, "-z", zs, NULL };
    FILE *err;
    pid_t pid;
    int status = 0, rc;

    if (strcmp(format, "png") != 0 && strcmp(format, "pdf") != 0) {
        IGRAPH_ERRORF("Cannot draw '%s': pictures are svg, png or pdf.", IGRAPH_EINVAL, format);
    }
    argv[2] = (char *) format;
    snprintf(zs, sizeof zs, "%.6g", zoom > 0 ? zoom : 1.0);
    if (fflush(svg) != 0 || fflush(out) != 0) {
        il_set_error("cannot write the picture: %s", strerror(errno));
        return IGRAPH_EFILE;
    }
    rewind(svg);
    err = tmpfile();
    if (!err) {
        il_set_error("cannot make a temporary file: %s", strerror(errno));
        return IGRAPH_EFILE;
    }
    if (posix_spawn_file_actions_init(&fa) != 0) {
        fclose(err);
        IGRAPH_ERROR("Out of memory starting rsvg-convert.", IGRAPH_ENOMEM);
    }
    posix_spawn_file_actions_adddup2(&fa, fileno(svg), 0);
    posix_spawn_file_actions_adddup2(&fa, fileno(out), 1);
    posix_spawn_file_actions_adddup2(&fa, fileno(err), 2);
    rc = posix_spawnp(&pid, "rsvg-convert", &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0) {
        fclose(err);
        il_set_error("cannot draw %s: rsvg-convert %s (Debian: apt-get install "
                     "librsvg2-bin; tools/install-deps installs it)", format,
                     rc == ENOENT ? "is not installed" : strerror(rc));
        return IGRAPH_EFILE;
    }
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            fclose(err);
            il_set_error("cannot draw %s: %s", format, strerror(errno));
            return IGRAPH_EFILE;
        }
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        first_line(err, why, sizeof why);
        fclose(err);
        il_set_error("cannot draw %s: rsvg-convert failed%s%s", format, why[0] ? ": " : "",
                     why);
        return IGRAPH_EFILE;
    }
    fclose(err);
    /* rsvg-convert wrote to the descriptor: move the stream to its end */
    fseek(out, 0, SEEK_END);
    return IGRAPH_SUCCESS;
}
