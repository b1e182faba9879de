// A case's context converted once to kainjow's data and shared by every template rendered
// against it (the exhibit index, the brief and its word-limited variants, the memo), instead of
// converted again for each document.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

namespace amparo::render {

class TemplateSet;

class TemplateContext {
  public:
    // `templates`: the set it will be rendered with (a key below the top level named like one of
    // its partials stops the partials from being inlined: kainjow would find that key instead).
    TemplateContext(const nlohmann::json& context, const TemplateSet& templates);
    ~TemplateContext();
    TemplateContext(TemplateContext&&) noexcept;
    TemplateContext& operator=(TemplateContext&&) noexcept;

    // A top-level string value, as context[key] = value would give.
    void set(const std::string& key, const std::string& value);

    // Whether templates of `templates` may be rendered with their partials inlined.
    bool may_inline_partials(const TemplateSet& templates) const {
        return templates_ == &templates && !names_a_partial_;
    }

    struct Data;  // kainjow's data (template_context_data.hpp)
    const Data& data() const { return *data_; }

  private:
    std::unique_ptr<Data> data_;
    const TemplateSet* templates_ = nullptr;
    bool names_a_partial_ = false;
};

}  // namespace amparo::render
