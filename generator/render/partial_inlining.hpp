// kainjow parses a partial's text again each time it renders the partial's tag (a partial inside
// a list item: once per item). Putting the partial's text in place of its tag once, at load, gives
// kainjow one text to parse once per process. It renders the same bytes only under conditions
// inline_partials checks; where one fails the template keeps its partial tags.
#pragma once

#include <functional>
#include <optional>
#include <string>

namespace amparo::render {

struct PartialSources {
    // The text (its own partials already inlined) of the partial a tag names, or null when that
    // partial cannot be inlined (unknown, recursive, with a set-delimiter tag, not valid alone).
    std::function<const std::string*(const std::string& tag_name)> partial;
    // Whether a variable or section tag of this name could find a partial of the set: kainjow
    // looks partials and values up in the same data, so the tag must stay beside its partials.
    std::function<bool(const std::string& name)> names_partial;
};

// `prepared` (a template's text after remove_standalone_lines) with every partial tag replaced by
// the partial's text, or nullopt when that could render differently from the partial tag: a
// set-delimiter tag anywhere (kainjow parses a partial with the default delimiters), a tag kainjow
// would not close, a partial that cannot be inlined, a variable or section named like a partial,
// or a partial whose text would join its neighbours into other tokens ("{" beside "{", "\r"
// before "\n").
std::optional<std::string> inline_partials(const std::string& prepared,
                                           const PartialSources& sources);

}  // namespace amparo::render
