// Which case file owns each case id (the id names the output folder OUT/<case-id>/). Claims are
// decided in the batch's path order whatever order the threads finish loading in, so the same
// file keeps a contested id on every run, with one thread or many.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace amparo::pipeline {

class CaseIdClaims {
  public:
    // Waits until every case before `index` has claimed or passed, then claims `id` for case
    // `index`. Returns the index of the case that already owns the id, or nullopt when `index`
    // now owns it. Each index claims or passes exactly once; cases are handed out in order, so
    // the wait always ends.
    std::optional<std::size_t> claim(std::size_t index, const std::string& id);
    // Case `index` claims nothing (it failed before its id was known).
    void pass(std::size_t index);

  private:
    void wait_for_turn(std::unique_lock<std::mutex>& lock, std::size_t index);
    std::mutex mutex_;
    std::condition_variable turn_;
    std::size_t next_ = 0;
    std::map<std::string, std::size_t> owners_;
};

// Claims or passes exactly once for its case: passes on destruction when no claim was made, so
// an early return or an exception never leaves the cases after it waiting.
class ClaimTurn {
  public:
    ClaimTurn(CaseIdClaims& claims, std::size_t index) : claims_(claims), index_(index) {}
    ~ClaimTurn() {
        if (!done_) claims_.pass(index_);
    }
    ClaimTurn(const ClaimTurn&) = delete;
    ClaimTurn& operator=(const ClaimTurn&) = delete;

    std::optional<std::size_t> claim(const std::string& id) {
        done_ = true;
        return claims_.claim(index_, id);
    }
    bool done() const { return done_; }

  private:
    CaseIdClaims& claims_;
    std::size_t index_;
    bool done_ = false;
};

}  // namespace amparo::pipeline
