// The kainjow side of TemplateContext, for the renderer only (kainjow's header is private to
// the render library).
#pragma once

#include <kainjow/mustache.hpp>

#include "render/template_context.hpp"

namespace amparo::render {

struct TemplateContext::Data {
    kainjow::mustache::data value;
};

}  // namespace amparo::render
