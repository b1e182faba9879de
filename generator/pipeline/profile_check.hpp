// The finished brief against its court profile: required sections, pages, words.
#pragma once

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

std::vector<ProfileCheck> check_against_profile(const document::Document& brief,
                                                const profile::CourtProfile& profile, int pages);

}  // namespace amparo::pipeline
