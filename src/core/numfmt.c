/*
 * Numbers to text at disk speed: the digits of printf's %g conversion from
 * exact integer arithmetic.
 *
 * A finite double is a = f 2^e with f < 2^53. For a in [1e-30, 2^53) the
 * exponent e is at most 0, and the P significant digits of a are
 * x = a 10^k = f 10^k / 2^s with k = P - 1 - E (E the decimal exponent)
 * and s = -e: the integer N = f 10^k (at most 206 bits) shifted right by
 * s, its remainder deciding the rounding exactly (half to even, as glibc
 * rounds the exact binary value). Outside that range, and where an exact
 * tie leaves the answer to another rounding rule, snprintf does the work,
 * so the bytes are always printf's. tests/unit/test_core.c compares the
 * functions with snprintf, strtod and cJSON on random and boundary values.
 */
#include "core/numfmt.h"

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

__extension__ typedef unsigned __int128 u128_t;

/* 10^k, k = 0 .. 46, as three 64-bit limbs, least significant first. */
static const uint64_t pow10_limbs[47][3] = {
    { 0x0000000000000001ull, 0x0000000000000000ull, 0x0000000000000000ull },  /* 1e0 */
    { 0x000000000000000aull, 0x0000000000000000ull, 0x0000000000000000ull },  /* 1e1 */
    { 0x0000000000000064ull, 0x0000000000000000ull, 0x0000000000000000ull },  /* 1e2 */
    { 0x00000000000003e8ull, 0x0000000000000000ull, 0x0000000000000000ull },  /* 1e3 */
    { 0x0000000000002710ull, 0x0000000000000000ull, 0x0000000000000000ull },  /* 1e4 */
    { 0x00000000000186a0ull, 0x0000000000000000ull, 0x0000000000000000ull },  /* 1e5 */
    { 0x00000000000f4240ull, 0x0000000000000000ull, 0x0000000000000000ull },  /* 1e6 */
    { 0x0000000000989680ull, 0x0000000000000000ull, 0x0000000000000000ull },  /* 1e7 */
    { 0x0000000005f5e100ull, 0x0000000000000000ull, 0x0000000000000000ull },  /* 1e8 */
    { 0x000000003b9aca00ull, 0x0000000000000000ull, 0x0000000000000000ull },  /* 1e9 */
    { 0x00000002540be400ull, 0x0000000000000000ull, 0x0000000000000000ull },  /* 1e10 */
    { 0x000000174876e800ull, 0x0000000000000000ull, 0x0000000000000000ull },  /* 1e11 */
    { 0x000000e8d4a51000ull, 0x0000000000000000ull, 0x0000000000000000ull },  /* 1e12 */
    { 0x000009184e72a000ull, 0x0000000000000000ull, 0x0000000000000000ull },  /* 1e13 */
    { 0x00005af3107a4000ull, 0x0000000000000000ull, 0x0000000000000000ull },  /* 1e14 */
    { 0x00038d7ea4c68000ull, 0x0000000000000000ull, 0x0000000000000000ull },  /* 1e15 */
    { 0x002386f26fc10000ull, 0x0000000000000000ull, 0x0000000000000000ull },  /* 1e16 */
    { 0x016345785d8a0000ull, 0x0000000000000000ull, 0x0000000000000000ull },  /* 1e17 */
    { 0x0de0b6b3a7640000ull, 0x0000000000000000ull, 0x0000000000000000ull },  /* 1e18 */
    { 0x8ac7230489e80000ull, 0x0000000000000000ull, 0x0000000000000000ull },  /* 1e19 */
    { 0x6bc75e2d63100000ull, 0x0000000000000005ull, 0x0000000000000000ull },  /* 1e20 */
    { 0x35c9adc5dea00000ull, 0x0000000000000036ull, 0x0000000000000000ull },  /* 1e21 */
    { 0x19e0c9bab2400000ull, 0x000000000000021eull, 0x0000000000000000ull },  /* 1e22 */
    { 0x02c7e14af6800000ull, 0x000000000000152dull, 0x0000000000000000ull },  /* 1e23 */
    { 0x1bcecceda1000000ull, 0x000000000000d3c2ull, 0x0000000000000000ull },  /* 1e24 */
    { 0x161401484a000000ull, 0x0000000000084595ull, 0x0000000000000000ull },  /* 1e25 */
    { 0xdcc80cd2e4000000ull, 0x000000000052b7d2ull, 0x0000000000000000ull },  /* 1e26 */
    { 0x9fd0803ce8000000ull, 0x00000000033b2e3cull, 0x0000000000000000ull },  /* 1e27 */
    { 0x3e25026110000000ull, 0x00000000204fce5eull, 0x0000000000000000ull },  /* 1e28 */
    { 0x6d7217caa0000000ull, 0x00000001431e0faeull, 0x0000000000000000ull },  /* 1e29 */
    { 0x4674edea40000000ull, 0x0000000c9f2c9cd0ull, 0x0000000000000000ull },  /* 1e30 */
    { 0xc0914b2680000000ull, 0x0000007e37be2022ull, 0x0000000000000000ull },  /* 1e31 */
    { 0x85acef8100000000ull, 0x000004ee2d6d415bull, 0x0000000000000000ull },  /* 1e32 */
    { 0x38c15b0a00000000ull, 0x0000314dc6448d93ull, 0x0000000000000000ull },  /* 1e33 */
    { 0x378d8e6400000000ull, 0x0001ed09bead87c0ull, 0x0000000000000000ull },  /* 1e34 */
    { 0x2b878fe800000000ull, 0x0013426172c74d82ull, 0x0000000000000000ull },  /* 1e35 */
    { 0xb34b9f1000000000ull, 0x00c097ce7bc90715ull, 0x0000000000000000ull },  /* 1e36 */
    { 0x00f436a000000000ull, 0x0785ee10d5da46d9ull, 0x0000000000000000ull },  /* 1e37 */
    { 0x098a224000000000ull, 0x4b3b4ca85a86c47aull, 0x0000000000000000ull },  /* 1e38 */
    { 0x5f65568000000000ull, 0xf050fe938943acc4ull, 0x0000000000000002ull },  /* 1e39 */
    { 0xb9f5610000000000ull, 0x6329f1c35ca4bfabull, 0x000000000000001dull },  /* 1e40 */
    { 0x4395ca0000000000ull, 0xdfa371a19e6f7cb5ull, 0x0000000000000125ull },  /* 1e41 */
    { 0xa3d9e40000000000ull, 0xbc627050305adf14ull, 0x0000000000000b7aull },  /* 1e42 */
    { 0x6682e80000000000ull, 0x5bd86321e38cb6ceull, 0x00000000000072cbull },  /* 1e43 */
    { 0x011d100000000000ull, 0x9673df52e37f2410ull, 0x0000000000047bf1ull },  /* 1e44 */
    { 0x0b22a00000000000ull, 0xe086b93ce2f768a0ull, 0x00000000002cd76full },  /* 1e45 */
    { 0x6f5a400000000000ull, 0xc5433c60ddaa1640ull, 0x0000000001c06a5eull },  /* 1e46 */
};

