/*
 * Every analysis of innolink, one header per family. Each analysis is a
 * pure function from an il_graph_t and an options struct to a result
 * struct: no I/O, no printing, no exit. Definitions follow DEFINITIONS.md;
 * docs/metrics.md names the peer for each number. NaN means "no value
 * under the definition" and is reported as null.
 *
 * This umbrella includes them all, so that code may include one header;
 * code inside the library includes only the families it uses.
 */
#ifndef IL_ANALYSIS_H
#define IL_ANALYSIS_H

#include "core/compat.h"
#include "analysis/summary.h"
#include "analysis/distance.h"
#include "analysis/partition.h"
#include "analysis/compare.h"
#include "analysis/structure.h"
#include "analysis/coupling.h"
#include "analysis/mixing.h"
#include "analysis/helix.h"
#include "analysis/brokerage.h"
#include "analysis/communities.h"
#include "analysis/layout.h"
#include "analysis/centrality.h"
#include "analysis/nulls.h"
#include "analysis/panel.h"
#include "analysis/did.h"
#include "analysis/mrqap.h"
#include "analysis/bootstrap.h"
#include "analysis/openness.h"
#include "analysis/layers.h"
#include "analysis/twomode.h"
#include "analysis/backbone.h"

#include <math.h>

#endif /* IL_ANALYSIS_H */
