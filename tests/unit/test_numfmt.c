/*
 * core/numfmt.h writes exactly what printf, strtod and cJSON would: every
 * function is compared here, value by value, with the conversion it
 * stands in for (glibc's snprintf and strtod, and Debian's cJSON run in
 * this test), on random doubles of every magnitude, whole numbers, exact
 * decimal ties, dyadic fractions and the neighbours of powers of ten.
 */
#include "test_util.h"
#include "core/numfmt.h"

#include <cjson/cJSON.h>
#include <float.h>
#include <stdint.h>

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;

static uint64_t next_u64(void)
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static double uniform(void)
{
    return (double) (next_u64() >> 11) / 9007199254740992.0;
}

/* How many values each check draws: fewer under the sanitizers and valgrind. */
static int draws(void)
{
    const char *suite = getenv("INNOLINK_SUITE");
    if (suite && strcmp(suite, "valgrind") == 0) {
        return 3000;
    }
    if (suite && strcmp(suite, "asan") == 0) {
        return 30000;
    }
    return 300000;
}

/* The i-th test value: a mix of the shapes that stress a %g conversion. */
static double value(int i)
{
    uint64_t bits;
    double v;
    switch (i % 8) {
    case 0:                     /* any bit pattern (big, tiny, subnormal) */
        bits = next_u64();
        memcpy(&v, &bits, sizeof v);
        return isfinite(v) ? v : 1.0;
    case 1:                     /* every magnitude innolink writes */
        return (uniform() + 0.1) * pow(10.0, (double) ((int) (next_u64() % 56) - 35));
    case 2:                     /* whole numbers up to 2^53 */
        return (double) (next_u64() >> (11 + next_u64() % 50));
    case 3:                     /* exact ties at 15, 16 and 17 digits */
        return (double) (1000000000000000ull + (next_u64() % 8000000000000000ull) / 10 * 10 + 5);
    case 4:                     /* dyadic fractions: ties at few digits */
        return (double) (next_u64() % 100000) / (double) (1u << (next_u64() % 20));
    case 5: {                   /* the neighbours of powers of ten */
        double p = pow(10.0, (double) ((int) (next_u64() % 50) - 31));
        int k = (int) (next_u64() % 7) - 3;
        while (k > 0) {
            p = nextafter(p, INFINITY);
            k--;
        }
        while (k < 0) {
            p = nextafter(p, 0);
            k++;
        }
        return p;
    }
    case 6:                     /* shares and scores of a typical output */
        return uniform() / (double) (1 + next_u64() % 1000);
    default:                    /* ratios of small whole numbers */
        return (double) (1 + next_u64() % 1000) / (double) (1 + next_u64() % 997);
    }
}

/* %.Pg for every precision, both signs. */
static void test_numfmt_g(void **state)
{
    char want[64], got[IL_NUMFMT_MAX];
    int i, n = draws();
    (void) state;
    for (i = 0; i < n; i++) {
        double v = value(i) * ((i & 16) ? -1.0 : 1.0);
        int prec = 1 + (int) (next_u64() % 17);
        size_t len = il_numfmt_g(v, prec, got);
        snprintf(want, sizeof want, "%.*g", prec, v);
        if (strcmp(want, got) != 0 || len != strlen(want)) {
            fail_msg("%%.%dg of %a: printf '%s', innolink '%s'", prec, v, want, got);
        }
    }
    assert_int_equal(il_numfmt_g(0.0, 15, got), 1);
    assert_string_equal(got, "0");
    il_numfmt_g(-0.0, 6, got);
    assert_string_equal(got, "-0");
    il_numfmt_g(2.5, 1, got);                    /* a tie: half to even */
    assert_string_equal(got, "2");
    il_numfmt_g(1000000000000005.0, 15, got);
    assert_string_equal(got, "1e+15");
    il_numfmt_g(0.1, 17, got);
    assert_string_equal(got, "0.10000000000000001");
}

/* The bytes cJSON itself prints for a number. */
static void test_numfmt_json(void **state)
{
    char got[IL_NUMFMT_MAX];
    int i, n = draws();
    (void) state;
    for (i = 0; i < n + 6; i++) {
        const double special[6] = { 0.0, -0.0, NAN, INFINITY, 0.30000000000000004, 1e300 };
        double v = i < 6 ? special[i] : value(i) * ((i & 32) ? -1.0 : 1.0);
        cJSON *num = cJSON_CreateNumber(v);
        char *want = cJSON_PrintUnformatted(num);
        assert_non_null(want);
        il_numfmt_json(v, got);
        if (strcmp(want, got) != 0) {
            fail_msg("JSON of %a: cJSON '%s', innolink '%s'", v, want, got);
        }
        cJSON_free(want);
        cJSON_Delete(num);
    }
}

/* The shortest of %.15g, %.16g and %.17g that reads back exactly. */
static void test_numfmt_roundtrip(void **state)
{
    char want[64], got[IL_NUMFMT_MAX];
    int i, n = draws();
    (void) state;
    for (i = 0; i < n; i++) {
        double v = value(i) * ((i & 8) ? -1.0 : 1.0);
        int prec;
        for (prec = 15; prec <= 17; prec++) {
            snprintf(want, sizeof want, "%.*g", prec, v);
            if (strtod(want, NULL) == v) {
                break;
            }
        }
        il_numfmt_roundtrip(v, got);
        if (strcmp(want, got) != 0) {
            fail_msg("round trip of %a: printf '%s', innolink '%s'", v, want, got);
        }
        assert_true(strtod(got, NULL) == v);
    }
}

/* Whole numbers as %.0f. */
static void test_numfmt_int(void **state)
{
    char want[64], got[IL_NUMFMT_MAX];
    int i, n = draws();
    (void) state;
    for (i = 0; i < n; i++) {
        double v = floor(value(i));
        if (!(fabs(v) < 9223372036854775808.0)) {
            continue;           /* outside the function's domain */
        }
        if (i & 1) {
            v = -v;
        }
        snprintf(want, sizeof want, "%.0f", v);
        il_numfmt_int(v, got);
        if (strcmp(want, got) != 0) {
            fail_msg("%%.0f of %a: printf '%s', innolink '%s'", v, want, got);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_numfmt_g, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_numfmt_json, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_numfmt_roundtrip, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_numfmt_int, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests_name("numfmt", tests, NULL, NULL);
}
