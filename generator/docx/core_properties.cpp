// Writes the package's core properties (Dublin Core terms).
#include "docx/core_properties.hpp"

#include <chrono>
#include <cstdio>

#include "docx/xml_writer.hpp"

namespace amparo::docx::detail {
namespace {

void text_element(XmlWriter& xml, const char* name, const std::string& value) {
    if (value.empty()) return;
    xml.start(name);
    xml.text(value);
    xml.end();
}

void date_element(XmlWriter& xml, const char* name, const std::string& value) {
    xml.start(name);
    xml.attribute("xsi:type", "dcterms:W3CDTF");
    xml.text(value);
    xml.end();
}

}  // namespace

std::string w3c_date_time(std::int64_t seconds_since_epoch) {
    using namespace std::chrono;
    const sys_seconds instant{seconds{seconds_since_epoch}};
    const auto day = floor<days>(instant);
    const year_month_day date{day};
    const hh_mm_ss clock{instant - day};
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02dZ",
                  static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                  static_cast<unsigned>(date.day()), static_cast<int>(clock.hours().count()),
                  static_cast<int>(clock.minutes().count()),
                  static_cast<int>(clock.seconds().count()));
    return text;
}

std::string core_properties_xml(const document::Metadata& metadata,
                                std::optional<std::int64_t> creation_time) {
    XmlWriter xml;
    xml.start("cp:coreProperties");
    xml.attribute("xmlns:cp",
                  "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    xml.attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/");
    xml.attribute("xmlns:dcterms", "http://purl.org/dc/terms/");
    xml.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    text_element(xml, "dc:title", metadata.title);
    text_element(xml, "dc:subject", metadata.subject);
    text_element(xml, "dc:creator", metadata.author);
    text_element(xml, "cp:keywords", metadata.keywords);
    if (creation_time) {
        const std::string when = w3c_date_time(*creation_time);
        date_element(xml, "dcterms:created", when);
        date_element(xml, "dcterms:modified", when);
    }
    return xml.finish();
}

}  // namespace amparo::docx::detail
