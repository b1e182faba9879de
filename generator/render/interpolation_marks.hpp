// Finding interpolations that render empty inside a sentence ("She speaks  and is ."): lint
// renders the samples through a copy of the templates whose every interpolation tag is wrapped in
// invisible marks naming the tag, then looks for marks with nothing between them.
#pragma once

#include <string>
#include <vector>

#include "render/template_set.hpp"

namespace amparo::render {

struct InterpolationSite {
    std::string file;  // the template's path
    int line = 0;
    int column = 0;
    std::string name;  // as written in the tag
};

struct MarkedTemplates {
    TemplateSet templates;                 // every {{name}} and {{{name}}} wrapped in marks
    std::vector<InterpolationSite> sites;  // indexed by the number each mark carries
};

MarkedTemplates mark_interpolations(const TemplateSet& templates);

// The sites (indices into MarkedTemplates::sites) whose interpolation rendered empty between the
// words of a sentence in `text`, rendered from marked templates: text on both sides on the same
// line, neither side a table cell border. Each site once, in the order found.
std::vector<std::size_t> empty_in_sentence(const std::string& text);

// `text` without any mark.
std::string without_interpolation_marks(const std::string& text);

}  // namespace amparo::render
