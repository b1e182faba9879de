// The YAML -> JSON conversion: core-schema scalars, duplicate keys, aliases, positions.
#include "casefile/yaml_to_json.hpp"

#include <yaml-cpp/yaml.h>
#include <algorithm>
#include <regex>
#include <string_view>
#include <unordered_set>

#include "casefile/case_source.hpp"
#include "casefile/json_pointer.hpp"
#include "casefile/yaml_documents.hpp"

namespace amparo {

namespace {

SourcePos to_pos(const YAML::Mark& mark) { return SourcePos{mark.line + 1, mark.column + 1}; }

class TooLarge : public std::exception {};
class TooDeep : public std::exception {};

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

// A scalar's text, always UTF-8. yaml-cpp 0.7 decodes the escapes "\_" and "\N" to the single
// bytes 0xA0 and 0x85, not to UTF-8 (yaml-cpp issue 803), and does the same with a NUL byte
// followed by _ or N even in a plain scalar; the file itself was checked to be UTF-8
// (case_source), so any byte that is not UTF-8 here is such a code point, and is encoded. The JSON
// output and the writers rely on every string being UTF-8 (found by the case_file fuzz target:
// `validate --format json` ended in an internal error).
std::string scalar_text(const YAML::Node& node) {
    const std::string& text = node.Scalar();
    std::string out;
    std::size_t done = 0;
    for (auto bad = first_invalid_utf8(text); bad; bad = first_invalid_utf8(text, *bad + 1)) {
        const auto byte = static_cast<unsigned char>(text[*bad]);
        out.append(text, done, *bad - done);
        out += static_cast<char>(0xC0 | (byte >> 6));
        out += static_cast<char>(0x80 | (byte & 0x3F));
        done = *bad + 1;
    }
    return done == 0 ? text : out.append(text, done, std::string::npos);
}

class Converter {
  public:
    Converter(const std::string& file, Diagnostics& diagnostics, const YamlLimits& limits)
        : file_(file), diagnostics_(diagnostics), limits_(limits) {}

    nlohmann::json convert(const YAML::Node& node, const std::string& pointer, std::size_t depth) {
        if (++visited_ > limits_.max_nodes) throw TooLarge();
        if (depth > limits_.max_depth) throw TooDeep();
        positions_.set_value(pointer, to_pos(node.Mark()));
        switch (node.Type()) {
            case YAML::NodeType::Null:
            case YAML::NodeType::Undefined:
                return nullptr;
            case YAML::NodeType::Scalar:
                // Tag "!" marks a quoted scalar (always a string); "?" a plain one to resolve.
                if (node.Tag() == "?") return resolve_plain_scalar(scalar_text(node));
                return scalar_text(node);
            case YAML::NodeType::Sequence: {
                auto array = nlohmann::json::array();
                std::size_t index = 0;
                for (const auto& item : node) {
                    array.push_back(convert(item, pointer_append(pointer, index), depth + 1));
                    ++index;
                }
                return array;
            }
            case YAML::NodeType::Map:
                return convert_map(node, pointer, depth);
        }
        return nullptr;
    }

    PositionTable take_positions() { return std::move(positions_); }

