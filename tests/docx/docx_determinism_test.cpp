// Same document, same options: the same bytes, whatever the clock or the time zone.
#include <gtest/gtest.h>
#include <cstdlib>
#include <ctime>

#include "docx/docx_files.hpp"
#include "docx/docx_inspection.hpp"
#include "docx/docx_writer.hpp"
#include "docx/libreoffice.hpp"
#include "docx/sample_documents.hpp"
#include "docx/zip_package.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

namespace amparo::docx_test {
namespace {

// Sets TZ for the scope of a test and puts the old value back.
class TimeZone {
  public:
    explicit TimeZone(const char* zone) {
        if (const char* old = std::getenv("TZ")) saved_ = old;
        setenv("TZ", zone, 1);
        tzset();
    }
    ~TimeZone() {
        if (saved_.empty()) {
            unsetenv("TZ");
        } else {
            setenv("TZ", saved_.c_str(), 1);
        }
        tzset();
    }

  private:
    std::string saved_;
};

std::string bytes_of(const document::Document& document, const docx::DocxOptions& options) {
    const auto result = docx::write_docx(document, options);
    EXPECT_TRUE(result.ok());
    return result.bytes;
}

TEST(DocxDeterminism, TwoBuildsGiveIdenticalBytes) {
    EXPECT_EQ(bytes_of(declaration(), test_options()), bytes_of(declaration(), test_options()));
    EXPECT_EQ(bytes_of(brief(), test_options()), bytes_of(brief(), test_options()));
}

TEST(DocxDeterminism, TheTimeZoneDoesNotChangeTheBytes) {
    std::string in_utc;
    std::string in_tokyo;
    {
        TimeZone zone("UTC");
        in_utc = bytes_of(brief(), test_options());
    }
    {
        TimeZone zone("Asia/Tokyo");
        in_tokyo = bytes_of(brief(), test_options());
    }
    EXPECT_EQ(in_utc, in_tokyo);
}

TEST(DocxDeterminism, ZipEntriesCarryTheSourceDateEpochInUtc) {
    ASSERT_NO_FATAL_FAILURE(require_program("zipinfo"));
    const auto dir = testing::make_scratch_dir("docx-times");
    TimeZone zone("America/Los_Angeles");
    const auto path = save_docx(declaration(), test_options(), dir, "times.docx");
    // zipinfo -T prints the stored DOS time as yyyymmdd.hhmmss; SOURCE_DATE_EPOCH=1700000000
    // is 2023-11-14 22:13:20 UTC.
    const auto listing = testing::run_command({"zipinfo", "-T", "-s", path.string()});
    ASSERT_EQ(listing.exit_code, 0) << listing.err;
    const auto entries = zip_entry_names(path);
    std::size_t stamped = 0;
    for (std::size_t at = listing.out.find("20231114.221320"); at != std::string::npos;
         at = listing.out.find("20231114.221320", at + 1)) {
        ++stamped;
    }
    EXPECT_EQ(stamped, entries.size()) << listing.out;
    std::filesystem::remove_all(dir);
}

TEST(DocxDeterminism, DosTimesOutsideTheirRangeFallBackTo1980) {
    const docx::detail::DosTime epoch_1980 = docx::detail::dos_time_utc(std::nullopt);
    EXPECT_EQ(epoch_1980.date, (0 << 9) | (1 << 5) | 1);
    EXPECT_EQ(epoch_1980.time, 0);
    const auto before_1980 = docx::detail::dos_time_utc(0);  // 1970
    EXPECT_EQ(before_1980.date, epoch_1980.date);
    // 2000-02-29 12:34:56 UTC = 951827696: seconds are stored halved.
    const auto leap_day = docx::detail::dos_time_utc(951827696);
    EXPECT_EQ(leap_day.date, (20 << 9) | (2 << 5) | 29);
    EXPECT_EQ(leap_day.time, (12 << 11) | (34 << 5) | 28);
}

}  // namespace
}  // namespace amparo::docx_test
