# Every dependency comes from a Debian 12 package; ci/setup.sh installs them.
find_package(PkgConfig REQUIRED)
# The batch builds cases on worker threads (std::thread).
find_package(Threads REQUIRED)
# YAML (case files, the registry, court profiles) is read with libyaml's event parser: several
# times faster than yaml-cpp's scanner, which took half of a validation (README, "Dependencies").
pkg_check_modules(LIBYAML REQUIRED IMPORTED_TARGET yaml-0.1)
find_package(nlohmann_json 3.11 REQUIRED)
find_package(CLI11 CONFIG REQUIRED)
find_package(LibXml2 REQUIRED)
find_package(ZLIB REQUIRED)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(PODOFO REQUIRED IMPORTED_TARGET libpodofo)
# Exhibit PDFs from outside are read, merged and stamped with qpdf (fuzzed upstream, OSS-Fuzz).
pkg_check_modules(QPDF REQUIRED IMPORTED_TARGET libqpdf)
# qpdf 11 warns unless told which PointerHolder API the code uses: 4 = std::shared_ptr only.
set_property(TARGET PkgConfig::QPDF APPEND PROPERTY
    INTERFACE_COMPILE_DEFINITIONS POINTERHOLDER_TRANSITION=4)
pkg_check_modules(CMARK_GFM REQUIRED IMPORTED_TARGET libcmark-gfm)
pkg_check_modules(FONTCONFIG REQUIRED IMPORTED_TARGET fontconfig)
# FreeType: only the tests link it, as an independent reader of the fonts amparo embeds.
pkg_check_modules(FREETYPE REQUIRED IMPORTED_TARGET freetype2)
find_library(CMARK_GFM_EXTENSIONS_LIB cmark-gfm-extensions REQUIRED)

# Header-only libraries: valijson (JSON Schema) and kainjow mustache.
find_path(VALIJSON_INCLUDE_DIR valijson/schema.hpp REQUIRED)
find_path(KAINJOW_INCLUDE_DIR kainjow/mustache.hpp REQUIRED)
