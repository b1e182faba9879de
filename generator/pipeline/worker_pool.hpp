// The threads of a batch: a fixed number of workers taking cases in path order, and the calling
// thread left free to show progress and to take the interrupt signals.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>

namespace amparo::pipeline {

// Calls `work(i)` once for each i in [0, count) on `jobs` threads (at least one), handing out
// the indices in increasing order; once `*stop` is set no further index is handed out, and
// `work` calls already running finish (or notice the stop themselves). `work` must not throw.
// While the workers run, the calling thread calls `waiting()` about every `tick`, and once more
// after the last worker ended. The workers block SIGINT and SIGTERM, so a signal's handler runs
// on the calling thread and never interrupts a worker's system call.
void run_on_workers(std::size_t count, unsigned jobs, const std::atomic<bool>* stop,
                    const std::function<void(std::size_t)>& work, std::chrono::milliseconds tick,
                    const std::function<void()>& waiting);

// The default -j: the cores this process may run on.
unsigned default_jobs();

}  // namespace amparo::pipeline
