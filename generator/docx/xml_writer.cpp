// XmlWriter: a thin RAII wrapper over xmlTextWriter, and the filter for text XML cannot carry.
#include "docx/xml_writer.hpp"

#include <cstdint>
#include <stdexcept>

namespace amparo::docx::detail {
namespace {

const xmlChar* as_xml(const char* text) { return reinterpret_cast<const xmlChar*>(text); }

bool allowed_in_xml(std::uint32_t code_point) {
    if (code_point == 0x9 || code_point == 0xA || code_point == 0xD) return true;
    if (code_point >= 0x20 && code_point <= 0xD7FF) return true;
    if (code_point >= 0xE000 && code_point <= 0xFFFD) return true;
    return code_point >= 0x10000 && code_point <= 0x10FFFF;
}

void append_utf8(std::string& out, std::uint32_t code_point) {
    if (code_point < 0x80) {
        out += static_cast<char>(code_point);
    } else if (code_point < 0x800) {
        out += static_cast<char>(0xC0 | (code_point >> 6));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
        out += static_cast<char>(0xE0 | (code_point >> 12));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code_point >> 18));
        out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    }
}

// Decodes one UTF-8 sequence at text[i]; returns its length, or 0 when it is not valid UTF-8
// (overlong forms and surrogates included).
std::size_t decode_utf8(std::string_view text, std::size_t i, std::uint32_t& code_point) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    std::uint32_t minimum = 0;
    if (lead < 0x80) {
        code_point = lead;
        return 1;
    } else if ((lead & 0xE0) == 0xC0) {
        length = 2, minimum = 0x80, code_point = lead & 0x1Fu;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, minimum = 0x800, code_point = lead & 0x0Fu;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, minimum = 0x10000, code_point = lead & 0x07u;
    } else {
        return 0;
    }
    if (i + length > text.size()) return 0;
    for (std::size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[i + k]);
        if ((next & 0xC0) != 0x80) return 0;
        code_point = (code_point << 6) | (next & 0x3Fu);
    }
    const bool surrogate = code_point >= 0xD800 && code_point <= 0xDFFF;
    if (code_point < minimum || surrogate || code_point > 0x10FFFF) return 0;
    return length;
}

}  // namespace

std::string xml_safe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        std::uint32_t code_point = 0;
        const std::size_t length = decode_utf8(text, i, code_point);
        if (length == 0) {
            append_utf8(out, 0xFFFD);
            ++i;
            continue;
        }
        if (allowed_in_xml(code_point)) out.append(text.substr(i, length));
        i += length;
    }
    return out;
}

XmlWriter::XmlWriter() : buffer_(xmlBufferCreate()), writer_(nullptr) {
    if (buffer_ == nullptr) throw std::runtime_error("libxml2 could not allocate a buffer");
    writer_ = xmlNewTextWriterMemory(buffer_, 0);
    if (writer_ == nullptr) {
        xmlBufferFree(buffer_);
        throw std::runtime_error("libxml2 could not create a text writer");
    }
    check(xmlTextWriterStartDocument(writer_, "1.0", "UTF-8", "yes"));
}

XmlWriter::~XmlWriter() {
    xmlFreeTextWriter(writer_);
    xmlBufferFree(buffer_);
}

void XmlWriter::check(int status) const {
    if (status < 0) throw std::runtime_error("libxml2 failed while writing XML");
}

void XmlWriter::start(const char* name) { check(xmlTextWriterStartElement(writer_, as_xml(name))); }

void XmlWriter::attribute(const char* name, std::string_view value) {
    const std::string safe = xml_safe(value);
    check(xmlTextWriterWriteAttribute(writer_, as_xml(name), as_xml(safe.c_str())));
}

void XmlWriter::attribute(const char* name, int value) { attribute(name, std::to_string(value)); }

void XmlWriter::text(std::string_view text) {
    const std::string safe = xml_safe(text);
    check(xmlTextWriterWriteString(writer_, as_xml(safe.c_str())));
}

void XmlWriter::end() { check(xmlTextWriterEndElement(writer_)); }

void XmlWriter::empty(const char* name) {
    start(name);
    end();
}

void XmlWriter::empty(const char* name, const char* attribute_name, std::string_view value) {
    start(name);
    attribute(attribute_name, value);
    end();
}

void XmlWriter::empty(const char* name, const char* attribute_name, int value) {
    empty(name, attribute_name, std::to_string(value));
}

std::string XmlWriter::finish() {
    check(xmlTextWriterEndDocument(writer_));
    check(xmlTextWriterFlush(writer_));
    return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_)),
                       static_cast<std::size_t>(xmlBufferLength(buffer_)));
}

}  // namespace amparo::docx::detail
