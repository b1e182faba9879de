// The YAML -> JSON conversion: core-schema scalars, duplicate keys, aliases, positions, read
// from libyaml's events (yaml_events).
#include "casefile/yaml_to_json.hpp"

#include <fstream>
#include <iterator>
#include <regex>
#include <unordered_set>
#include <variant>
#include <vector>

#include "casefile/case_source.hpp"
#include "casefile/json_pointer.hpp"
#include "casefile/yaml_events.hpp"

namespace amparo {

namespace {

// Whether a plain scalar can be anything but a string in the core schema: every null, boolean
// and number starts with one of these (or is empty). Most scalars of a case file are words and
// sentences; they skip the nine patterns below, which cost a few percent of a validation.
bool may_not_be_a_string(const std::string& text) {
    if (text.empty()) return true;
    switch (text[0]) {
        case '~':
        case 'n':
        case 'N':
        case 't':
        case 'T':
        case 'f':
        case 'F':
        case '-':
        case '+':
        case '.':
            return true;
        default:
            return text[0] >= '0' && text[0] <= '9';
    }
}

// Resolves a plain (untagged, unquoted) scalar by the YAML 1.2 core schema.
nlohmann::json resolve_plain_scalar(const std::string& text) {
    if (!may_not_be_a_string(text)) return text;
    static const std::regex null_re("~|null|Null|NULL|");
    static const std::regex true_re("true|True|TRUE");
    static const std::regex false_re("false|False|FALSE");
    static const std::regex int_re("[-+]?[0-9]+");
    static const std::regex octal_re("0o[0-7]+");
    static const std::regex hex_re("0x[0-9a-fA-F]+");
    static const std::regex float_re("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    static const std::regex inf_re("[-+]?\\.(inf|Inf|INF)");
    static const std::regex nan_re("\\.(nan|NaN|NAN)");

    if (std::regex_match(text, null_re)) return nullptr;
    if (std::regex_match(text, true_re)) return true;
    if (std::regex_match(text, false_re)) return false;
    try {
        if (std::regex_match(text, int_re)) return std::stoll(text);
        if (std::regex_match(text, octal_re)) return std::stoll(text.substr(2), nullptr, 8);
        if (std::regex_match(text, hex_re)) return std::stoll(text.substr(2), nullptr, 16);
        if (std::regex_match(text, float_re)) return std::stod(text);
    } catch (const std::out_of_range&) {
        // Too large for an integer, or beyond a double's range (1e400, 1e-400): keep the text as
        // written, so a field that wants a number reports it instead of reading a wrong value.
        return text;
    }
    // JSON has no infinity or NaN; such values stay strings and fail type checks visibly.
    if (std::regex_match(text, inf_re) || std::regex_match(text, nan_re)) return text;
    return text;
}

class TooLarge : public std::exception {};
class TooDeep : public std::exception {};
// An alias to no anchor before it.
struct UnknownAlias {
    SourcePos at;
    std::string name;
};

using Kind = YamlEvent::Kind;

// Builds JSON from the events of one document, from its first node. An alias is built again
// from the node its anchor names, each time, and counts toward the limit on values, so an alias
// bomb stops early.
class Converter {
  public:
    Converter(const std::vector<YamlEvent>& events, const std::string& file,
              Diagnostics& diagnostics, const YamlLimits& limits)
        : events_(events), file_(file), diagnostics_(diagnostics), limits_(limits) {}

    // Converts the node at `at` and moves `at` past it.
    nlohmann::json convert(std::size_t& at, const std::string& pointer, std::size_t depth) {
        if (++visited_ > limits_.max_nodes) throw TooLarge();
        if (depth > limits_.max_depth) throw TooDeep();
        const YamlEvent& event = events_[at++];
        positions_.set_value(pointer, event.start);
        switch (event.kind) {
            case Kind::Scalar:
                return event.plain ? resolve_plain_scalar(event.text) : nlohmann::json(event.text);
            case Kind::Alias: {
                if (event.target == YamlEvent::npos) throw UnknownAlias{event.start, event.text};
                std::size_t anchored = event.target;
                return convert(anchored, pointer, depth);
            }
            case Kind::SequenceStart: {
                auto array = nlohmann::json::array();
                for (std::size_t index = 0; events_[at].kind != Kind::SequenceEnd; ++index) {
                    array.push_back(convert(at, pointer_append(pointer, index), depth + 1));
                }
                ++at;
                return array;
            }
            case Kind::MappingStart:
                return convert_map(at, pointer, depth);
            default:
                return nullptr;
        }
    }

    PositionTable take_positions() { return std::move(positions_); }

  private:
    // The scalar a key is, following an alias to it; nullptr for a list or mapping.
    const YamlEvent* key_scalar(const YamlEvent& key) const {
        if (key.kind == Kind::Alias && key.target != YamlEvent::npos)
            return key_scalar(events_[key.target]);
        return key.kind == Kind::Scalar ? &key : nullptr;
    }

    // Moves `at` past the node there, without converting it.
    void skip(std::size_t& at) const {
        int open = 0;
        do {
            const Kind kind = events_[at++].kind;
            if (kind == Kind::SequenceStart || kind == Kind::MappingStart) ++open;
            if (kind == Kind::SequenceEnd || kind == Kind::MappingEnd) --open;
        } while (open > 0);
    }

    nlohmann::json convert_map(std::size_t& at, const std::string& pointer, std::size_t depth) {
        auto object = nlohmann::json::object();
        std::unordered_set<std::string> seen;
        while (events_[at].kind != Kind::MappingEnd) {
            const YamlEvent& key_event = events_[at];
            const YamlEvent* key_node = key_scalar(key_event);
            skip(at);
            if (!key_node) {
                diagnostics_.push_back({file_, key_event.start.line, key_event.start.column,
                                        Severity::Error, pointer_to_path(pointer),
                                        "a key must be a plain name, not a list or mapping",
                                        "write `name: value`"});
                skip(at);
                continue;
            }
            const std::string& key = key_node->text;
            const std::string child = pointer_append(pointer, key);
            if (!seen.insert(key).second) {
                SourcePos first = positions_.key_pos(child);
                diagnostics_.push_back(
                    {file_, key_event.start.line, key_event.start.column, Severity::Error,
                     pointer_to_path(child),
                     "duplicate key '" + key + "' (first given at line " +
                         std::to_string(first.line) + ")",
                     "keep one of the two; YAML would silently use only one of them"});
                skip(at);
                continue;
            }
            positions_.set_key(child, key_node->start);
            object[key] = convert(at, child, depth + 1);
        }
        ++at;
        return object;
    }

    const std::vector<YamlEvent>& events_;
    const std::string& file_;
    Diagnostics& diagnostics_;
    const YamlLimits& limits_;
    std::size_t visited_ = 0;
    PositionTable positions_;
};

// Position of the first tab used in indentation at or before `line` (1-based), if any.
std::optional<LineColumn> indentation_tab(const std::string& text, int last_line) {
    int line = 1;
    std::size_t start = 0;
    while (start < text.size() && line <= last_line) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        for (std::size_t i = start; i < end && (text[i] == ' ' || text[i] == '\t'); ++i) {
            if (text[i] == '\t') return LineColumn{line, static_cast<int>(i - start) + 1};
        }
        start = end + 1;
        ++line;
    }
    return std::nullopt;
}

// Where each document's first node is in the events.
std::vector<std::size_t> document_roots(const std::vector<YamlEvent>& events) {
    std::vector<std::size_t> roots;
    for (std::size_t i = 0; i + 1 < events.size(); ++i) {
        if (events[i].kind == Kind::DocumentStart) roots.push_back(i + 1);
    }
    return roots;
}

Diagnostic syntax_error(const std::string& display_name, const std::string& text,
                        const SourcePos& at, const std::string& problem) {
    // libyaml's complaint about a tab names a token, not the tab; say what is wrong in plain
    // words.
    if (auto tab = indentation_tab(text, at.line)) {
        return {display_name,
                tab->line,
                tab->column,
                Severity::Error,
                "",
                "a tab character is used for indentation",
                "YAML indents with spaces only: replace the tab with spaces "
                "(two per level, as in the rest of the file)"};
    }
    return {display_name,
            at.line,
            at.column,
            Severity::Error,
            "",
            "YAML syntax error: " + problem,
            "check the indentation and quotes on this line and the one before it"};
}

}  // namespace

std::optional<JsonWithPositions> yaml_to_json(const std::string& text,
                                              const std::string& display_name,
                                              Diagnostics& diagnostics, const YamlLimits& limits,
                                              const YamlFileKind& kind) {
    auto read = read_yaml_events(text);
    if (const auto* error = std::get_if<YamlSyntaxError>(&read)) {
        diagnostics.push_back(syntax_error(display_name, text, error->at, error->problem));
        return std::nullopt;
    }
    const auto& events = std::get<std::vector<YamlEvent>>(read);
    const std::vector<std::size_t> roots = document_roots(events);
    if (roots.size() > 1) {
        const SourcePos pos = events[roots[1]].start;
        diagnostics.push_back({display_name, pos.line, pos.column, Severity::Error, "",
                               "the file holds " + std::to_string(roots.size()) +
                                   " YAML documents (separated by `---`); " + kind.name +
                                   " holds one",
                               kind.one_document_hint});
        return std::nullopt;
    }
    const YamlEvent* root = roots.empty() ? nullptr : &events[roots[0]];
    if (!root ||
        (root->kind == Kind::Scalar && root->plain && resolve_plain_scalar(root->text).is_null())) {
        diagnostics.push_back({display_name, 1, 1, Severity::Error, "",
                               "the file is empty (it holds only comments)", kind.empty_hint});
        return std::nullopt;
    }
    if (root->kind != Kind::MappingStart) {
        const char* what = root->kind == Kind::SequenceStart ? "a list" : "a single value";
        diagnostics.push_back({display_name, root->start.line, root->start.column, Severity::Error,
                               "",
                               std::string("the file is ") + what + "; " + kind.name +
                                   " must be a mapping (`key: value` lines) at the top level",
                               kind.mapping_hint});
        return std::nullopt;
    }

    Converter converter(events, display_name, diagnostics, limits);
    try {
        JsonWithPositions result;
        std::size_t at = roots[0];
        result.value = converter.convert(at, "", 0);
        result.positions = converter.take_positions();
        return result;
    } catch (const UnknownAlias& alias) {
        diagnostics.push_back(
            {display_name, alias.at.line, alias.at.column, Severity::Error, "",
             "the alias *" + alias.name + " names no anchor before it",
             "define `&" + alias.name + "` on a value above this line, or write the value out"});
    } catch (const TooLarge&) {
        diagnostics.push_back({display_name, 1, 1, Severity::Error, "",
                               "the file expands to more than " + std::to_string(limits.max_nodes) +
                                   " values (YAML aliases `*name` repeated inside each other?)",
                               "write the values out instead of nesting aliases; " + kind.name +
                                   " never needs this many"});
    } catch (const TooDeep&) {
        diagnostics.push_back(
            {display_name, 1, 1, Severity::Error, "",
             "the file nests more than " + std::to_string(limits.max_depth) + " levels deep",
             "a case file needs only a few levels; check the indentation"});
    }
    return std::nullopt;
}

std::optional<JsonWithPositions> yaml_file_to_json(const std::string& file,
                                                   Diagnostics& diagnostics,
                                                   const YamlFileKind& kind) {
    std::ifstream in(file, std::ios::binary);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (!in && !in.eof()) {
        diagnostics.push_back({file, 0, 0, Severity::Error, "", "cannot read " + kind.name,
                               "check that the file exists and is readable"});
        return std::nullopt;
    }
    return yaml_to_json(text, file, diagnostics, {}, kind);
}

}  // namespace amparo
