// The authorities registry (templates/authorities.yaml): what templates may cite, and how.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "casefile/diagnostic.hpp"
#include "casefile/source_position.hpp"

namespace amparo::render {

struct Authority {
    std::string key;
    std::string category;  // case | statute | regulation | other
    std::string full;      // CommonMark
    std::string short_form;
    std::string name;   // sort key
    std::string court;  // "BIA", "9th Cir.", "U.S. Supreme Court"; empty for statutes
    std::string proposition;
    std::string status;  // good-law | limited | overruled | vacated | enjoined | unknown
    std::string status_note;
    std::string status_checked;  // YYYY-MM-DD
    std::string verification;    // checked | to-verify
    SourcePos pos;               // where the entry starts in the registry file
};

// Why an authority may not be cited as authority, or nullopt when it may.
std::optional<std::string> citation_refusal(const Authority& authority);

class AuthorityRegistry {
  public:
    // Loads the registry; problems (missing fields, unknown status) go to `diagnostics`.
    static std::optional<AuthorityRegistry> load(const std::filesystem::path& file,
                                                 Diagnostics& diagnostics);

    const Authority* find(const std::string& key) const;
    const std::map<std::string, Authority>& entries() const { return entries_; }
    const std::string& file() const { return file_; }

  private:
    std::string file_;
    std::map<std::string, Authority> entries_;
};

}  // namespace amparo::render
