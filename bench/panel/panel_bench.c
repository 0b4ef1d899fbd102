/*
 * panel_bench: the per-window work of a 20-year panel, two ways, through
 * libinnolink (bench/panel/README.md).
 *
 *   panel_bench scratch EDGES NODES   every window from scratch: one full parse
 *                                     of EDGES per window (--where year=Y)
 *   panel_bench panel EDGES NODES     one parse (il_panel_load), windows cut
 *                                     from memory (il_panel_window_graph)
 *
 * Both do the same per window: the summary figures (no path lengths), the
 * --by group blocks and E-I (coupling without tests, cuts or articulation
 * points), and the tie changes from the previous window (compare's
 * il_compare_ties, per pair of groups). Prints seconds per phase and a
 * checksum of the results, so that the two modes can be seen to agree.
 */
#include "innolink.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double) ts.tv_sec + 1e-9 * (double) ts.tv_nsec;
}

#define CHECK(x) do { if ((x) != IGRAPH_SUCCESS) { \
            fprintf(stderr, "panel_bench: %s\n", il_last_error()); exit(1); } } while (0)

typedef struct win {
    il_graph_t g;
    il_partition_t p;
    int live;
} win_t;

static double checksum;

/* What every window gets, whichever way it was made. */
static void analyse(win_t *cur, win_t *prev)
{
    il_summary_options_t so = IL_SUMMARY_OPTIONS_INIT;
    il_coupling_options_t co = IL_COUPLING_OPTIONS_INIT;
    il_summary_t s;
    il_coupling_t c;
    so.paths = IL_PATHS_SKIP;
    co.permutations = 0;
    co.cuts = 0;
    co.vulnerability = 0;
    co.null.samples = 0;      /* the numbers only: no null-model readings */
    CHECK(il_summary(&cur->g, &so, &s));
    CHECK(il_partition_from_attr(&cur->g, "group", IL_EMPTY_ERROR, &cur->p));
    CHECK(il_coupling(&cur->g, &cur->p, &co, &c));
    checksum += s.density + c.whole.ei;
    il_coupling_destroy(&c);
    if (prev && prev->live) {
        il_alignment_t al;
        il_tie_changes_t t;
        igraph_vector_int_t grp;
        igraph_integer_t u, n;
        CHECK(il_alignment_init(&al, &prev->g, &cur->g));
        n = il_strtab_size(&al.ids);
        igraph_vector_int_init(&grp, n);
        for (u = 0; u < n; u++) {
            igraph_integer_t a = VECTOR(al.in_before)[u], b = VECTOR(al.in_after)[u];
            VECTOR(grp)[u] = a >= 0 ? VECTOR(prev->p.membership)[a] : VECTOR(cur->p.membership)[b];
        }
        CHECK(il_compare_ties(&prev->g, &cur->g, &al, &grp, cur->p.k, &t));
        checksum += (double) t.all.gained - (double) t.all.lost;
        il_tie_changes_destroy(&t);
        igraph_vector_int_destroy(&grp);
        il_alignment_destroy(&al);
    }
    cur->live = 1;
}

static void win_clear(win_t *w)
{
    il_graph_destroy(&w->g);
    il_partition_destroy(&w->p);
    memset(w, 0, sizeof *w);
}

int main(int argc, char **argv)
{
    il_load_options_t lo = IL_LOAD_OPTIONS_INIT;
    win_t w[2];
    double t0 = now(), tload = 0, twin = 0;
    int y, k = 0;
    if (argc != 4 || (strcmp(argv[1], "scratch") != 0 && strcmp(argv[1], "panel") != 0)) {
        fprintf(stderr, "usage: panel_bench scratch|panel EDGES NODES\n");
        return 2;
    }
    il_setup();
    memset(w, 0, sizeof w);
    lo.edges_path = argv[2];
    lo.nodes_path = argv[3];
    if (strcmp(argv[1], "scratch") == 0) {
        for (y = 2005; y <= 2024; y++, k++) {
            il_where_t where;
            char expr[32];
            double a = now();
            snprintf(expr, sizeof expr, "year=%d", y);
            CHECK(il_where_parse(expr, &where));
            lo.where = &where;
            lo.nwhere = 1;
            win_clear(&w[k % 2]);
            CHECK(il_load_graph(&lo, &w[k % 2].g));
            il_where_destroy(&where);
            tload += now() - a;
            a = now();
            analyse(&w[k % 2], &w[(k + 1) % 2]);
            twin += now() - a;
        }
    } else {
        il_panel_t p;
        il_panel_source_t src = IL_PANEL_SOURCE_INIT;
        il_window_options_t wo = IL_WINDOW_OPTIONS_INIT;
        il_windows_t ws;
        const char *files[1];
        size_t i;
        double a = now();
        files[0] = argv[2];
        src.time_col = "year";
        CHECK(il_panel_load(&lo, &src, files, 1, &p));
        CHECK(il_panel_windows(&p, &wo, &ws));
        tload = now() - a;
        a = now();
        for (i = 0; i < ws.n; i++, k++) {
            win_clear(&w[k % 2]);
            CHECK(il_panel_window_graph(&p, &ws, i, &w[k % 2].g, NULL, NULL));
            analyse(&w[k % 2], &w[(k + 1) % 2]);
        }
        twin = now() - a;
        il_windows_destroy(&ws);
        il_panel_destroy(&p);
    }
    win_clear(&w[0]);
    win_clear(&w[1]);
    printf("%s: windows=%d parse_s=%.3f windows_s=%.3f total_s=%.3f checksum=%.10g\n",
           argv[1], k, tload, twin, now() - t0, checksum);
    il_teardown();
    return 0;
}
