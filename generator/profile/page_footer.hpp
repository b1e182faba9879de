// The footer of a numbered page, from the profile's `footer:` ("Page {page} of {pages}"): the
// PDF prints it with the numbers, the DOCX writes the text around PAGE and NUMPAGES fields.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace amparo::profile {

struct FooterPart {
    enum class Kind { Text, Page, Pages } kind = Kind::Text;
    std::string text;  // Text
};

// nullopt for a format with an unknown {field} or an unclosed brace, or without {page}.
std::optional<std::vector<FooterPart>> footer_parts(const std::string& format);

// The footer as printed on page `page` of `pages` (the format must be valid).
std::string footer_text(const std::string& format, int page, int pages);

}  // namespace amparo::profile
