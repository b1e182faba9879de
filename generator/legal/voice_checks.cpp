// Free text goes into the documents in one voice, the one the schema names for its field: an
// account in the declarant's own words only into the sworn declaration, the claims' texts only
// into the brief, and injuries or a persecutor's role into both, so in neither voice. A word of
// the other voice would stand in a declaration the applicant signs under penalty of perjury or in
// a brief the attorney signs ("fainting from the bag over his head" in the declaration), and no
// template can fix it: the case file must. Words inside quotation marks are someone's words and
// are left alone.
#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <optional>
#include <string_view>

#include "legal/legal_checks.hpp"

namespace amparo::legal {

namespace {

enum class Voice { Declarant, Brief, Neither };

// The words of `text` outside quotation marks (straight or curly double quotes); a word runs over
// letters, digits, hyphens and apostrophes, so "I-589" and "D-I-M-" are not the pronoun "I".
std::vector<std::string_view> unquoted_words(std::string_view text) {
    std::vector<std::string_view> words;
    bool quoted = false;
    std::size_t start = std::string_view::npos;
    auto is_word_byte = [](unsigned char c) {
        return std::isalnum(c) || c == '-' || c == '\'' || c >= 0x80;
    };
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const bool open_curly = text.substr(i, 3) == "\xE2\x80\x9C";   // “
        const bool close_curly = text.substr(i, 3) == "\xE2\x80\x9D";  // ”
        const bool ends = i == text.size() || open_curly || close_curly ||
                          !is_word_byte(static_cast<unsigned char>(text[i]));
        if (ends && start != std::string_view::npos) {
            if (!quoted) words.push_back(text.substr(start, i - start));
            start = std::string_view::npos;
        }
        if (i == text.size()) break;
        if (text[i] == '"') quoted = !quoted;
        if (open_curly) quoted = true;
        if (close_curly) quoted = false;
        if (open_curly || close_curly) {
            i += 2;
            continue;
        }
        if (!ends && start == std::string_view::npos) start = i;
    }
    return words;
}

std::string lowered(std::string_view word) {
    std::string out(word);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// The first word of `text` that belongs to another voice than `voice`.
std::optional<std::string> wrong_voice_word(std::string_view text, Voice voice) {
    static const std::array<const char*, 5> first_person = {"me", "my", "mine", "myself", "i"};
    static const std::array<const char*, 8> third_person = {"he",  "him",  "his", "himself",
                                                            "she", "hers", "her", "herself"};
    static const std::array<const char*, 3> declarant_by_role = {"applicant", "respondent",
                                                                 "petitioner"};
    auto in = [](const auto& list, const std::string& word) {
        return std::find(list.begin(), list.end(), word) != list.end();
    };
    for (const auto word : unquoted_words(text)) {
        const std::string low = lowered(word);
        // "I" is the pronoun only as a capital; a lower-case "i" is a list marker or a typo.
        const bool first = low == "i" ? word == "I" : in(first_person, low);
        switch (voice) {
            case Voice::Declarant:
                if (in(declarant_by_role, low)) return std::string(word);
                break;
            case Voice::Brief:
                if (first) return std::string(word);
                break;
            case Voice::Neither:
                if (first || in(third_person, low)) return std::string(word);
                break;
        }
    }
    return std::nullopt;
}

void check_text(const LoadedCase& loaded, const TextField& field, Voice voice, Diagnostics& out) {
    if (!field) return;
    const auto word = wrong_voice_word(field->value, voice);
    if (!word) return;
    std::string message = "'" + *word + "' ";
    std::string hint;
    switch (voice) {
        case Voice::Declarant:
            message +=
                "speaks of the declarant in the third person, but this text is the "
                "declarant's own words, printed in the sworn declaration";
            hint = "write it in the first person (\"I\", \"my\")";
            break;
        case Voice::Brief:
            message +=
                "is the first person, but this text is printed in the brief, which speaks "
                "of the applicant in the third person";
            hint =
                "write it as the brief says it (\"he\", \"she\", \"the applicant's\"), or put "
                "the applicant's own words in quotation marks";
            break;
        case Voice::Neither:
            message +=
                "gives this text a person's voice, but it is printed both in the "
                "declaration (first person) and in the brief (third person)";
            hint =
                "write it without personal pronouns: \"a plastic bag held over the head\", "
                "not \"over his head\"";
            break;
    }
    out.push_back(at_case_value(loaded, field->where, Severity::Warning, std::move(message),
                                std::move(hint)));
}

void check_claims(const LoadedCase& loaded, const Claims& claims, Diagnostics& out) {
    auto brief = [&](const TextField& field) { check_text(loaded, field, Voice::Brief, out); };
    for (const auto& group : claims.particular_social_groups) {
        check_text(loaded, group.membership, Voice::Declarant, out);
        for (const auto* field :
             {&group.immutability, &group.particularity, &group.social_distinction,
              &group.animus_toward_status, &group.family_tie_central})
            brief(*field);
    }
    if (const auto& opinion = claims.political_opinion) {
        for (const auto* field :
             {&opinion->expression, &opinion->persecutor_knowledge, &opinion->corruption_ties})
            brief(*field);
    }
    if (const auto& nexus = claims.nexus) {
        brief(nexus->central_reason);
        brief(nexus->other_motives);
    }
    if (const auto& protection = claims.state_protection) {
        for (const auto* field : {&protection->futility, &protection->complicit_officials,
                                  &protection->country_evidence})
            brief(*field);
    }
    for (const auto& condition : claims.country_conditions) brief(condition.details);
    if (const auto& relocation = claims.internal_relocation) {
        brief(relocation->unreasonable_because);
        for (const auto& attempt : relocation->attempts)
            check_text(loaded, attempt.account, Voice::Declarant, out);
    }
    if (const auto& cat = claims.cat) {
        for (const auto* field : {&cat->likely_torture, &cat->officials_involved,
                                  &cat->official_awareness, &cat->color_of_law})
            brief(*field);
    }
    if (const auto& deadline = claims.one_year_deadline) brief(deadline->facts);
    if (const auto& fear = claims.fear_of_return) {
        check_text(loaded, fear->fear, Voice::Declarant, out);
        check_text(loaded, fear->since_leaving, Voice::Declarant, out);
    }
    brief(claims.humanitarian_asylum);
}

}  // namespace

void check_voice(const LoadedCase& loaded, Diagnostics& out) {
    const CaseView& view = loaded.view;
    auto declarant = [&](const TextField& field) {
        check_text(loaded, field, Voice::Declarant, out);
    };
    if (view.applicant.entry) declarant(view.applicant.entry->account);
    for (const auto& relative : view.family) declarant(relative.account);
    for (const auto& persecutor : view.persecutors) {
        // "his commander" would put the brief's pronoun in the declaration.
        check_text(loaded, persecutor.name, Voice::Neither, out);
        for (const auto& member : persecutor.individuals)
            check_text(loaded, member.role, Voice::Neither, out);
    }
    for (const auto& incident : view.incidents) {
        declarant(incident.account);
        check_text(loaded, incident.summary, Voice::Brief, out);
        declarant(incident.not_reported_reason);
        for (const auto& report : incident.reports) declarant(report.account);
        check_text(loaded, incident.injuries, Voice::Neither, out);
    }
    for (const auto& event : view.events) {
        declarant(event.account);
        check_text(loaded, event.summary, Voice::Brief, out);
    }
    for (const auto& support : view.support_given)
        check_text(loaded, support.threat, Voice::Brief, out);
    check_claims(loaded, view.claims, out);
    if (const auto& appeal = view.proceedings.appeal) {
        for (const auto& error : appeal->errors)
            check_text(loaded, error.finding, Voice::Brief, out);
    }
    for (const auto& statement : view.prior_statements) {
        check_text(loaded, statement.omission_explanation, Voice::Brief, out);
        for (const auto& fact : statement.recorded_facts) {
            check_text(loaded, fact.fact, Voice::Brief, out);
            check_text(loaded, fact.explanation, Voice::Brief, out);
        }
    }
}

}  // namespace amparo::legal
