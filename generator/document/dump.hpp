// A readable text dump of the document model, one node per line, for golden tests: the tests of
// "CommonMark -> model" and of "model -> PDF/DOCX" can then fail separately.
#pragma once

#include <string>

#include "document/model.hpp"

namespace amparo::document {

std::string dump(const Document& document);

}  // namespace amparo::document
