// A YAML stream read as libyaml's events, kept in order, each alias pointing at the node its
// anchor names. yaml-cpp's scanner took half the time of a validation (a regular-expression
// match per character); libyaml reads the same files several times faster, and its event
// parser leaves the core-schema resolution of scalars, duplicate keys and alias expansion to
// the conversion (yaml_to_json), as before.
#pragma once

#include <cstddef>
#include <string>
#include <variant>
#include <vector>

#include "casefile/source_position.hpp"

namespace amparo {

struct YamlEvent {
    enum class Kind {
        DocumentStart,
        DocumentEnd,
        Scalar,
        Alias,
        SequenceStart,
        SequenceEnd,
        MappingStart,
        MappingEnd
    };
    Kind kind = Kind::Scalar;
    SourcePos start;
    std::string text;  // a scalar's value; an alias's anchor name
    // A plain scalar without a tag, which the core schema resolves (null, boolean, number or
    // string); a quoted or tagged scalar is a string.
    bool plain = false;
    // An alias: the index of the node its anchor names (the last one defined before it), or
    // npos when no anchor of that name comes before it.
    std::size_t target = npos;

    static constexpr std::size_t npos = static_cast<std::size_t>(-1);
};

struct YamlSyntaxError {
    SourcePos at;
    std::string problem;  // libyaml's words, with the construct it was reading
};

// Every event of `text` (a UTF-8 string; stream start and end left out), or the first syntax
// error.
std::variant<std::vector<YamlEvent>, YamlSyntaxError> read_yaml_events(const std::string& text);

}  // namespace amparo
