// The common prefix and suffix are taken off first, so that a one-word change in a long brief
// costs a table over the changed middle only.
#include "pipeline/text_diff.hpp"

#include <algorithm>

namespace amparo::pipeline {

namespace {

constexpr std::size_t kContext = 3;

std::string range_of(std::size_t begin, std::size_t end) {
    // diff -u: "start,count", 1-based; an empty range names the line before it.
    const std::size_t count = end - begin;
    return std::to_string(count == 0 ? begin : begin + 1) + "," + std::to_string(count);
}

}  // namespace

std::vector<Change> changes_between(const std::vector<std::string>& before,
                                    const std::vector<std::string>& after) {
    std::size_t prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before[prefix] == after[prefix])
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix &&
           before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    const std::size_t n = before.size() - prefix - suffix;
    const std::size_t m = after.size() - prefix - suffix;
    // common[i][j]: length of the longest common subsequence of the middles from i and j on.
    std::vector<std::vector<std::size_t>> common(n + 1, std::vector<std::size_t>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;) {
        for (std::size_t j = m; j-- > 0;) {
            common[i][j] = before[prefix + i] == after[prefix + j]
                               ? common[i + 1][j + 1] + 1
                               : std::max(common[i + 1][j], common[i][j + 1]);
        }
    }
    std::vector<Change> changes;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && before[prefix + i] == after[prefix + j]) {
            ++i;
            ++j;
            continue;
        }
        Change change{prefix + i, prefix + i, prefix + j, prefix + j};
        while ((i < n || j < m) && !(i < n && j < m && before[prefix + i] == after[prefix + j])) {
            if (j == m || (i < n && common[i + 1][j] >= common[i][j + 1])) {
                ++i;
            } else {
                ++j;
            }
        }
        change.old_end = prefix + i;
        change.new_end = prefix + j;
        changes.push_back(change);
    }
    return changes;
}

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

std::vector<Paragraph> split_paragraphs(const std::string& text) {
    std::vector<Paragraph> paragraphs;
    const auto lines = split_lines(text);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].find_first_not_of(" \t") == std::string::npos) continue;
        if (i == 0 || lines[i - 1].find_first_not_of(" \t") == std::string::npos) {
            paragraphs.push_back({lines[i], i + 1});
        } else {
            paragraphs.back().text += "\n" + lines[i];
        }
    }
    return paragraphs;
}

std::string unified_diff(const std::string& before, const std::string& after,
                         const std::string& before_label, const std::string& after_label) {
    const auto a = split_lines(before);
    const auto b = split_lines(after);
    const auto changes = changes_between(a, b);
    if (changes.empty())
        return before == after ? ""
                               : "--- " + before_label + "\n+++ " + after_label +
                                     "\n(the texts differ only in the "
                                     "newline at their end)\n";
    std::string out = "--- " + before_label + "\n+++ " + after_label + "\n";
    for (std::size_t first = 0; first < changes.size();) {
        // Changes closer than twice the context share a hunk.
        std::size_t last = first;
        while (last + 1 < changes.size() &&
               changes[last + 1].old_begin - changes[last].old_end <= 2 * kContext)
            ++last;
        const std::size_t old_begin =
            changes[first].old_begin - std::min(kContext, changes[first].old_begin);
        const std::size_t new_begin =
            changes[first].new_begin - (changes[first].old_begin - old_begin);
        const std::size_t old_end = std::min(a.size(), changes[last].old_end + kContext);
        const std::size_t new_end = changes[last].new_end + (old_end - changes[last].old_end);
        out +=
            "@@ -" + range_of(old_begin, old_end) + " +" + range_of(new_begin, new_end) + " @@\n";
        std::size_t i = old_begin;
        for (std::size_t k = first; k <= last; ++k) {
            for (; i < changes[k].old_begin; ++i) out += " " + a[i] + "\n";
            for (std::size_t r = changes[k].old_begin; r < changes[k].old_end; ++r)
                out += "-" + a[r] + "\n";
            for (std::size_t r = changes[k].new_begin; r < changes[k].new_end; ++r)
                out += "+" + b[r] + "\n";
            i = changes[k].old_end;
        }
        for (; i < old_end; ++i) out += " " + a[i] + "\n";
        first = last + 1;
    }
    return out;
}

}  // namespace amparo::pipeline
