// Looking inside a .docx as an outside reader would: unzip, zipinfo and libxml2 XPath.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <libxml/tree.h>
#include <libxml/xpath.h>

namespace amparo::docx_test {

// One entry's bytes, through the unzip program; throws std::runtime_error when it fails.
std::string unzip_entry(const std::filesystem::path& docx, const std::string& entry);

// Entry names in archive order, through zipinfo -1.
std::vector<std::string> zip_entry_names(const std::filesystem::path& docx);

// A parsed XML part queried by XPath, with the prefixes w, r, cp, dc, dcterms, ct (content types)
// and pr (package relationships) bound.
class XmlPart {
  public:
    explicit XmlPart(const std::string& bytes);
    ~XmlPart();
    XmlPart(const XmlPart&) = delete;
    XmlPart& operator=(const XmlPart&) = delete;

    bool well_formed() const { return document_ != nullptr; }
    int count(const std::string& xpath) const;
    // The string value of every node the expression selects.
    std::vector<std::string> strings(const std::string& xpath) const;
    std::string string(const std::string& xpath) const;  // first, or ""

  private:
    xmlXPathObjectPtr evaluate(const std::string& xpath) const;

    xmlDocPtr document_ = nullptr;
    xmlXPathContextPtr context_ = nullptr;
};

// The text each paragraph `paragraphs` selects shows: its <w:t> runs joined, without the
// instruction text of the fields in it.
std::vector<std::string> shown_texts(const XmlPart& part, const std::string& paragraphs);

// The instruction of every complex field in a part, in document order: the text of its
// <w:instrText> runs from its begin to its separate (or end), joined ("" for none).
std::vector<std::string> field_instructions(const XmlPart& part);

}  // namespace amparo::docx_test
