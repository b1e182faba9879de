// The states and territories of each numbered circuit, from 28 U.S.C. § 41.
#include "legal/circuit_of_court.hpp"

#include <algorithm>
#include <cctype>
#include <map>

namespace amparo::legal {

namespace {

struct Member {
    const char* code;
    const char* name;
    int circuit;
};

const Member kMembers[] = {
    {"ME", "maine", 1},        {"MA", "massachusetts", 1},  {"NH", "new hampshire", 1},
    {"RI", "rhode island", 1}, {"PR", "puerto rico", 1},    {"CT", "connecticut", 2},
    {"NY", "new york", 2},     {"VT", "vermont", 2},        {"DE", "delaware", 3},
    {"NJ", "new jersey", 3},   {"PA", "pennsylvania", 3},   {"VI", "virgin islands", 3},
    {"MD", "maryland", 4},     {"NC", "north carolina", 4}, {"SC", "south carolina", 4},
    {"VA", "virginia", 4},     {"WV", "west virginia", 4},  {"LA", "louisiana", 5},
    {"MS", "mississippi", 5},  {"TX", "texas", 5},          {"KY", "kentucky", 6},
    {"MI", "michigan", 6},     {"OH", "ohio", 6},           {"TN", "tennessee", 6},
    {"IL", "illinois", 7},     {"IN", "indiana", 7},        {"WI", "wisconsin", 7},
    {"AR", "arkansas", 8},     {"IA", "iowa", 8},           {"MN", "minnesota", 8},
    {"MO", "missouri", 8},     {"NE", "nebraska", 8},       {"ND", "north dakota", 8},
    {"SD", "south dakota", 8}, {"AK", "alaska", 9},         {"AZ", "arizona", 9},
    {"CA", "california", 9},   {"HI", "hawaii", 9},         {"ID", "idaho", 9},
    {"MT", "montana", 9},      {"NV", "nevada", 9},         {"OR", "oregon", 9},
    {"WA", "washington", 9},   {"GU", "guam", 9},           {"MP", "northern mariana islands", 9},
    {"CO", "colorado", 10},    {"KS", "kansas", 10},        {"NM", "new mexico", 10},
    {"OK", "oklahoma", 10},    {"UT", "utah", 10},          {"WY", "wyoming", 10},
    {"AL", "alabama", 11},     {"FL", "florida", 11},       {"GA", "georgia", 11},
};

std::string folded(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const auto first = text.find_first_not_of(" .");
    const auto last = text.find_last_not_of(" .");
    return first == std::string::npos ? "" : text.substr(first, last - first + 1);
}

}  // namespace

std::optional<int> circuit_of_state(const std::string& state) {
    static const std::map<std::string, int> circuits = [] {
        std::map<std::string, int> by_name;
        for (const auto& member : kMembers) {
            by_name[folded(member.code)] = member.circuit;
            by_name[member.name] = member.circuit;
        }
        return by_name;
    }();
    auto found = circuits.find(folded(state));
    if (found == circuits.end()) return std::nullopt;
    return found->second;
}

std::optional<std::string> state_name(const std::string& code) {
    for (const auto& member : kMembers) {
        if (folded(member.code) == folded(code)) return std::string(member.name);
    }
    return std::nullopt;
}

std::optional<int> governing_circuit(std::optional<int> circuit,
                                     const std::optional<std::string>& state) {
    if (circuit) return circuit;
    if (state) return circuit_of_state(*state);
    return std::nullopt;
}

std::optional<int> circuit_of_case(const Proceedings& proceedings) {
    const auto& court = proceedings.court;
    if (!court) return governing_circuit(std::nullopt, std::nullopt);
    return governing_circuit(
        court->circuit ? std::optional<int>(court->circuit->value) : std::nullopt,
        court->state ? std::optional<std::string>(court->state->value) : std::nullopt);
}

}  // namespace amparo::legal