  private:
    nlohmann::json convert_map(const YAML::Node& node, const std::string& pointer,
                               std::size_t depth) {
        auto object = nlohmann::json::object();
        std::unordered_set<std::string> seen;
        for (const auto& member : node) {
            const YAML::Node& key_node = member.first;
            if (!key_node.IsScalar()) {
                diagnostics_.push_back(
                    {file_, to_pos(key_node.Mark()).line, to_pos(key_node.Mark()).column,
                     Severity::Error, pointer_to_path(pointer),
                     "a key must be a plain name, not a list or mapping", "write `name: value`"});
                continue;
            }
            const std::string key = scalar_text(key_node);
            const std::string child = pointer_append(pointer, key);
            if (!seen.insert(key).second) {
                SourcePos first = positions_.key_pos(child);
                SourcePos here = to_pos(key_node.Mark());
                diagnostics_.push_back(
                    {file_, here.line, here.column, Severity::Error, pointer_to_path(child),
                     "duplicate key '" + key + "' (first given at line " +
                         std::to_string(first.line) + ")",
                     "keep one of the two; YAML would silently use only one of them"});
                continue;
            }
            positions_.set_key(child, to_pos(key_node.Mark()));
            object[key] = convert(member.second, child, depth + 1);
        }
        return object;
    }

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

// Whether a line starts with a document marker: `---` or `...` alone or before a space.
bool may_hold_several_documents(const std::string& text) {
    for (std::size_t start = 0; start < text.size();) {
        const std::string_view line(text.data() + start,
                                    std::min<std::size_t>(4, text.size() - start));
        for (std::string_view marker : {"---", "..."}) {
            if (line.substr(0, 3) == marker &&
                (line.size() == 3 || line[3] == ' ' || line[3] == '\t' || line[3] == '\n' ||
                 line[3] == '\r'))
                return true;
        }
        const auto end = text.find('\n', start);
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return false;
}

}  // namespace

std::optional<JsonWithPositions> yaml_to_json(const std::string& text,
                                              const std::string& display_name,
                                              Diagnostics& diagnostics, const YamlLimits& limits) {
    YamlDocumentScan scan;
    YAML::Node root;
    try {
        // Load reads the first document only; the scan reads the whole stream again to count
        // documents and find where yaml-cpp stops making progress, so it runs only where a
        // second document can begin (a `---` or `...` line) or where Load found nothing (a
        // stray token it does not consume). It was a third of the time spent loading a case.
        root = YAML::Load(text);
        if (may_hold_several_documents(text) || root.IsNull()) {
            scan = scan_yaml_documents(text);
        } else {
            scan.count = 1;
        }
    } catch (const YAML::Exception& e) {
        SourcePos pos = to_pos(e.mark);
        // yaml-cpp's complaint about a tab is cryptic; say what is wrong in plain words.
        if (auto tab = indentation_tab(text, pos.line)) {
            diagnostics.push_back({display_name, tab->line, tab->column, Severity::Error, "",
                                   "a tab character is used for indentation",
                                   "YAML indents with spaces only: replace the tab with spaces "
                                   "(two per level, as in the rest of the file)"});
        } else {
            diagnostics.push_back({display_name, pos.line, pos.column, Severity::Error, "",
                                   "YAML syntax error: " + e.msg,
                                   "check the indentation and quotes on this line and the one "
                                   "before it"});
        }
        return std::nullopt;
    }
    if (scan.stuck_at) {
        SourcePos pos = to_pos(*scan.stuck_at);
        diagnostics.push_back({display_name, pos.line, pos.column, Severity::Error, "",
                               "YAML syntax error: unexpected character",
                               "check the indentation and quotes on this line and the one "
                               "before it"});
        return std::nullopt;
    }
    if (scan.count > 1) {
        SourcePos pos = to_pos(*scan.second_root);
        diagnostics.push_back({display_name, pos.line, pos.column, Severity::Error, "",
                               "the file holds " + std::to_string(scan.count) +
                                   " YAML documents (separated by `---`); a case file holds one",
                               "put each case in its own file"});
        return std::nullopt;
    }
    if (scan.count == 0 || root.IsNull()) {
        diagnostics.push_back({display_name, 1, 1, Severity::Error, "",
                               "the file is empty (it holds only comments)",
                               "a case file is a mapping with at least `case`, `applicant`, "
                               "`incidents` and `claims`"});
        return std::nullopt;
    }
    if (!root.IsMap()) {
        SourcePos pos = to_pos(root.Mark());
        const char* what = root.IsSequence() ? "a list" : "a single value";
        diagnostics.push_back({display_name, pos.line, pos.column, Severity::Error, "",
                               std::string("the file is ") + what +
                                   "; a case file must be a mapping (`key: value` lines) at the "
                                   "top level",
                               "start with `case:`, `applicant:`, `incidents:` and `claims:` at "
                               "the left margin, without a leading `- `"});
        return std::nullopt;
    }

    Converter converter(display_name, diagnostics, limits);
    try {
        JsonWithPositions result;
        result.value = converter.convert(root, "", 0);
        result.positions = converter.take_positions();
        return result;
    } catch (const TooLarge&) {
        diagnostics.push_back({display_name, 1, 1, Severity::Error, "",
                               "the file expands to more than " + std::to_string(limits.max_nodes) +
                                   " values (YAML aliases `*name` repeated inside each other?)",
                               "write the values out instead of nesting aliases; a case file "
                               "never needs this many"});
    } catch (const TooDeep&) {
        diagnostics.push_back(
            {display_name, 1, 1, Severity::Error, "",
             "the file nests more than " + std::to_string(limits.max_depth) + " levels deep",
             "a case file needs only a few levels; check the indentation"});
    }
    return std::nullopt;
}

}  // namespace amparo
