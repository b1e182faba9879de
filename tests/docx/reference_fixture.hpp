// A firm's reference .docx made in the test: another font and size in styles.xml, A4 paper with a
// 2-inch left margin in the body's sectPr, a letterhead header with its logo, and "heading 1"
// under a localised style id ("Titre1"), as French Word saves it; and a variant whose headings
// are numbered.
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace amparo::docx_test {

inline constexpr const char* reference_font = "DejaVu Sans";
inline constexpr int reference_left_margin = 2880;  // twips: 2 in = 144 pt
inline constexpr const char* letterhead = "EXAMPLE LEGAL AID CLINIC, 100 MAIN STREET";

// Part name -> content; tests break a copy of it to make malformed references.
std::map<std::string, std::string> reference_parts();

// The same firm template with numbered headings, as LibreOffice saves outline numbering: its
// "heading 1" names numId 1 (in Word, numId 1 is whatever numbering.xml says it is), whose
// level 0 prints "1." and links back to the style.
std::map<std::string, std::string> numbered_heading_reference_parts();

// Zips the parts (with the writer's own zip code) into dir/name.
std::filesystem::path save_reference(const std::map<std::string, std::string>& parts,
                                     const std::filesystem::path& dir, const std::string& name);

}  // namespace amparo::docx_test
