#include "casefile/yaml_events.hpp"

#include <yaml.h>

#include <map>
#include <memory>
#include <optional>

namespace amparo {

namespace {

SourcePos to_pos(const yaml_mark_t& mark) {
    return SourcePos{static_cast<int>(mark.line) + 1, static_cast<int>(mark.column) + 1};
}

std::string text_of(const yaml_char_t* text) {
    return text ? std::string(reinterpret_cast<const char*>(text)) : std::string();
}

// The anchor a node event defines, if any.
const yaml_char_t* anchor_of(const yaml_event_t& event) {
    switch (event.type) {
        case YAML_SCALAR_EVENT:
            return event.data.scalar.anchor;
        case YAML_SEQUENCE_START_EVENT:
            return event.data.sequence_start.anchor;
        case YAML_MAPPING_START_EVENT:
            return event.data.mapping_start.anchor;
        default:
            return nullptr;
    }
}

struct ParserDeleter {
    void operator()(yaml_parser_t* parser) const {
        yaml_parser_delete(parser);
        delete parser;
    }
};

// One event, or nothing for the stream's start and end.
std::optional<YamlEvent> to_event(const yaml_event_t& event) {
    YamlEvent out;
    out.start = to_pos(event.start_mark);
    switch (event.type) {
        case YAML_DOCUMENT_START_EVENT:
            out.kind = YamlEvent::Kind::DocumentStart;
            break;
        case YAML_DOCUMENT_END_EVENT:
            out.kind = YamlEvent::Kind::DocumentEnd;
            break;
        case YAML_SCALAR_EVENT:
            out.text.assign(reinterpret_cast<const char*>(event.data.scalar.value),
                            event.data.scalar.length);
            out.plain =
                !event.data.scalar.tag && event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
            break;
        case YAML_ALIAS_EVENT:
            out.kind = YamlEvent::Kind::Alias;
            out.text = text_of(event.data.alias.anchor);
            break;
        case YAML_SEQUENCE_START_EVENT:
            out.kind = YamlEvent::Kind::SequenceStart;
            break;
        case YAML_SEQUENCE_END_EVENT:
            out.kind = YamlEvent::Kind::SequenceEnd;
            break;
        case YAML_MAPPING_START_EVENT:
            out.kind = YamlEvent::Kind::MappingStart;
            break;
        case YAML_MAPPING_END_EVENT:
            out.kind = YamlEvent::Kind::MappingEnd;
            break;
        default:
            return std::nullopt;
    }
    return out;
}

}  // namespace

std::variant<std::vector<YamlEvent>, YamlSyntaxError> read_yaml_events(const std::string& text) {
    std::unique_ptr<yaml_parser_t, ParserDeleter> parser(new yaml_parser_t);
    if (!yaml_parser_initialize(parser.get())) throw std::bad_alloc();
    yaml_parser_set_input_string(parser.get(), reinterpret_cast<const unsigned char*>(text.data()),
                                 text.size());
    // The file was checked to be UTF-8 (case_source); libyaml would otherwise guess UTF-16 from
    // a byte order mark.
    yaml_parser_set_encoding(parser.get(), YAML_UTF8_ENCODING);
    std::vector<YamlEvent> events;
    std::map<std::string, std::size_t> anchors;  // name -> index of the node, last definition
    for (bool done = false; !done;) {
        yaml_event_t event;
        if (!yaml_parser_parse(parser.get(), &event)) {
            std::string problem = parser->problem ? parser->problem : "unreadable YAML";
            if (parser->context) problem += std::string(" (") + parser->context + ")";
            return YamlSyntaxError{to_pos(parser->problem_mark), std::move(problem)};
        }
        done = event.type == YAML_STREAM_END_EVENT;
        if (auto converted = to_event(event)) {
            if (const yaml_char_t* anchor = anchor_of(event))
                anchors[text_of(anchor)] = events.size();
            if (converted->kind == YamlEvent::Kind::Alias) {
                const auto found = anchors.find(converted->text);
                if (found != anchors.end()) converted->target = found->second;
            }
            events.push_back(std::move(*converted));
        }
        yaml_event_delete(&event);
    }
    return events;
}

}  // namespace amparo
