// One space for each run of whitespace.
#include "support/squeeze.hpp"

#include <cctype>

namespace amparo::testing {

std::string squeeze(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace amparo::testing
