// The committer takes every job queued so far as one group: flush, then the renames in order.
#include "pipeline/commit_queue.hpp"

#include <vector>

namespace amparo::pipeline {

CommitQueue::CommitQueue() : thread_([this] { run(); }) {}

CommitQueue::~CommitQueue() {
    {
        std::lock_guard lock(mutex_);
        closing_ = true;
    }
    queued_.notify_one();
    thread_.join();
}

void CommitQueue::commit(CaseFolder folder, Committed committed) {
    {
        std::lock_guard lock(mutex_);
        jobs_.push_back({std::move(folder), std::move(committed)});
    }
    queued_.notify_one();
}

void CommitQueue::run() {
    for (;;) {
        std::vector<Job> group;
        {
            std::unique_lock lock(mutex_);
            queued_.wait(lock, [&] { return closing_ || !jobs_.empty(); });
            if (jobs_.empty()) return;  // closing, and nothing left
            for (auto& job : jobs_) group.push_back(std::move(job));
            jobs_.clear();
        }
        // The cases of a batch share one output folder, hence one file system: one flush for all.
        const auto flushed = group.front().folder.flush_file_system();
        std::vector<std::optional<std::string>> errors;
        for (auto& job : group) errors.push_back(flushed ? flushed : job.folder.put_in_place());
        // The renames made durable before anyone is told the cases are built.
        group.front().folder.flush_output_folder();
        for (std::size_t i = 0; i < group.size(); ++i) group[i].committed(errors[i]);
    }
}

}  // namespace amparo::pipeline