#define MAX_K 46

/* A 256-bit unsigned integer, least significant limb first. */
typedef struct wide {
    uint64_t w[4];
} wide_t;

static void wide_pow10(int k, wide_t *r)
{
    r->w[0] = pow10_limbs[k][0];
    r->w[1] = pow10_limbs[k][1];
    r->w[2] = pow10_limbs[k][2];
    r->w[3] = 0;
}

/* r = f 10^k */
static void wide_mul_pow10(uint64_t f, int k, wide_t *r)
{
    u128_t carry = 0;
    int i;
    for (i = 0; i < 3; i++) {
        u128_t p = (u128_t) f * pow10_limbs[k][i] + carry;
        r->w[i] = (uint64_t) p;
        carry = p >> 64;
    }
    r->w[3] = (uint64_t) carry;
}

/* r = a * m for a small m; the product fits (callers' numbers are < 2^160). */
static void wide_mul_small(const wide_t *a, uint64_t m, wide_t *r)
{
    u128_t carry = 0;
    int i;
    for (i = 0; i < 4; i++) {
        u128_t p = (u128_t) a->w[i] * m + carry;
        r->w[i] = (uint64_t) p;
        carry = p >> 64;
    }
}

static int wide_cmp(const wide_t *a, const wide_t *b)
{
    int i;
    for (i = 3; i >= 0; i--) {
        if (a->w[i] != b->w[i]) {
            return a->w[i] < b->w[i] ? -1 : 1;
        }
    }
    return 0;
}

