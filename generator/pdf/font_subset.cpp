#include "pdf/font_subset.hpp"

#include <array>
#include <string_view>
#include <vector>

#include "pdf/big_endian.hpp"

namespace amparo::pdf {

namespace {

using detail::append_u16;
using detail::append_u32;
using detail::read_u16;
using detail::read_u32;
using detail::write_u16;
using detail::write_u32;

std::uint32_t checksum(std::string_view data) {
    std::uint32_t sum = 0;
    std::size_t at = 0;
    for (; at + 4 <= data.size(); at += 4) sum += read_u32(data, at);
    if (at < data.size()) {
        std::array<char, 4> tail{};
        for (std::size_t i = 0; at + i < data.size(); ++i) tail[i] = data[at + i];
        sum += read_u32(std::string_view(tail.data(), 4), 0);
    }
    return sum;
}

void pad4(std::string& data) {
    while (data.size() % 4) data.push_back('\0');
}

// A composite glyph's data with each component's glyph id replaced by its new id.
std::string renumber_components(const TrueTypeFace& face, std::uint16_t glyph,
                                const std::map<std::uint16_t, std::uint16_t>& new_ids) {
    std::string data(face.glyph_data(glyph));
    for (std::size_t at : face.component_id_offsets(glyph)) {
        auto found = new_ids.find(read_u16(data, at));
        write_u16(data, at, found == new_ids.end() ? 0 : found->second);
    }
    return data;
}

std::string font_file(const std::vector<std::pair<std::string_view, std::string_view>>& tables) {
    std::vector<std::pair<std::string_view, std::string_view>> present;
    for (const auto& table : tables) {
        if (!table.second.empty()) present.push_back(table);
    }
    const auto count = static_cast<std::uint16_t>(present.size());
    std::uint16_t power = 1;
    std::uint16_t selector = 0;
    while (power * 2 <= count) {
        power = static_cast<std::uint16_t>(power * 2);
        ++selector;
    }
    std::string font;
    append_u32(font, 0x00010000);
    append_u16(font, count);
    append_u16(font, power * 16u);
    append_u16(font, selector);
    append_u16(font, count * 16u - power * 16u);
    std::size_t offset = 12 + 16 * present.size();
    std::size_t head_offset = 0;
    for (const auto& [tag, data] : present) {
        font.append(tag);
        append_u32(font, checksum(data));
        append_u32(font, static_cast<std::uint32_t>(offset));
        append_u32(font, static_cast<std::uint32_t>(data.size()));
        if (tag == "head") head_offset = offset;
        offset += (data.size() + 3) / 4 * 4;
    }
    for (const auto& table : present) {
        font.append(table.second);
        pad4(font);
    }
    // checkSumAdjustment makes the whole file sum to the TrueType magic number.
    write_u32(font, head_offset + 8, 0xB1B0AFBAu - checksum(font));
    return font;
}

}  // namespace

std::set<std::uint16_t> glyph_closure(const TrueTypeFace& face,
                                      const std::set<std::uint16_t>& used) {
    std::set<std::uint16_t> kept = {0};
    std::vector<std::uint16_t> pending(used.begin(), used.end());
    while (!pending.empty()) {
        std::uint16_t glyph = pending.back();
        pending.pop_back();
        if (glyph >= face.glyph_count() || !kept.insert(glyph).second) continue;
        for (std::uint16_t part : face.components(glyph)) pending.push_back(part);
    }
    return kept;
}

FontSubset subset_truetype(const TrueTypeFace& face, const std::set<std::uint16_t>& used) {
    FontSubset subset;
    const std::set<std::uint16_t> kept = glyph_closure(face, used);
    for (std::uint16_t glyph : kept) {
        subset.new_ids.emplace(glyph, static_cast<std::uint16_t>(subset.new_ids.size()));
    }

    std::string glyf;
    std::string loca;  // long format
    std::string hmtx;  // a long metric for every glyph
    for (std::uint16_t glyph : kept) {
        append_u32(loca, static_cast<std::uint32_t>(glyf.size()));
        glyf.append(renumber_components(face, glyph, subset.new_ids));
        pad4(glyf);
        append_u16(hmtx, face.advance(glyph));
        append_u16(hmtx, static_cast<std::uint16_t>(face.left_side_bearing(glyph)));
    }
    append_u32(loca, static_cast<std::uint32_t>(glyf.size()));

    const auto glyphs = static_cast<std::uint16_t>(kept.size());
    std::string head(face.table("head"));
    write_u32(head, 8, 0);   // checkSumAdjustment, computed over the finished file
    write_u16(head, 50, 1);  // indexToLocFormat: long
    std::string hhea(face.table("hhea"));
    write_u16(hhea, 34, glyphs);  // numberOfHMetrics
    std::string maxp(face.table("maxp"));
    write_u16(maxp, 4, glyphs);  // numGlyphs

    // Tags in ascending order, as the table directory requires.
    subset.program = font_file({
        {"cvt ", face.table("cvt ")},
        {"fpgm", face.table("fpgm")},
        {"glyf", glyf},
        {"head", head},
        {"hhea", hhea},
        {"hmtx", hmtx},
        {"loca", loca},
        {"maxp", maxp},
        {"prep", face.table("prep")},
    });
    return subset;
}

}  // namespace amparo::pdf
