// Writes the built-in styles.xml: document defaults, paragraph, character and table styles.
#include "docx/styles.hpp"

#include <functional>
#include <string_view>

#include "docx/xml_writer.hpp"

namespace amparo::docx::detail {

std::string style::heading(int level) { return "Heading" + std::to_string(level); }
std::string style::toc(int level) { return "TOC" + std::to_string(level); }

const std::string& StyleIds::operator()(const std::string& ours) const {
    const auto found = actual_.find(ours);
    return found == actual_.end() ? ours : found->second;
}

int text_width(const PageLayout& page) { return page.width - page.margin_left - page.margin_right; }

ParagraphSpacing paragraph_spacing(const std::string& style_id, const TextDefaults& text) {
    if (style_id.rfind("Heading", 0) == 0)
        return {text.heading_space_before, text.heading_space_after};
    if (style_id == style::list_paragraph) return {text.list_item_space, 0};
    if (style_id == style::block_text) return {text.quote_space_before, text.quote_space_after};
    if (style_id == style::signature) return {text.signature_space, 0};
    if (style_id == style::cover_text) return {text.cover_block_space, 0};
    if (style_id == style::source_code) return {0, 240};
    return {};
}

namespace {

struct StyleSpec {
    const char* type;  // paragraph, character, table
    std::string id;
    std::string name;
    std::string based_on;
    std::string next;
    std::function<void(XmlWriter&)> paragraph;  // inside <w:pPr>; empty = none
    std::function<void(XmlWriter&)> run;        // inside <w:rPr>; empty = none
    bool is_default = false;
};

void write_style(XmlWriter& xml, const StyleSpec& spec) {
    xml.start("w:style");
    xml.attribute("w:type", spec.type);
    if (spec.is_default) xml.attribute("w:default", "1");
    xml.attribute("w:styleId", spec.id);
    xml.empty("w:name", "w:val", spec.name);
    if (!spec.based_on.empty()) xml.empty("w:basedOn", "w:val", spec.based_on);
    if (!spec.next.empty()) xml.empty("w:next", "w:val", spec.next);
    xml.empty("w:qFormat");
    if (spec.paragraph) {
        xml.start("w:pPr");
        spec.paragraph(xml);
        xml.end();
    }
    if (spec.run) {
        xml.start("w:rPr");
        spec.run(xml);
        xml.end();
    }
    xml.end();
}

// `line` is in 240ths of a line for Auto; in twips for Exact, which sets lines that far apart
// whatever the font's own line height: the PDF's pitch, so a page of the DOCX holds the lines a
// page of the PDF does.
enum class LineRule { Auto, Exact };

void spacing(XmlWriter& xml, int before, int after, int line, LineRule rule = LineRule::Auto) {
    xml.start("w:spacing");
    xml.attribute("w:before", before);
    xml.attribute("w:after", after);
    xml.attribute("w:line", line);
    xml.attribute("w:lineRule", rule == LineRule::Exact ? "exact" : "auto");
    xml.end();
}

void indent(XmlWriter& xml, int left, int right, int first_line) {
    xml.start("w:ind");
    xml.attribute("w:left", left);
    xml.attribute("w:right", right);
    xml.attribute("w:firstLine", first_line);
    xml.end();
}

void fonts(XmlWriter& xml, const std::string& font) {
    xml.start("w:rFonts");
    for (const char* slot : {"w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"}) xml.attribute(slot, font);
    xml.end();
}

void document_defaults(XmlWriter& xml, const TextDefaults& text) {
    xml.start("w:docDefaults");
    xml.start("w:rPrDefault");
    xml.start("w:rPr");
    fonts(xml, text.font);
    xml.empty("w:sz", "w:val", text.font_half_points);
    xml.empty("w:szCs", "w:val", text.font_half_points);
    xml.start("w:lang");
    xml.attribute("w:val", text.language);
    xml.attribute("w:eastAsia", text.language);
    xml.attribute("w:bidi", "ar-SA");
    xml.end();
    xml.end();
    xml.end();
    xml.start("w:pPrDefault");
    xml.start("w:pPr");
    spacing(xml, 0, 0, 240);
    xml.end();
    xml.end();
    xml.end();
}

void tab_with_dots(XmlWriter& xml, int position) {
    xml.start("w:tabs");
    xml.start("w:tab");
    xml.attribute("w:val", "right");
    xml.attribute("w:leader", "dot");
    xml.attribute("w:pos", position);
    xml.end();
    xml.end();
}

void table_grid_style(XmlWriter& xml, const TextDefaults& text) {
    xml.start("w:style");
    xml.attribute("w:type", "table");
    xml.attribute("w:styleId", style::table_grid);
    xml.empty("w:name", "w:val", "Table Grid");
    xml.start("w:tblPr");
    xml.start("w:tblBorders");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
        xml.start(side);
        xml.attribute("w:val", "single");
        xml.attribute("w:sz", 4);
        xml.attribute("w:space", 0);
        xml.attribute("w:color", "000000");
        xml.end();
    }
    xml.end();
    // The room around a cell's text, as the PDF leaves it.
    xml.start("w:tblCellMar");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) {
        const bool above_or_below =
            side == std::string_view("w:top") || side == std::string_view("w:bottom");
        xml.start(side);
        xml.attribute("w:w", above_or_below ? text.table_row_padding : text.table_cell_padding);
        xml.attribute("w:type", "dxa");
        xml.end();
    }
    xml.end();
    xml.end();
    xml.end();
}

