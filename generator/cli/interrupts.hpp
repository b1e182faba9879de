// SIGINT and SIGTERM during a batch: the signal only sets a flag; the build stops at the next
// safe point (between documents), removes its staging folder and reports what was built.
#pragma once

#include <atomic>

namespace amparo::cli {

// Installs the handlers for as long as the returned object lives. A second signal while the
// first is being handled ends the process the default way (the next build cleans up after it).
class InterruptWatch {
  public:
    InterruptWatch();
    ~InterruptWatch();
    InterruptWatch(const InterruptWatch&) = delete;
    InterruptWatch& operator=(const InterruptWatch&) = delete;

    // Set once SIGINT or SIGTERM arrived.
    const std::atomic<bool>& requested() const;
    // The signal that arrived, or 0.
    int signal_number() const;
};

}  // namespace amparo::cli
