// Pointers built while converting, and the dotted paths shown to users.
#include <gtest/gtest.h>

#include "casefile/json_pointer.hpp"

namespace amparo {
namespace {

TEST(JsonPointer, AppendEscapesSlashAndTilde) {
    EXPECT_EQ(pointer_append("", "a/b~c"), "/a~1b~0c");
    EXPECT_EQ(pointer_append("/incidents", 3), "/incidents/3");
}

TEST(JsonPointer, PathReadsLikeTheCaseFile) {
    EXPECT_EQ(pointer_to_path(""), "");
    EXPECT_EQ(pointer_to_path("/case"), "case");
    EXPECT_EQ(pointer_to_path("/incidents/2/words_said/0/original"),
              "incidents[2].words_said[0].original");
    EXPECT_EQ(pointer_to_path("/a~1b/c~0d"), "a/b.c~d");
}

}  // namespace
}  // namespace amparo
