// Section matching is by level-1 heading text, case-insensitive, in the profile's order.
#include "pipeline/profile_check.hpp"

#include <algorithm>
#include <cctype>

#include "document/plain_text.hpp"

namespace amparo::pipeline {

namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::vector<std::string> level_one_headings(const document::Document& brief) {
    std::vector<std::string> headings;
    for (const auto& block : brief.blocks) {
        if (block.kind == document::BlockKind::Heading && block.level == 1) {
            headings.push_back(lower(document::plain_text(block.inlines)));
        }
    }
    return headings;
}

bool is_counted(const profile::CourtProfile& profile, const std::string& lowered_title) {
    return std::none_of(profile.uncounted_sections.begin(), profile.uncounted_sections.end(),
                        [&](const std::string& skip) { return lower(skip) == lowered_title; });
}

}  // namespace

int counted_words(const document::Document& brief, const profile::CourtProfile& profile) {
    int words = 0;
    bool counting = true;
    for (const auto& block : brief.blocks) {
        if (block.kind == document::BlockKind::CoverPage) continue;
        if (block.kind == document::BlockKind::Heading && block.level == 1) {
            counting = is_counted(profile, lower(document::plain_text(block.inlines)));
        }
        if (counting) words += document::count_words(block);
    }
    return words;
}

// The brief template opens a page before each uncounted section that follows the body (the
// certificates), so a run of counted sections ends on the page before the next uncounted one.
int counted_pages(const document::Document& brief, const profile::CourtProfile& profile,
                  const std::map<std::string, int>& heading_pages, int total_pages) {
    int pages = 0;
    int run_start = 0;  // first page of the current run of counted sections; 0 outside one
    for (const auto& block : brief.blocks) {
        if (block.kind != document::BlockKind::Heading || block.level != 1) continue;
        const auto found = heading_pages.find(block.anchor);
        if (found == heading_pages.end()) continue;
        const int page = found->second;
        const bool counted = is_counted(profile, lower(document::plain_text(block.inlines)));
        if (counted && run_start == 0) run_start = page;
        if (!counted && run_start != 0) {
            pages += std::max(page - 1, run_start) - run_start + 1;
            run_start = 0;
        }
    }
    if (run_start != 0) pages += total_pages - run_start + 1;
    return pages;
}

std::vector<ProfileCheck> check_against_profile(const document::Document& brief,
                                                const profile::CourtProfile& profile,
                                                const std::map<std::string, int>& heading_pages,
                                                int total_pages) {
    std::vector<ProfileCheck> checks;
    auto headings = level_one_headings(brief);
    ProfileCheck sections{"required sections", true, "all present, in order"};
    std::size_t at = 0;
    for (const auto& required : profile.required_sections) {
        auto found = std::find(headings.begin() + static_cast<std::ptrdiff_t>(at), headings.end(),
                               lower(required));
        if (found == headings.end()) {
            sections.ok = false;
            sections.detail = "missing or out of order: " + required;
            break;
        }
        at = static_cast<std::size_t>(found - headings.begin()) + 1;
    }
    checks.push_back(sections);
    if (profile.page_limit > 0) {
        const int pages = counted_pages(brief, profile, heading_pages, total_pages);
        checks.push_back({"page limit", pages <= profile.page_limit,
                          std::to_string(pages) + " of " + std::to_string(profile.page_limit) +
                              " pages in the body"});
    }
    if (profile.word_limit > 0) {
        int words = counted_words(brief, profile);
        checks.push_back(
            {"word limit", words <= profile.word_limit,
             std::to_string(words) + " of " + std::to_string(profile.word_limit) + " words"});
    }
    return checks;
}

}  // namespace amparo::pipeline
