# AMPARO_SANITIZE: AddressSanitizer and UndefinedBehaviorSanitizer on every target, undefined
# behaviour fatal so a test that hits it fails instead of printing a line nobody reads.
# AMPARO_FUZZ: the libFuzzer targets of tests/fuzz (clang only); libFuzzer needs the libraries
# instrumented for coverage (-fsanitize=fuzzer-no-link, see amparo_library) and the sanitizers
# in every binary that links them, so it turns AMPARO_SANITIZE on.
option(AMPARO_SANITIZE "Build everything with -fsanitize=address,undefined" OFF)
option(AMPARO_FUZZ "Build the libFuzzer targets of tests/fuzz (clang; implies AMPARO_SANITIZE)" OFF)

if(AMPARO_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "AMPARO_FUZZ needs clang (libFuzzer): configure with "
                            "-DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang")
    endif()
    set(AMPARO_SANITIZE ON)
endif()

if(AMPARO_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