std::vector<StyleSpec> paragraph_styles(const TextDefaults& text, const PageLayout& page) {
    const int body_line = text.body_line_pitch;
    const int single_line = text.single_line_pitch;
    const bool justify = text.justify;
    const int indent_step = text.first_line_indent;
    std::vector<StyleSpec> specs;
    specs.push_back({"paragraph", style::normal, "Normal", "", "", {}, {}, true});
    specs.push_back({"paragraph",
                     style::body_text,
                     "Body Text",
                     style::normal,
                     style::body_text,
                     [=](XmlWriter& xml) {
                         spacing(xml, 0, 0, body_line, LineRule::Exact);
                         indent(xml, 0, 0, indent_step);
                         if (justify) xml.empty("w:jc", "w:val", "both");
                     },
                     {}});
    for (int level = 1; level <= 4; ++level) {
        const ParagraphSpacing around = paragraph_spacing(style::heading(level), text);
        specs.push_back({"paragraph", style::heading(level), "heading " + std::to_string(level),
                         style::normal, style::body_text,
                         [=](XmlWriter& xml) {
                             xml.empty("w:keepNext");
                             xml.empty("w:keepLines");
                             spacing(xml, around.before, around.after, single_line,
                                     LineRule::Exact);
                             if (level == 1) xml.empty("w:jc", "w:val", "center");
                             xml.empty("w:outlineLvl", "w:val", level - 1);
                         },
                         [=](XmlWriter& xml) {
                             if (level <= 3) xml.empty("w:b");
                             if (level >= 3) xml.empty("w:i");
                         }});
    }
    specs.push_back({"paragraph",
                     style::declaration_paragraph,
                     "Declaration Paragraph",
                     style::body_text,
                     style::declaration_paragraph,
                     {},
                     {}});
    // List items single-spaced with a little space above each, as the PDF sets them.
    const ParagraphSpacing list_item = paragraph_spacing(style::list_paragraph, text);
    const int quote_line = text.quote_line_pitch;
    specs.push_back({"paragraph",
                     style::list_paragraph,
                     "List Paragraph",
                     style::body_text,
                     "",
                     [=](XmlWriter& xml) {
                         spacing(xml, list_item.before, list_item.after, quote_line,
                                 LineRule::Exact);
                         indent(xml, 0, 0, 0);
                     },
                     {}});
    // Block quotes indented from both margins, single-spaced, set off above and below.
    const ParagraphSpacing quote = paragraph_spacing(style::block_text, text);
    const int quote_left = text.quote_indent_left;
    const int quote_right = text.quote_indent_right;
    specs.push_back({"paragraph",
                     style::block_text,
                     "Block Text",
                     style::normal,
                     style::body_text,
                     [=](XmlWriter& xml) {
                         spacing(xml, quote.before, quote.after, quote_line, LineRule::Exact);
                         indent(xml, quote_left, quote_right, 0);
                         if (justify) xml.empty("w:jc", "w:val", "both");
                     },
                     {}});
    specs.push_back({"paragraph",
                     style::table_text,
                     "Table Text",
                     style::normal,
                     "",
                     [=](XmlWriter& xml) { spacing(xml, 0, 0, quote_line, LineRule::Exact); },
                     {}});
    specs.push_back({"paragraph", style::table_heading, "Table Heading", style::table_text, "",
                     [](XmlWriter& xml) { xml.empty("w:keepNext"); },
                     [](XmlWriter& xml) { xml.empty("w:b"); }});
    const ParagraphSpacing signature = paragraph_spacing(style::signature, text);
    specs.push_back({"paragraph",
                     style::signature,
                     "Signature",
                     style::normal,
                     "",
                     [=](XmlWriter& xml) {
                         xml.empty("w:keepNext");
                         xml.empty("w:keepLines");
                         spacing(xml, signature.before, signature.after, quote_line,
                                 LineRule::Exact);
                         indent(xml, text_width(page) / 2, 0, 0);
                     },
                     {}});
    const std::string monospace = text.monospace_font;
    const ParagraphSpacing code = paragraph_spacing(style::source_code, text);
    specs.push_back({"paragraph", style::source_code, "Source Code", style::normal, "",
                     [=](XmlWriter& xml) { spacing(xml, code.before, code.after, 240); },
                     [=](XmlWriter& xml) { fonts(xml, monospace); }});
    // Cover blocks set apart as in the PDF; the lines the template centres say so themselves.
    const int cover_space = text.cover_block_space;
    const ParagraphSpacing cover = paragraph_spacing(style::cover_text, text);
    const bool cover_centered = text.cover_centered;
    specs.push_back({"paragraph",
                     style::cover_text,
                     "Cover Text",
                     style::normal,
                     "",
                     [=](XmlWriter& xml) {
                         spacing(xml, cover.before, cover.after, single_line, LineRule::Exact);
                         xml.empty("w:jc", "w:val", cover_centered ? "center" : "left");
                     },
                     {}});
    specs.push_back({"paragraph",
                     style::cover_spacer,
                     "Cover Spacer",
                     style::normal,
                     "",
                     [=](XmlWriter& xml) { spacing(xml, 0, 0, cover_space, LineRule::Exact); },
                     {}});
    const int right_edge = text_width(page);
    // Entries of the tables of contents and authorities as the PDF sets them (pdf/flow.cpp,
    // leader_line): single-spaced (the profile's pitch for single-spaced text), three tenths of
    // a line above each, the title kept half an inch clear of the page numbers' column.
    const int toc_space = single_line * 3 / 10;
    const int toc_right = 720;
    for (int level = 1; level <= 3; ++level) {
        specs.push_back({"paragraph",
                         style::toc(level),
                         "toc " + std::to_string(level),
                         style::normal,
                         style::body_text,
                         [=](XmlWriter& xml) {
                             tab_with_dots(xml, right_edge);
                             spacing(xml, toc_space, 0, quote_line, LineRule::Exact);
                             indent(xml, (level - 1) * 360, toc_right, 0);
                         },
                         {}});
    }
    // The tables' titles and the table of authorities' category headings as the PDF sets them
    // (pdf/flow.cpp, section_title and table_of_authorities): a title is a level-1 heading at
    // the exact single pitch with the heading's space after it; a category heading is set as
    // the entries, with a line's space above it and none below (its first entry has its own).
    const int heading_after = text.heading_space_after;
    specs.push_back({"paragraph", style::toc_heading, "TOC Heading", style::normal, style::normal,
                     [=](XmlWriter& xml) {
                         xml.empty("w:keepNext");
                         spacing(xml, 0, heading_after, single_line, LineRule::Exact);
                         xml.empty("w:jc", "w:val", "center");
                         xml.empty("w:outlineLvl", "w:val", 9);  // body text: in no table
                     },
                     [](XmlWriter& xml) { xml.empty("w:b"); }});
    specs.push_back({"paragraph", style::toa_heading, "toa heading", style::normal,
                     style::table_of_authorities,
                     [=](XmlWriter& xml) {
                         xml.empty("w:keepNext");
                         spacing(xml, single_line, 0, quote_line, LineRule::Exact);
                     },
                     [](XmlWriter& xml) { xml.empty("w:b"); }});
    specs.push_back({"paragraph",
                     style::table_of_authorities,
                     "table of authorities",
                     style::normal,
                     style::table_of_authorities,
                     [=](XmlWriter& xml) {
                         tab_with_dots(xml, right_edge);
                         spacing(xml, toc_space, 0, quote_line, LineRule::Exact);
                         // A paragraph per entry (docx/contents.cpp), every line of it at
                         // the same indent, as in the PDF.
                         indent(xml, 360, toc_right, 0);
                     },
                     {}});
    for (const char* id : {style::header, style::footer}) {
        const bool is_footer = std::string(id) == style::footer;
        specs.push_back({"paragraph",
                         id,
                         is_footer ? "footer" : "header",
                         style::normal,
                         "",
                         [=](XmlWriter& xml) {
                             if (is_footer) xml.empty("w:jc", "w:val", "center");
                         },
                         {}});
    }
    return specs;
}

std::vector<StyleSpec> character_styles(const TextDefaults& text) {
    const std::string monospace = text.monospace_font;
    return {
        {"character",
         style::hyperlink,
         "Hyperlink",
         "",
         "",
         {},
         [](XmlWriter& xml) {
             xml.empty("w:color", "w:val", "0563C1");
             xml.empty("w:u", "w:val", "single");
         }},
        {"character",
         style::to_complete,
         "To Complete",
         "",
         "",
         {},
         [](XmlWriter& xml) {
             xml.empty("w:b");
             xml.empty("w:highlight", "w:val", "yellow");
         }},
        {"character",
         style::verbatim,
         "Verbatim Char",
         "",
         "",
         {},
         [=](XmlWriter& xml) { fonts(xml, monospace); }},
    };
}

}  // namespace

std::string default_styles_xml(const TextDefaults& text, const PageLayout& page) {
    XmlWriter xml;
    xml.start("w:styles");
    xml.attribute("xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    document_defaults(xml, text);
    for (const StyleSpec& spec : paragraph_styles(text, page)) write_style(xml, spec);
    for (const StyleSpec& spec : character_styles(text)) write_style(xml, spec);
    table_grid_style(xml, text);
    return xml.finish();
}

}  // namespace amparo::docx::detail