/* r = a - b, a >= b */
static void wide_sub(const wide_t *a, const wide_t *b, wide_t *r)
{
    uint64_t borrow = 0;
    int i;
    for (i = 0; i < 4; i++) {
        uint64_t x = a->w[i], y = b->w[i];
        uint64_t d = x - y - borrow;
        borrow = (x < y) || (x == y && borrow);
        r->w[i] = d;
    }
}

/* The 64 bits of r starting at bit s. */
static uint64_t wide_bits(const wide_t *r, int s)
{
    int q = s >> 6, b = s & 63;
    uint64_t v = q < 4 ? r->w[q] >> b : 0;
    if (b && q + 1 < 4) {
        v |= r->w[q + 1] << (64 - b);
    }
    return v;
}

/* 1 when some bit at index >= s is set. */
static int wide_any_from(const wide_t *r, int s)
{
    int q = s >> 6, b = s & 63, i;
    if (q >= 4) {
        return 0;
    }
    if (r->w[q] >> b) {
        return 1;
    }
    for (i = q + 1; i < 4; i++) {
        if (r->w[i]) {
            return 1;
        }
    }
    return 0;
}

/* r = the bits of a below index s (a mod 2^s). */
static void wide_low(const wide_t *a, int s, wide_t *r)
{
    int i;
    for (i = 0; i < 4; i++) {
        int lo = i * 64;
        if (s >= lo + 64) {
            r->w[i] = a->w[i];
        } else if (s <= lo) {
            r->w[i] = 0;
        } else {
            r->w[i] = a->w[i] & ((UINT64_C(1) << (s - lo)) - 1);
        }
    }
}

/* r = 2^b, b < 256 */
static void wide_pow2(int b, wide_t *r)
{
    memset(r, 0, sizeof *r);
    r->w[b >> 6] = UINT64_C(1) << (b & 63);
}

static const uint64_t pow10_u64[20] = {
    UINT64_C(1), UINT64_C(10), UINT64_C(100), UINT64_C(1000), UINT64_C(10000),
    UINT64_C(100000), UINT64_C(1000000), UINT64_C(10000000), UINT64_C(100000000),
    UINT64_C(1000000000), UINT64_C(10000000000), UINT64_C(100000000000),
    UINT64_C(1000000000000), UINT64_C(10000000000000), UINT64_C(100000000000000),
    UINT64_C(1000000000000000), UINT64_C(10000000000000000),
    UINT64_C(100000000000000000), UINT64_C(1000000000000000000),
    UINT64_C(10000000000000000000)
};

/* How far the rounded decimal q is from a, in units of a's ulp (|q - a| / ulp). */
typedef enum gap {
    GAP_UNSURE = 0,     /* not settled here: ask snprintf and strtod */
    GAP_HALF,           /* under 1/2: strtod(q) gives a back */
    GAP_ONE,            /* between 1/2 and 3/2: strtod(q) is a neighbour of a */
    GAP_FAR             /* over 3/2: two ulps or more away */
} gap_t;

/* P significant digits of a: D in [10^(P-1), 10^P) and the decimal
 * exponent E, a ~ D 10^(E-P+1). Returns 0 when a is outside the range
 * handled here (then nothing is set). With \p gap, also how far the
 * decimal is from a (GAP_UNSURE where the binade edge or a tie makes the
 * neighbour count unsafe). */
