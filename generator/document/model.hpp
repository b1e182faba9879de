// The document model every writer shares: blocks and inlines parsed from rendered CommonMark.
//
// Writers (PDF, DOCX, Markdown/HTML) see only this model, never templates or case files.
// The conventions templates use to reach the parts CommonMark has no syntax for are listed in
// docs/templates.md ("Directives") and implemented in document/from_commonmark.cpp:
//   <!-- amparo:page-break -->                 PageBreak
//   <!-- amparo:toc -->                        TableOfContents (filled by the writer)
//   <!-- amparo:toa -->                        TableOfAuthorities (filled from
//   Document::authorities)
//   <!-- amparo:cover --> ... <!-- amparo:end-cover -->   CoverPage holding the blocks between
//   <!-- amparo:center --> (before a paragraph)           that paragraph is centred
//   <!-- amparo:signature -->  followed by a paragraph whose lines are the signature block
//   <!-- amparo:numbered -->   the ordered list that follows holds numbered paragraphs
//                              (its item numbers are kept: the brief cites "Decl. ¶ 12")
//   [[TO COMPLETE: what is missing]]           Placeholder inline
//   [text](authority:KEY)                      AuthorityRef inline (table of authorities)
//   [text](#anchor)                            CrossReference inline
// and one convention without a directive (document/outline_numbers.cpp): headings typed "I. ",
// then "A. ", then "1. " one level down each are the brief's outline, numbered in Block::outline.
#pragma once

#include <string>
#include <vector>

namespace amparo::document {

// Line and column in the rendered CommonMark text the node came from (1-based; 0 = unknown).
struct SourcePos {
    int line = 0;
    int column = 0;
};

enum class InlineKind {
    Text,            // text
    Emphasis,        // children, italic (case names)
    Strong,          // children, bold
    SmallCaps,       // children
    Code,            // text, monospace
    SoftBreak,       // a space where the writer may break
    LineBreak,       // forced line break
    Placeholder,     // text = what is missing; drawn so a reviewer cannot miss it
    AuthorityRef,    // target = registry key; children = the citation as printed
    CrossReference,  // target = anchor id of a heading; children = the visible text
    Link,            // target = URL; children = the visible text
};

struct Inline {
    InlineKind kind = InlineKind::Text;
    std::string text;
    std::string target;
    std::vector<Inline> children;
};

enum class BlockKind {
    Heading,             // level 1..4, inlines, anchor
    Paragraph,           // inlines, align
    NumberedParagraph,   // number, inlines (declaration paragraphs)
    BlockQuote,          // children
    List,                // ordered, start, items (each item is a list of blocks)
    Table,               // table
    PageBreak,           //
    ThematicBreak,       //
    SignatureBlock,      // lines: each line one inline run
    CoverPage,           // children: laid out centred on an unnumbered first page
    TableOfContents,     // filled by the writer from the headings
    TableOfAuthorities,  // filled by the writer from Document::authorities
    CodeBlock,           // text
};

enum class Align { Left, Center, Right, Justify };

// A heading's place in an outline whose numbers the template typed: "I. " on the outline's top
// level, "A. " one level down, "1. " below that. The heading's inlines still start with the typed
// number (the PDF and Markdown print it as typed); a writer that numbers headings itself (Word's
// multilevel list) leaves it out: see document/outline_numbers.hpp.
struct OutlineNumber {
    int level = -1;  // 0 = I, II, ...; 1 = A, B, ...; 2 = 1, 2, ...; -1 = not in an outline
    int value = 0;   // 1-based
};

struct TableCell {
    std::vector<Inline> inlines;
};

struct Table {
    std::vector<Align> column_align;  // one per column
    std::vector<TableCell> header;    // the header row (repeats on each page)
    std::vector<std::vector<TableCell>> rows;
};

struct Block {
    BlockKind kind = BlockKind::Paragraph;
    SourcePos pos;
    int level = 0;         // Heading
    int number = 0;        // NumberedParagraph
    bool ordered = false;  // List
    int start = 1;         // List
    Align align = Align::Left;
    std::string anchor;     // Heading: stable id for links, outline and TOC
    OutlineNumber outline;  // Heading
    std::string text;       // CodeBlock
    std::vector<Inline> inlines;
    std::vector<Block> children;             // BlockQuote, CoverPage
    std::vector<std::vector<Block>> items;   // List
    std::vector<std::vector<Inline>> lines;  // SignatureBlock
    Table table;                             // Table
};

// One authority cited in the document, for the table of authorities.
struct AuthorityEntry {
    std::string key;               // registry key, as in AuthorityRef::target
    std::string category;          // "Cases", "Statutes", "Regulations", ...
    std::vector<Inline> citation;  // full citation as printed in the table
    std::string short_citation;    // the later citations' form, as plain text
};

struct Metadata {
    std::string title;
    std::string author;
    std::string subject;
    std::string keywords;
};

struct Document {
    Metadata metadata;
    std::vector<Block> blocks;
    std::vector<AuthorityEntry> authorities;  // in table order
};

}  // namespace amparo::document
