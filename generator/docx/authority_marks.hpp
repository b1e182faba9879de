// Word's table of authorities: a TA field at each citation of an authority, and a TOA field per
// category, which Word fills with the pages where those TA fields fall.
#pragma once

#include <string>

#include "docx/body_context.hpp"
#include "docx/xml_writer.hpp"

namespace amparo::docx::detail {

// Word's number for one of our categories ("Cases", "Statutes", "Regulations", "Other
// Authorities"): the place of that category in Word's Mark Citation dialog, which lists 1 Cases,
// 2 Statutes, 3 Other Authorities, 4 Rules, 5 Treatises, 6 Regulations, 7 Constitutional
// Provisions.
int word_category(const std::string& category);

// The TA field for one citation of the authority `key`, written before the citation so that the
// table gives the page where it starts: hidden text, as Word's Mark Citation writes it, with the
// long citation (its italics kept: Word's table copies them), the short form and the category.
// Nothing when the document's table of authorities does not list `key` (context.authorities).
void mark_authority(XmlWriter& xml, const std::string& key, BodyContext& context);

// The instruction of the TOA field that lists the TA fields of `category`.
std::string toa_instruction(const std::string& category);

}  // namespace amparo::docx::detail
