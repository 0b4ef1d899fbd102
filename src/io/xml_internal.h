/*
 * A small XML 1.0 pull scanner for the graph-file readers (GEXF, and line
 * numbers for GraphML): elements, attributes and text with their line
 * numbers, entities decoded, well-formedness checked. Namespaces are not
 * resolved: names are split at the colon and readers match local names.
 * Not a validating parser; no DTD entities (a document that defines them
 * is refused).
 */
#ifndef IL_IO_XML_INTERNAL_H
#define IL_IO_XML_INTERNAL_H

#include "core/compat.h"
#include "io/io.h"

#include <stddef.h>

typedef enum il_i_xml_event {
    IL_XML_START, IL_XML_END, IL_XML_TEXT, IL_XML_EOF
} il_i_xml_event_t;

typedef struct il_i_xml {
    const char *path;           /* for messages, as the user gave it */
    char *buf;                  /* the whole document, owned */
    size_t len, pos;
    igraph_integer_t line;      /* line of pos */
    /* the current event */
    il_i_xml_event_t ev;
    igraph_integer_t ev_line;   /* line where it starts */
    char *name;                 /* element name (START, END), prefix included */
    const char *local;          /* after the colon */
    size_t nattr;
    char **aname, **aval;       /* attributes: names (prefix included), decoded values */
    size_t acap;
    char *text;                 /* TEXT: decoded character data */
    size_t tcap;
    int pending_end;            /* an empty element <x/> still owes its END */
    char **stack;               /* open elements */
    size_t depth, scap;
    int seen_root;
} il_i_xml_t;

/* Read \p path (relative to \p base) into \p x. IGRAPH_EFILE (recorded)
 * when it cannot be read, IGRAPH_ENOMEM. */
igraph_error_t il_i_xml_open(il_i_xml_t *x, const il_load_options_t *opts);

/* Free everything; safe on a zero-filled scanner. */
void il_i_xml_close(il_i_xml_t *x);

/* The next event into x->ev. IGRAPH_PARSEERROR with "path:line: why" for a
 * document that is not well-formed; IGRAPH_ENOMEM. */
igraph_error_t il_i_xml_next(il_i_xml_t *x);

/* The value of attribute \p local (matched after any prefix) of the current
 * START, or NULL. */
const char *il_i_xml_attr(const il_i_xml_t *x, const char *local);

/* Skip the rest of the element whose START is current (its whole subtree). */
igraph_error_t il_i_xml_skip(il_i_xml_t *x);

#endif /* IL_IO_XML_INTERNAL_H */
