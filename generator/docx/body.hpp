// word/document.xml: the document model's blocks as WordprocessingML paragraphs and tables.
#pragma once

#include <string>

#include "document/model.hpp"
#include "docx/body_context.hpp"
#include "docx/section.hpp"

namespace amparo::docx::detail {

// True when `blocks` or the blocks inside them (a cover page's) hold a block of `kind`.
bool contains_block(const std::vector<document::Block>& blocks, document::BlockKind kind);

// True when the document opens with a cover page (it then gets a footer of its own, empty).
bool starts_with_cover_page(const document::Document& document);

std::string document_xml(const document::Document& document, const SectionProperties& section,
                         BodyContext& context);

}  // namespace amparo::docx::detail
