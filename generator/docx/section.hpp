// The body's section properties (<w:sectPr>): page size, margins, header/footer references.
#pragma once

#include <string>
#include <vector>

#include "docx/docx_options.hpp"
#include "docx/xml_writer.hpp"

namespace amparo::docx::detail {

struct HeaderFooterReference {
    bool is_header = false;
    std::string type;  // "default", "first" or "even"
    std::string relationship_id;
};

struct SectionProperties {
    PageLayout page;
    std::vector<HeaderFooterReference> references;
    bool title_page = false;  // the first page has its own header/footer (cover page, letterhead)
};

void write_section_properties(XmlWriter& xml, const SectionProperties& section);

}  // namespace amparo::docx::detail
