/*
 * innolink: network analysis of innovation linkages.
 * The umbrella public header of libinnolink; examples and bindings include
 * only this file. Call il_setup() once before anything else.
 */
#ifndef INNOLINK_H
#define INNOLINK_H

#include "core/compat.h"
#include "core/cleanup.h"
#include "core/setup.h"
#include "core/utf8.h"
#include "core/version.h"
#include "core/timeval.h"
#include "model/strtab.h"
#include "model/graph.h"
#include "model/columns.h"
#include "model/panel.h"
#include "io/io.h"
#include "io/panel_load.h"
#include "io/gexf_spells.h"
#include "analysis/analysis.h"
#include "report/report.h"
#include "report/panel_report.h"
#include "pipeline/option.h"
#include "pipeline/job.h"
#include "pipeline/pipeline.h"
#include "pipeline/panel_pipeline.h"
#include "pipeline/spec.h"

#endif /* INNOLINK_H */
