// Each call is idempotent; the later calls the writers make find the work done.
#include "pipeline/library_setup.hpp"

#include <cmark-gfm-core-extensions.h>
#include <libxml/parser.h>

namespace amparo::pipeline {

void prepare_libraries_for_threads() {
    xmlInitParser();
    cmark_gfm_core_extensions_ensure_registered();
}

}  // namespace amparo::pipeline
