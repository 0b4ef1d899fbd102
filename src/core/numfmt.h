/*
 * Numbers to text at disk speed (core/numfmt.c). Each function writes
 * exactly the bytes of a printf conversion that innolink's outputs use,
 * only faster: the digits come from exact integer arithmetic, and the
 * rare values it cannot settle (very large or very small magnitudes, exact
 * ties) go through snprintf itself. What the outputs print is decided in
 * report/format.c and io/graph_export.c; this only makes it cheap.
 */
#ifndef IL_NUMFMT_H
#define IL_NUMFMT_H

#include "core/compat.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Bytes a buffer needs for any of the functions below (NUL included). */
#define IL_NUMFMT_MAX 40

/* ---- Numbers to text ------------------------------------------------------ */

/* snprintf "%.*g" with \p prec significant digits (1 to 17); its length. */
size_t il_numfmt_g(double v, int prec, char *buf);

/* What cJSON 1.7 prints for a number: "%1.15g" when it reads back within
 * cJSON's tolerance, else "%1.17g"; "null" for NaN and infinities. */
size_t il_numfmt_json(double v, char *buf);

/* The shortest of "%.15g", "%.16g", "%.17g" that strtod() reads back as
 * exactly \p v (the last when none does); \p v finite. */
size_t il_numfmt_roundtrip(double v, char *buf);

/* A whole number written as "%.0f" would write it; |v| < 2^63 (larger
 * values are cut to the buffer). Its length. */
size_t il_numfmt_int(double v, char *buf);

#ifdef __cplusplus
}
#endif

#endif /* IL_NUMFMT_H */
