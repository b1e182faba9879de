// Reading a TrueType file: every offset is checked against the table it points into, so a
// damaged font is an error message, never a read past the end.
#include "pdf/truetype_face.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "pdf/big_endian.hpp"

namespace amparo::pdf {

namespace {

using detail::read_s16;
using detail::read_u16;
using detail::read_u32;

struct FontError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

void need(std::string_view data, std::size_t end, const char* what) {
    if (end > data.size()) throw FontError(std::string("truncated ") + what);
}

// The best Unicode subtable: full repertoire (format 12) before BMP only (format 4).
struct CmapChoice {
    std::size_t offset = 0;
    int format = 0;
};

CmapChoice choose_cmap(std::string_view cmap) {
    need(cmap, 4, "cmap table");
    const int count = read_u16(cmap, 2);
    need(cmap, 4 + 8 * static_cast<std::size_t>(count), "cmap table");
    CmapChoice best;
    int best_rank = 0;
    for (int i = 0; i < count; ++i) {
        const std::size_t record = 4 + 8 * static_cast<std::size_t>(i);
        const int platform = read_u16(cmap, record);
        const int encoding = read_u16(cmap, record + 2);
        const std::size_t offset = read_u32(cmap, record + 4);
        need(cmap, offset + 2, "cmap subtable");
        const int format = read_u16(cmap, offset);
        const bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
        if (!unicode || (format != 4 && format != 12)) continue;
        const int rank = format == 12 ? 2 : 1;
        if (rank > best_rank) {
            best = {offset, format};
            best_rank = rank;
        }
    }
    if (best_rank == 0) throw FontError("no Unicode cmap subtable");
    return best;
}

}  // namespace

std::optional<TrueTypeFace> TrueTypeFace::load(const std::string& path, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot read the font file";
        return std::nullopt;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return parse(std::move(bytes).str(), error);
}

std::optional<TrueTypeFace> TrueTypeFace::parse(std::string bytes, std::string& error) {
    TrueTypeFace face;
    face.bytes_ = std::move(bytes);
    try {
        face.read_tables();
        face.read_metrics();
        face.read_cmap();
        face.read_glyph_locations();
        face.read_postscript_name();
    } catch (const FontError& e) {
        error = std::string("not a usable TrueType font: ") + e.what();
        return std::nullopt;
    }
    return face;
}

std::string_view TrueTypeFace::table(std::string_view tag) const {
    auto found = tables_.find(std::string(tag));
    if (found == tables_.end()) return {};
    return std::string_view(bytes_).substr(found->second.offset, found->second.length);
}

std::string_view TrueTypeFace::required(std::string_view tag, std::size_t minimum) const {
    std::string_view data = table(tag);
    if (data.size() < minimum) throw FontError("missing or short " + std::string(tag) + " table");
    return data;
}

void TrueTypeFace::read_tables() {
    const std::string_view file(bytes_);
    need(file, 12, "table directory");
    const std::uint32_t version = read_u32(file, 0);
    if (version != 0x00010000 && version != 0x74727565) {
        throw FontError("not a TrueType outline font (OpenType CFF and collections are not read)");
    }
    const int count = read_u16(file, 4);
    need(file, 12 + 16 * static_cast<std::size_t>(count), "table directory");
    for (int i = 0; i < count; ++i) {
        const std::size_t record = 12 + 16 * static_cast<std::size_t>(i);
        Table entry{read_u32(file, record + 8), read_u32(file, record + 12)};
        if (static_cast<std::uint64_t>(entry.offset) + entry.length > file.size()) {
            throw FontError("a table lies outside the file");
        }
        tables_[std::string(file.substr(record, 4))] = entry;
    }
}

void TrueTypeFace::read_metrics() {
    const std::string_view head = required("head", 54);
    const std::string_view hhea = required("hhea", 36);
    const std::string_view maxp = required("maxp", 6);
    metrics_.units_per_em = read_u16(head, 18);
    if (metrics_.units_per_em < 16) throw FontError("bad unitsPerEm");
    metrics_.bbox = {read_s16(head, 36), read_s16(head, 38), read_s16(head, 40),
                     read_s16(head, 42)};
    metrics_.ascent = read_s16(hhea, 4);
    metrics_.descent = read_s16(hhea, 6);
    metrics_.cap_height = metrics_.ascent;
    if (std::string_view os2 = table("OS/2"); os2.size() >= 78) {
        metrics_.weight = read_u16(os2, 4);
        metrics_.embedding = read_u16(os2, 8);
        // PANOSE family 2 (Latin text) with a serif style from 2 (cove) to 10 (rounded).
        const int family = static_cast<unsigned char>(os2[32]);
        const int serif_style = static_cast<unsigned char>(os2[33]);
        metrics_.serif = family == 2 && serif_style >= 2 && serif_style <= 10;
        if (read_u16(os2, 0) >= 2 && os2.size() >= 90) metrics_.cap_height = read_s16(os2, 88);
    }
    if (std::string_view post = table("post"); post.size() >= 16) {
        metrics_.italic_angle = static_cast<std::int32_t>(read_u32(post, 4)) / 65536.0;
        metrics_.fixed_pitch = read_u32(post, 12) != 0;
    }

    const int glyphs = read_u16(maxp, 4);
    const int long_metrics = read_u16(hhea, 34);
    if (glyphs == 0 || long_metrics == 0 || long_metrics > glyphs) {
        throw FontError("bad glyph or metrics count");
    }
    // Long metrics, then a left side bearing for each glyph past them.
    const std::string_view hmtx =
        required("hmtx", 4 * static_cast<std::size_t>(long_metrics) +
                             2 * static_cast<std::size_t>(glyphs - long_metrics));
    long_metrics_ = long_metrics;
    advances_.resize(static_cast<std::size_t>(glyphs));
    for (int g = 0; g < glyphs; ++g) {
        // Glyphs past the last long metric share its advance (monospaced tails).
        advances_[static_cast<std::size_t>(g)] =
            read_u16(hmtx, 4 * static_cast<std::size_t>(std::min(g, long_metrics - 1)));
    }
}

void TrueTypeFace::read_cmap() {
    const std::string_view cmap = required("cmap", 4);
    const CmapChoice choice = choose_cmap(cmap);
    const std::string_view sub = cmap.substr(choice.offset);
    bmp_.assign(0x10000, 0);
    auto map = [&](char32_t code_point, std::uint32_t glyph) {
        if (glyph >= advances_.size()) return;  // a broken entry: leave it .notdef
        if (code_point < 0x10000) {
            bmp_[code_point] = static_cast<std::uint16_t>(glyph);
        } else if (code_point <= 0x10FFFF) {
            astral_[code_point] = static_cast<std::uint16_t>(glyph);
        }
    };
    if (choice.format == 12) {
        need(sub, 16, "cmap format 12");
        const std::uint32_t groups = read_u32(sub, 12);
        need(sub, 16 + 12 * static_cast<std::size_t>(groups), "cmap format 12");
        for (std::uint32_t i = 0; i < groups; ++i) {
            const std::size_t at = 16 + 12 * static_cast<std::size_t>(i);
            const std::uint32_t first = read_u32(sub, at);
            const std::uint32_t last = std::min<std::uint32_t>(read_u32(sub, at + 4), 0x10FFFF);
            const std::uint32_t glyph = read_u32(sub, at + 8);
            for (std::uint32_t c = first; c <= last; ++c) map(c, glyph + (c - first));
        }
        return;
    }
    need(sub, 14, "cmap format 4");
    const std::size_t segments = read_u16(sub, 6) / 2;
    const std::size_t ends = 14;
    const std::size_t starts = ends + 2 * segments + 2;
    const std::size_t deltas = starts + 2 * segments;
    const std::size_t range_offsets = deltas + 2 * segments;
    need(sub, range_offsets + 2 * segments, "cmap format 4");
    for (std::size_t s = 0; s < segments; ++s) {
        const std::uint32_t last = read_u16(sub, ends + 2 * s);
        const std::uint32_t first = read_u16(sub, starts + 2 * s);
        const std::uint16_t delta = read_u16(sub, deltas + 2 * s);
        const std::size_t range_offset = read_u16(sub, range_offsets + 2 * s);
        for (std::uint32_t c = first; c <= last && c != 0xFFFF; ++c) {
            std::uint32_t glyph = 0;
            if (range_offset == 0) {
                glyph = (c + delta) & 0xFFFF;
            } else {
                // The offset counts from the idRangeOffset entry itself (the cmap spec's trick).
                const std::size_t at = range_offsets + 2 * s + range_offset + 2 * (c - first);
                if (at + 2 > sub.size()) break;
                glyph = read_u16(sub, at);
                if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
            }
            map(c, glyph);
        }
    }
}

void TrueTypeFace::read_glyph_locations() {
    const bool long_offsets = read_s16(required("head", 54), 50) == 1;
    const std::size_t count = advances_.size() + 1;
    const std::string_view loca = required("loca", count * (long_offsets ? 4 : 2));
    const std::size_t glyf_size = table("glyf").size();
    locations_.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        locations_[i] = long_offsets ? read_u32(loca, 4 * i) : 2u * read_u16(loca, 2 * i);
        if (locations_[i] > glyf_size || (i > 0 && locations_[i] < locations_[i - 1])) {
            throw FontError("bad glyph location");
        }
    }
}

