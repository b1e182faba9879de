// Who a sentence is about and in which grammatical person: the declaration speaks as the
// applicant ("I", "my"), the brief about the applicant ("Respondent", "he", "his"). Every
// sentence the prose layer composes takes a Voice, so one fact reads right in both documents.
#pragma once

#include <string>

namespace amparo::prose {

enum class Person { First, Third };

struct Pronouns {
    std::string subject;       // he, she, they
    std::string object;        // him, her, them
    std::string possessive;    // his, her, their
    std::string reflexive;     // himself, herself, themselves
    bool plural_verb = false;  // "they were", not "they was"
};

// From the case's `pronouns` ("he", "she", "they") or, when absent, its `sex`.
Pronouns pronouns_for(const std::string& pronouns, const std::string& sex);

class Voice {
  public:
    // The applicant speaking: "I", "me", "my".
    static Voice first_person();
    // The applicant spoken of: `name` is how the document names them ("Respondent").
    static Voice third_person(std::string name, Pronouns pronouns);

    Person person() const { return person_; }
    const std::string& name() const { return name_; }
    std::string subject() const;     // I / he
    std::string object() const;      // me / him
    std::string possessive() const;  // my / his
    std::string reflexive() const;   // myself / himself
    std::string was() const;         // was / was (were for "they")
    // "I am" / "he is" / "they are" without the subject.
    std::string is() const;
    // A regular verb in the present after the subject: "I know", "they know", "he knows".
    std::string present(const std::string& verb) const;

  private:
    Person person_ = Person::First;
    std::string name_;
    Pronouns pronouns_;
};

// "my brother" / "his brother".
std::string relation_phrase(const Voice& voice, const std::string& relation);

}  // namespace amparo::prose
