// Writes the abstract numbering definitions and one <w:num> per run of numbered paragraphs, list
// or outline.
#include "docx/numbering.hpp"

#include <array>

#include "docx/xml_writer.hpp"

namespace amparo::docx::detail {
namespace {

// Our abstract definitions, counted from NumberingIds::first_abstract.
enum Definition { declaration = 0, bullet = 1, ordered = 2, outline = 3 };
constexpr int list_levels = 9;         // WordprocessingML levels 0..8
constexpr int list_indent_step = 720;  // twips per nesting level
constexpr int hanging = 360;

void level_start(XmlWriter& xml, int level, int start, const char* format,
                 const std::string& text) {
    xml.start("w:lvl");
    xml.attribute("w:ilvl", level);
    xml.empty("w:start", "w:val", start);
    xml.empty("w:numFmt", "w:val", format);
    xml.empty("w:lvlText", "w:val", text);
    xml.empty("w:lvlJc", "w:val", "left");
}

void indentation(XmlWriter& xml, int left, int hanging_by) {
    xml.start("w:pPr");
    xml.start("w:ind");
    xml.attribute("w:left", left);
    xml.attribute("w:hanging", hanging_by);
    xml.end();
    xml.end();
}

// "1." at the first-line indent, then a tab to the text: the usual declaration layout.
void declaration_definition(XmlWriter& xml, int id) {
    xml.start("w:abstractNum");
    xml.attribute("w:abstractNumId", id);
    xml.empty("w:multiLevelType", "w:val", "singleLevel");
    level_start(xml, 0, 1, "decimal", "%1.");
    xml.start("w:pPr");
    xml.start("w:tabs");
    xml.start("w:tab");
    xml.attribute("w:val", "num");
    xml.attribute("w:pos", 2 * list_indent_step);
    xml.end();
    xml.end();
    xml.start("w:ind");
    xml.attribute("w:left", 0);
    xml.attribute("w:firstLine", list_indent_step);
    xml.end();
    xml.end();
    xml.end();  // w:lvl
    xml.end();
}

void list_definition(XmlWriter& xml, int id, bool is_bullet) {
    static constexpr std::array<const char*, 3> bullets{"\xE2\x80\xA2", "\xE2\x97\xA6",
                                                        "\xE2\x96\xAA"};  // • ◦ ▪
    static constexpr std::array<const char*, 3> ordered_formats{"decimal", "lowerLetter",
                                                                "lowerRoman"};
    xml.start("w:abstractNum");
    xml.attribute("w:abstractNumId", id);
    xml.empty("w:multiLevelType", "w:val", "hybridMultilevel");
    for (int level = 0; level < list_levels; ++level) {
        const auto cycle = static_cast<std::size_t>(level % 3);
        if (is_bullet) {
            level_start(xml, level, 1, "bullet", bullets[cycle]);
        } else {
            level_start(xml, level, 1, ordered_formats[cycle],
                        "%" + std::to_string(level + 1) + ".");
        }
        indentation(xml, (level + 1) * list_indent_step, hanging);
        xml.end();  // w:lvl
    }
    xml.end();
}

// The argument's headings: "I." / "A." / "1.", each level restarting under the one above, the
// number followed by a space as if typed, and no indent of its own, so the heading keeps its
// style's alignment (centred or flush left).
void outline_definition(XmlWriter& xml, int id) {
    static constexpr std::array<const char*, 3> formats{"upperRoman", "upperLetter", "decimal"};
    xml.start("w:abstractNum");
    xml.attribute("w:abstractNumId", id);
    xml.empty("w:multiLevelType", "w:val", "multilevel");
    for (std::size_t level = 0; level < formats.size(); ++level) {
        const int ilvl = static_cast<int>(level);
        xml.start("w:lvl");
        xml.attribute("w:ilvl", ilvl);
        xml.empty("w:start", "w:val", 1);
        xml.empty("w:numFmt", "w:val", formats[level]);
        xml.empty("w:suff", "w:val", "space");
        xml.empty("w:lvlText", "w:val", "%" + std::to_string(ilvl + 1) + ".");
        xml.empty("w:lvlJc", "w:val", "left");
        xml.start("w:pPr");
        xml.start("w:ind");
        xml.attribute("w:left", 0);
        xml.attribute("w:firstLine", 0);
        xml.end();
        xml.end();
        xml.end();  // w:lvl
    }
    xml.end();
}

}  // namespace

int NumberingPlan::add(int definition, int level, int start) {
    instances_.push_back({ids_.first_abstract + definition, level, start});
    return ids_.first_num + static_cast<int>(instances_.size()) - 1;
}

int NumberingPlan::declaration_paragraph(int number) {
    if (last_declaration_num_ == 0 || number != last_declaration_number_ + 1) {
        last_declaration_num_ = add(declaration, 0, number);
    }
    last_declaration_number_ = number;
    return last_declaration_num_;
}

int NumberingPlan::list(bool is_ordered, int start, int level) {
    return add(is_ordered ? ordered : bullet, level, start);
}

int NumberingPlan::outline_heading(int level, int value) {
    if (outline_num_ == 0 || (level == 0 && value == 1)) outline_num_ = add(outline, 0, 1);
    return outline_num_;
}

std::string NumberingPlan::xml() const {
    XmlWriter xml;
    xml.start("w:numbering");
    xml.attribute("xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    declaration_definition(xml, ids_.first_abstract + declaration);
    list_definition(xml, ids_.first_abstract + bullet, true);
    list_definition(xml, ids_.first_abstract + ordered, false);
    outline_definition(xml, ids_.first_abstract + outline);
    for (std::size_t i = 0; i < instances_.size(); ++i) {
        const Instance& instance = instances_[i];
        xml.start("w:num");
        xml.attribute("w:numId", ids_.first_num + static_cast<int>(i));
        xml.empty("w:abstractNumId", "w:val", instance.abstract_id);
        xml.start("w:lvlOverride");
        xml.attribute("w:ilvl", instance.level);
        xml.empty("w:startOverride", "w:val", instance.start);
        xml.end();
        xml.end();
    }
    return xml.finish();
}

}  // namespace amparo::docx::detail
