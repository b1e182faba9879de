// The people of a persecuting group the applicant can name: by name, by alias, or both, with
// their role. The role is the user's text, an appositive about them in neither voice.
#include "render/prose/facts.hpp"
#include "render/prose/sentence.hpp"

namespace amparo::prose {

namespace {

// "Ramón Ortiz Salas, known as "El Güero", the plaza boss in Uruapan" / "the man known as
// "El Flaco"". Straight quotes: the documents print them curly.
std::string individual_phrase(const KnownMember& person) {
    const std::string alias = value_or(person.alias);
    std::string who;
    if (person.name) {
        who = person.name->value;
        if (!alias.empty()) who += ", known as \"" + alias + "\"";
    } else {
        const std::string sex = value_or(person.sex);
        who = std::string(sex == "female" ? "the woman"
                          : sex == "male" ? "the man"
                                          : "the person") +
              " known as \"" + alias + "\"";
    }
    if (person.role) who += ", " + as_noun_phrase(person.role->value);
    return who;
}

// Items that hold commas themselves are separated by semicolons, so each person stays one item.
std::string listed(const std::vector<std::string>& items) {
    bool commas = false;
    for (const auto& item : items) commas |= item.find(',') != std::string::npos;
    const std::string separator = commas ? "; " : ", ";
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += i + 1 == items.size()
                       ? (items.size() == 2 && !commas ? " and " : separator + "and ")
                       : separator;
        out += items[i];
    }
    return out;
}

// "the municipal police of Uruapan"; a proper name ("Cártel de Jalisco ...") or a name with its
// own article ("a cell of the Cártel del Golfo") stays as it is.
std::string group_phrase(const std::string& name) {
    const bool lower = !name.empty() && name[0] >= 'a' && name[0] <= 'z';
    for (const char* article : {"the ", "a ", "an "}) {
        if (name.rfind(article, 0) == 0) return name;
    }
    return lower ? "the " + name : name;
}

}  // namespace

std::string persecutor_individuals_sentence(const Persecutor& persecutor, const Voice& voice) {
    if (persecutor.individuals.empty()) return "";
    std::vector<std::string> people;
    for (const auto& person : persecutor.individuals) people.push_back(individual_phrase(person));
    const std::string knows = voice.subject() + " " + voice.present("know");
    const bool one = people.size() == 1;
    return as_sentence(knows + " who " + (one ? "one" : "some") + " of the members of " +
                       group_phrase(value_or(persecutor.name)) + (one ? " is: " : " are: ") +
                       listed(people));
}

}  // namespace amparo::prose
