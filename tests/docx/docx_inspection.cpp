// unzip/zipinfo through run_command, XPath through libxml2.
#include "docx/docx_inspection.hpp"

#include <sstream>
#include <stdexcept>

#include <libxml/parser.h>
#include <libxml/xpathInternals.h>

#include "support/run_command.hpp"

namespace amparo::docx_test {
namespace {

const xmlChar* as_xml(const char* text) { return reinterpret_cast<const xmlChar*>(text); }

}  // namespace

std::string unzip_entry(const std::filesystem::path& docx, const std::string& entry) {
    // unzip reads names as wildcard patterns: "[[]" is a literal "[".
    std::string pattern;
    for (const char c : entry) pattern += c == '[' ? std::string("[[]") : std::string(1, c);
    const auto result = testing::run_command({"unzip", "-p", docx.string(), pattern});
    if (result.exit_code != 0) {
        throw std::runtime_error("unzip -p " + entry + " failed: " + result.err);
    }
    return result.out;
}

std::vector<std::string> zip_entry_names(const std::filesystem::path& docx) {
    const auto result = testing::run_command({"zipinfo", "-1", docx.string()});
    if (result.exit_code != 0) throw std::runtime_error("zipinfo failed: " + result.err);
    std::vector<std::string> names;
    std::istringstream lines(result.out);
    for (std::string line; std::getline(lines, line);) names.push_back(line);
    return names;
}

XmlPart::XmlPart(const std::string& bytes) {
    document_ = xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (document_ == nullptr) return;
    context_ = xmlXPathNewContext(document_);
    const std::pair<const char*, const char*> prefixes[] = {
        {"w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"},
        {"r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"},
        {"cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"},
        {"dc", "http://purl.org/dc/elements/1.1/"},
        {"dcterms", "http://purl.org/dc/terms/"},
        {"ct", "http://schemas.openxmlformats.org/package/2006/content-types"},
        {"pr", "http://schemas.openxmlformats.org/package/2006/relationships"},
    };
    for (const auto& [prefix, uri] : prefixes) {
        xmlXPathRegisterNs(context_, as_xml(prefix), as_xml(uri));
    }
}

XmlPart::~XmlPart() {
    xmlXPathFreeContext(context_);
    xmlFreeDoc(document_);
}

xmlXPathObjectPtr XmlPart::evaluate(const std::string& xpath) const {
    if (context_ == nullptr) throw std::runtime_error("XPath on a part that is not well-formed");
    xmlXPathObjectPtr result = xmlXPathEvalExpression(as_xml(xpath.c_str()), context_);
    if (result == nullptr) throw std::runtime_error("bad XPath: " + xpath);
    return result;
}

int XmlPart::count(const std::string& xpath) const {
    xmlXPathObjectPtr result = evaluate(xpath);
    const int found = result->nodesetval == nullptr ? 0 : result->nodesetval->nodeNr;
    xmlXPathFreeObject(result);
    return found;
}

std::vector<std::string> XmlPart::strings(const std::string& xpath) const {
    xmlXPathObjectPtr result = evaluate(xpath);
    std::vector<std::string> values;
    if (result->nodesetval != nullptr) {
        for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
            xmlChar* value = xmlNodeGetContent(result->nodesetval->nodeTab[i]);
            values.emplace_back(value == nullptr ? "" : reinterpret_cast<const char*>(value));
            xmlFree(value);
        }
    }
    xmlXPathFreeObject(result);
    return values;
}

std::string XmlPart::string(const std::string& xpath) const {
    const auto values = strings(xpath);
    return values.empty() ? "" : values.front();
}

std::vector<std::string> shown_texts(const XmlPart& part, const std::string& paragraphs) {
    std::vector<std::string> texts;
    const int count = part.count(paragraphs);
    for (int i = 1; i <= count; ++i) {
        std::string text;
        for (const auto& run :
             part.strings("(" + paragraphs + ")[" + std::to_string(i) + "]//w:t")) {
            text += run;
        }
        texts.push_back(text);
    }
    return texts;
}

std::vector<std::string> field_instructions(const XmlPart& part) {
    // XPath gives a union in document order; field characters are told from instruction text by
    // being exactly begin/separate/end (instructions here start with a space).
    std::vector<std::string> instructions;
    bool in_instruction = false;
    for (const auto& piece : part.strings("//w:fldChar/@w:fldCharType | //w:instrText")) {
        if (piece == "begin") {
            instructions.emplace_back();
            in_instruction = true;
        } else if (piece == "separate" || piece == "end") {
            in_instruction = false;
        } else if (in_instruction) {
            instructions.back() += piece;
        }
    }
    return instructions;
}

}  // namespace amparo::docx_test
