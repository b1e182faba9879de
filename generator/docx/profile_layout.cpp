// Points to twips (1/20 pt), font sizes to half points.
#include "docx/profile_layout.hpp"

#include <cmath>

namespace amparo::docx {
namespace {

int twips(double points) { return static_cast<int>(std::lround(points * 20)); }

}  // namespace

PageLayout page_layout(const profile::CourtProfile& court) {
    PageLayout page;
    page.width = twips(court.page_width);
    page.height = twips(court.page_height);
    page.margin_top = twips(court.margin_top);
    page.margin_right = twips(court.margin_right);
    page.margin_bottom = twips(court.margin_bottom);
    page.margin_left = twips(court.margin_left);
    // The PDF prints its footer halfway into the bottom margin.
    page.footer_distance = twips(court.margin_bottom / 2);
    page.header_distance = twips(court.margin_top / 2);
    return page;
}

TextDefaults text_defaults(const profile::CourtProfile& court) {
    TextDefaults text;
    text.font_half_points = static_cast<int>(std::lround(court.font_size * 2));
    text.body_line_pitch = twips(court.body_line_pitch());
    text.quote_line_pitch = twips(court.quote_line_pitch());
    text.single_line_pitch = twips(court.single_line_pitch(court.font_size));
    text.first_line_indent = twips(court.first_line_indent);
    text.heading_space_before = twips(court.heading_space_before);
    text.heading_space_after = twips(court.heading_space_after);
    text.list_item_space = twips(court.list_item_space);
    text.list_space_after = twips(court.list_space_after);
    text.quote_indent_left = twips(court.quote_indent_left);
    text.quote_indent_right = twips(court.quote_indent_right);
    text.quote_space_before = twips(court.quote_space_before);
    text.quote_space_after = twips(court.quote_space_after);
    text.table_cell_padding = twips(court.table_cell_padding);
    text.table_row_padding = twips(court.table_row_padding);
    text.table_space_before = twips(court.table_space_before);
    text.table_space_after = twips(court.table_space_after);
    text.cover_block_space = twips(court.cover_block_space);
    text.signature_space = twips(court.signature_space);
    text.cover_centered = court.cover_align == profile::CoverAlign::Center;
    text.footer = court.footer;
    text.justify = court.justify;
    text.number_cover_page = court.number_cover_page;
    return text;
}

}  // namespace amparo::docx
