/*
 * gen_linkages: a seeded generator of large synthetic innovation-linkage
 * edge tables, for timing innolink's loader (bench/README.md).
 *
 *   gen_linkages [-n NODES] [-m ROWS] [-s SEED] [-o FILE]
 *
 * Defaults: 1,000,000 nodes, 10,000,000 rows, seed 42, standard output.
 *
 * The ties are synthetic. Each row is drawn independently from a
 * Chung-Lu model: both endpoints are sampled with probability
 * proportional to a node's expected degree, and expected degrees follow
 * a power law (exponent GAMMA, with an offset that caps the largest hub
 * near MAX_DEGREE ties), so a few large firms and universities hold
 * thousands of ties and most firms a handful. Rows that repeat a pair
 * are kept (a pair may cooperate in several projects), so innolink's
 * default --duplicates sum merges them; self-loops are redrawn. The
 * node ranks are shuffled before ids are given out, so hubs are spread
 * over all kinds of actor.
 *
 * Ids look like a regional innovation database: `firm-000123`,
 * `univ-0042`, `gri-0007` (government research institute), `org-0311`
 * (support body), and Hangul ids such as `벤처-004211` and `연구소-0093`.
 * Columns: source,target,weight,type,year; weight is a small integer
 * (joint projects, 1 + geometric, mean about 1.8), type one of five kinds of
 * tie, year 2005-2024. The output is a function of (n, m, seed) only:
 * the random numbers come from xoshiro256** seeded by splitmix64, and
 * only integer arithmetic and IEEE doubles are used.
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GAMMA 2.5           /* degree exponent of the expected-degree law */
#define MAX_DEGREE 20000.0  /* rough expected degree of the largest hub */

/* ---- Random numbers: xoshiro256** seeded by splitmix64 --------------------- */

static uint64_t rng_s[4];

static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static uint64_t rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

static uint64_t rng_next(void)
{
    uint64_t r = rotl(rng_s[1] * 5, 7) * 9, t = rng_s[1] << 17;
    rng_s[2] ^= rng_s[0];
    rng_s[3] ^= rng_s[1];
    rng_s[1] ^= rng_s[2];
    rng_s[0] ^= rng_s[3];
    rng_s[2] ^= t;
    rng_s[3] = rotl(rng_s[3], 45);
    return r;
}

static void rng_seed(uint64_t seed)
{
    int i;
    for (i = 0; i < 4; i++) {
        rng_s[i] = splitmix64(&seed);
    }
}

/* Uniform in [0, 1) with 53 random bits. */
static double rng_unif(void)
{
    return (double) (rng_next() >> 11) * (1.0 / 9007199254740992.0);
}

/* Uniform integer in [0, k), 0 < k <= 2^32 (multiply-shift; bias < k / 2^32). */
static uint64_t rng_below(uint64_t k)
{
    return ((rng_next() >> 32) * k) >> 32;
}

/* ---- Walker's alias table over the expected degrees ------------------------ */

typedef struct alias {
    uint32_t n;
    double *prob;
    uint32_t *other;
} alias_t;

static int alias_init(alias_t *a, const double *w, uint32_t n)
{
    uint32_t *small = malloc(n * sizeof *small), *large = malloc(n * sizeof *large);
    uint32_t ns = 0, nl = 0, i;
    double total = 0, *p;
    a->n = n;
    a->prob = malloc(n * sizeof *a->prob);
    a->other = malloc(n * sizeof *a->other);
    p = a->prob;
    if (!small || !large || !a->prob || !a->other) {
        free(small);
        free(large);
        return -1;
    }
    for (i = 0; i < n; i++) {
        total += w[i];
    }
    for (i = 0; i < n; i++) {
        p[i] = w[i] * n / total;
        a->other[i] = i;
        if (p[i] < 1.0) {
            small[ns++] = i;
        } else {
            large[nl++] = i;
        }
    }
    while (ns > 0 && nl > 0) {
        uint32_t s = small[--ns], l = large[nl - 1];
        a->other[s] = l;
        p[l] -= 1.0 - p[s];
        if (p[l] < 1.0) {
            nl--;
            small[ns++] = l;
        }
    }
    while (nl > 0) {
        p[large[--nl]] = 1.0;
    }
    while (ns > 0) {
        p[small[--ns]] = 1.0;   /* rounding left-overs */
    }
    free(small);
    free(large);
    return 0;
}

