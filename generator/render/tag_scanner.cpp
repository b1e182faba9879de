// A single pass over the text; positions counted in characters, not bytes.
#include "render/tag_scanner.hpp"

namespace amparo::render {

namespace {

struct Position {
    int line = 1;
    int column = 1;
};

Position position_at(const std::string& text, std::size_t offset, Position from,
                     std::size_t from_offset) {
    for (std::size_t i = from_offset; i < offset; ++i) {
        if (text[i] == '\n') {
            ++from.line;
            from.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++from.column;
        }
    }
    return from;
}

}  // namespace

std::string trimmed(const std::string& text) {
    auto first = text.find_first_not_of(" \t\r\n");
    auto last = text.find_last_not_of(" \t\r\n");
    return first == std::string::npos ? "" : text.substr(first, last - first + 1);
}

ScanResult scan_tags(const std::string& text) {
    ScanResult result;
    std::string open = "{{";
    std::string close = "}}";
    std::size_t pos = 0;
    Position at;
    std::size_t at_offset = 0;
    while (true) {
        std::size_t begin = text.find(open, pos);
        if (begin == std::string::npos) break;
        at = position_at(text, begin, at, at_offset);
        at_offset = begin;
        std::size_t body = begin + open.size();
        char sigil = body < text.size() ? text[body] : '\0';
        std::string closing = sigil == '{' ? "}" + close : close;
        std::size_t finish = text.find(closing, body);
        if (finish == std::string::npos) {
            result.problems.push_back(
                {at.line, at.column, "tag opened with `" + open + "` is never closed"});
            break;
        }
        Tag tag;
        tag.line = at.line;
        tag.column = at.column;
        tag.begin = begin;
        tag.end = finish + closing.size();
        std::string inside = text.substr(body, finish - body);
        switch (sigil) {
            case '#':
                tag.kind = Tag::Kind::Section;
                inside.erase(0, 1);
                break;
            case '^':
                tag.kind = Tag::Kind::Inverted;
                inside.erase(0, 1);
                break;
            case '/':
                tag.kind = Tag::Kind::Close;
                inside.erase(0, 1);
                break;
            case '>':
                tag.kind = Tag::Kind::Partial;
                inside.erase(0, 1);
                break;
            case '!':
                tag.kind = Tag::Kind::Comment;
                inside.erase(0, 1);
                break;
            case '&':
                tag.kind = Tag::Kind::Unescaped;
                inside.erase(0, 1);
                break;
            case '{':
                tag.kind = Tag::Kind::Unescaped;
                inside.erase(0, 1);
                break;
            case '=':
                tag.kind = Tag::Kind::Delimiter;
                break;
            default:
                tag.kind = Tag::Kind::Variable;
        }
        tag.name = trimmed(inside);
        if (tag.kind == Tag::Kind::Delimiter) {
            std::string spec =
                trimmed(tag.name.substr(1, tag.name.size() >= 2 ? tag.name.size() - 2 : 0));
            auto space = spec.find_first_of(" \t");
            if (tag.name.size() < 2 || tag.name.back() != '=' || space == std::string::npos) {
                result.problems.push_back({tag.line, tag.column, "malformed set-delimiter tag"});
            } else {
                open = spec.substr(0, space);
                close = trimmed(spec.substr(space));
            }
        } else if (tag.kind != Tag::Kind::Comment &&
                   (tag.name.empty() || tag.name.find_first_of(" \t{}") != std::string::npos)) {
            result.problems.push_back(
                {tag.line, tag.column,
                 "malformed tag `" + text.substr(begin, tag.end - begin) + "`"});
        }
        result.tags.push_back(tag);
        pos = tag.end;
    }
    return result;
}

}  // namespace amparo::render
