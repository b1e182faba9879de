// Position look-ups with a fall-back to the nearest ancestor pointer.
#include "casefile/source_position.hpp"

namespace amparo {

SourcePos PositionTable::value_pos(const std::string& pointer) const {
    std::string current = pointer;
    while (true) {
        if (auto it = values_.find(current); it != values_.end()) return it->second;
        if (current.empty()) return SourcePos{1, 1};
        current.erase(current.rfind('/'));
    }
}

SourcePos PositionTable::key_pos(const std::string& pointer) const {
    if (auto it = keys_.find(pointer); it != keys_.end()) return it->second;
    return value_pos(pointer);
}

}  // namespace amparo
