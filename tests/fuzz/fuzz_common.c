/*
 * The helpers of fuzz.h: a private folder, input files, set-up, and the
 * invariants checked after every input.
 */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[64];

static void remove_dir(void)
{
    char cmd[128];
    if (dir[0]) {
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
        if (system(cmd) != 0) {
            fprintf(stderr, "fuzz: could not remove %s\n", dir);
        }
    }
}

const char *fuzz_dir(void)
{
    if (!dir[0]) {
        const char *t = getenv("TMPDIR");
        snprintf(dir, sizeof dir, "%s/il-fuzz-XXXXXX", t && strlen(t) < 30 ? t : "/tmp");
        if (!mkdtemp(dir)) {
            perror("fuzz: mkdtemp");
            abort();
        }
        atexit(remove_dir);
    }
    return dir;
}

const char *fuzz_write(const char *name, const uint8_t *data, size_t size, char *path,
                       size_t cap)
{
    FILE *fp;
    snprintf(path, cap, "%s/%s", fuzz_dir(), name);
    fp = fopen(path, "wb");
    if (!fp || (size && fwrite(data, 1, size, fp) != size) || fclose(fp) != 0) {
        perror("fuzz: writing the input");
        abort();
    }
    return path;
}

void fuzz_setup(void)
{
    static int done;
    if (!done) {
        il_setup();
        il_warning_set(NULL, NULL);
        il_progress_set(NULL, NULL);
        done = 1;
    }
}

void fuzz_after(igraph_error_t rc)
{
    const char *why = il_last_error();
    size_t bad;
    if (!IGRAPH_FINALLY_STACK_EMPTY) {
        fprintf(stderr, "fuzz: igraph's finally stack is not empty\n");
        abort();
    }
    if (rc != IGRAPH_SUCCESS && why[0] == '\0') {
        fprintf(stderr, "fuzz: a failure (code %d) without a reason\n", (int) rc);
        abort();
    }
    if (!il_utf8_valid(why, strlen(why), &bad)) {
        fprintf(stderr, "fuzz: the reason is not UTF-8 at byte %zu: %s\n", bad, why);
        abort();
    }
    il_clear_error();
}