static uint32_t alias_draw(const alias_t *a)
{
    uint32_t i = (uint32_t) rng_below(a->n);
    return rng_unif() < a->prob[i] ? i : a->other[i];
}

/* ---- Node ids -------------------------------------------------------------- */

/* Kinds of actor, their share of the nodes and their id prefix. */
static const struct kind {
    const char *prefix;
    double share;
} kinds[] = {
    { "firm-", 0.86 },
    { "벤처-", 0.08 },        /* ventures, Hangul ids */
    { "univ-", 0.02 },
    { "gri-", 0.01 },
    { "연구소-", 0.01 },      /* corporate research labs, Hangul ids */
    { "org-", 0.02 },         /* support bodies: agencies, incubators, funds */
};
#define NKIND (sizeof kinds / sizeof kinds[0])

static int digits(uint32_t x)
{
    int d = 1;
    while (x >= 10) {
        x /= 10;
        d++;
    }
    return d;
}

/* ids[v] for v < n: kind blocks in order, zero-padded serial numbers. */
static char **make_ids(uint32_t n)
{
    char **ids = malloc(n * sizeof *ids);
    uint32_t count[NKIND], given = 0, v = 0, i;
    size_t k;
    if (!ids) {
        return NULL;
    }
    for (k = 0; k < NKIND; k++) {
        count[k] = k + 1 < NKIND ? (uint32_t) (kinds[k].share * n) : n - given;
        if (given + count[k] > n) {
            count[k] = n - given;
        }
        given += count[k];
    }
    for (k = 0; k < NKIND; k++) {
        int width = digits(count[k]);
        if (width < 4) {
            width = 4;
        }
        for (i = 0; i < count[k]; i++, v++) {
            char tmp[64];
            int len = snprintf(tmp, sizeof tmp, "%s%0*u", kinds[k].prefix, width, i + 1);
            ids[v] = malloc((size_t) len + 1);
            if (!ids[v]) {
                return NULL;    /* the process exits on this path */
            }
            memcpy(ids[v], tmp, (size_t) len + 1);
        }
    }
    return ids;
}

/* ---- Rows ------------------------------------------------------------------ */

static const struct tie {
    const char *name;
    double share;
} ties[] = {
    { "supplier", 0.40 },
    { "joint_rd", 0.30 },
    { "licensing", 0.10 },
    { "funding", 0.12 },
    { "spinoff", 0.08 },
};
#define NTIE (sizeof ties / sizeof ties[0])

static const char *draw_type(void)
{
    double u = rng_unif(), acc = 0;
    size_t k;
    for (k = 0; k + 1 < NTIE; k++) {
        acc += ties[k].share;
        if (u < acc) {
            break;
        }
    }
    return ties[k].name;
}

/* Joint projects: 1 + geometric(0.55), capped at 50. */
static unsigned draw_weight(void)
{
    unsigned w = 1;
    while (w < 50 && rng_unif() < 0.45) {
        w++;
    }
    return w;
}

/* More recent years are more frequent (the databases grow). */
static unsigned draw_year(void)
{
    double u = rng_unif();
    return 2005 + (unsigned) (20.0 * sqrt(u));
}

static void usage(FILE *fp)
{
    fputs("usage: gen_linkages [-n NODES] [-m ROWS] [-s SEED] [-o FILE]\n"
          "Write a synthetic innovation-linkage edge table (CSV) with heavy-tailed\n"
          "degrees; the output depends on NODES, ROWS and SEED only.\n"
          "  -n NODES  actors (default 1000000; at least 2)\n"
          "  -m ROWS   edge rows (default 10000000)\n"
          "  -s SEED   random seed (default 42)\n"
          "  -o FILE   output file (default: standard output)\n", fp);
}

static int parse_u64(const char *s, uint64_t *out)
{
    char *end;
    unsigned long long v;
    if (!s || *s < '0' || *s > '9') {
        return 0;
    }
    errno = 0;
    v = strtoull(s, &end, 10);
    if (errno || *end != '\0') {
        return 0;
    }
    *out = v;
    return 1;
}

