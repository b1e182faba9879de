// Differences between two texts, for people reviewing a template change: a unified diff of
// lines (test-templates) and the runs of changed items of any sequence (diff-templates compares
// paragraphs).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace amparo::pipeline {

// A run of the old sequence [old_begin, old_end) replaced by [new_begin, new_end) of the new
// one; an empty old range is an insertion, an empty new range a deletion.
struct Change {
    std::size_t old_begin = 0;
    std::size_t old_end = 0;
    std::size_t new_begin = 0;
    std::size_t new_end = 0;
};

// The changes that turn `before` into `after`, in order, through a longest common subsequence.
std::vector<Change> changes_between(const std::vector<std::string>& before,
                                    const std::vector<std::string>& after);

std::vector<std::string> split_lines(const std::string& text);

// A Markdown paragraph (any block between blank lines) and the line it starts on (1-based).
struct Paragraph {
    std::string text;
    std::size_t line = 0;
};

std::vector<Paragraph> split_paragraphs(const std::string& text);

// "--- OLD_LABEL / +++ NEW_LABEL" and hunks with three lines of context, as diff -u prints
// them; "" when the texts are equal.
std::string unified_diff(const std::string& before, const std::string& after,
                         const std::string& before_label, const std::string& after_label);

}  // namespace amparo::pipeline
