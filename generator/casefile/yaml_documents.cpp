// Counts documents through yaml-cpp's event parser. yaml-cpp 0.7 answers a token it cannot start
// a value with (a `,` outside [ ] or { }) by reporting an empty document without consuming the
// token, so LoadAll loops forever (yaml-cpp issue 1040, fixed upstream after 0.8); here a
// document that starts where the previous one started ends the scan as a syntax error (found by
// the case_file fuzz target: a 3-byte file took all memory).
#include "casefile/yaml_documents.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <sstream>

namespace amparo {
namespace {

// Remembers where the value of the current document starts; ignores everything else.
class DocumentRoots : public YAML::EventHandler {
  public:
    std::optional<YAML::Mark> root;

    void OnDocumentStart(const YAML::Mark&) override { root.reset(); }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { node(mark); }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { node(mark); }
    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  const std::string&) override {
        node(mark);
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        node(mark);
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {
        node(mark);
    }
    void OnMapEnd() override {}

  private:
    void node(const YAML::Mark& mark) {
        if (!root) root = mark;
    }
};

}  // namespace

YamlDocumentScan scan_yaml_documents(const std::string& text) {
    std::istringstream stream(text);
    YAML::Parser parser(stream);
    DocumentRoots roots;
    YamlDocumentScan scan;
    std::optional<YAML::Mark> previous;
    while (parser.HandleNextDocument(roots)) {
        if (previous && roots.root && roots.root->pos == previous->pos) {
            scan.stuck_at = roots.root;
            return scan;
        }
        previous = roots.root;
        if (++scan.count == 2) scan.second_root = roots.root;
    }
    return scan;
}

}  // namespace amparo
