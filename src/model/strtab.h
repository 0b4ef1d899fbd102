#ifndef IL_STRTAB_H
#define IL_STRTAB_H

#include "core/compat.h"

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * A string interning table: each distinct byte string gets a dense id
 * 0, 1, 2, ... in order of first insertion. Strings are compared byte for
 * byte (no case folding, no Unicode normalisation) and stored back to back
 * in one arena, so a million ids cost one allocation, not a million.
 */
typedef struct il_strtab {
    char *buf;          /* NUL-terminated strings back to back */
    size_t len, cap;    /* bytes used / allocated in buf */
    size_t *off;        /* off[id] = offset of string id in buf */
    uint32_t *hash;     /* hash[id], kept to rehash without rereading */
    uint32_t n, ncap;   /* strings stored / capacity of off and hash */
    struct il_strtab_slot *slot;    /* open addressing (see strtab.c) */
    uint32_t nslot;     /* power of two */
} il_strtab_t;

/* ---- Interning -------------------------------------------------------- */

/* Initialise an empty table. */
igraph_error_t il_strtab_init(il_strtab_t *t);

/* Free everything the table holds; accepts a zero-filled table. */
void il_strtab_destroy(il_strtab_t *t);

/* Deep copy of \p from into the uninitialised \p to. */
igraph_error_t il_strtab_copy(il_strtab_t *to, const il_strtab_t *from);

/* Id of the string s[0..len), adding it when new. */
igraph_error_t il_strtab_intern(il_strtab_t *t, const char *s, size_t len,
                                uint32_t *id, int *is_new);

/* Id of s[0..len) if present: returns 1 and sets *id, else returns 0. */
int il_strtab_find(const il_strtab_t *t, const char *s, size_t len, uint32_t *id);

/* Start loading the slot s[0..len) hashes to (a hint; changes nothing). */
void il_strtab_prefetch(const il_strtab_t *t, const char *s, size_t len);

/* The string with id \p id (NUL-terminated; valid until the next intern). */
const char *il_strtab_get(const il_strtab_t *t, uint32_t id);

/* Number of distinct strings. */
uint32_t il_strtab_size(const il_strtab_t *t);

#ifdef __cplusplus
}
#endif

#endif /* IL_STRTAB_H */
