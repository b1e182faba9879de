// Splits "Page {page} of {pages}" into its text and its two fields.
#include "profile/page_footer.hpp"

namespace amparo::profile {

std::optional<std::vector<FooterPart>> footer_parts(const std::string& format) {
    std::vector<FooterPart> parts;
    bool has_page = false;
    std::string text;
    for (std::size_t at = 0; at < format.size(); ++at) {
        if (format[at] != '{') {
            text += format[at];
            continue;
        }
        const auto close = format.find('}', at);
        if (close == std::string::npos) return std::nullopt;
        const std::string field = format.substr(at + 1, close - at - 1);
        FooterPart part;
        if (field == "page") {
            part.kind = FooterPart::Kind::Page;
            has_page = true;
        } else if (field == "pages") {
            part.kind = FooterPart::Kind::Pages;
        } else {
            return std::nullopt;
        }
        if (!text.empty()) parts.push_back({FooterPart::Kind::Text, std::move(text)});
        text.clear();
        parts.push_back(part);
        at = close;
    }
    if (!text.empty()) parts.push_back({FooterPart::Kind::Text, std::move(text)});
    if (!has_page) return std::nullopt;
    return parts;
}

std::string footer_text(const std::string& format, int page, int pages) {
    std::string text;
    for (const auto& part : footer_parts(format).value_or(std::vector<FooterPart>{})) {
        switch (part.kind) {
            case FooterPart::Kind::Text:
                text += part.text;
                break;
            case FooterPart::Kind::Page:
                text += std::to_string(page);
                break;
            case FooterPart::Kind::Pages:
                text += std::to_string(pages);
                break;
        }
    }
    return text;
}

}  // namespace amparo::profile
