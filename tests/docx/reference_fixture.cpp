// The reference .docx parts, written out by hand so each can be read and checked.
#include "docx/reference_fixture.hpp"

#include <stdexcept>

#include "docx/zip_package.hpp"
#include "support/test_paths.hpp"

namespace amparo::docx_test {
namespace {

const char* const content_types = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Default Extension="png" ContentType="image/png"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
  <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
  <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
</Types>)";

const char* const package_rels = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>)";

const char* const document_rels = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
  <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
</Relationships>)";

// A4 (11906 x 16838 twips), left margin 2880 twips.
const char* const document = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
  <w:body>
    <w:p><w:r><w:t>Firm template text that the output does not keep.</w:t></w:r></w:p>
    <w:sectPr>
      <w:headerReference w:type="default" r:id="rId2"/>
      <w:pgSz w:w="11906" w:h="16838"/>
      <w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="2880" w:header="567" w:footer="567" w:gutter="0"/>
    </w:sectPr>
  </w:body>
</w:document>)";

const char* const styles = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:docDefaults>
    <w:rPrDefault><w:rPr>
      <w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans" w:eastAsia="DejaVu Sans" w:cs="DejaVu Sans"/>
      <w:sz w:val="22"/><w:szCs w:val="22"/>
    </w:rPr></w:rPrDefault>
    <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>
  </w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Titre1">
    <w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
    <w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr>
    <w:rPr><w:b/><w:sz w:val="32"/></w:rPr>
  </w:style>
</w:styles>)";

const char* const header = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
       xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
  <w:p><w:r><w:t>EXAMPLE LEGAL AID CLINIC, 100 MAIN STREET</w:t></w:r></w:p>
</w:hdr>)";

const char* const header_rels = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/logo.png"/>
</Relationships>)";

// A 1x1 grey PNG standing in for the firm's logo.
const char logo[] =
    "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00"
    "\x00\x01\x08\x00\x00\x00\x00\x3a\x7e\x9b\x55\x00\x00\x00\x0a\x49\x44\x41\x54\x78\x9c\x63"
    "\x60\x00\x00\x00\x02\x00\x01\x48\xaf\xa4\x71\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60"
    "\x82";

const char* const numbering = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:abstractNum w:abstractNumId="0">
    <w:multiLevelType w:val="multilevel"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:pStyle w:val="Titre1"/><w:numFmt w:val="decimal"/>
      <w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>)";

std::string with_inserted(std::string text, const std::string& before, const std::string& what) {
    const auto at = text.find(before);
    if (at == std::string::npos) throw std::logic_error("fixture lacks " + before);
    return text.insert(at, what);
}

}  // namespace

std::map<std::string, std::string> numbered_heading_reference_parts() {
    auto parts = reference_parts();
    parts["word/numbering.xml"] = numbering;
    parts["word/styles.xml"] =
        with_inserted(parts["word/styles.xml"], "<w:outlineLvl w:val=\"0\"/>",
                      "<w:numPr><w:ilvl w:val=\"0\"/><w:numId "
                      "w:val=\"1\"/></w:numPr>");
    parts["word/_rels/document.xml.rels"] = with_inserted(
        parts["word/_rels/document.xml.rels"], "</Relationships>",
        R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>)");
    parts["[Content_Types].xml"] = with_inserted(
        parts["[Content_Types].xml"], "</Types>",
        R"(<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>)");
    return parts;
}

std::map<std::string, std::string> reference_parts() {
    return {
        {"[Content_Types].xml", content_types},
        {"_rels/.rels", package_rels},
        {"word/document.xml", document},
        {"word/_rels/document.xml.rels", document_rels},
        {"word/styles.xml", styles},
        {"word/header1.xml", header},
        {"word/_rels/header1.xml.rels", header_rels},
        {"word/media/logo.png", std::string(logo, sizeof logo - 1)},
    };
}

std::filesystem::path save_reference(const std::map<std::string, std::string>& parts,
                                     const std::filesystem::path& dir, const std::string& name) {
    std::vector<docx::detail::PackagePart> entries;
    for (const auto& [part_name, content] : parts) entries.push_back({part_name, "", content});
    const auto path = dir / name;
    testing::write_file(path, docx::detail::pack_zip(entries, {}));
    return path;
}

}  // namespace amparo::docx_test
