// std::thread workers over an atomic counter: cases differ in size, so each worker takes the
// next case when it is free rather than a fixed share.
#include "pipeline/worker_pool.hpp"

#include <pthread.h>
#include <sched.h>
#include <signal.h>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace amparo::pipeline {

namespace {

// Blocks the stop signals on the calling thread while alive; threads started meanwhile inherit
// the mask.
class StopSignalsBlocked {
  public:
    StopSignalsBlocked() {
        sigset_t signals;
        sigemptyset(&signals);
        sigaddset(&signals, SIGINT);
        sigaddset(&signals, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &signals, &previous_);
    }
    ~StopSignalsBlocked() { pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }
    StopSignalsBlocked(const StopSignalsBlocked&) = delete;
    StopSignalsBlocked& operator=(const StopSignalsBlocked&) = delete;

  private:
    sigset_t previous_{};
};

}  // namespace

void run_on_workers(std::size_t count, unsigned jobs, const std::atomic<bool>* stop,
                    const std::function<void(std::size_t)>& work, std::chrono::milliseconds tick,
                    const std::function<void()>& waiting) {
    std::atomic<std::size_t> next{0};
    std::mutex mutex;
    std::condition_variable ended;
    const std::size_t threads = std::max<std::size_t>(1, std::min<std::size_t>(jobs, count));
    std::size_t running = threads;  // under `mutex`: workers end while others still start
    auto worker = [&] {
        for (;;) {
            if (stop && stop->load()) break;
            const std::size_t index = next.fetch_add(1);
            if (index >= count) break;
            work(index);
        }
        std::lock_guard lock(mutex);
        --running;
        ended.notify_all();
    };
    std::vector<std::thread> workers;
    {
        StopSignalsBlocked blocked;
        for (std::size_t i = 0; i < threads; ++i) workers.emplace_back(worker);
    }
    {
        std::unique_lock lock(mutex);
        while (!ended.wait_for(lock, tick, [&] { return running == 0; })) {
            lock.unlock();
            waiting();
            lock.lock();
        }
    }
    for (auto& thread : workers) thread.join();
    waiting();
}

unsigned default_jobs() {
    cpu_set_t allowed;
    if (sched_getaffinity(0, sizeof allowed, &allowed) == 0) {
        const int cores = CPU_COUNT(&allowed);
        if (cores > 0) return static_cast<unsigned>(cores);
    }
    return std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace amparo::pipeline
