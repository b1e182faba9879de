// word/numbering.xml: declaration paragraphs and lists numbered by Word itself, so inserting a
// paragraph renumbers the rest.
#pragma once

#include <string>
#include <vector>

namespace amparo::docx::detail {

// Collects the numbering instances (<w:num>) the body needs while it is written, then writes them.
class NumberingPlan {
  public:
    // The numId for a declaration paragraph numbered `number`: a paragraph that follows on from
    // the previous one (number + 1) continues its instance; any other starts a new one at `number`,
    // so Word shows the same numbers as the model (the brief cites "Decl. ¶ 12").
    int declaration_paragraph(int number);

    // A new instance for one list, restarting at `start` on nesting level `level`.
    int list(bool ordered, int start, int level);

    std::string xml() const;

  private:
    struct Instance {
        int abstract_id;
        int level;
        int start;
    };
    int add(int abstract_id, int level, int start);

    std::vector<Instance> instances_;  // numId = index + 1
    int last_declaration_num_ = 0;
    int last_declaration_number_ = 0;
};

}  // namespace amparo::docx::detail
