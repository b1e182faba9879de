// Where a value of the case file came from, and the table from JSON pointer to that place.
#pragma once

#include <string>
#include <unordered_map>

namespace amparo {

struct SourcePos {
    int line = 0;    // 1-based
    int column = 0;  // 1-based
};

// Positions of the converted YAML: for every JSON pointer ("/incidents/0/date"), where its value
// starts and, for members of a mapping, where its key starts.
class PositionTable {
  public:
    void set_value(const std::string& pointer, SourcePos pos) { values_[pointer] = pos; }
    void set_key(const std::string& pointer, SourcePos pos) { keys_[pointer] = pos; }

    // The value's position, or the nearest ancestor's when the pointer has none (e.g. a missing
    // property is reported at the object that lacks it).
    SourcePos value_pos(const std::string& pointer) const;
    // The key's position, falling back to value_pos.
    SourcePos key_pos(const std::string& pointer) const;

  private:
    std::unordered_map<std::string, SourcePos> values_;
    std::unordered_map<std::string, SourcePos> keys_;
};

}  // namespace amparo
