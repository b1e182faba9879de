// The finished brief against its court profile: required sections, pages, words.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "document/model.hpp"
#include "profile/court_profile.hpp"

namespace amparo::pipeline {

struct ProfileCheck {
    std::string check;  // "required sections", "page limit", "word limit"
    bool ok = true;
    std::string detail;
};

// Words in the sections the profile counts (everything but its uncounted sections and the cover).
int counted_words(const document::Document& brief, const profile::CourtProfile& profile);

// Pages of the sections the profile counts, from the page each level-1 heading starts on
// (`heading_pages`: anchor -> page) out of `total_pages`. A page limit applies to the body of the
// brief (ICPM 4.19(b): "the body of their briefs"; FRAP 32(f) leaves out the cover, tables and
// certificates), not to the cover, the tables or the certificates.
int counted_pages(const document::Document& brief, const profile::CourtProfile& profile,
                  const std::map<std::string, int>& heading_pages, int total_pages);

std::vector<ProfileCheck> check_against_profile(const document::Document& brief,
                                                const profile::CourtProfile& profile,
                                                const std::map<std::string, int>& heading_pages,
                                                int total_pages);

}  // namespace amparo::pipeline
