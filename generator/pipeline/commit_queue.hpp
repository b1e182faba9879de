// Puts staged case folders in place in groups, on a thread of its own. A folder must be on disk
// before it replaces the previous build, and a flush costs tens of milliseconds on a busy disk
// (more than building a case): one flush covers every case staged while the previous group was
// being put in place, so a batch pays it per group, and no worker waits for it.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "pipeline/case_folder.hpp"

namespace amparo::pipeline {

class CommitQueue {
  public:
    // Called on the queue's thread once the folder is in place (nullopt) or could not be put
    // there (the message; the previous build then stays as it was).
    using Committed = std::function<void(std::optional<std::string> error)>;

    CommitQueue();
    // Puts in place what is queued, then ends the thread.
    ~CommitQueue();
    CommitQueue(const CommitQueue&) = delete;
    CommitQueue& operator=(const CommitQueue&) = delete;

    void commit(CaseFolder folder, Committed committed);

  private:
    struct Job {
        CaseFolder folder;
        Committed committed;
    };
    void run();
    std::mutex mutex_;
    std::condition_variable queued_;
    std::deque<Job> jobs_;
    bool closing_ = false;
    std::thread thread_;  // last: starts once the members it uses exist
};

}  // namespace amparo::pipeline