static int decimal_digits(double a, int P, uint64_t *D, int *E, gap_t *gap)
{
    uint64_t bits, f, d, lo = pow10_u64[P - 1], hi = pow10_u64[P];
    int e, s, k, ex, tries, up = 0;
    wide_t n;

    if (!(a >= 1e-30) || !(a < 9007199254740992.0)) {
        return 0;
    }
    memcpy(&bits, &a, sizeof bits);
    f = (bits & ((UINT64_C(1) << 52) - 1)) | (UINT64_C(1) << 52);
    e = (int) ((bits >> 52) & 0x7FF) - 1075;
    s = -e;                             /* 0 <= s <= 152 here */
    ex = (int) floor(log10(a));
    for (tries = 0;; tries++) {
        k = P - 1 - ex;
        if (k < 0 || k > MAX_K || tries > 3) {
            return 0;
        }
        wide_mul_pow10(f, k, &n);
        if (wide_any_from(&n, s + 64)) {
            ex++;
            continue;
        }
        d = wide_bits(&n, s);
        if (d < lo) {
            ex--;
        } else if (d >= hi) {
            ex++;
        } else {
            break;
        }
    }
    if (s > 0) {
        int half = (int) ((wide_bits(&n, s - 1)) & 1);
        wide_t rest;
        wide_low(&n, s - 1, &rest);
        if (half && (wide_any_from(&rest, 0) || (d & 1))) {
            up = 1;
        }
    }
    if (gap) {
        wide_t r, twice, t, t3;
        *gap = GAP_HALF;
        if (s > 0) {
            wide_low(&n, s, &r);
            if (up) {           /* |q - a| = 2^s - r */
                wide_t p2;
                wide_pow2(s, &p2);
                wide_sub(&p2, &r, &r);
            }
            wide_mul_small(&r, 2, &twice);
            wide_pow10(k, &t);
            wide_mul_small(&t, 3, &t3);
            if (wide_cmp(&twice, &t) < 0) {
                *gap = GAP_HALF;
            } else if (wide_cmp(&twice, &t) > 0 && wide_cmp(&twice, &t3) < 0) {
                *gap = GAP_ONE;
            } else if (wide_cmp(&twice, &t3) > 0) {
                *gap = GAP_FAR;
            } else {
                *gap = GAP_UNSURE;
            }
            /* Just above a power of two the doubles below are twice as
             * dense; near the top of a binade the neighbour count can
             * cross into the next one: leave both to strtod. */
            if (*gap != GAP_HALF || !up) {
                if (f < (UINT64_C(1) << 52) + 64 || f > (UINT64_C(1) << 53) - 64) {
                    *gap = GAP_UNSURE;
                }
            }
        }
    }
    d += (uint64_t) up;
    if (d == hi) {
        d = lo;
        ex++;
    }
    *D = d;
    *E = ex;
    return 1;
}

/* Write the P digits of D with exponent E as %.Pg does (no sign). */
static size_t write_g(uint64_t D, int E, int P, char *buf)
{
    char dig[20];
    int nd = P, i, at = 0;
    for (i = P - 1; i >= 0; i--) {
        dig[i] = (char) ('0' + D % 10);
        D /= 10;
    }
    while (nd > 1 && dig[nd - 1] == '0') {
        nd--;                           /* %g drops trailing zeros */
    }
    if (E < P && E >= -4) {
        if (E >= 0) {
            for (i = 0; i <= E; i++) {
                buf[at++] = i < nd ? dig[i] : '0';
            }
            if (nd > E + 1) {
                buf[at++] = '.';
                for (i = E + 1; i < nd; i++) {
                    buf[at++] = dig[i];
                }
            }
        } else {
            buf[at++] = '0';
            buf[at++] = '.';
            for (i = 0; i < -E - 1; i++) {
                buf[at++] = '0';
            }
            for (i = 0; i < nd; i++) {
                buf[at++] = dig[i];
            }
        }
    } else {
        int x = E < 0 ? -E : E;
        buf[at++] = dig[0];
        if (nd > 1) {
            buf[at++] = '.';
            for (i = 1; i < nd; i++) {
                buf[at++] = dig[i];
            }
        }
        buf[at++] = 'e';
        buf[at++] = E < 0 ? '-' : '+';
        if (x >= 100) {
            buf[at++] = (char) ('0' + x / 100);
        }
        buf[at++] = (char) ('0' + (x / 10) % 10);
        buf[at++] = (char) ('0' + x % 10);
    }
    buf[at] = '\0';
    return (size_t) at;
}

static size_t slow_g(double v, int prec, char *buf)
{
    int k = snprintf(buf, IL_NUMFMT_MAX, "%.*g", prec, v);
    return k > 0 ? (size_t) k : 0;
}

/**
 * \function il_numfmt_g
 * \brief Write \p v as snprintf's "%.*g" with \p prec digits would.
 *
 * \param prec  Significant digits, 1 to 17.
 * \param buf   At least IL_NUMFMT_MAX bytes; NUL-terminated.
 * \return The length written. Time: O(1), no allocation.
 */
