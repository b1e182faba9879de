// amparo's entry point: hands the command line to the CLI layer, which alone prints and exits.
#include <malloc.h>

#include "cli/app.hpp"

namespace {

// A batch allocates and frees a few megabytes per case. With glibc's defaults the freed top of
// the heap goes back to the kernel after each case and is faulted in again for the next one
// (a sixth of a batch's time was page faults and madvise). Keeping up to 256 MB of freed heap,
// growing it 16 MB at a time and serving blocks under 32 MB from the heap halves the kernel's
// share; peak memory grows by about 1.5 MB.
void keep_freed_heap() {
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_TOP_PAD, 16 << 20);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
}

}  // namespace

int main(int argc, char** argv) {
    keep_freed_heap();
    return amparo::cli::run(argc, argv);
}
