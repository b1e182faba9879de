// zlib compression for PDF streams (/FlateDecode) at level 1: on the samples the files come out
// 8% larger than at level 6, and the PDF writer runs a third faster.
#pragma once

#include <string>
#include <string_view>

namespace PoDoFo {
class PdfObject;
}  // namespace PoDoFo

namespace amparo::pdf::detail {

std::string deflate(std::string_view data);

// Gives `object` a stream holding `data` deflated, with its /Filter /FlateDecode. `recurring`:
// data that comes back from document to document (a font subset: the same glyphs in most
// briefs), deflated once per process and remembered.
void set_deflated_stream(PoDoFo::PdfObject* object, std::string_view data, bool recurring = false);

}  // namespace amparo::pdf::detail
