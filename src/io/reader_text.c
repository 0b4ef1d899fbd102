/*
 * Text quirks of others' graph files, read by igraph: GML's character
 * entities (igraph 0.10.2 leaves numeric references such as &#38; as they
 * are) and the types GraphML declares for its keys (igraph keeps only
 * numeric, boolean and string, so a `long` would come back a double), and
 * the vertex counts a Pajek file declares.
 */
#include "io/load_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The Latin-1 entity names of HTML 4 (U+00A0 to U+00FF, in order), which
 * GML writers use for characters outside ASCII ("ISO 8859-1 characters
 * ... encoded as &name;", GML specification, Himsolt 1997). */
static const char *const latin1[96] = {
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy",
    "ordf", "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute",
    "micro", "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34",
    "iquest", "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil",
    "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde",
    "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute",
    "Ucirc", "Uuml", "Yacute", "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml",
    "aring", "aelig", "ccedil", "egrave", "eacute", "ecirc", "euml", "igrave", "iacute",
    "icirc", "iuml", "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide",
    "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml"
};

/* The code point of the entity at \p s ("&#38;", "&#x26;", "&amp;",
 * "&auml;"), its length in *len; 0 when \p s starts no entity we know. */
static unsigned long gml_entity(const char *s, size_t *len)
{
    const char *semi = memchr(s, ';', strnlen(s, 11));     /* at most 10 bytes on */
    size_t n, k;
    static const struct {
        const char *name;
        unsigned long c;
    } basic[] = { { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' } };
    if (!semi || semi - s > 10 || semi - s < 3) {
        return 0;
    }
    n = (size_t) (semi - s - 1);
    *len = n + 2;
    if (s[1] == '#') {
        char *end;
        unsigned long v = s[2] == 'x' || s[2] == 'X' ? strtoul(s + 3, &end, 16) :
                          strtoul(s + 2, &end, 10);
        return end == semi && v > 0 && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF) ? v : 0;
    }
    for (k = 0; k < sizeof basic / sizeof basic[0]; k++) {
        if (strlen(basic[k].name) == n && strncmp(s + 1, basic[k].name, n) == 0) {
            return basic[k].c;
        }
    }
    for (k = 0; k < 96; k++) {
        if (strlen(latin1[k]) == n && strncmp(s + 1, latin1[k], n) == 0) {
            return 0xA0 + k;
        }
    }
    return 0;
}

/**
 * \function il_i_gml_decode
 * \brief \p s with its character entities decoded (a new string to free()),
 *        or NULL when it has none; *oom is set when out of memory.
 *
 * Numeric references (&#38;, &#x26;), XML's five names and the Latin-1
 * names of HTML 4 (&auml;), as GML writers use them. Time: O(length).
 */
char *il_i_gml_decode(const char *s, int *oom)
{
    char *out, *o;
    *oom = 0;
    if (!strchr(s, '&')) {
        return NULL;
    }
    out = malloc(strlen(s) + 1);    /* decoding only shortens: "&#38;" is 5 bytes for 1 */
    if (!out) {
        *oom = 1;
        return NULL;
    }
    for (o = out; *s;) {
        size_t len;
        unsigned long c = *s == '&' ? gml_entity(s, &len) : 0;
        if (c == 0) {
            *o++ = *s++;
            continue;
        }
        if (c < 0x80) {
            *o++ = (char) c;
        } else if (c < 0x800) {
            *o++ = (char) (0xC0 | (c >> 6));
            *o++ = (char) (0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            *o++ = (char) (0xE0 | (c >> 12));
            *o++ = (char) (0x80 | ((c >> 6) & 0x3F));
            *o++ = (char) (0x80 | (c & 0x3F));
        } else {
            *o++ = (char) (0xF0 | (c >> 18));
            *o++ = (char) (0x80 | ((c >> 12) & 0x3F));
            *o++ = (char) (0x80 | ((c >> 6) & 0x3F));
            *o++ = (char) (0x80 | (c & 0x3F));
        }
        s += len;
    }
    *o = '\0';
    return out;
}

/* The value of attribute \p attr in the tag text tag[0..len), decoded, into
 * buf; 0 when absent. */
static int tag_attr(const char *tag, size_t len, const char *attr, char *buf, size_t size)
{
    size_t an = strlen(attr), i;
    for (i = 0; i + an + 2 < len; i++) {
        if ((tag[i] == ' ' || tag[i] == '\t' || tag[i] == '\n' || tag[i] == '\r') &&
            strncmp(tag + i + 1, attr, an) == 0) {
            size_t j = i + 1 + an, k = 0;
            char q;
            int oom;
            char *d;
            while (j < len && (tag[j] == ' ' || tag[j] == '\t' || tag[j] == '\n' || tag[j] == '\r')) {
                j++;
            }
            if (j >= len || tag[j] != '=') {
                continue;
            }
            j++;
            while (j < len && (tag[j] == ' ' || tag[j] == '\t' || tag[j] == '\n' || tag[j] == '\r')) {
                j++;
            }
            if (j >= len || (tag[j] != '"' && tag[j] != '\'')) {
                continue;
            }
            q = tag[j++];
            while (j < len && tag[j] != q && k + 1 < size) {
                buf[k++] = tag[j++];
            }
            buf[k] = '\0';
            d = il_i_gml_decode(buf, &oom);      /* XML's entities are among GML's */
            if (d) {
                snprintf(buf, size, "%s", d);
                free(d);
            }
            return 1;
        }
    }
    return 0;
}

/* A GraphML attr.type as a declared type. */
static il_attr_type_t graphml_type(const char *t)
{
    if (strcmp(t, "int") == 0 || strcmp(t, "long") == 0) {
        return IL_ATTR_INTEGER;
    }
    if (strcmp(t, "float") == 0 || strcmp(t, "double") == 0) {
        return IL_ATTR_REAL;
    }
    if (strcmp(t, "boolean") == 0) {
        return IL_ATTR_BOOLEAN;
    }
    return IL_ATTR_STRING;
}

/* The '>' that ends the tag at \p p: the first outside quoted attribute
 * values, which may hold '>' (attr.name="a>b"); NULL when the text ends
 * first. */
static char *tag_end(char *p)
{
    char q = 0;
    for (; *p; p++) {
        if (q) {
            q = *p == q ? 0 : q;
        } else if (*p == '"' || *p == '\'') {
            q = *p;
        } else if (*p == '>') {
            return p;
        }
    }
    return NULL;
}

/* The next <key> element at or after \p p, passing over comments, CDATA
 * sections and processing instructions, whose text may hold "<key"; NULL
 * when there is none. */
static char *next_key(char *p)
{
    static const struct {
        const char *open, *close;
    } skip[] = { { "<!--", "-->" }, { "<![CDATA[", "]]>" }, { "<?", "?>" } };
    size_t k;
    while ((p = strchr(p, '<')) != NULL) {
        for (k = 0; k < sizeof skip / sizeof skip[0]; k++) {
            if (strncmp(p, skip[k].open, strlen(skip[k].open)) == 0) {
                break;
            }
        }
        if (k < sizeof skip / sizeof skip[0]) {
            p = strstr(p + strlen(skip[k].open), skip[k].close);
            if (!p) {
                return NULL;
            }
            p += strlen(skip[k].close);
        } else if (strncmp(p, "<key", 4) == 0 &&
                   (p[4] == ' ' || p[4] == '\t' || p[4] == '\n' || p[4] == '\r')) {
            return p;
        } else {
            p++;
        }
    }
    return NULL;
}

/**
 * \function il_i_graphml_key_types
 * \brief The declared type of every vertex and edge attribute of a GraphML file,
 * from its <key> elements (igraph keeps only numeric, boolean or string:
 * a `long` key would come back as a double). Unknown: undeclared.
 *
 * \p vtype and \p etype have one slot per name of \p vn and \p en.
 * \return IGRAPH_ENOMEM. Time complexity: O(file size + keys * names).
 */
igraph_error_t il_i_graphml_key_types(const char *data, size_t len,
                                      const igraph_strvector_t *vn, const igraph_strvector_t *en,
                                      il_attr_type_t *vtype, il_attr_type_t *etype)
{
    char *text, *p, *end;
    int el;
    text = malloc(len + 1);         /* a copy with a terminating NUL */
    if (!text) {
        IGRAPH_ERROR("Out of memory reading a graph file.", IGRAPH_ENOMEM);
    }
    memcpy(text, data, len);
    text[len] = '\0';
    /* every byte is scanned once: the next element is looked for after
     * the end of this one's tag */
    for (p = next_key(text); p && (end = tag_end(p)) != NULL; p = next_key(end + 1)) {
        char name[512], type[32], fr[16], id[512];
        igraph_integer_t k;
        if (!tag_attr(p, (size_t) (end - p), "attr.type", type, sizeof type)) {
            continue;
        }
        if (!tag_attr(p, (size_t) (end - p), "attr.name", name, sizeof name)) {
            if (!tag_attr(p, (size_t) (end - p), "id", id, sizeof id)) {
                continue;
            }
            snprintf(name, sizeof name, "%s", id);
        }
        if (!tag_attr(p, (size_t) (end - p), "for", fr, sizeof fr)) {
            snprintf(fr, sizeof fr, "all");
        }
        for (el = 0; el < 2; el++) {
            const igraph_strvector_t *names = el ? en : vn;
            if (strcmp(fr, "all") != 0 && strcmp(fr, el ? "edge" : "node") != 0) {
                continue;
            }
            for (k = 0; k < igraph_strvector_size(names); k++) {
                if (strcmp(igraph_strvector_get(names, k), name) == 0) {
                    (el ? etype : vtype)[k] = graphml_type(type);
                }
            }
        }
    }
    free(text);
    return IGRAPH_SUCCESS;
}

/* Vertices a Pajek file may declare (*Vertices N) beyond a quarter of its
 * size: igraph makes every declared vertex, listed or not, so a 17-byte
 * file could ask for gigabytes. docs/formats.md, "Limits". */
#define PAJEK_FREE_VERTICES 65536

/* il_i_pajek_check_counts(): refuse a Pajek file whose *Vertices lines declare more vertices than
 * PAJEK_FREE_VERTICES + len / 4. Every line is looked at (igraph accepts
 * one such line; a count on a line it would refuse costs nothing). */
igraph_error_t il_i_pajek_check_counts(const char *name, const char *data, size_t len)
{
    const char *p = data, *end = data + len;
    double most = PAJEK_FREE_VERTICES + (double) (len / 4);
    while (p < end) {
        const char *q = p;
        while (q < end && (*q == ' ' || *q == '\t')) {
            q++;
        }
        if ((size_t) (end - q) >= 9 && strncasecmp(q, "*vertices", 9) == 0) {
            double n = 0;
            const char *digits;
            q += 9;
            while (q < end && (*q == ' ' || *q == '\t')) {
                q++;
            }
            for (digits = q; q < end && *q >= '0' && *q <= '9'; q++) {
                n = 10 * n + (*q - '0');    /* a double: no overflow */
            }
            if (n > most) {
                int nd = (int) (q - digits);
                IL_ERRORF("%s: the file declares %.*s%s vertices (*Vertices) in %zu bytes; "
                          "innolink reads at most %d + (file size)/4 = %.0f declared vertices "
                          "(docs/formats.md, Limits)", IGRAPH_PARSEERROR, name,
                          nd < 40 ? nd : 40, digits, nd > 40 ? "..." : "", len,
                          PAJEK_FREE_VERTICES, most);
            }
        }
        while (p < end && *p != '\n' && *p != '\r') {
            p++;
        }
        p++;
    }
    return IGRAPH_SUCCESS;
}