void TrueTypeFace::read_postscript_name() {
    const std::string_view name = table("name");
    if (name.size() >= 6) {
        const int count = read_u16(name, 2);
        const std::size_t strings = read_u16(name, 4);
        for (int i = 0; i < count && 6 + 12 * static_cast<std::size_t>(i + 1) <= name.size(); ++i) {
            const std::size_t record = 6 + 12 * static_cast<std::size_t>(i);
            if (read_u16(name, record + 6) != 6) continue;  // nameID 6: PostScript name
            const int platform = read_u16(name, record);
            const std::size_t length = read_u16(name, record + 8);
            const std::size_t offset = strings + read_u16(name, record + 10);
            if (offset + length > name.size()) continue;
            std::string text;
            const std::size_t step = platform == 3 ? 2 : 1;  // Windows names are UTF-16BE
            for (std::size_t at = offset + step - 1; at < offset + length; at += step) {
                char c = name[at];
                // A PDF name may carry only printable ASCII without delimiters.
                if (c > ' ' && c < 127 &&
                    std::string_view("()<>[]{}/%#").find(c) == std::string_view::npos) {
                    text.push_back(c);
                }
            }
            if (!text.empty()) {
                postscript_name_ = text;
                return;
            }
        }
    }
    postscript_name_ = "Font";
}

