/*
 * Replays a fuzz target's corpus without libFuzzer, with the ordinary
 * compiler, so that `make test` runs every seed in the plain, sanitizer
 * and valgrind suites. Arguments are files or folders (their files, in
 * name order); one TAP line per input. A finding aborts the program,
 * which the suite counts as a failure.
 */
#include "fuzz.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int count;

static void replay_file(const char *path)
{
    FILE *fp = fopen(path, "rb");
    uint8_t *buf = NULL;
    size_t n = 0, cap = 0, k;
    if (!fp) {
        printf("not ok %d - %s: cannot open\n", ++count, path);
        return;
    }
    do {
        if (n == cap) {
            cap = cap ? 2 * cap : 4096;
            buf = realloc(buf, cap);
            if (!buf) {
                abort();
            }
        }
        k = fread(buf + n, 1, cap - n, fp);
        n += k;
    } while (k > 0);
    fclose(fp);
    fflush(stdout);
    LLVMFuzzerTestOneInput(buf, n);
    free(buf);
    printf("ok %d - %s\n", ++count, path);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *) a, *(char *const *) b);
}

static void replay(const char *path)
{
    struct stat st;
    DIR *d;
    struct dirent *e;
    char **names = NULL;
    size_t n = 0, i;
    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
        replay_file(path);
        return;
    }
    if (!(d = opendir(path))) {
        printf("not ok %d - %s: cannot open the folder\n", ++count, path);
        return;
    }
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') {
            continue;
        }
        names = realloc(names, (n + 1) * sizeof *names);
        if (!names) {
            abort();
        }
        names[n] = malloc(strlen(path) + strlen(e->d_name) + 2);
        if (!names[n]) {
            abort();
        }
        sprintf(names[n++], "%s/%s", path, e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, by_name);
    for (i = 0; i < n; i++) {
        replay_file(names[i]);
        free(names[i]);
    }
    free(names);
}

int main(int argc, char **argv)
{
    int i;
    for (i = 1; i < argc; i++) {
        replay(argv[i]);
    }
    printf("1..%d\n", count);
    return 0;
}
