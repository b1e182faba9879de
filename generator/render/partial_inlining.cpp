// A scan of the text as kainjow's parser reads it with the default delimiters (it finds "{{"
// anywhere, "{{{" opens an unescaped variable closed by "}}}"), so the tags replaced are the tags
// kainjow would render.
#include "render/partial_inlining.hpp"

#include <cctype>
#include <vector>

namespace amparo::render {

namespace {

// kainjow's trim: std::isspace at both ends.
std::string kainjow_trim(const std::string& text) {
    std::size_t first = 0;
    std::size_t last = text.size();
    while (first < last && std::isspace(static_cast<unsigned char>(text[first]))) ++first;
    while (last > first && std::isspace(static_cast<unsigned char>(text[last - 1]))) --last;
    return text.substr(first, last - first);
}

struct PartialTag {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string name;
};

// kainjow looks "a.b" up as "a" then "b": the first part is what could find a partial.
bool names_partial(const std::string& name, const PartialSources& sources) {
    if (name == ".") return false;
    std::size_t dot = name.find('.');
    return sources.names_partial(dot == std::string::npos ? name : name.substr(0, dot));
}

// The partial tags of `text`, or nullopt when a tag stops inlining (see the header).
std::optional<std::vector<PartialTag>> partial_tags(const std::string& text,
                                                    const PartialSources& sources) {
    std::vector<PartialTag> partials;
    std::size_t pos = 0;
    while (true) {
        std::size_t begin = text.find("{{", pos);
        if (begin == std::string::npos) break;
        std::size_t contents = begin + 2;
        bool unescaped = contents < text.size() && text[contents] == '{';
        if (unescaped) ++contents;
        const std::string close = unescaped ? "}}}" : "}}";
        std::size_t finish = text.find(close, contents);
        if (finish == std::string::npos) return std::nullopt;
        std::string inner = kainjow_trim(text.substr(contents, finish - contents));
        pos = finish + close.size();
        if (!inner.empty() && inner[0] == '=') return std::nullopt;
        if (unescaped || inner.empty()) {
            if (names_partial(inner, sources)) return std::nullopt;
            continue;
        }
        std::string rest = kainjow_trim(inner.substr(1));
        switch (inner[0]) {
            case '>':
                partials.push_back({begin, pos, rest});
                break;
            case '#':
            case '^':
            case '&':
                if (names_partial(rest, sources)) return std::nullopt;
                break;
            case '/':
            case '!':
                break;
            default:
                if (names_partial(inner, sources)) return std::nullopt;
                break;
        }
    }
    return partials;
}

// kainjow's parser reads "{{" as a tag and "\r\n" as one line end: text joined at an inlined
// partial's edge must not form either where the separate texts did not.
bool joins_into_token(char before, char after) {
    return (before == '{' && after == '{') || (before == '\r' && after == '\n');
}

bool append_piece(std::string& out, const std::string& piece) {
    if (!out.empty() && !piece.empty() && joins_into_token(out.back(), piece.front())) return false;
    out += piece;
    return true;
}

}  // namespace

std::optional<std::string> inline_partials(const std::string& prepared,
                                           const PartialSources& sources) {
    auto tags = partial_tags(prepared, sources);
    if (!tags) return std::nullopt;
    std::string out;
    out.reserve(prepared.size());
    std::size_t copied = 0;
    for (const auto& tag : *tags) {
        const std::string* text = sources.partial(tag.name);
        if (!text || !append_piece(out, prepared.substr(copied, tag.begin - copied)) ||
            !append_piece(out, *text))
            return std::nullopt;
        copied = tag.end;
    }
    if (!append_piece(out, prepared.substr(copied))) return std::nullopt;
    return out;
}

}  // namespace amparo::render
