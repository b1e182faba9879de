// Finished reports wait in a small reorder buffer until the cases before them are done.
#include "pipeline/batch_runner.hpp"

#include <condition_variable>
#include <mutex>

#include "pipeline/worker_pool.hpp"

namespace amparo::pipeline {

std::vector<CaseReport> run_batch(
    const std::vector<std::filesystem::path>& files, unsigned jobs, const std::atomic<bool>* stop,
    const std::function<void(std::size_t index, const CaseDone& done)>& one_case,
    BatchObserver& observer) {
    std::vector<CaseReport> reports(files.size());
    std::vector<bool> finished(files.size(), false);
    std::mutex mutex;
    std::condition_variable reported;
    BatchProgress progress{0, 0, files.size()};
    std::size_t started = 0;
    std::size_t released = 0;  // cases before this one went to the observer
    constexpr auto kTick = std::chrono::milliseconds(100);

    // The observer is called only on this thread, outside the lock.
    auto release = [&] {
        std::vector<std::size_t> ready;
        BatchProgress now;
        {
            std::lock_guard lock(mutex);
            while (released < files.size() && finished[released]) ready.push_back(released++);
            now = progress;
        }
        for (std::size_t index : ready) {
            observer.case_finished(reports[index]);
            // A released case is no longer written to by its worker.
            if (!observer.diagnostics_wanted_at_end())
                Diagnostics().swap(reports[index].diagnostics);
        }
        observer.progress(now);
    };
    auto start_case = [&](std::size_t index) {
        {
            std::lock_guard lock(mutex);
            ++started;
        }
        one_case(index, [&, index](CaseReport report) {
            std::lock_guard lock(mutex);
            progress.failed += report.status == CaseStatus::Failed;
            ++progress.done;
            reports[index] = std::move(report);
            finished[index] = true;
            reported.notify_all();
        });
    };
    run_on_workers(files.size(), jobs, stop, start_case, kTick, release);
    {
        // The workers are done; the cases still being put in place are not.
        std::unique_lock lock(mutex);
        while (!reported.wait_for(lock, kTick, [&] { return progress.done == started; })) {
            lock.unlock();
            release();
            lock.lock();
        }
        // Cases the stop left alone.
        for (std::size_t index = 0; index < files.size(); ++index) {
            if (finished[index]) continue;
            reports[index].file = files[index].string();
            reports[index].status = CaseStatus::NotBuilt;
            finished[index] = true;
        }
    }
    release();
    return reports;
}

}  // namespace amparo::pipeline
