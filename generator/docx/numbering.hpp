// word/numbering.xml: declaration paragraphs, lists and the argument's outline headings numbered
// by Word itself, so inserting a paragraph or a section renumbers the rest.
#pragma once

#include <string>
#include <vector>

namespace amparo::docx::detail {

// Where our ids start: after the ones a reference .docx's numbering part already uses, so that
// its styles' numbering and ours never share an id.
struct NumberingIds {
    int first_abstract = 0;  // w:abstractNumId
    int first_num = 1;       // w:numId (0 means "no numbering")
};

// Collects the numbering instances (<w:num>) the body needs while it is written, then writes them.
class NumberingPlan {
  public:
    explicit NumberingPlan(NumberingIds ids = {}) : ids_(ids) {}

    // The numId for a declaration paragraph numbered `number`: a paragraph that follows on from
    // the previous one (number + 1) continues its instance; any other starts a new one at `number`,
    // so Word shows the same numbers as the model (the brief cites "Decl. ¶ 12").
    int declaration_paragraph(int number);

    // A new instance for one list, restarting at `start` on nesting level `level`.
    int list(bool ordered, int start, int level);

    // The numId for a heading numbered on outline level `level` (0 = I., 1 = A., 2 = 1.) with
    // `value`: a heading numbered I. opens a new outline; the others continue the open one.
    int outline_heading(int level, int value);

    // The <w:numbering> part: our abstract definitions, then one <w:num> per instance.
    std::string xml() const;

  private:
    struct Instance {
        int abstract_id;
        int level;
        int start;
    };
    int add(int abstract_id, int level, int start);

    NumberingIds ids_;
    std::vector<Instance> instances_;  // numId = ids_.first_num + index
    int last_declaration_num_ = 0;
    int last_declaration_number_ = 0;
    int outline_num_ = 0;
};

}  // namespace amparo::docx::detail
