// Streams well-formed XML through libxml2's xmlTextWriter; every part we author is written with it.
#pragma once

#include <string>
#include <string_view>

#include <libxml/xmlwriter.h>

namespace amparo::docx::detail {

// Keeps only what XML 1.0 can carry: valid UTF-8 (bad bytes become U+FFFD) without the control
// characters other than tab, newline and carriage return.
std::string xml_safe(std::string_view text);

// Element and attribute names are written as given (with their w:, r: ... prefix); the namespace
// declarations are ordinary attributes of the root element. Throws std::runtime_error when
// libxml2 fails (out of memory).
class XmlWriter {
  public:
    XmlWriter();  // starts the document: <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    ~XmlWriter();
    XmlWriter(const XmlWriter&) = delete;
    XmlWriter& operator=(const XmlWriter&) = delete;

    void start(const char* name);
    void attribute(const char* name, std::string_view value);
    void attribute(const char* name, int value);
    void text(std::string_view text);
    void end();

    // <name attr="value"/>: the common WordprocessingML property element, e.g. <w:b/>,
    // <w:jc w:val="center"/>.
    void empty(const char* name);
    void empty(const char* name, const char* attribute_name, std::string_view value);
    void empty(const char* name, const char* attribute_name, int value);

    // Closes everything still open and returns the document.
    std::string finish();

  private:
    void check(int status) const;

    xmlBufferPtr buffer_;
    xmlTextWriterPtr writer_;
};

}  // namespace amparo::docx::detail
