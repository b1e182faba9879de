// Escaping follows the CommonMark spec: any ASCII punctuation may be backslash-escaped, so the
// writer escapes only what could start markup where it stands, and the text stays readable.
#include "markdown/inline_text.hpp"

#include <algorithm>
#include <cctype>

namespace amparo::markdown {

namespace {

using document::Inline;
using document::InlineKind;

// `&amp;` or `&#123;` would be read as a character reference.
bool starts_entity(const std::string& text, std::size_t at) {
    std::size_t end = at + 1;
    while (end < text.size() &&
           (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '#'))
        ++end;
    return end > at + 1 && end < text.size() && text[end] == ';';
}

// "12." or "3)" at the start of a line opens an ordered list.
std::size_t list_number_end(const std::string& text, std::size_t at) {
    std::size_t end = at;
    while (end < text.size() && end - at < 10 &&
           std::isdigit(static_cast<unsigned char>(text[end])))
        ++end;
    if (end == at || end >= text.size() || (text[end] != '.' && text[end] != ')')) return 0;
    return end;
}

class InlineWriter {
  public:
    explicit InlineWriter(bool in_table) : in_table_(in_table) {}

    void write(const std::vector<Inline>& inlines) {
        for (const auto& node : inlines) write(node);
    }

    std::string take() { return std::move(out_); }

  private:
    void write(const Inline& node) {
        switch (node.kind) {
            case InlineKind::Text:
                text(node.text);
                break;
            case InlineKind::Emphasis:
                delimited(node.children, "*");
                break;
            case InlineKind::Strong:
                delimited(node.children, "**");
                break;
            case InlineKind::SmallCaps:
            case InlineKind::AuthorityRef:
            case InlineKind::CrossReference:
                write(node.children);  // their printed text; the rest is for PDF and DOCX
                break;
            case InlineKind::Code:
                code(node.text);
                break;
            case InlineKind::SoftBreak:
                out_ += ' ';
                line_start_ = false;
                break;
            case InlineKind::LineBreak:
                out_ += "\\\n";
                line_start_ = true;
                break;
            case InlineKind::Placeholder:
                out_ += "[[TO COMPLETE: " + escaped(node.text, LineStart::No, in_table_) + "]]";
                line_start_ = false;
                break;
            case InlineKind::Link:
                link(node);
                break;
        }
    }

    void text(const std::string& value) {
        out_ += escaped(value, line_start_ ? LineStart::Yes : LineStart::No, in_table_);
        if (!value.empty()) line_start_ = false;
    }

    // Emphasis must not begin or end with a space (`* foo*` is not emphasis): spaces inside the
    // run move outside the delimiters.
    void delimited(const std::vector<Inline>& children, const std::string& delimiter) {
        InlineWriter inner(in_table_);
        inner.line_start_ = false;
        inner.write(children);
        std::string body = inner.take();
        std::size_t first = body.find_first_not_of(' ');
        if (first == std::string::npos) {
            out_ += body;
            return;
        }
        std::size_t last = body.find_last_not_of(' ');
        out_ += body.substr(0, first) + delimiter + body.substr(first, last - first + 1) +
                delimiter + body.substr(last + 1);
        line_start_ = false;
    }

    void code(const std::string& value) {
        std::size_t longest = 0;
        for (std::size_t i = 0; i < value.size();) {
            std::size_t run = 0;
            while (i + run < value.size() && value[i + run] == '`') ++run;
            longest = std::max(longest, run);
            i += run == 0 ? 1 : run;
        }
        const std::string ticks(longest + 1, '`');
        const bool pad = !value.empty() && (value.front() == '`' || value.back() == '`');
        out_ += ticks + (pad ? " " : "") + value + (pad ? " " : "") + ticks;
        line_start_ = false;
    }

    void link(const Inline& node) {
        InlineWriter inner(in_table_);
        inner.line_start_ = false;
        inner.write(node.children);
        const bool plain = node.target.find_first_of(" ()<>") == std::string::npos;
        out_ += "[" + inner.take() + "](" + (plain ? node.target : "<" + node.target + ">") + ")";
        line_start_ = false;
    }

    std::string out_;
    bool in_table_;
    bool line_start_ = true;
};

}  // namespace

std::string escaped(const std::string& text, LineStart at_line_start, bool in_table) {
    std::string out;
    out.reserve(text.size() + 8);
    std::size_t i = 0;
    if (at_line_start == LineStart::Yes) {
        // Leading spaces would indent the line into a code block.
        while (i < text.size() && text[i] == ' ') ++i;
        if (i < text.size() && std::string_view("#>-+=").find(text[i]) != std::string::npos) {
            out += '\\';
        } else if (std::size_t end = list_number_end(text, i)) {
            out += text.substr(i, end - i) + "\\";
            i = end;
        }
    }
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (std::string_view("\\`*_[]<~").find(c) != std::string::npos || (c == '|' && in_table) ||
            (c == '&' && starts_entity(text, i)))
            out += '\\';
        out += c;
    }
    return out;
}

std::string inline_text(const std::vector<document::Inline>& inlines, bool in_table) {
    InlineWriter writer(in_table);
    writer.write(inlines);
    return writer.take();
}

}  // namespace amparo::markdown
