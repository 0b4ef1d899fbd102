#ifndef IL_UTF8_H
#define IL_UTF8_H

#include "core/compat.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- UTF-8 ---------------------------------------------------------------- */

/* 1 if s[0..len) is well-formed UTF-8 (no overlongs, surrogates or code
 * points above U+10FFFF); else 0 and the offset of the first bad byte. */
int il_utf8_valid(const char *s, size_t len, size_t *bad);

/* Replace, in place, every byte that does not belong to a well-formed
 * UTF-8 sequence of the NUL-terminated \p s with '?' (a message quoting
 * raw bytes of a file stays UTF-8; its length is unchanged). */
void il_utf8_scrub(char *s);

/* Columns a terminal gives to a UTF-8 string: East Asian wide characters
 * (Hangul, CJK) count 2, combining marks 0, everything else 1. */
size_t il_utf8_width(const char *s);

/* Bytes of leading and trailing Unicode blanks that ASCII trimming misses
 * (NBSP, U+2000..U+200B, U+202F, U+205F, U+3000, U+FEFF). */
size_t il_utf8_lead_blank(const char *s, size_t len);
size_t il_utf8_trail_blank(const char *s, size_t len);

/* Strict decimal number: [+-]digits[.digits][e[+-]digits], nothing else
 * (no blanks, hex, inf or nan). 1 and *out on success, else 0. */
int il_parse_number(const char *s, double *out);

#ifdef __cplusplus
}
#endif

#endif /* IL_UTF8_H */
