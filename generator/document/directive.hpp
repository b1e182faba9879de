// The `<!-- amparo:NAME -->` comments templates use for what CommonMark has no syntax for.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace amparo::document::detail {

enum class Directive { PageBreak, Toc, Toa, Cover, EndCover, Center, Right, Signature, Numbered };

struct DirectiveMatch {
    std::optional<Directive> directive;  // nullopt: an amparo: comment with an unknown name
    std::string name;                    // the name as written
};

// nullopt when the HTML is not an amparo directive at all (then it is raw HTML).
std::optional<DirectiveMatch> match_directive(std::string_view html);

}  // namespace amparo::document::detail
