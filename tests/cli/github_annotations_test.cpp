// Workflow commands: a message or file name must not be able to end the command early or start
// another; positions are given only when known.
#include <gtest/gtest.h>

#include "cli/github_annotations.hpp"

namespace amparo::cli {
namespace {

TEST(GithubAnnotations, ErrorWithPositionPathAndHint) {
    Diagnostic d{"cases/a.yaml",
                 9,
                 3,
                 Severity::Error,
                 "applicant.nationalty",
                 "unknown field 'nationalty'",
                 "did you mean 'nationality'?"};
    EXPECT_EQ(github_annotation(d, "/work"),
              "::error file=cases/a.yaml,line=9,col=3,title=applicant.nationalty::unknown field "
              "'nationalty'%0Ahint: did you mean 'nationality'?");
}

TEST(GithubAnnotations, WarningsAndNotesAndWholeFileProblems) {
    EXPECT_EQ(github_annotation({"t.mustache", 0, 0, Severity::Warning, "", "w", ""}, ""),
              "::warning file=t.mustache::w");
    EXPECT_EQ(github_annotation({"", 0, 0, Severity::Note, "", "n", ""}, ""), "::notice::n");
}

TEST(GithubAnnotations, PropertiesAndDataAreEscaped) {
    Diagnostic d{"odd,name:x%.yaml", 1, 1, Severity::Error, "", "100% sure\r\nnot", ""};
    EXPECT_EQ(github_annotation(d, ""),
              "::error file=odd%2Cname%3Ax%25.yaml,line=1,col=1::100%25 sure\\r\\nnot");
}

TEST(GithubAnnotations, AbsolutePathsBelowTheWorkspaceBecomeRelative) {
    Diagnostic inside{
        "/ci/repo/templates/brief/brief.mustache", 2, 1, Severity::Error, "", "m", ""};
    EXPECT_EQ(github_annotation(inside, "/ci/repo"),
              "::error file=templates/brief/brief.mustache,line=2,col=1::m");
    Diagnostic outside{"/tmp/t.mustache", 2, 1, Severity::Error, "", "m", ""};
    EXPECT_EQ(github_annotation(outside, "/ci/repo"),
              "::error file=/tmp/t.mustache,line=2,col=1::m");
}

}  // namespace
}  // namespace amparo::cli
