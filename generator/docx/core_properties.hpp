// docProps/core.xml: title, author, subject, keywords and the creation time.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "document/model.hpp"

namespace amparo::docx::detail {

// "2023-11-14T22:13:20Z" for seconds since 1970 UTC.
std::string w3c_date_time(std::int64_t seconds_since_epoch);

// No creation time: no dates at all, rather than the time of the build.
std::string core_properties_xml(const document::Metadata& metadata,
                                std::optional<std::int64_t> creation_time);

}  // namespace amparo::docx::detail