std::int16_t TrueTypeFace::left_side_bearing(std::uint16_t glyph) const {
    if (glyph >= advances_.size()) return 0;
    const std::size_t long_metrics = static_cast<std::size_t>(long_metrics_);
    const std::size_t at =
        glyph < long_metrics ? 4u * glyph + 2 : 4 * long_metrics + 2 * (glyph - long_metrics);
    return read_s16(table("hmtx"), at);
}

std::string_view TrueTypeFace::glyph_data(std::uint16_t glyph) const {
    if (static_cast<std::size_t>(glyph) + 1 >= locations_.size()) return {};
    return table("glyf").substr(locations_[glyph], locations_[glyph + 1u] - locations_[glyph]);
}

std::vector<std::size_t> TrueTypeFace::component_id_offsets(std::uint16_t glyph) const {
    const std::string_view data = glyph_data(glyph);
    std::vector<std::size_t> offsets;
    if (data.size() < 10 || read_s16(data, 0) >= 0) return offsets;
    constexpr std::uint16_t kArgsAreWords = 0x0001;
    constexpr std::uint16_t kScale = 0x0008;
    constexpr std::uint16_t kMoreComponents = 0x0020;
    constexpr std::uint16_t kXYScale = 0x0040;
    constexpr std::uint16_t kTwoByTwo = 0x0080;
    std::size_t at = 10;  // past the glyph header
    std::uint16_t flags = kMoreComponents;
    while ((flags & kMoreComponents) && at + 4 <= data.size()) {
        flags = read_u16(data, at);
        offsets.push_back(at + 2);
        at += 4 + ((flags & kArgsAreWords) ? 4 : 2);
        if (flags & kScale) at += 2;
        if (flags & kXYScale) at += 4;
        if (flags & kTwoByTwo) at += 8;
    }
    return offsets;
}

std::vector<std::uint16_t> TrueTypeFace::components(std::uint16_t glyph) const {
    const std::string_view data = glyph_data(glyph);
    std::vector<std::uint16_t> parts;
    for (std::size_t at : component_id_offsets(glyph)) parts.push_back(read_u16(data, at));
    return parts;
}

}  // namespace amparo::pdf
