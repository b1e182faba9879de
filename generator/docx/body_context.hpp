// What writing word/document.xml collects along the way (numbering, link relationships, bookmarks)
// and the authorities its citations mark.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "document/model.hpp"
#include "docx/numbering.hpp"
#include "docx/package_parts.hpp"
#include "docx/styles.hpp"

namespace amparo::docx::detail {

struct BodyContext {
    const StyleIds& styles;
    const TextDefaults& text;  // the court profile's type and spacing
    int text_width = 0;        // twips between the margins
    NumberingPlan numbering;
    std::vector<Relationship> links;  // external hyperlinks of document.xml, ids "rIdLink<n>"
    int next_bookmark_id = 0;
    // The authorities the table of authorities lists, by registry key: their citations get TA
    // fields. Empty when the document has no table of authorities.
    std::map<std::string, const document::AuthorityEntry*> authorities;

    // The relationship id for a hyperlink to `url` (one per distinct URL).
    std::string link_relationship(const std::string& url);
};

// A Word bookmark name for a heading anchor: letters, digits and '_' only, starting with a letter,
// at most 40 characters (Word's limits). Headings and cross-references both go through it.
std::string bookmark_name(const std::string& anchor);

}  // namespace amparo::docx::detail
