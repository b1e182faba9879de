// Recognizing directive comments.
#include "document/directive.hpp"

#include <map>
#include <regex>

namespace amparo::document::detail {

std::optional<DirectiveMatch> match_directive(std::string_view html) {
    static const std::regex shape(R"(^\s*<!--\s*amparo:([a-z-]+)\s*-->\s*$)");
    static const std::map<std::string, Directive> names = {
        {"page-break", Directive::PageBreak},
        {"toc", Directive::Toc},
        {"toa", Directive::Toa},
        {"cover", Directive::Cover},
        {"end-cover", Directive::EndCover},
        {"center", Directive::Center},
        {"right", Directive::Right},
        {"signature", Directive::Signature},
        {"numbered", Directive::Numbered},
    };
    std::string text(html);
    std::smatch match;
    if (!std::regex_match(text, match, shape)) return std::nullopt;
    DirectiveMatch result;
    result.name = match[1];
    if (auto it = names.find(result.name); it != names.end()) result.directive = it->second;
    return result;
}

}  // namespace amparo::document::detail