int main(int argc, char **argv)
{
    uint64_t n = 1000000, m = 10000000, seed = 42, e;
    const char *out = NULL;
    static char obuf[1u << 20];
    char **ids;
    uint32_t *perm, i;
    double *w, i0, alpha = 1.0 / (GAMMA - 1.0), top;
    alias_t a;
    FILE *fp = stdout;
    int k;

    for (k = 1; k < argc; k++) {
        const char *arg = k + 1 < argc ? argv[k + 1] : NULL;
        if (strcmp(argv[k], "-h") == 0 || strcmp(argv[k], "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(argv[k], "-n") == 0 && parse_u64(arg, &n)) {
            k++;
        } else if (strcmp(argv[k], "-m") == 0 && parse_u64(arg, &m)) {
            k++;
        } else if (strcmp(argv[k], "-s") == 0 && parse_u64(arg, &seed)) {
            k++;
        } else if (strcmp(argv[k], "-o") == 0 && arg) {
            out = arg;
            k++;
        } else {
            usage(stderr);
            return 2;
        }
    }
    if (n < 2 || n > UINT32_MAX / 2) {
        fprintf(stderr, "gen_linkages: -n must be between 2 and %u\n", UINT32_MAX / 2);
        return 2;
    }

    rng_seed(seed);
    /* Expected degree of rank r: (r + i0)^-alpha, with i0 chosen so that the
     * top rank gets about MAX_DEGREE of the 2m ends (or all of them when the
     * graph is small): (i0)^-alpha / sum = MAX_DEGREE / 2m, approximated by
     * the integral of the sum. Solved by bisection on i0. */
    w = malloc(n * sizeof *w);
    perm = malloc(n * sizeof *perm);
    ids = make_ids((uint32_t) n);
    if (!w || !perm || !ids) {
        fprintf(stderr, "gen_linkages: out of memory\n");
        return 1;
    }
    top = MAX_DEGREE / (2.0 * (double) m);
    {
        double lo = 0.0, hi = (double) n;
        int it;
        for (it = 0; it < 100; it++) {
            double mid = 0.5 * (lo + hi);
            double sum = (pow(mid + (double) n, 1 - alpha) - pow(mid, 1 - alpha)) / (1 - alpha);
            double share = mid > 0 ? pow(mid, -alpha) / sum : 1.0;
            if (share > top) {
                lo = mid;       /* top hub too big: move the offset out */
            } else {
                hi = mid;
            }
        }
        i0 = hi > 1.0 ? hi : 1.0;
    }
    for (i = 0; i < n; i++) {
        w[i] = pow((double) i + i0, -alpha);
        perm[i] = i;
    }
    for (i = (uint32_t) n - 1; i > 0; i--) {    /* rank -> node, Fisher-Yates */
        uint32_t j = (uint32_t) rng_below((uint64_t) i + 1), t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
    }
    if (alias_init(&a, w, (uint32_t) n) != 0) {
        fprintf(stderr, "gen_linkages: out of memory\n");
        return 1;
    }
    free(w);

    if (out && !(fp = fopen(out, "wb"))) {
        fprintf(stderr, "gen_linkages: cannot open '%s': %s\n", out, strerror(errno));
        return 1;
    }
    setvbuf(fp, obuf, _IOFBF, sizeof obuf);
    fputs("source,target,weight,type,year\n", fp);
    for (e = 0; e < m; e++) {
        uint32_t u = perm[alias_draw(&a)], v;
        do {
            v = perm[alias_draw(&a)];
        } while (v == u);
        fprintf(fp, "%s,%s,%u,%s,%u\n", ids[u], ids[v], draw_weight(), draw_type(),
                draw_year());
    }
    if (fflush(fp) != 0 || ferror(fp) || (fp != stdout && fclose(fp) != 0)) {
        fprintf(stderr, "gen_linkages: write error: %s\n", strerror(errno));
        return 1;
    }
    if (fp == stdout) {
        fflush(stdout);
    }
    for (i = 0; i < n; i++) {
        free(ids[i]);
    }
    free(ids);
    free(perm);
    free(a.prob);
    free(a.other);
    return 0;
}
