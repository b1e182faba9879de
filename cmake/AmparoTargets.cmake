# Helpers so each module's CMakeLists.txt stays a few lines long.

# amparo_library(NAME SOURCES a.cpp b.cpp DEPS target...)
function(amparo_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/generator)
    target_compile_options(${name} PRIVATE ${AMPARO_WARNINGS})
    target_link_libraries(${name} PUBLIC ${ARG_DEPS})
    if(AMPARO_FUZZ)
        # Coverage for libFuzzer to steer by; the fuzz executables link libFuzzer itself.
        target_compile_options(${name} PRIVATE -fsanitize=fuzzer-no-link)
    endif()
endfunction()

# amparo_test(NAME SOURCES a_test.cpp DEPS target...): one GoogleTest binary under ctest.
# tests/support/test_paths.hpp tells each test where the sources and the amparo binary are.
function(amparo_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_compile_options(${name} PRIVATE ${AMPARO_WARNINGS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    target_link_libraries(${name} PRIVATE ${ARG_DEPS} amparo_testsupport GTest::gmock GTest::gtest_main)
    gtest_discover_tests(${name}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        DISCOVERY_TIMEOUT 60
        PROPERTIES ENVIRONMENT "SOURCE_DATE_EPOCH=1700000000")
endfunction()

# qpdf 11.3's JSON.hh holds a std::vector of an incomplete type, which clang rejects in C++20
# (constexpr vector destructor; qpdf issue 942, fixed in qpdf 11.5). A target that includes qpdf's
# headers, none of which asks for more than C++17, is compiled as C++17 under clang.
function(amparo_compiles_qpdf_headers target)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        set_target_properties(${target} PROPERTIES CXX_STANDARD 17)
    endif()
endfunction()
