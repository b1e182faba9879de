// Case file versions. Version 2 gave every free-text field one voice; the version-1 fields it
// renamed are read under their new names (with a warning), and `amparo migrate` rewrites them.
#pragma once

#include <span>
#include <string>

#include "casefile/diagnostic.hpp"
#include "casefile/yaml_to_json.hpp"

namespace amparo {

constexpr int kCurrentCaseFileVersion = 2;

// A version-1 free-text field whose voice version 1 left open. Version 2 prints its text in the
// declaration as the applicant's own words, so a person must read it before it is sworn to: in
// a version-1 file it is not printed (the declaration shows a placeholder and the loader warns),
// and `amparo migrate` renames it and marks it for review.
struct RenamedField {
    const char* pattern;   // where it stands, e.g. "/family/*/harm" ('*' is any index)
    const char* new_name;  // its version-2 key, in the same object (may be the same)
    const char* review;    // what a person must check once it is renamed
};

// A version-1 field with no mechanical version-2 equivalent: it still works, with a warning.
struct RetiredField {
    const char* pattern;
    const char* advice;  // what to write instead
};

std::span<const RenamedField> renamed_fields();
std::span<const RetiredField> retired_fields();

// The file's `version:`, 1 when absent.
int case_file_version(const nlohmann::json& document);

// An entry place written "near Brownsville, Texas" in version 1, which version 2 writes as
// `place: Brownsville, Texas` with `place_kind: near`; the place without "near", or empty.
std::string place_after_near(const std::string& place);

// Brings a valid document to the current version in memory. In a version-1 file each field of
// renamed_fields() is replaced by `<new_name>_unreviewed: true` (the templates print a
// placeholder) with a deprecation warning; a version-2 file using a version-1 name is an error.
void read_as_current_version(JsonWithPositions& document, const std::string& file,
                             Diagnostics& diagnostics);

}  // namespace amparo
