// write_docx: reads the reference .docx if any, writes each part, and zips them in a fixed order.
#include "docx/docx_writer.hpp"

#include <set>
#include <stdexcept>

#include "docx/body.hpp"
#include "docx/core_properties.hpp"
#include "docx/header_footer.hpp"
#include "docx/package_parts.hpp"
#include "docx/reference_docx.hpp"
#include "docx/reference_numbering.hpp"
#include "docx/settings.hpp"
#include "docx/style_merge.hpp"
#include "docx/styles.hpp"
#include "docx/zip_package.hpp"

namespace amparo::docx {
namespace {

using detail::HeaderFooterReference;
using detail::PackagePart;
using detail::Relationship;
namespace relationship_type = detail::relationship_type;
namespace content_type = detail::content_type;

bool has_reference(const detail::ReferenceDocx& reference, bool is_header, const char* type) {
    for (const auto& existing : reference.header_footers) {
        if (existing.is_header == is_header && existing.type == type) return true;
    }
    return false;
}

// Everything that goes into word/document.xml's section and relationships besides the body.
struct Furniture {
    detail::SectionProperties section;
    std::vector<Relationship> relationships;  // of word/document.xml
    std::vector<PackagePart> parts;
};

// Styles, numbering and settings, then footers and headers: the firm's where it has them, else
// ours ("Page N of M", and an empty one for a cover page).
Furniture furniture(const document::Document& document, const detail::ReferenceDocx& reference,
                    const PageLayout& page, const TextDefaults& text,
                    const detail::StyleIds& styles) {
    Furniture result;
    result.section.page = page;
    result.relationships = {
        {"rIdStyles", relationship_type::styles, "styles.xml"},
        {"rIdNumbering", relationship_type::numbering, "numbering.xml"},
        {"rIdSettings", relationship_type::settings, "settings.xml"},
    };
    if (reference.has_theme) {
        result.relationships.push_back({"rIdTheme", relationship_type::theme, "theme/theme1.xml"});
    }
    for (std::size_t i = 0; i < reference.header_footers.size(); ++i) {
        const HeaderFooterReference& existing = reference.header_footers[i];
        result.section.references.push_back(existing);
        result.relationships.push_back(
            {existing.relationship_id,
             existing.is_header ? relationship_type::header : relationship_type::footer,
             reference.header_footer_targets[i]});
    }
    const bool cover = detail::starts_with_cover_page(document);
    // A cover page has a footer of its own, empty unless the profile numbers it.
    const bool unnumbered_cover = cover && !text.number_cover_page;
    result.section.title_page = reference.title_page || unnumbered_cover;
    const auto own_footer = [&](const char* type, const char* id, const char* file,
                                std::string content) {
        result.section.references.push_back({false, type, id});
        result.relationships.push_back({id, relationship_type::footer, file});
        result.parts.push_back({std::string("word/") + file, content_type::footer, content});
    };
    if (!has_reference(reference, false, "default")) {
        own_footer("default", "rIdFooterPages", "footer-page-numbers.xml",
                   detail::page_number_footer_xml(text.footer, styles));
    }
    if (unnumbered_cover && !has_reference(reference, false, "first")) {
        own_footer("first", "rIdFooterCover", "footer-cover.xml", detail::empty_footer_xml(styles));
    }
    return result;
}

// What the firm's template had to give up, said once per style: a style whose numbering was
// removed, and the styles amparo added because the template lacks them.
Diagnostics style_warnings(const detail::MergedStyles& merged, const DocxOptions& options) {
    Diagnostics warnings;
    const auto warn = [&](std::string message, std::string hint) {
        warnings.push_back({options.reference_docx.string(), 0, 0, Severity::Warning, "",
                            std::move(message), std::move(hint)});
    };
    for (const auto& [id, name] : merged.unnumbered) {
        warn("reference .docx style \"" + name +
                 "\" numbers its paragraphs; amparo removed that "
                 "numbering, so its headings are not numbered by it and the declaration's "
                 "paragraphs keep the numbers the brief cites",
             "take the numbering out of the style \"" + name + "\" in the firm's template");
    }
    if (!merged.added.empty()) {
        std::string names;
        for (const std::string& name : merged.added) {
            names += (names.empty() ? "\"" : ", \"") + name + "\"";
        }
        warn("reference .docx lacks " + std::to_string(merged.added.size()) +
                 " styles amparo uses; amparo added its own: " + names,
             "define them in the firm's template to give them its look");
    }
    return warnings;
}

std::string assemble(const document::Document& document, const DocxOptions& options,
                     const detail::ReferenceDocx& reference, Diagnostics& warnings) {
    const PageLayout page = reference.page.value_or(options.page);
    detail::StyleIds styles;
    const std::string our_styles = detail::default_styles_xml(options.text, page);
    detail::MergedStyles merged{our_styles, {}, {}};
    if (!reference.styles_xml.empty()) {
        merged = detail::merge_styles(reference.styles_xml, our_styles, styles);
        warnings = style_warnings(merged, options);
    }
    std::set<std::string> unnumbered_ids;
    for (const auto& style : merged.unnumbered) unnumbered_ids.insert(style.first);

    Furniture extra = furniture(document, reference, page, options.text, styles);
    detail::BodyContext context{
        styles,
        options.text,
        detail::text_width(page),
        detail::NumberingPlan(detail::numbering_ids_after(reference.numbering_xml)),
        {},
        0,
        {}};
    const std::string body = detail::document_xml(document, extra.section, context);
    std::vector<Relationship> document_relationships = extra.relationships;
    document_relationships.insert(document_relationships.end(), context.links.begin(),
                                  context.links.end());

    // Word fills in the page numbers of both tables when it updates the fields on opening.
    const bool has_tables =
        detail::contains_block(document.blocks, document::BlockKind::TableOfContents) ||
        detail::contains_block(document.blocks, document::BlockKind::TableOfAuthorities);
    std::vector<PackagePart> parts{
        {"_rels/.rels", "",
         detail::relationships_xml({
             {"rIdDocument", relationship_type::office_document, "word/document.xml"},
             {"rIdCore", relationship_type::core_properties, "docProps/core.xml"},
         })},
        {"docProps/core.xml", content_type::core_properties,
         detail::core_properties_xml(document.metadata, options.creation_time)},
        {"word/document.xml", content_type::document, body},
        {"word/_rels/document.xml.rels", "", detail::relationships_xml(document_relationships)},
        {"word/styles.xml", content_type::styles, merged.xml},
        {"word/numbering.xml", content_type::numbering,
         detail::merge_numbering(reference.numbering_xml, context.numbering.xml(), unnumbered_ids)},
        {"word/settings.xml", content_type::settings, detail::settings_xml(has_tables)},
    };
    parts.insert(parts.end(), extra.parts.begin(), extra.parts.end());
    parts.insert(parts.end(), reference.parts.begin(), reference.parts.end());
    // [Content_Types].xml first, as Word writes it and as some readers expect.
    parts.insert(parts.begin(), {"[Content_Types].xml", "", detail::content_types_xml(parts)});
    return detail::pack_zip(parts, detail::dos_time_utc(options.creation_time));
}

}  // namespace

DocxResult write_docx(const document::Document& document, const DocxOptions& options) {
    DocxResult result;
    detail::ReferenceDocx reference;
    if (!options.reference_docx.empty()) {
        detail::ReferenceResult read = detail::read_reference_docx(options.reference_docx);
        if (!read.diagnostics.empty()) {
            result.diagnostics = std::move(read.diagnostics);
            return result;
        }
        reference = std::move(read.reference);
    }
    try {
        result.bytes = assemble(document, options, reference, result.diagnostics);
    } catch (const std::exception& error) {
        Diagnostic diagnostic;
        diagnostic.message = std::string("cannot write the .docx: ") + error.what();
        result.diagnostics.push_back(std::move(diagnostic));
    }
    return result;
}

}  // namespace amparo::docx
