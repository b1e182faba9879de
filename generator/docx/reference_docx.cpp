// read_reference_docx: follows the package relationships to the styles, numbering, the body's
// last section properties, and the header/footer parts, checking each piece is there and
// well-formed.
#include "docx/reference_docx.hpp"

#include <algorithm>
#include <charconv>
#include <map>

#include "docx/package_parts.hpp"
#include "docx/xml_dom.hpp"
#include "docx/zip_reader.hpp"

namespace amparo::docx::detail {
namespace {

namespace ns = xml_namespace;

constexpr std::uint64_t max_reference_bytes = std::uint64_t{64} << 20;
const char* const hint = "save the reference document from Word or LibreOffice as .docx";

struct PackageRelationship {
    std::string id;
    std::string type;
    std::string target;  // resolved to a part name for internal relationships
    bool external = false;
};

bool type_is(const PackageRelationship& relationship, const std::string& suffix) {
    const std::string& type = relationship.type;
    return type.size() >= suffix.size() &&
           type.compare(type.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string folder_of(const std::string& part_name) {
    const auto slash = part_name.rfind('/');
    return slash == std::string::npos ? "" : part_name.substr(0, slash + 1);
}

// A relationship target relative to the source part's folder, as a part name ("word/media/a.png").
std::string resolve(const std::string& folder, const std::string& target) {
    const std::string joined =
        !target.empty() && target[0] == '/' ? target.substr(1) : folder + target;
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (start <= joined.size()) {
        const auto slash = std::min(joined.find('/', start), joined.size());
        const std::string segment = joined.substr(start, slash - start);
        if (segment == "..") {
            if (!segments.empty()) segments.pop_back();
        } else if (!segment.empty() && segment != ".") {
            segments.push_back(segment);
        }
        start = slash + 1;
    }
    std::string name;
    for (const std::string& segment : segments) name += (name.empty() ? "" : "/") + segment;
    return name;
}

std::string extension_of(const std::string& name) {
    const auto dot = name.rfind('.');
    return dot == std::string::npos ? "" : name.substr(dot + 1);
}

// Reads one package: every problem is reported once, as an error on the reference file.
class ReferenceReader {
  public:
    ReferenceReader(const std::filesystem::path& path, std::map<std::string, std::string> entries)
        : path_(path), entries_(std::move(entries)) {}

    ReferenceResult read() {
        const auto package = relationships("", "_rels/.rels", true);
        if (!result_.diagnostics.empty()) return std::move(result_);
        const auto main = std::find_if(package.begin(), package.end(),
                                       [](const auto& r) { return type_is(r, "/officeDocument"); });
        if (main == package.end()) {
            fail("has no main document (_rels/.rels names none)");
            return std::move(result_);
        }
        const std::string main_part = main->target;
        const XmlDocument body_document = parse_part(main_part);
        const auto parts =
            relationships(folder_of(main_part), relationships_part_name(main_part), false);
        const auto styles = std::find_if(parts.begin(), parts.end(),
                                         [](const auto& r) { return type_is(r, "/styles"); });
        if (styles == parts.end() || entries_.count(styles->target) == 0) {
            fail("has no styles part (word/styles.xml)");
        } else if (parse_part(styles->target)) {
            result_.reference.styles_xml = entries_.at(styles->target);
        }
        const auto numbering = std::find_if(parts.begin(), parts.end(),
                                            [](const auto& r) { return type_is(r, "/numbering"); });
        if (numbering != parts.end() && parse_part(numbering->target)) {
            result_.reference.numbering_xml = entries_.at(numbering->target);
        }
        if (body_document) read_section(body_document.get(), parts);
        for (const auto& relationship : parts) {
            if (type_is(relationship, "/theme")) copy_theme(relationship.target);
        }
        if (!result_.diagnostics.empty()) result_.reference = {};  // all are errors
        return std::move(result_);
    }

  private:
    void fail(const std::string& message) {
        Diagnostic diagnostic;
        diagnostic.file = path_.string();
        diagnostic.message = "reference .docx " + message;
        diagnostic.hint = hint;
        result_.diagnostics.push_back(std::move(diagnostic));
    }

    XmlDocument parse_part(const std::string& name) {
        const auto entry = entries_.find(name);
        if (entry == entries_.end()) {
            fail("lacks the part " + name);
            return nullptr;
        }
        ParsedXml parsed = parse_xml(entry->second);
        if (!parsed.document) fail(name + " is not well-formed XML: " + parsed.error);
        return std::move(parsed.document);
    }

    std::vector<PackageRelationship> relationships(const std::string& folder,
                                                   const std::string& rels_name, bool required) {
        std::vector<PackageRelationship> found;
        if (entries_.count(rels_name) == 0) {
            if (required) fail("lacks " + rels_name + ", so it is not a Word document");
            return found;
        }
        const XmlDocument rels = parse_part(rels_name);
        if (!rels) return found;
        const xmlNode* root = xmlDocGetRootElement(rels.get());
        for (const xmlNode* node :
             child_elements(root, ns::package_relationships, "Relationship")) {
            PackageRelationship relationship;
            relationship.id = attribute_value(node, nullptr, "Id");
            relationship.type = attribute_value(node, nullptr, "Type");
            relationship.external = attribute_value(node, nullptr, "TargetMode") == "External";
            const std::string target = attribute_value(node, nullptr, "Target");
            relationship.target = relationship.external ? target : resolve(folder, target);
            found.push_back(std::move(relationship));
        }
        return found;
    }

    std::string content_type_of(const std::string& name) {
        if (!content_types_) {
            content_types_ = parse_xml(entries_.count("[Content_Types].xml") != 0
                                           ? entries_.at("[Content_Types].xml")
                                           : std::string{})
                                 .document;
        }
        const xmlNode* root = content_types_ ? xmlDocGetRootElement(content_types_.get()) : nullptr;
        for (const xmlNode* node : child_elements(root, ns::content_types, "Override")) {
            if (attribute_value(node, nullptr, "PartName") == "/" + name) {
                return attribute_value(node, nullptr, "ContentType");
            }
        }
        for (const xmlNode* node : child_elements(root, ns::content_types, "Default")) {
            if (attribute_value(node, nullptr, "Extension") == extension_of(name)) {
                return attribute_value(node, nullptr, "ContentType");
            }
        }
        return "application/octet-stream";
    }

    void add_part(const std::string& name, const std::string& content_type,
                  const std::string& content) {
        auto& parts = result_.reference.parts;
        const bool present = std::any_of(
            parts.begin(), parts.end(), [&](const PackagePart& part) { return part.name == name; });
        if (!present) parts.push_back({name, content_type, content});
    }

    static void read_twips(const xmlNode* node, const char* name, int& value) {
        const std::string text = attribute_value(node, ns::wordprocessing, name);
        int parsed = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), parsed);
        if (error == std::errc{} && end == text.data() + text.size() && parsed > 0) value = parsed;
    }

    void read_section(xmlDoc* document, const std::vector<PackageRelationship>& parts) {
        const xmlNode* body =
            first_child_element(xmlDocGetRootElement(document), ns::wordprocessing, "body");
        const auto sections = child_elements(body, ns::wordprocessing, "sectPr");
        if (sections.empty()) return;
        const xmlNode* section = sections.back();
        PageLayout page;
        const xmlNode* size = first_child_element(section, ns::wordprocessing, "pgSz");
        read_twips(size, "w", page.width);
        read_twips(size, "h", page.height);
        const xmlNode* margins = first_child_element(section, ns::wordprocessing, "pgMar");
        read_twips(margins, "top", page.margin_top);
        read_twips(margins, "right", page.margin_right);
        read_twips(margins, "bottom", page.margin_bottom);
        read_twips(margins, "left", page.margin_left);
        read_twips(margins, "header", page.header_distance);
        read_twips(margins, "footer", page.footer_distance);
        result_.reference.page = page;
        result_.reference.title_page =
            first_child_element(section, ns::wordprocessing, "titlePg") != nullptr;
        for (const bool is_header : {true, false}) {
            const char* element = is_header ? "headerReference" : "footerReference";
            for (const xmlNode* node : child_elements(section, ns::wordprocessing, element)) {
                copy_header_footer(node, is_header, parts);
            }
        }
    }

    // The part gets a name of ours (word/reference-footer-first.xml) so it cannot collide with
    // the parts we write; it stays in word/, so its own relative targets still resolve.
    void copy_header_footer(const xmlNode* node, bool is_header,
                            const std::vector<PackageRelationship>& parts) {
        std::string type = attribute_value(node, ns::wordprocessing, "type");
        if (type.empty()) type = "default";
        const std::string id = attribute_value(node, ns::relationships, "id");
        const auto relationship =
            std::find_if(parts.begin(), parts.end(), [&](const auto& r) { return r.id == id; });
        const char* kind = is_header ? "header" : "footer";
        if (relationship == parts.end() || !parse_part(relationship->target)) {
            if (relationship == parts.end()) fail(std::string("names a missing ") + kind);
            return;
        }
        const std::string file = "reference-" + std::string(kind) + "-" + type + ".xml";
        const std::string name = "word/" + file;
        add_part(name, is_header ? content_type::header : content_type::footer,
                 entries_.at(relationship->target));
        result_.reference.header_footers.push_back(
            {is_header, type, "rIdRef" + std::string(kind) + type});
        result_.reference.header_footer_targets.push_back(file);
        copy_images(relationship->target, name);
    }

    // A letterhead's logo: the part's .rels comes along with every image it points at.
    void copy_images(const std::string& original, const std::string& renamed) {
        const std::string rels_name = relationships_part_name(original);
        if (entries_.count(rels_name) == 0) return;
        for (const auto& relationship : relationships(folder_of(original), rels_name, false)) {
            if (relationship.external || entries_.count(relationship.target) == 0) continue;
            if (relationship.target.rfind("word/media/", 0) != 0) continue;
            add_part(relationship.target, content_type_of(relationship.target),
                     entries_.at(relationship.target));
        }
        add_part(relationships_part_name(renamed), "", entries_.at(rels_name));
    }

    void copy_theme(const std::string& target) {
        if (entries_.count(target) == 0 || !parse_part(target)) return;
        add_part("word/theme/theme1.xml", content_type::theme, entries_.at(target));
        result_.reference.has_theme = true;
    }

    std::filesystem::path path_;
    std::map<std::string, std::string> entries_;
    XmlDocument content_types_;
    ReferenceResult result_;
};

}  // namespace

ReferenceResult read_reference_docx(const std::filesystem::path& path) {
    ReferenceResult result;
    const auto missing = [&](const std::string& message) {
        Diagnostic diagnostic;
        diagnostic.file = path.string();
        diagnostic.message = message;
        diagnostic.hint = "check the --reference-docx path";
        result.diagnostics.push_back(std::move(diagnostic));
        return result;
    };
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) {
        return missing("reference .docx not found");
    }
    ZipEntries zip = read_zip(path, max_reference_bytes);
    if (!zip.error.empty()) {
        Diagnostic diagnostic;
        diagnostic.file = path.string();
        diagnostic.message = "reference .docx cannot be read: " + zip.error;
        diagnostic.hint = hint;
        result.diagnostics.push_back(std::move(diagnostic));
        return result;
    }
    return ReferenceReader(path, std::move(zip.entries)).read();
}

}  // namespace amparo::docx::detail
