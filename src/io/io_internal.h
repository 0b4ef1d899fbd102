/*
 * Shared by innolink's graph-file writers (graphml.c, gexf.c,
 * json_graph.c): which attributes are written, under which names and
 * types, and how text is made safe for XML 1.0.
 */
#ifndef IL_IO_INTERNAL_H
#define IL_IO_INTERNAL_H

#include "io/io.h"

#include <stdio.h>

/* Value types, as GraphML spells them (il_i_type_name()). */
typedef enum il_i_type {
    IL_I_STRING = 0, IL_I_LONG, IL_I_DOUBLE, IL_I_BOOLEAN
} il_i_type_t;

/* "string", "long", "double", "boolean": GraphML attr.type and GEXF type. */
const char *il_i_type_name(il_i_type_t t);

/* Where an attribute's values come from. */
typedef enum il_i_source {
    IL_I_LABEL,         /* the node label (label column, else the id) */
    IL_I_NAME,          /* the node id (igraph's and Graph.DictList's `name`) */
    IL_I_VATTR,         /* node table column `index` */
    IL_I_EXTRA,         /* computed node column `index` */
    IL_I_WEIGHT,        /* the tie strength */
    IL_I_EATTR          /* edge table column `index` */
} il_i_source_t;

typedef struct il_i_attr {
    int edge;           /* 0: for="node", 1: for="edge" */
    char *name;         /* name written (attr.name, GEXF title, JSON key) */
    il_i_source_t source;
    size_t index;
    il_i_type_t type;
} il_i_attr_t;

typedef struct il_i_plan {
    il_i_attr_t *attr;
    size_t nattr;
} il_i_plan_t;

/* Decide the attributes of an export: names made unique within nodes and
 * within edges (never equal to a reserved key), types from the data. */
igraph_error_t il_i_plan_init(il_i_plan_t *p, const il_export_t *x);
void il_i_plan_destroy(il_i_plan_t *p);

/* The value of attribute \p a on element \p i as text ("" = no value);
 * numeric values are written shortest-round-trip and non-finite ones
 * give "". \p buf holds at least 32 bytes. */
const char *il_i_plan_value(const il_export_t *x, const il_i_attr_t *a, igraph_integer_t i,
                            char *buf);

/* Format a finite double so that it reads back to the same value. */
void il_i_format_double(double v, char *buf, size_t size);

/* 1 if every character of \p s can stand in an XML 1.0 document. */
int il_i_xml_ok(const char *s);

/* The ends of edge \p e as written: as stored when directed, the lower
 * vertex index first when undirected (the input order of a tie). */
void il_i_edge_ends(const il_graph_t *g, igraph_integer_t e, igraph_integer_t *from,
                    igraph_integer_t *to);

/* \p id as a GraphML node id: itself when it is an XML Schema NMTOKEN,
 * else with each other character written _xHHHH_ (and the underscore of a
 * literal "_xHHHH_" as _x005F_), so distinct ids stay distinct. Writes to
 * \p out (NULL: only decide); returns 1 when the id had to be escaped. */
int il_i_graphml_id(FILE *out, const char *id);

/* 1 when \p id is the escaped GraphML form of \p orig (or equal to it). */
int il_i_graphml_id_is(const char *id, const char *orig);

/* IGRAPH_EINVAL naming the first node whose id XML 1.0 cannot hold. */
igraph_error_t il_i_check_ids(const il_graph_t *g);

/* One line "key: value" per scalar of \p meta (nested objects flattened
 * to a.b), for descriptions; the caller frees the result. NULL: no memory. */
char *il_i_meta_text(const struct cJSON *meta);

#endif /* IL_IO_INTERNAL_H */
