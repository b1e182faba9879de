// The example values `amparo new` writes into a skeleton case file ("Given Names",
// "A 000-000-000"), which `build --strict` refuses to find still in a case.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "casefile/case_loader.hpp"
#include "casefile/diagnostic.hpp"

namespace amparo::pipeline {

// The skeleton's text with its two fields filled in, as `amparo new` writes it.
std::string fill_skeleton(const std::string& skeleton, const std::string& case_id,
                          const std::string& schema_path);

class SkeletonExamples {
  public:
    // Reads the skeleton (templates/new-case.yaml). Only its values of two or more words count
    // as examples: one-word values such as "City", "Mexico" or "Spanish" may be a case's true
    // facts, while no real case keeps "Name of the Immigration Judge".
    static std::optional<SkeletonExamples> load(const std::filesystem::path& skeleton,
                                                Diagnostics& diagnostics);

    // An error at each value of the case that is still the skeleton's example at that place
    // (any entry of a list: a copied incident is an example too).
    Diagnostics find_in(const LoadedCase& loaded) const;

  private:
    // JSON pointer with list indexes written "*" -> the example texts found there.
    std::map<std::string, std::set<std::string>> examples_;
};

}  // namespace amparo::pipeline
