// amparo's entry point: hands the command line to the CLI layer, which alone prints and exits.
#include "cli/app.hpp"

int main(int argc, char** argv) { return amparo::cli::run(argc, argv); }
