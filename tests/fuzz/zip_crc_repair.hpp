// Lets a mutated zip keep valid CRCs, so the fuzzer's changes inside an entry reach the reader.
#pragma once

#include <string>

namespace amparo::fuzz {

// `zip` with the CRC-32 of every stored (uncompressed) entry recomputed from its bytes, in its
// central directory record and its local header. libzip refuses an entry whose CRC does not
// match, and the fuzzer cannot learn a CRC (libzip is not instrumented): without this, nearly
// every change to the XML inside a seed .docx would stop at "CRC error". Everything else, broken
// or not, is left as it is for libzip to judge.
std::string with_stored_crcs_repaired(std::string zip);

}  // namespace amparo::fuzz
