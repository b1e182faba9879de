// kainjow's data has no way to add a child without copying it (set and push_back take a const
// reference), so converting child by child copied every subtree once per level above it; here
// each child is moved into a slot made for it in its parent.
#include "render/template_context.hpp"

#include "render/template_context_data.hpp"
#include "render/template_set.hpp"

namespace amparo::render {

namespace {

namespace mustache = kainjow::mustache;
using nlohmann::json;

class Converter {
  public:
    explicit Converter(const TemplateSet& templates) : templates_(templates) {
        for (const auto& [name, file] : templates.files()) {
            if (name.find_first_of("/@") == std::string::npos) plain_names_ = true;
        }
    }

    mustache::data convert(const json& value, bool top_level) {
        switch (value.type()) {
            case json::value_t::object: {
                mustache::data object{mustache::data::type::object};
                for (const auto& [key, child] : value.items()) {
                    if (child.is_null()) continue;
                    if (!top_level) watch(key);
                    object.set(key, mustache::data{mustache::data::type::bool_false});
                    // The slot was made just above, by this function: writing through it is
                    // writing to a non-const object kainjow only hands out as const.
                    const_cast<mustache::data&>(*object.get(key)) = convert(child, false);
                }
                return object;
            }
            case json::value_t::array: {
                mustache::data list{mustache::data::type::list};
                auto& items = const_cast<mustache::list&>(list.list_value());  // as above
                items.reserve(value.size());
                for (const auto& child : value) items.push_back(convert(child, false));
                return list;
            }
            case json::value_t::string:
                return mustache::data{value.get_ref<const std::string&>()};
            case json::value_t::boolean:
                return mustache::data{value.get<bool>() ? mustache::data::type::bool_true
                                                        : mustache::data::type::bool_false};
            case json::value_t::number_integer:
            case json::value_t::number_unsigned:
                return mustache::data{std::to_string(value.get<long long>())};
            case json::value_t::number_float:
                return mustache::data{value.dump()};
            default:
                return mustache::data{mustache::data::type::bool_false};
        }
    }

    bool names_a_partial() const { return names_a_partial_; }

  private:
    // Only template names carry '/' (or '@' for the indented variants) in amparo's own set;
    // a set with other names (the spec runner's) is checked key by key.
    void watch(const std::string& key) {
        if (names_a_partial_) return;
        if (!plain_names_ && key.find_first_of("/@") == std::string::npos) return;
        names_a_partial_ =
            templates_.find(key) != nullptr || key.find("@indent-") != std::string::npos;
    }

    const TemplateSet& templates_;
    bool plain_names_ = false;
    bool names_a_partial_ = false;
};

}  // namespace

TemplateContext::TemplateContext(const nlohmann::json& context, const TemplateSet& templates)
    : data_(std::make_unique<Data>()), templates_(&templates) {
    Converter converter(templates);
    data_->value = converter.convert(context, true);
    names_a_partial_ = converter.names_a_partial();
}

TemplateContext::~TemplateContext() = default;
TemplateContext::TemplateContext(TemplateContext&&) noexcept = default;
TemplateContext& TemplateContext::operator=(TemplateContext&&) noexcept = default;

void TemplateContext::set(const std::string& key, const std::string& value) {
    data_->value.set(key, kainjow::mustache::data{value});
}

}  // namespace amparo::render
