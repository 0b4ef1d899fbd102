/*
 * Output at disk speed: the time to put a million-row table into a report
 * document and to write it as CSV, JSON and text, the way `innolink
 * centrality` writes its node table (an id, a whole number and two
 * fractions per row). Not a test; bench/README.md gives the figures.
 *
 *   write_rows [ROWS] [DIR]      (default 1000000 rows, files in /tmp)
 */
#include "innolink.h"
#include "report/report_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double cpu_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double) t.tv_sec + 1e-9 * (double) t.tv_nsec;
}

int main(int argc, char **argv)
{
    long rows = argc > 1 ? atol(argv[1]) : 1000000, i;
    const char *dir = argc > 2 ? argv[2] : "/tmp";
    const char *names[3] = { "text", "json", "csv" };
    il_report_t rep;
    cJSON *table;
    double t0, t1;
    uint64_t x = 42;
    int f;

    il_setup();
    t0 = cpu_now();
    if (il_report_init(&rep, "centrality") != IGRAPH_SUCCESS) {
        return 1;
    }
    table = cJSON_AddArrayToObject(rep.root, "nodes");
    rep.table = "nodes";
    for (i = 0; i < rows; i++) {
        cJSON *row = cJSON_CreateObject();
        char id[32];
        x = x * 6364136223846793005ull + 1442695040888963407ull;
        snprintf(id, sizeof id, "firm-%06ld", i);
        cJSON_AddItemToArray(table, row);
        il_report_string(row, "id", id);
        il_report_number(row, "degree", (double) (x >> 54));
        il_report_number(row, "pagerank", (double) (x >> 11) / 9007199254740992.0 / 1e5);
        il_report_number(row, "eigenvector", (double) ((x >> 20) & 0xFFFFF) / 1048576.0);
    }
    t1 = cpu_now();
    printf("rows %ld build %.3f s\n", rows, t1 - t0);
    for (f = 0; f < 3; f++) {
        char path[512];
        FILE *fp;
        snprintf(path, sizeof path, "%s/write_rows.%s", dir, names[f]);
        fp = fopen(path, "w");
        if (!fp) {
            return 1;
        }
        t0 = cpu_now();
        il_report_write(&rep, (il_format_t) f, 6, fp);
        fclose(fp);
        t1 = cpu_now();
        printf("%s write %.3f s\n", names[f], t1 - t0);
    }
    t0 = cpu_now();
    il_report_destroy(&rep);
    printf("free %.3f s\n", cpu_now() - t0);
    il_teardown();
    return 0;
}
