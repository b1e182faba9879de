// The C libraries whose first use sets up global tables, which is not safe from several threads
// at once: done once on the main thread before a batch starts its workers.
#pragma once

namespace amparo::pipeline {

// libxml2 (xmlInitParser: its documentation asks for this before threads use it) and
// cmark-gfm's extension registry (a plain static flag and list).
void prepare_libraries_for_threads();

}  // namespace amparo::pipeline
