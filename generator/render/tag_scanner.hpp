// Mustache tags of a template with their line and column, for lint-templates (kainjow has no
// public parse tree). Follows set-delimiter tags as the renderer does.
#pragma once

#include <string>
#include <vector>

namespace amparo::render {

struct Tag {
    enum class Kind { Variable, Unescaped, Section, Inverted, Close, Partial, Comment, Delimiter };
    Kind kind = Kind::Variable;
    std::string name;  // trimmed
    int line = 1;      // of the opening delimiter, 1-based
    int column = 1;
    std::size_t begin = 0;  // offset of the opening delimiter
    std::size_t end = 0;    // offset just past the tag
};

struct TagProblem {
    int line = 1;
    int column = 1;
    std::string message;
};

struct ScanResult {
    std::vector<Tag> tags;
    std::vector<TagProblem> problems;  // malformed tags
};

ScanResult scan_tags(const std::string& text);

// `text` without leading and trailing blanks and line ends, as tag names and the keys between
// lambda tags are read.
std::string trimmed(const std::string& text);

}  // namespace amparo::render
