// word/settings.xml: compatibility mode, tab stops, and whether Word updates fields on opening.
#pragma once

#include <string>

namespace amparo::docx::detail {

// update_fields_on_open: set when the document has a TOC, so Word fills in its page numbers
// (Word asks the user first).
std::string settings_xml(bool update_fields_on_open);

}  // namespace amparo::docx::detail
