#include "model/strtab.h"

#include <stdlib.h>
#include <string.h>

/*
 * One slot of the open-addressing table: 32 bytes, two to a cache line.
 * A string of up to IL_INLINE bytes is kept in the slot itself, so looking
 * up a typical node id touches one cache line instead of slot, off[] and
 * buf in turn: with a million ids none of these is in the cache, and the
 * lookup is the loader's hottest loop (bench/README.md). Longer strings
 * are compared in buf; their key[IL_INLINE] is 1.
 */
#define IL_INLINE 23

struct il_strtab_slot {
    uint32_t id1;               /* id + 1; 0 when the slot is empty */
    uint32_t hash;
    char key[IL_INLINE + 1];    /* the string, NUL-padded, if it fits */
};

/*
 * A word-at-a-time multiplicative hash. Node ids are short (a few to a few
 * dozen bytes) and loading millions of them is the hot path of every run.
 */
static uint32_t hash_bytes(const char *s, size_t len)
{
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (uint64_t) len;
    uint64_t w;
    while (len >= 8) {
        memcpy(&w, s, 8);
        h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
        s += 8;
        len -= 8;
    }
    w = 0;
    memcpy(&w, s, len);
    h = (h ^ w) * 0x94D049BB133111EBull;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 32;
    return (uint32_t) h;
}

/**
 * \function il_strtab_init
 * \brief Initialise an empty interning table.
 *
 * \return IGRAPH_ENOMEM when out of memory. Time complexity: O(1).
 */
