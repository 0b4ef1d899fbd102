#include "core/utf8.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/**
 * \function il_utf8_valid
 * \brief Strict UTF-8 validation (RFC 3629).
 *
 * \param bad  If not NULL and the input is invalid, set to the offset of the
 *             first byte of the bad sequence.
 * \return 1 if valid, 0 if not. Time complexity: O(len).
 */
int il_utf8_valid(const char *s, size_t len, size_t *bad)
{
    const unsigned char *u = (const unsigned char *) s;
    size_t i = 0;
    while (i < len) {
        unsigned char c = u[i];
        size_t need, k;
        uint32_t cp;
        if (c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            cp = c & 0x07;
        } else {
            goto invalid;
        }
        for (k = 1; k <= need; k++) {
            if (i + k >= len || (u[i + k] & 0xC0) != 0x80) {
                goto invalid;
            }
            cp = (cp << 6) | (u[i + k] & 0x3F);
        }
        if ((need == 2 && cp < 0x800) || (need == 3 && cp < 0x10000) ||
            cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            goto invalid;
        }
        i += need + 1;
    }
    return 1;
invalid:
    if (bad) {
        *bad = i;
    }
    return 0;
}

/**
 * \function il_utf8_scrub
 * \brief Make a NUL-terminated string valid UTF-8 by replacing bad bytes.
 *
 * Each byte where a well-formed sequence cannot start becomes '?', so the
 * length stays the same (messages that quote bytes of a file, or that were
 * cut in the middle of a character, stay UTF-8).
 * Time complexity: O(strlen(s)).
 */
void il_utf8_scrub(char *s)
{
    size_t len = strlen(s), off = 0, bad;
    while (off < len && !il_utf8_valid(s + off, len - off, &bad)) {
        s[off + bad] = '?';
        off += bad + 1;
    }
}

static uint32_t decode(const unsigned char *u, size_t *n)
{
    if (u[0] < 0x80) {
        *n = 1;
        return u[0];
    }
    if (u[0] < 0xE0 && u[1]) {
        *n = 2;
        return ((uint32_t) (u[0] & 0x1F) << 6) | (u[1] & 0x3F);
    }
    if (u[0] < 0xF0 && u[1] && u[2]) {
        *n = 3;
        return ((uint32_t) (u[0] & 0x0F) << 12) | ((uint32_t) (u[1] & 0x3F) << 6) |
               (u[2] & 0x3F);
    }
    if (u[1] && u[2] && u[3]) {
        *n = 4;
        return ((uint32_t) (u[0] & 0x07) << 18) | ((uint32_t) (u[1] & 0x3F) << 12) |
               ((uint32_t) (u[2] & 0x3F) << 6) | (u[3] & 0x3F);
    }
    *n = 1;
    return 0xFFFD;
}

static int is_wide(uint32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x20000 && c <= 0x3FFFD);
}

static int is_zero_width(uint32_t c)
{
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1160 && c <= 0x11FF) ||
           c == 0x200B || c == 0xFEFF;
}

/**
 * \function il_utf8_width
 * \brief Display width of a NUL-terminated UTF-8 string in terminal columns.
 *
 * Wide (Hangul, CJK, full-width) characters take 2 columns, combining marks
 * and Hangul jamo vowels/finals 0. Time complexity: O(length).
 */
size_t il_utf8_width(const char *s)
{
    const unsigned char *u = (const unsigned char *) s;
    size_t w = 0, n;
    while (*u) {
        uint32_t c = decode(u, &n);
        w += is_zero_width(c) ? 0 : is_wide(c) ? 2 : 1;
        u += n;
    }
    return w;
}

static size_t blank_at(const unsigned char *u, size_t len)
{
    if (len >= 2 && u[0] == 0xC2 && u[1] == 0xA0) {
        return 2;                                   /* U+00A0 */
    }
    if (len >= 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] <= 0x8B) {
        return 3;                                   /* U+2000..U+200B */
    }
    if (len >= 3 && u[0] == 0xE2 && ((u[1] == 0x80 && u[2] == 0xAF) ||
                                     (u[1] == 0x81 && u[2] == 0x9F))) {
        return 3;                                   /* U+202F, U+205F */
    }
    if (len >= 3 && ((u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80) ||
                     (u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF))) {
        return 3;                                   /* U+3000, U+FEFF */
    }
    if (len >= 1 && (u[0] == ' ' || u[0] == '\t')) {
        return 1;
    }
    return 0;
}

/**
 * \function il_utf8_lead_blank
 * \brief Length in bytes of the run of blanks that starts \p s.
 */
size_t il_utf8_lead_blank(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *) s;
    size_t i = 0, k;
    while (i < len && (k = blank_at(u + i, len - i)) > 0) {
        i += k;
    }
    return i;
}

/**
 * \function il_utf8_trail_blank
 * \brief Length in bytes of the run of blanks that ends \p s.
 */
size_t il_utf8_trail_blank(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *) s;
    size_t end = len;
    for (;;) {
        if (end >= 1 && (u[end - 1] == ' ' || u[end - 1] == '\t')) {
            end -= 1;
        } else if (end >= 2 && blank_at(u + end - 2, 2) == 2) {
            end -= 2;
        } else if (end >= 3 && blank_at(u + end - 3, 3) == 3) {
            end -= 3;
        } else {
            break;
        }
    }
    return len - end;
}

/**
 * \function il_parse_number
 * \brief Parse a strict decimal number (no blanks, hex, inf, nan).
 *
 * Locale independent as long as the program never calls setlocale()
 * (innolink does not). \return 1 and *out, or 0 when \p s is not a
 * number or overflows.
 */
int il_parse_number(const char *s, double *out)
{
    const char *p = s;
    char *end;
    int digits = 0;
    double v;
    if (*p == '+' || *p == '-') {
        p++;
    }
    while (*p >= '0' && *p <= '9') {
        p++;
        digits++;
    }
    if (*p == '.') {
        p++;
        while (*p >= '0' && *p <= '9') {
            p++;
            digits++;
        }
    }
    if (digits == 0) {
        return 0;
    }
    if (*p == 'e' || *p == 'E') {
        p++;
        if (*p == '+' || *p == '-') {
            p++;
        }
        if (!(*p >= '0' && *p <= '9')) {
            return 0;
        }
        while (*p >= '0' && *p <= '9') {
            p++;
        }
    }
    if (*p != '\0') {
        return 0;
    }
    errno = 0;
    v = strtod(s, &end);
    if (end != p || (errno == ERANGE && fabs(v) > 1.0) || !isfinite(v)) {
        return 0;
    }
    *out = v;
    return 1;
}
