// The certificates of translation the exhibit index prints: one per translator, listing the
// documents that translator translated (8 C.F.R. § 1003.33).
#pragma once

#include <nlohmann/json.hpp>

#include "casefile/case_view.hpp"

namespace amparo::render {

// Sets context["translation_certificates"] from the exhibits' `translation.translator` (tabs
// already assigned), in the order translators first appear: each with `translator`, `languages`
// (the originals' languages, "Spanish and K'iche'"), `address`/`phone` when the case's
// `translator` is that person, and `documents` (`tab`, `title`). Sets `has_translations`.
void add_translation_certificates(nlohmann::json& context, const CaseView& view);

}  // namespace amparo::render
