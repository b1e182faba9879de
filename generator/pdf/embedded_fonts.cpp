#include "pdf/embedded_fonts.hpp"

#include <podofo/podofo.h>

#include <cmath>
#include <set>

#include "pdf/deflate.hpp"
#include "pdf/font_subset.hpp"
#include "pdf/utf8_decode.hpp"

namespace amparo::pdf::detail {

namespace {

using namespace PoDoFo;

constexpr char kHex[] = "0123456789ABCDEF";

// One append of four digits: a character at a time, every glyph drawn paid four size checks.
void append_hex4(std::string& out, std::uint32_t value) {
    const char digits[4] = {kHex[(value >> 12) & 0xF], kHex[(value >> 8) & 0xF],
                            kHex[(value >> 4) & 0xF], kHex[value & 0xF]};
    out.append(digits, sizeof digits);
}

// The code point as UTF-16BE hex, as a ToUnicode CMap wants it.
std::string utf16_hex(char32_t code_point) {
    std::string out;
    if (code_point < 0x10000) {
        append_hex4(out, code_point);
    } else {
        const char32_t v = code_point - 0x10000;
        append_hex4(out, 0xD800 + (v >> 10));
        append_hex4(out, 0xDC00 + (v & 0x3FF));
    }
    return out;
}

// Subset fonts are named "ABCDEF+Name"; the tag is a hash of the glyphs, so the same document
// gets the same tag in every build.
std::string subset_tag(int style, const std::map<std::uint16_t, char32_t>& glyphs) {
    std::uint64_t hash = 1469598103934665603ull ^ static_cast<std::uint64_t>(style);
    for (const auto& entry : glyphs) hash = (hash ^ entry.first) * 1099511628211ull;
    std::string tag;
    for (int i = 0; i < 6; ++i) {
        tag += static_cast<char>('A' + hash % 26);
        hash /= 26;
    }
    return tag;
}

std::string to_unicode_cmap(const std::map<std::uint16_t, char32_t>& glyphs) {
    std::string cmap =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    std::vector<std::pair<std::uint16_t, char32_t>> entries;
    for (const auto& entry : glyphs) {
        if (entry.first != 0) entries.push_back(entry);  // .notdef stands for no character
    }
    // A bfchar block may hold at most 100 entries.
    for (std::size_t start = 0; start < entries.size(); start += 100) {
        const std::size_t end = std::min(entries.size(), start + 100);
        cmap += std::to_string(end - start) + " beginbfchar\n";
        for (std::size_t i = start; i < end; ++i) {
            cmap += '<';
            append_hex4(cmap, entries[i].first);
            cmap += "> <" + utf16_hex(entries[i].second) + ">\n";
        }
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return cmap;
}

// Widths in thousandths of the em, for runs of consecutive glyphs: [first [w w ...] ...].
PdfArray widths(const TrueTypeFace& face, const std::map<std::uint16_t, char32_t>& glyphs) {
    PdfArray result;
    PdfArray run;
    int run_start = -1;
    int previous = -2;
    for (const auto& entry : glyphs) {
        const int glyph = entry.first;
        if (glyph != previous + 1 && !run.empty()) {
            result.push_back(PdfVariant(static_cast<pdf_int64>(run_start)));
            result.push_back(run);
            run.Clear();
        }
        if (run.empty()) run_start = glyph;
        const double width = face.advance(entry.first) * 1000.0 / face.metrics().units_per_em;
        run.push_back(PdfVariant(std::round(width * 1000) / 1000));
        previous = glyph;
    }
    if (!run.empty()) {
        result.push_back(PdfVariant(static_cast<pdf_int64>(run_start)));
        result.push_back(run);
    }
    return result;
}

// Two bytes per CID from 0 to the highest one used: the subset's glyph id, 0 where unused.
std::string cid_to_gid_map(const std::map<std::uint16_t, std::uint16_t>& new_ids) {
    std::string map(2 * (static_cast<std::size_t>(new_ids.rbegin()->first) + 1), '\0');
    for (const auto& [cid, glyph] : new_ids) {
        map[2 * cid] = static_cast<char>(glyph >> 8);
        map[2 * cid + 1] = static_cast<char>(glyph & 0xFF);
    }
    return map;
}

pdf_int64 em_thousandths(int units, const FaceMetrics& metrics) {
    return static_cast<pdf_int64>(std::lround(units * 1000.0 / metrics.units_per_em));
}

}  // namespace

EmbeddedFonts::EmbeddedFonts(const FontSet& fonts, PdfVecObjects& objects)
    : fonts_(fonts), objects_(objects) {}

std::string_view EmbeddedFonts::resource_name(int style) {
    static constexpr std::string_view kNames[4] = {"F0", "F1", "F2", "F3"};
    return kNames[style & 3];
}

void EmbeddedFonts::encode(int style, std::string_view text, std::string& out) {
    Face& face = faces_[static_cast<std::size_t>(style & 3)];
    const TrueTypeFace& font = fonts_.faces[static_cast<std::size_t>(style & 3)];
    out += '<';
    for (std::size_t at = 0; at < text.size();) {
        const char32_t code_point = next_code_point(text, at);
        const std::uint16_t glyph = font.glyph(code_point);
        if (glyph == 0 && code_point >= 0x20) missing_.insert(code_point);
        face.glyphs.emplace(glyph, code_point);
        append_hex4(out, glyph);
    }
    out += '>';
}

PdfObject* EmbeddedFonts::font_object(int style) {
    Face& face = faces_[static_cast<std::size_t>(style & 3)];
    if (!face.font) face.font = objects_.CreateObject("Font");
    return face.font;
}

void EmbeddedFonts::embed() {
    for (int style = 0; style < 4; ++style) {
        Face& face = faces_[static_cast<std::size_t>(style)];
        if (face.font) embed_face(style, face);
    }
}

void EmbeddedFonts::embed_face(int style, Face& face) {
    const TrueTypeFace& font = fonts_.faces[static_cast<std::size_t>(style)];
    const FaceMetrics& metrics = font.metrics();
    if (metrics.embedding & 0x0002) {
        // Restricted licence: the font's maker forbids embedding (Liberation fonts allow it).
        throw std::runtime_error("the font " + font.postscript_name() + " may not be embedded");
    }
    const PdfName base_font(subset_tag(style, face.glyphs) + "+" + font.postscript_name());

    std::set<std::uint16_t> used;
    for (const auto& entry : face.glyphs) used.insert(entry.first);
    const FontSubset subset = subset_truetype(font, used);
    PdfObject* file = objects_.CreateObject();
    file->GetDictionary().AddKey("Length1",
                                 PdfVariant(static_cast<pdf_int64>(subset.program.size())));
    detail::set_deflated_stream(file, subset.program, true);
    // Content streams use the original glyph ids as CIDs; the map points them at the subset's.
    PdfObject* cid_to_gid = objects_.CreateObject();
    detail::set_deflated_stream(cid_to_gid, cid_to_gid_map(subset.new_ids), true);

    PdfObject* descriptor = objects_.CreateObject("FontDescriptor");
    PdfDictionary& d = descriptor->GetDictionary();
    d.AddKey("FontName", base_font);
    // Flags: nonsymbolic (32), and serif (2), fixed pitch (1) and italic (64) as the font says.
    pdf_int64 flags = 32;
    if (metrics.serif) flags |= 2;
    if (metrics.fixed_pitch) flags |= 1;
    if (metrics.italic_angle != 0) flags |= 64;
    d.AddKey("Flags", PdfVariant(flags));
    PdfArray bbox;
    for (int value : metrics.bbox) bbox.push_back(PdfVariant(em_thousandths(value, metrics)));
    d.AddKey("FontBBox", bbox);
    d.AddKey("ItalicAngle", PdfVariant(static_cast<pdf_int64>(std::lround(metrics.italic_angle))));
    d.AddKey("Ascent", PdfVariant(em_thousandths(metrics.ascent, metrics)));
    d.AddKey("Descent", PdfVariant(em_thousandths(metrics.descent, metrics)));
    d.AddKey("CapHeight", PdfVariant(em_thousandths(metrics.cap_height, metrics)));
    // TrueType has no stem width; this is the usual estimate from the weight class.
    d.AddKey("StemV", PdfVariant(static_cast<pdf_int64>(10 + 220 * (metrics.weight - 50) / 900)));
    d.AddKey("FontFile2", file->Reference());

    PdfObject* cid_font = objects_.CreateObject("Font");
    PdfDictionary& c = cid_font->GetDictionary();
    c.AddKey(PdfName::KeySubtype, PdfName("CIDFontType2"));
    c.AddKey("BaseFont", base_font);
    PdfDictionary system_info;
    system_info.AddKey("Registry", PdfString("Adobe"));
    system_info.AddKey("Ordering", PdfString("Identity"));
    system_info.AddKey("Supplement", PdfVariant(static_cast<pdf_int64>(0)));
    c.AddKey("CIDSystemInfo", system_info);
    c.AddKey("FontDescriptor", descriptor->Reference());
    c.AddKey("CIDToGIDMap", cid_to_gid->Reference());
    c.AddKey("W", widths(font, face.glyphs));

    PdfObject* to_unicode = objects_.CreateObject();
    detail::set_deflated_stream(to_unicode, to_unicode_cmap(face.glyphs), true);

    PdfDictionary& f = face.font->GetDictionary();
    f.AddKey(PdfName::KeySubtype, PdfName("Type0"));
    f.AddKey("BaseFont", base_font);
    f.AddKey("Encoding", PdfName("Identity-H"));
    PdfArray descendants;
    descendants.push_back(cid_font->Reference());
    f.AddKey("DescendantFonts", descendants);
    f.AddKey("ToUnicode", to_unicode->Reference());
}

}  // namespace amparo::pdf::detail
