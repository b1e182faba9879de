// Reading a built .md as the tests compare it: without the tables that repeat every heading and
// citation, and with straight quotes where the documents print typographic ones.
#pragma once

#include <string>
#include <utility>

namespace amparo::testing {

// A built brief without its tables of contents and authorities, which repeat every heading
// and citation: what the tests read is what the brief argues, where it argues it.
inline std::string without_tables(std::string markdown) {
    const auto start = markdown.find("# Table of Contents\n");
    if (start == std::string::npos) return markdown;
    const auto authorities = markdown.find("# Table of Authorities\n", start);
    const auto end = markdown.find("\n# ", authorities == std::string::npos ? start : authorities);
    markdown.erase(start, end == std::string::npos ? std::string::npos : end + 1 - start);
    return markdown;
}

// Straight quotes for the typographic ones the documents print ("Att’y" -> "Att'y").
inline std::string with_straight_quotes(std::string text) {
    const std::pair<std::string, std::string> quotes[] = {
        {"’", "'"}, {"‘", "'"}, {"“", "\""}, {"”", "\""}};
    for (const auto& [curly, straight] : quotes) {
        for (auto at = text.find(curly); at != std::string::npos; at = text.find(curly, at))
            text.replace(at, curly.size(), straight);
    }
    return text;
}

}  // namespace amparo::testing
