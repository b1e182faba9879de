// The sample documents: invented people and places only.
#include "docx/sample_documents.hpp"

namespace amparo::docx_test {

using document::Align;
using document::Block;
using document::BlockKind;
using document::Inline;
using document::InlineKind;

Inline text(const std::string& content) { return Inline{InlineKind::Text, content, "", {}}; }

Inline emphasis(const std::string& content) {
    return Inline{InlineKind::Emphasis, "", "", {text(content)}};
}

Inline placeholder(const std::string& missing) {
    return Inline{InlineKind::Placeholder, missing, "", {}};
}

Block heading(int level, const std::string& content, const std::string& anchor) {
    Block block;
    block.kind = BlockKind::Heading;
    block.level = level;
    block.anchor = anchor;
    block.inlines = {text(content)};
    return block;
}

Block paragraph(std::vector<Inline> inlines) {
    Block block;
    block.kind = BlockKind::Paragraph;
    block.inlines = std::move(inlines);
    return block;
}

Block numbered_paragraph(int number, const std::string& content) {
    Block block;
    block.kind = BlockKind::NumberedParagraph;
    block.number = number;
    block.inlines = {text(content)};
    return block;
}

namespace {

Block of_kind(BlockKind kind) {
    Block block;
    block.kind = kind;
    return block;
}

document::TableCell cell(const std::string& content) { return {{text(content)}}; }

Block exhibit_index(int exhibits) {
    Block block = of_kind(BlockKind::Table);
    block.table.column_align = {Align::Center, Align::Left, Align::Right};
    block.table.header = {cell("Exhibit"), cell("Description"), cell("Pages")};
    for (int i = 0; i < exhibits; ++i) {
        block.table.rows.push_back(
            {cell("Ex. " + std::to_string(i + 1)),
             cell("Supporting record number " + std::to_string(i + 1) +
                  " from the regional archive"),
             cell(std::to_string(i * 3 + 1) + "-" + std::to_string(i * 3 + 3))});
    }
    return block;
}

Block list(bool ordered, std::vector<std::string> items) {
    Block block = of_kind(BlockKind::List);
    block.ordered = ordered;
    for (const auto& item : items) block.items.push_back({paragraph({text(item)})});
    return block;
}

}  // namespace

document::Document declaration() {
    document::Document doc;
    doc.metadata = {"Declaration of the Applicant", "Drafting Clinic", "Asylum application",
                    "declaration"};
    Block title = paragraph({text("DECLARATION OF THE APPLICANT")});
    title.align = Align::Center;
    doc.blocks.push_back(title);
    doc.blocks.push_back(heading(1, "Background", "background"));
    doc.blocks.push_back(numbered_paragraph(1, "I was born in the town of Valle Alto."));
    doc.blocks.push_back(numbered_paragraph(2,
                                            "I worked as a teacher at the village school "
                                            "for six years before the events described below."));
    doc.blocks.push_back(paragraph({text("My account relies on "), emphasis("Matter of Acosta"),
                                    text(", which defines a particular social group.")}));
    doc.blocks.push_back(numbered_paragraph(3, "I lived with my mother and two younger brothers."));
    doc.blocks.push_back(heading(1, "The Threats", "the-threats"));
    for (int n = 4; n <= 9; ++n) {
        doc.blocks.push_back(
            numbered_paragraph(n, "Statement paragraph number " + std::to_string(n) +
                                      " describes what happened in the order it happened."));
    }
    Block quote = of_kind(BlockKind::BlockQuote);
    quote.children.push_back(paragraph({text("Leave the school or your family will pay.")}));
    doc.blocks.push_back(quote);
    doc.blocks.push_back(heading(2, "Leaving the Country", "leaving"));
    doc.blocks.push_back(numbered_paragraph(10, "I left on a bus at night."));
    doc.blocks.push_back(paragraph({text("I arrived on "), placeholder("date of arrival"),
                                    text(" and asked for protection.")}));
    doc.blocks.push_back(numbered_paragraph(11, "I declare that the above is true."));
    doc.blocks.push_back(numbered_paragraph(12, "Executed under penalty of perjury."));
    Block signature = of_kind(BlockKind::SignatureBlock);
    signature.lines = {{text("______________________")}, {text("Applicant")}};
    doc.blocks.push_back(signature);
    doc.blocks.push_back(of_kind(BlockKind::PageBreak));
    doc.blocks.push_back(heading(1, "Exhibit Index", "exhibit-index"));
    doc.blocks.push_back(exhibit_index(45));
    return doc;
}

document::Document brief() {
    document::Document doc;
    doc.metadata.title = "Brief in Support of Asylum";
    Block cover = of_kind(BlockKind::CoverPage);
    cover.children.push_back(paragraph({text("IMMIGRATION COURT")}));
    cover.children.push_back(paragraph({text("BRIEF IN SUPPORT OF THE APPLICATION FOR ASYLUM")}));
    doc.blocks.push_back(cover);
    doc.blocks.push_back(of_kind(BlockKind::TableOfContents));
    doc.blocks.push_back(of_kind(BlockKind::PageBreak));
    doc.blocks.push_back(of_kind(BlockKind::TableOfAuthorities));
    doc.authorities.push_back({"acosta",
                               "Cases",
                               {emphasis("Matter of Acosta"), text(", 19 I&N Dec. 211 (BIA 1985)")},
                               "Acosta, 19 I&N Dec. 211"});
    doc.authorities.push_back({"ina208", "Statutes", {text("INA section 208(a)")}, "INA 208(a)"});
    doc.blocks.push_back(of_kind(BlockKind::PageBreak));
    doc.blocks.push_back(heading(1, "Statement of Facts", "facts"));
    Inline reference{InlineKind::CrossReference, "", "argument", {text("Part II")}};
    doc.blocks.push_back(
        paragraph({text("The facts support the claim argued in "), reference, text(".")}));
    doc.blocks.push_back(heading(1, "Argument", "argument"));
    doc.blocks.push_back(heading(2, "The Applicant Belongs to a Protected Group", "group"));
    Inline cite{InlineKind::AuthorityRef, "", "acosta", {emphasis("Acosta")}};
    doc.blocks.push_back(paragraph({text("Under "), cite, text(", the group is immutable.")}));
    doc.blocks.push_back(heading(3, "Immutability", "immutability"));
    doc.blocks.push_back(list(true, {"First ordered point", "Second ordered point"}));
    doc.blocks.push_back(list(false, {"A bulleted point", "Another bulleted point"}));
    doc.blocks.push_back(of_kind(BlockKind::ThematicBreak));
    Inline link{
        InlineKind::Link, "", "https://example.org/country-report", {text("the country report")}};
    doc.blocks.push_back(paragraph({text("See "), link, text(".")}));
    Block code = of_kind(BlockKind::CodeBlock);
    code.text = "record line one\nrecord line two\n";
    doc.blocks.push_back(code);
    return doc;
}

namespace {

std::string plain(const std::vector<Inline>& inlines) {
    std::string result;
    for (const Inline& item : inlines) {
        if (item.kind == InlineKind::Placeholder) {
            result += "[[TO COMPLETE: " + item.text + "]]";
        } else {
            result += item.text + plain(item.children);
        }
    }
    return result;
}

}  // namespace

std::vector<std::string> expected_texts(const document::Document& document) {
    std::vector<std::string> texts;
    for (const Block& block : document.blocks) {
        switch (block.kind) {
            case BlockKind::Heading:
            case BlockKind::Paragraph:
                texts.push_back(plain(block.inlines));
                break;
            case BlockKind::NumberedParagraph:
                texts.push_back(std::to_string(block.number) + ". " + plain(block.inlines));
                break;
            case BlockKind::BlockQuote:
                for (const Block& child : block.children) texts.push_back(plain(child.inlines));
                break;
            default:
                break;
        }
    }
    return texts;
}

}  // namespace amparo::docx_test
