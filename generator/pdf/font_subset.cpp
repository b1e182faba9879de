#include "pdf/font_subset.hpp"

#include <array>
#include <string_view>
#include <vector>

#include "pdf/big_endian.hpp"

namespace amparo::pdf {

namespace {

using detail::append_u16;
using detail::append_u32;
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

std::string subset_truetype(const TrueTypeFace& face, const std::set<std::uint16_t>& used) {
    const std::set<std::uint16_t> kept = glyph_closure(face, used);

    // glyf with only the kept outlines; loca in the long format, one entry per original glyph.
    std::string glyf;
    std::string loca;
    for (int g = 0; g < face.glyph_count(); ++g) {
        append_u32(loca, static_cast<std::uint32_t>(glyf.size()));
        if (kept.count(static_cast<std::uint16_t>(g))) {
            glyf.append(face.glyph_data(static_cast<std::uint16_t>(g)));
            pad4(glyf);
        }
    }
    append_u32(loca, static_cast<std::uint32_t>(glyf.size()));

    std::string head(face.table("head"));
    write_u32(head, 8, 0);   // checkSumAdjustment, computed last
    write_u16(head, 50, 1);  // indexToLocFormat: long

    // Tags in ascending order, as the table directory requires.
    const std::vector<std::pair<std::string_view, std::string_view>> tables = {
        {"cvt ", face.table("cvt ")},
        {"fpgm", face.table("fpgm")},
        {"glyf", glyf},
        {"head", head},
        {"hhea", face.table("hhea")},
        {"hmtx", face.table("hmtx")},
        {"loca", loca},
        {"maxp", face.table("maxp")},
        {"prep", face.table("prep")},
    };
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
    write_u32(font, head_offset + 8, 0xB1B0AFBAu - checksum(font));
    return font;
}

}  // namespace amparo::pdf