size_t il_numfmt_g(double v, int prec, char *buf)
{
    uint64_t D;
    int E;
    size_t at = 0;
    if (prec < 1 || prec > 17 || !isfinite(v)) {
        return slow_g(v, prec, buf);
    }
    if (v == 0) {
        return slow_g(v, prec, buf);    /* "0" or "-0" */
    }
    if (!decimal_digits(fabs(v), prec, &D, &E, NULL)) {
        return slow_g(v, prec, buf);
    }
    if (v < 0) {
        buf[at++] = '-';
    }
    return at + write_g(D, E, prec, buf + at);
}

/* cJSON's own check: does the 15-digit text read back close enough? */
static int cjson_close(double test, double d)
{
    double max = fabs(test) > fabs(d) ? fabs(test) : fabs(d);
    return fabs(test - d) <= max * DBL_EPSILON;
}

/**
 * \function il_numfmt_json
 * \brief Write \p v as cJSON 1.7's print_number() does.
 *
 * "null" for NaN and infinities; "%1.15g" when sscanf reads that back to
 * within cJSON's tolerance (|t - v| <= max(|t|, |v|) DBL_EPSILON: the same
 * double or a neighbour), else "%1.17g". \return The length written.
 */
size_t il_numfmt_json(double v, char *buf)
{
    uint64_t D;
    int E;
    gap_t gap = GAP_UNSURE;
    size_t at = 0;
    double test = 0;

    if (!isfinite(v)) {
        memcpy(buf, "null", 5);
        return 4;
    }
    if (v != 0 && decimal_digits(fabs(v), 15, &D, &E, &gap) && gap != GAP_UNSURE) {
        if (v < 0) {
            buf[at++] = '-';
        }
        if (gap == GAP_FAR) {
            if (!decimal_digits(fabs(v), 17, &D, &E, NULL)) {
                return slow_g(v, 17, buf);
            }
            return at + write_g(D, E, 17, buf + at);
        }
        return at + write_g(D, E, 15, buf + at);
    }
    slow_g(v, 15, buf);
    if (sscanf(buf, "%lg", &test) != 1 || !cjson_close(test, v)) {
        return slow_g(v, 17, buf);
    }
    return strlen(buf);
}

/**
 * \function il_numfmt_roundtrip
 * \brief The shortest of "%.15g", "%.16g", "%.17g" that strtod() reads
 *        back to exactly \p v; "%.17g" when none of the shorter does.
 *
 * \return The length written.
 */
size_t il_numfmt_roundtrip(double v, char *buf)
{
    int prec;
    for (prec = 15; prec <= 17; prec++) {
        uint64_t D;
        int E;
        gap_t gap = GAP_UNSURE;
        size_t at = 0;
        if (v != 0 && isfinite(v) && decimal_digits(fabs(v), prec, &D, &E, &gap) &&
            gap != GAP_UNSURE) {
            if (gap != GAP_HALF && prec < 17) {
                continue;
            }
            if (v < 0) {
                buf[at++] = '-';
            }
            return at + write_g(D, E, prec, buf + at);
        }
        slow_g(v, prec, buf);
        if (prec == 17 || strtod(buf, NULL) == v) {
            return strlen(buf);
        }
    }
    return strlen(buf);
}

/**
 * \function il_numfmt_int
 * \brief Write a whole number \p v (|v| < 2^63) as "%.0f" does ("-0" for
 *        negative zero). \return The length written.
 */
size_t il_numfmt_int(double v, char *buf)
{
    char tmp[24];
    uint64_t u;
    size_t at = 0, n = 0;
    if (!(fabs(v) < 9223372036854775808.0) || v != floor(v)) {
        int k = snprintf(buf, IL_NUMFMT_MAX, "%.0f", v);
        return k > 0 ? (size_t) k : 0;
    }
    if (signbit(v)) {
        buf[at++] = '-';
    }
    u = (uint64_t) fabs(v);
    do {
        tmp[n++] = (char) ('0' + u % 10);
        u /= 10;
    } while (u);
    while (n) {
        buf[at++] = tmp[--n];
    }
    buf[at] = '\0';
    return at;
}
