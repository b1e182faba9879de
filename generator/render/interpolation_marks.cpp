// Marks are private-use characters (U+E001 number U+E002 before the tag, U+E003 after it), which
// neither templates nor the Markdown around them use; the escaping of facts never sees them, as
// they are template text.
#include "render/interpolation_marks.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "render/tag_scanner.hpp"

namespace amparo::render {

namespace {

constexpr std::string_view kOpen = "\xEE\x80\x81";   // U+E001, then the site number
constexpr std::string_view kShut = "\xEE\x80\x82";   // U+E002, then the rendered value
constexpr std::string_view kAfter = "\xEE\x80\x83";  // U+E003

bool has_letter(const std::string& text) {
    return std::any_of(text.begin(), text.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) ||
               (static_cast<unsigned char>(c) >= 0x80);
    });
}

}  // namespace

MarkedTemplates mark_interpolations(const TemplateSet& templates) {
    MarkedTemplates marked{templates, {}};
    marked.templates = templates.transformed([&](const TemplateFile& file) {
        std::string out;
        std::size_t copied = 0;
        for (const auto& tag : scan_tags(file.text).tags) {
            if (tag.kind != Tag::Kind::Variable && tag.kind != Tag::Kind::Unescaped) continue;
            out.append(file.text, copied, tag.begin - copied);
            out.append(kOpen);
            out += std::to_string(marked.sites.size());
            out.append(kShut);
            out.append(file.text, tag.begin, tag.end - tag.begin);
            out.append(kAfter);
            copied = tag.end;
            marked.sites.push_back({file.path.string(), tag.line, tag.column, tag.name});
        }
        return out + file.text.substr(copied);
    });
    return marked;
}

std::string without_interpolation_marks(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (text.compare(i, kOpen.size(), kOpen) == 0) {
            auto shut = text.find(kShut, i);
            i = shut == std::string::npos ? text.size() : shut + kShut.size();
        } else if (text.compare(i, kAfter.size(), kAfter) == 0) {
            i += kAfter.size();
        } else {
            out += text[i++];
        }
    }
    return out;
}

std::vector<std::size_t> empty_in_sentence(const std::string& text) {
    std::vector<std::size_t> found;
    std::set<std::size_t> seen;
    const std::string empty = std::string(kShut) + std::string(kAfter);
    for (auto at = text.find(empty); at != std::string::npos; at = text.find(empty, at + 1)) {
        const auto open = text.rfind(kOpen, at);
        if (open == std::string::npos) continue;
        const std::size_t site =
            std::stoul(text.substr(open + kOpen.size(), at - open - kOpen.size()));
        auto line_start = text.rfind('\n', open);
        line_start = line_start == std::string::npos ? 0 : line_start + 1;
        auto line_end = text.find('\n', at);
        if (line_end == std::string::npos) line_end = text.size();
        const std::string before =
            trimmed(without_interpolation_marks(text.substr(line_start, open - line_start)));
        const std::size_t rest = at + empty.size();
        const std::string after =
            trimmed(without_interpolation_marks(text.substr(rest, line_end - rest)));
        if (before.empty() || after.empty() || !has_letter(before)) continue;
        if (before.back() == '|' || after.front() == '|') continue;  // a table cell
        if (seen.insert(site).second) found.push_back(site);
    }
    return found;
}

}  // namespace amparo::render
