// Packs the parts of a .docx into zip bytes with libzip: fixed order, fixed entry times.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace amparo::docx::detail {

struct PackagePart {
    std::string name;          // path inside the package, no leading slash: "word/document.xml"
    std::string content_type;  // MIME type for [Content_Types].xml; empty for .rels and the
                               // content-types part itself
    std::string content;
};

// The zip entry time as MS-DOS date and time fields, computed in UTC so the bytes do not depend
// on the machine's time zone. No time, or one before 1980 (the DOS epoch), gives 1980-01-01 00:00.
struct DosTime {
    std::uint16_t time = 0;
    std::uint16_t date = (1 << 5) | 1;  // 1980-01-01
};
DosTime dos_time_utc(std::optional<std::int64_t> seconds_since_epoch);

// Entries are written in the order given, deflated, all with the same time.
// Throws std::runtime_error when libzip fails.
std::string pack_zip(const std::vector<PackagePart>& parts, DosTime entry_time);

}  // namespace amparo::docx::detail
