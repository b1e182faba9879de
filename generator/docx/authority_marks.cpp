// TA and TOA field instructions.
#include "docx/authority_marks.hpp"

#include "docx/fields.hpp"
#include "docx/runs.hpp"

namespace amparo::docx::detail {

int word_category(const std::string& category) {
    if (category == "Cases") return 1;
    if (category == "Statutes") return 2;
    if (category == "Regulations") return 6;
    return 3;  // Other Authorities
}

void mark_authority(XmlWriter& xml, const std::string& key, BodyContext& context) {
    const auto found = context.authorities.find(key);
    if (found == context.authorities.end()) return;
    const document::AuthorityEntry& entry = *found->second;
    RunFormat hidden;
    hidden.hidden = true;
    field_char(xml, "begin", true);
    write_instruction_text(xml, " TA \\l \"", hidden, context.styles);
    write_instruction_inlines(xml, entry.citation, hidden, context.styles);
    std::string rest = "\"";
    if (!entry.short_citation.empty()) {
        rest += " \\s \"" + escape_field_argument(entry.short_citation) + "\"";
    }
    rest += " \\c " + std::to_string(word_category(entry.category)) + " ";
    write_instruction_text(xml, rest, hidden, context.styles);
    field_char(xml, "end", true);
}

std::string toa_instruction(const std::string& category) {
    return " TOA \\c \"" + std::to_string(word_category(category)) + "\" ";
}

}  // namespace amparo::docx::detail
