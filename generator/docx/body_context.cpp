// BodyContext bookkeeping and bookmark names.
#include "docx/body_context.hpp"

#include <algorithm>

namespace amparo::docx::detail {

std::string BodyContext::link_relationship(const std::string& url) {
    const auto same_url = [&](const Relationship& link) { return link.target == url; };
    const auto found = std::find_if(links.begin(), links.end(), same_url);
    if (found != links.end()) return found->id;
    links.push_back(
        {"rIdLink" + std::to_string(links.size() + 1), relationship_type::hyperlink, url, true});
    return links.back().id;
}

std::string bookmark_name(const std::string& anchor) {
    constexpr std::size_t word_limit = 40;
    std::string name = "h_";
    for (const char c : anchor) {
        const bool ascii_alnum =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        name += ascii_alnum ? c : '_';
        if (name.size() == word_limit) break;
    }
    return name;
}

}  // namespace amparo::docx::detail
