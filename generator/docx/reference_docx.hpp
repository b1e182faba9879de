// Reads a firm's reference .docx (pandoc's --reference-doc idea): its styles, page geometry,
// numbering definitions its styles use, header/footer parts (letterhead, with their images) and
// theme, for the writer to take over.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "casefile/diagnostic.hpp"
#include "docx/docx_options.hpp"
#include "docx/section.hpp"
#include "docx/zip_package.hpp"

namespace amparo::docx::detail {

struct ReferenceDocx {
    std::string styles_xml;          // the reference's styles part, checked well-formed
    std::string numbering_xml;       // its numbering part, checked well-formed; "" when none
    std::optional<PageLayout> page;  // from the last section of its body, when it has one
    bool title_page = false;
    // Header/footer references, relationship ids already in the form document.xml.rels gets.
    std::vector<HeaderFooterReference> header_footers;
    std::vector<std::string> header_footer_targets;  // one per reference, relative to word/
    // Parts copied as they are: headers, footers, their .rels, the images they show, the theme.
    std::vector<PackagePart> parts;
    bool has_theme = false;  // parts holds word/theme/theme1.xml
};

struct ReferenceResult {
    ReferenceDocx reference;
    Diagnostics diagnostics;  // an error when the file is missing or not a usable .docx
};

ReferenceResult read_reference_docx(const std::filesystem::path& path);

}  // namespace amparo::docx::detail