igraph_error_t il_strtab_init(il_strtab_t *t)
{
    memset(t, 0, sizeof *t);
    t->nslot = 16;      /* small: a table of 16384 columns makes 16384 tables */
    t->slot = calloc(t->nslot, sizeof *t->slot);
    if (!t->slot) {
        IGRAPH_ERROR("Out of memory for the string table.", IGRAPH_ENOMEM);
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_strtab_destroy
 * \brief Free the table's memory. Safe on a zero-filled or destroyed table.
 */
void il_strtab_destroy(il_strtab_t *t)
{
    free(t->buf);
    free(t->off);
    free(t->hash);
    free(t->slot);
    memset(t, 0, sizeof *t);
}

/**
 * \function il_strtab_copy
 * \brief Deep copy of a table; \p to must not be initialised.
 *
 * \return IGRAPH_ENOMEM on failure (then \p to is zero-filled).
 * Time complexity: O(size of \p from).
 */
igraph_error_t il_strtab_copy(il_strtab_t *to, const il_strtab_t *from)
{
    memset(to, 0, sizeof *to);
    to->buf = malloc(from->cap ? from->cap : 1);
    to->off = malloc((from->ncap ? from->ncap : 1) * sizeof *to->off);
    to->hash = malloc((from->ncap ? from->ncap : 1) * sizeof *to->hash);
    to->slot = malloc(from->nslot * sizeof *to->slot);
    if (!to->buf || !to->off || !to->hash || !to->slot) {
        il_strtab_destroy(to);
        IGRAPH_ERROR("Out of memory copying a string table.", IGRAPH_ENOMEM);
    }
    memcpy(to->buf, from->buf, from->len);
    memcpy(to->off, from->off, from->n * sizeof *to->off);
    memcpy(to->hash, from->hash, from->n * sizeof *to->hash);
    memcpy(to->slot, from->slot, from->nslot * sizeof *to->slot);
    to->len = from->len;
    to->cap = from->cap ? from->cap : 1;
    to->n = from->n;
    to->ncap = from->ncap ? from->ncap : 1;
    to->nslot = from->nslot;
    return IGRAPH_SUCCESS;
}

static igraph_error_t grow_slots(il_strtab_t *t)
{
    uint32_t nslot = t->nslot * 2, i;
    struct il_strtab_slot *slot;
    if (nslot < t->nslot) {
        IGRAPH_ERROR("Too many distinct strings.", IGRAPH_EOVERFLOW);
    }
    slot = calloc(nslot, sizeof *slot);
    if (!slot) {
        IGRAPH_ERROR("Out of memory growing the string table.", IGRAPH_ENOMEM);
    }
    for (i = 0; i < t->nslot; i++) {
        uint32_t s;
        if (!t->slot[i].id1) {
            continue;
        }
        s = t->slot[i].hash & (nslot - 1);
        while (slot[s].id1) {
            s = (s + 1) & (nslot - 1);
        }
        slot[s] = t->slot[i];
    }
    free(t->slot);
    t->slot = slot;
    t->nslot = nslot;
    return IGRAPH_SUCCESS;
}

/* Length of the stored string \p id, from the arena offsets. */
static size_t stored_len(const il_strtab_t *t, uint32_t id)
{
    size_t end = id + 1 < t->n ? t->off[id + 1] : t->len;
    return end - t->off[id] - 1;
}

static int lookup(const il_strtab_t *t, const char *s, size_t len, uint32_t h,
                  uint32_t *pos)
{
    uint32_t i = h & (t->nslot - 1);
    const struct il_strtab_slot *e;
    while ((e = &t->slot[i])->id1) {
        int inlined = e->key[IL_INLINE] == '\0';
        if (e->hash != h || inlined != (len <= IL_INLINE)) {
            /* different hash, or one string short and the other long */
        } else if (inlined) {
            if (memcmp(e->key, s, len) == 0 && e->key[len] == '\0') {
                *pos = i;
                return 1;
            }
        } else if (stored_len(t, e->id1 - 1) == len &&
                   memcmp(t->buf + t->off[e->id1 - 1], s, len) == 0) {
            *pos = i;
            return 1;
        }
        i = (i + 1) & (t->nslot - 1);
    }
    *pos = i;
    return 0;
}

/**
 * \function il_strtab_intern
 * \brief The id of a byte string, adding the string if it is new.
 *
 * \param s,len   The bytes; need not be NUL-terminated and must not contain
 *                NUL (the caller validates input).
 * \param id      Set to the string's id.
 * \param is_new  If not NULL, set to 1 when the string was added.
 * \return IGRAPH_ENOMEM or IGRAPH_EOVERFLOW (over 2^31 strings).
 *
 * Time complexity: O(len) expected, amortised.
 */
igraph_error_t il_strtab_intern(il_strtab_t *t, const char *s, size_t len,
                                uint32_t *id, int *is_new)
{
    uint32_t h = hash_bytes(s, len), pos;
    if (lookup(t, s, len, h, &pos)) {
        *id = t->slot[pos].id1 - 1;
        if (is_new) {
            *is_new = 0;
        }
        return IGRAPH_SUCCESS;
    }
    if (t->n >= (uint32_t) INT32_MAX) {
        IGRAPH_ERROR("Too many distinct strings.", IGRAPH_EOVERFLOW);
    }
    if (t->n == t->ncap) {
        uint32_t ncap = t->ncap ? t->ncap * 2 : 8;
        size_t *off = realloc(t->off, ncap * sizeof *off);
        uint32_t *hs;
        if (!off) {
            IGRAPH_ERROR("Out of memory growing the string table.", IGRAPH_ENOMEM);
        }
        t->off = off;
        hs = realloc(t->hash, ncap * sizeof *hs);
        if (!hs) {
            IGRAPH_ERROR("Out of memory growing the string table.", IGRAPH_ENOMEM);
        }
        t->hash = hs;
        t->ncap = ncap;
    }
    if (t->len + len + 1 > t->cap) {
        size_t cap = t->cap ? t->cap : 64;
        char *buf;
        while (cap < t->len + len + 1) {
            cap *= 2;
        }
        buf = realloc(t->buf, cap);
        if (!buf) {
            IGRAPH_ERROR("Out of memory growing the string table.", IGRAPH_ENOMEM);
        }
        t->buf = buf;
        t->cap = cap;
    }
    memcpy(t->buf + t->len, s, len);
    t->buf[t->len + len] = '\0';
    t->off[t->n] = t->len;
    t->hash[t->n] = h;
    t->len += len + 1;
    t->slot[pos].id1 = t->n + 1;
    t->slot[pos].hash = h;
    if (len <= IL_INLINE) {
        memcpy(t->slot[pos].key, s, len);   /* the rest is still NUL */
    } else {
        t->slot[pos].key[IL_INLINE] = 1;
    }
    *id = t->n++;
    if (is_new) {
        *is_new = 1;
    }
    if ((uint64_t) t->n * 2 > t->nslot) {   /* keep the load factor under 1/2 */
        IGRAPH_CHECK(grow_slots(t));
    }
    return IGRAPH_SUCCESS;
}

/**
 * \function il_strtab_find
 * \brief Look a string up without adding it.
 *
 * \return 1 and sets *id when present, 0 otherwise. Time: O(len) expected.
 */
int il_strtab_find(const il_strtab_t *t, const char *s, size_t len, uint32_t *id)
{
    uint32_t pos;
    if (!t->slot || !lookup(t, s, len, hash_bytes(s, len), &pos)) {
        return 0;
    }
    *id = t->slot[pos].id1 - 1;
    return 1;
}

/**
 * \function il_strtab_get
 * \brief The NUL-terminated string with id \p id (0 <= id < size).
 *
 * The pointer stays valid until the next il_strtab_intern() on \p t.
 */
const char *il_strtab_get(const il_strtab_t *t, uint32_t id)
{
    return t->buf + t->off[id];
}

/**
 * \function il_strtab_size
 * \brief Number of distinct strings stored.
 */
uint32_t il_strtab_size(const il_strtab_t *t)
{
    return t->n;
}
