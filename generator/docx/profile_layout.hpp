// A court profile's page and type in Word's units: the DOCX follows the same profile as the PDF.
#pragma once

#include "docx/docx_options.hpp"
#include "profile/court_profile.hpp"

namespace amparo::docx {

PageLayout page_layout(const profile::CourtProfile& court);
TextDefaults text_defaults(const profile::CourtProfile& court);

}  // namespace amparo::docx
