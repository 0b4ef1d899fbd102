/*
 * bare_parse: the lower bound for innolink's loader. Parses a CSV file with
 * libcsv exactly as src/io/csv_reader.c sets it up (1 MiB fread() blocks,
 * CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL, blanks are space and tab,
 * comma delimiter), but the callbacks only count fields and rows and sum
 * the field lengths: no copying, no ids, no graph.
 *
 *   bare_parse [--lines] FILE
 *
 * --lines gives libcsv one physical line per csv_parse() call, as the
 * loader does to count lines for its messages; without it each 1 MiB
 * block goes to csv_parse() whole. Prints rows, fields, bytes and the
 * wall-clock and CPU seconds of the parse.
 */
#define _POSIX_C_SOURCE 200809L

#include <csv.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define BLOCK_SIZE (1u << 20)   /* as in src/io/csv_reader.c */
#define PIECE_SIZE (1u << 16)

struct counts {
    unsigned long long rows, fields, bytes;
};

static void on_field(void *data, size_t len, void *vc)
{
    struct counts *c = vc;
    (void) data;
    c->fields++;
    c->bytes += len;
}

static void on_row(int ch, void *vc)
{
    struct counts *c = vc;
    (void) ch;
    c->rows++;
}

static int is_space(unsigned char ch)
{
    return ch == ' ' || ch == '\t';
}

static double seconds(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double) ts.tv_sec + (double) ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    struct csv_parser p;
    struct counts c = { 0, 0, 0 };
    const char *path;
    char *block;
    FILE *fp;
    size_t n;
    int lines = 0;
    double wall, cpu;

    if (argc == 3 && strcmp(argv[1], "--lines") == 0) {
        lines = 1;
        path = argv[2];
    } else if (argc == 2 && argv[1][0] != '-') {
        path = argv[1];
    } else {
        fputs("usage: bare_parse [--lines] FILE\n", stderr);
        return 2;
    }
    wall = seconds(CLOCK_MONOTONIC);
    cpu = seconds(CLOCK_PROCESS_CPUTIME_ID);
    if (!(fp = fopen(path, "rb"))) {
        fprintf(stderr, "bare_parse: cannot open '%s': %s\n", path, strerror(errno));
        return 1;
    }
    block = malloc(BLOCK_SIZE);
    if (!block || csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
        fputs("bare_parse: out of memory\n", stderr);
        return 1;
    }
    csv_set_space_func(&p, is_space);
    csv_set_blk_size(&p, 4096);
    csv_set_delim(&p, ',');
    while ((n = fread(block, 1, BLOCK_SIZE, fp)) > 0) {
        const char *s = block;
        while (n > 0) {
            size_t len = n;
            if (lines) {
                const char *nl = memchr(s, '\n', n < PIECE_SIZE ? n : PIECE_SIZE);
                len = nl ? (size_t) (nl - s) + 1 : (n < PIECE_SIZE ? n : PIECE_SIZE);
            }
            if (csv_parse(&p, s, len, on_field, on_row, &c) != len) {
                fprintf(stderr, "bare_parse: %s\n", csv_strerror(csv_error(&p)));
                return 1;
            }
            s += len;
            n -= len;
        }
    }
    if (ferror(fp) || csv_fini(&p, on_field, on_row, &c) != 0) {
        fprintf(stderr, "bare_parse: cannot read '%s'\n", path);
        return 1;
    }
    csv_free(&p);
    fclose(fp);
    free(block);
    wall = seconds(CLOCK_MONOTONIC) - wall;
    cpu = seconds(CLOCK_PROCESS_CPUTIME_ID) - cpu;
    printf("rows %llu fields %llu bytes %llu wall %.3f cpu %.3f\n",
           c.rows, c.fields, c.bytes, wall, cpu);
    return 0;
}
