// Cover-page texts; the court is named once, by its place under the forum's own heading.
#include "render/cover_context.hpp"

#include <cctype>

#include "legal/circuit_of_court.hpp"

namespace amparo::render {

namespace {

using nlohmann::json;

// ASCII letters only: "Otero" -> "OTERO"; accented letters stay as written.
std::string capitals(std::string text) {
    for (char& c : text) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    return text;
}

}  // namespace

std::string twelve_hour_time(const std::string& time) {
    if (time.size() != 5 || time[2] != ':' || !std::isdigit(static_cast<unsigned char>(time[0])) ||
        !std::isdigit(static_cast<unsigned char>(time[1]))) {
        return time;
    }
    const int hour = (time[0] - '0') * 10 + (time[1] - '0');
    if (hour > 23) return time;
    const int shown = hour % 12 == 0 ? 12 : hour % 12;
    return std::to_string(shown) + time.substr(2) + (hour < 12 ? " a.m." : " p.m.");
}

void add_cover_context(json& context, const Proceedings& proceedings) {
    json& the_case = context["case"];
    if (proceedings.court) {
        json& court = the_case["court"];
        const std::string city = value_or(proceedings.court->city);
        const std::string state = value_or(proceedings.court->state);
        const std::string state_text =
            state.empty() ? "" : capitals(legal::state_name(state).value_or(state));
        const std::string place =
            city.empty() ? state_text
                         : capitals(city) + (state_text.empty() ? "" : ", " + state_text);
        if (!place.empty()) court["place"] = place;
    }
    const auto& hearing = proceedings.next_hearing;
    if (hearing && hearing->time) {
        the_case["next_hearing"]["time_text"] = twelve_hour_time(hearing->time->value);
    }
    const std::string posture = value_or(proceedings.posture);
    if (proceedings.detained && !proceedings.detained->value) the_case["non_detained"] = true;
    the_case["in_removal_proceedings"] = posture == "defensive" || posture == "bia-appeal";
    the_case["hearing_on_cover"] = (posture == "defensive" || posture == "affirmative") &&
                                   (proceedings.judge || proceedings.next_hearing);
    if (const auto circuit = legal::circuit_of_case(proceedings)) {
        static const char* names[] = {"FIRST",   "SECOND", "THIRD", "FOURTH", "FIFTH",   "SIXTH",
                                      "SEVENTH", "EIGHTH", "NINTH", "TENTH",  "ELEVENTH"};
        if (*circuit >= 1 && *circuit <= 11) {
            the_case["circuit_title"] = std::string(names[*circuit - 1]) + " CIRCUIT";
        }
    }
}

}  // namespace amparo::render
