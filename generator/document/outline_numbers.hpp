// Outline numbers of headings: the brief's argument is typed "I. ...", "A. ...", "1. ...", one
// heading level down each. Recognising them lets a writer number the headings itself (Word's
// multilevel list renumbers when the attorney inserts a section) and still print the numbers the
// PDF and Markdown print.
#pragma once

#include <string>
#include <vector>

#include "casefile/diagnostic.hpp"
#include "document/model.hpp"

namespace amparo::document {

// Sets Block::outline on the headings among `blocks` that are numbered in an outline. An outline
// opens at a heading typed "I. " and closes at the next heading of a higher level (the
// "# Conclusion" after "## I. ..."). Inside it, a heading one level below the top typed "A. " (two
// levels below, "1. ") belongs to it when its number is the one the outline gives next there. A
// typed number out of sequence stays plain text, with a warning in `problems` naming `source`:
// Word's list could not show it.
void number_outline_headings(std::vector<Block>& blocks, const std::string& source,
                             Diagnostics& problems);

// The number as printed, without its period: "II", "C", "3".
std::string outline_label(const OutlineNumber& number);

// A heading's inlines without the typed "II. " that its outline number stands for.
std::vector<Inline> without_outline_number(const Block& heading);

}  // namespace amparo::document
