// Our own footer parts: the profile's footer ("Page N of M") with PAGE and NUMPAGES fields, and
// an empty one for the cover page.
#pragma once

#include <string>

#include "docx/styles.hpp"

namespace amparo::docx::detail {

std::string page_number_footer_xml(const std::string& format, const StyleIds& styles);
std::string empty_footer_xml(const StyleIds& styles);

}  // namespace amparo::docx::detail
