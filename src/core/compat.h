/*
 * First include of every innolink source file: feature macros and the
 * shims between igraph versions. innolink is written against igraph 0.10.2
 * (Debian 12); anything version-specific belongs here and nowhere else.
 */
#ifndef IL_COMPAT_H
#define IL_COMPAT_H

#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include <igraph.h>

#if IGRAPH_VERSION_MAJOR != 0 || IGRAPH_VERSION_MINOR != 10
#error "innolink is written against the igraph 0.10 API (Debian 12: libigraph-dev 0.10.2)"
#endif

#endif /* IL_COMPAT_H */
