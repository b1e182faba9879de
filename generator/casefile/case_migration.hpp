// Rewriting a version-1 case file as version 2 in its own text: only the lines that change are
// touched, so the user's comments, order and quoting survive.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "casefile/diagnostic.hpp"

namespace amparo {

struct Migration {
    std::string text;                  // the version-2 file
    int renamed = 0;                   // keys renamed
    std::vector<std::string> reviews;  // "LINE: what to check", one per line marked for review
};

// Migrates `text` (a valid version-1 case file named `display_name`). Returns nullopt, with the
// reason in `diagnostics`, when the text cannot be read; a file already at version 2 comes back
// unchanged with no reviews.
std::optional<Migration> migrate_case_text(const std::string& text, const std::string& display_name,
                                           Diagnostics& diagnostics);

}  // namespace amparo
