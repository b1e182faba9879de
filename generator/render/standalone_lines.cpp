// Line scanner that follows set-delimiter tags, so it recognizes tags as kainjow will.
#include "render/standalone_lines.hpp"

#include <vector>

namespace amparo::render {

namespace {

struct Tag {
    std::size_t begin = 0;  // offset of the opening delimiter
    std::size_t end = 0;    // offset just past the closing delimiter
    char sigil = 0;         // '!', '=', '>', '#', '^', '/', '&', '{' or 0 for a variable
    std::string body;       // between the delimiters, without the sigil
};

// Spaces and tabs only (a '\r' of a "\r\n" line ending counts as blank too).
bool is_blank(const std::string& text, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
        if (text[i] != ' ' && text[i] != '\t' && !(text[i] == '\r' && i + 1 == to)) return false;
    }
    return true;
}

std::string trim(const std::string& text) {
    auto first = text.find_first_not_of(" \t");
    auto last = text.find_last_not_of(" \t");
    return first == std::string::npos ? "" : text.substr(first, last - first + 1);
}

}  // namespace

std::string indented_partial_name(const std::string& name, const std::string& indentation) {
    std::string code;
    for (char c : indentation) code += c == '\t' ? 't' : 's';
    return name + "@indent-" + code;
}

std::string indent_lines(const std::string& text, const std::string& indentation) {
    std::string out;
    bool line_start = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (line_start) out += indentation;
        out += text[i];
        line_start = text[i] == '\n';
    }
    return out;
}

StandaloneResult remove_standalone_lines(const std::string& text) {
    StandaloneResult result;
    std::string open = "{{";
    std::string close = "}}";
    std::size_t line_start = 0;
    while (line_start < text.size()) {
        // Find the tags that begin on this line (a comment may run over several lines).
        std::size_t line_end = text.find('\n', line_start);
        if (line_end == std::string::npos) line_end = text.size();
        std::vector<Tag> tags;
        std::size_t pos = line_start;
        std::string line_open = open;
        std::string line_close = close;
        while (true) {
            std::size_t begin = text.find(line_open, pos);
            if (begin == std::string::npos || begin >= line_end) break;
            std::size_t body_start = begin + line_open.size();
            char sigil = body_start < text.size() ? text[body_start] : 0;
            std::string closing = sigil == '{' ? "}" + line_close : line_close;
            std::size_t finish = text.find(closing, body_start);
            if (finish == std::string::npos) break;
            Tag tag{begin, finish + closing.size(), 0, ""};
            tag.body = text.substr(body_start, finish - body_start);
            if (std::string("!=>#^/&{").find(sigil) != std::string::npos && sigil != 0) {
                tag.sigil = sigil;
                tag.body = tag.body.substr(1);
            }
            if (tag.sigil == '=') {
                // "{{=<% %>=}}": the new delimiters apply from the next tag on.
                std::string spec = trim(tag.body.substr(0, tag.body.size() - 1));
                std::size_t space = spec.find_first_of(" \t");
                if (space != std::string::npos) {
                    line_open = spec.substr(0, space);
                    line_close = trim(spec.substr(space));
                }
            }
            tags.push_back(tag);
            pos = tag.end;
            if (tag.end > line_end) {
                line_end = text.find('\n', tag.end);
                if (line_end == std::string::npos) line_end = text.size();
            }
        }
        bool has_newline = line_end < text.size();
        std::size_t next = has_newline ? line_end + 1 : line_end;
        bool standalone = tags.size() == 1 && is_blank(text, line_start, tags[0].begin) &&
                          is_blank(text, tags[0].end, line_end);
        if (standalone && (tags[0].sigil == '!' || tags[0].sigil == '=')) {
            // Keep a delimiter change (it matters to what follows) without its line.
            if (tags[0].sigil == '=')
                result.text += text.substr(tags[0].begin, tags[0].end - tags[0].begin);
        } else if (standalone && tags[0].sigil == '>') {
            // The partial's own text ends its lines: the tag's line ending goes.
            std::string indentation = text.substr(line_start, tags[0].begin - line_start);
            std::string name = trim(tags[0].body);
            if (!indentation.empty()) {
                result.indented_partials.insert({name, indentation});
                name = indented_partial_name(name, indentation);
            }
            result.text += line_open + ">" + name + line_close;
        } else {
            result.text += text.substr(line_start, next - line_start);
        }
        open = line_open;
        close = line_close;
        line_start = next;
    }
    return result;
}

}  // namespace amparo::render
