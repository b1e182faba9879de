// Tables (the exhibit index): a real Word table whose header row repeats on every page.
#pragma once

#include "document/model.hpp"
#include "docx/body_context.hpp"
#include "docx/xml_writer.hpp"

namespace amparo::docx::detail {

void write_table(XmlWriter& xml, const document::Table& table, BodyContext& context);

}  // namespace amparo::docx::detail
