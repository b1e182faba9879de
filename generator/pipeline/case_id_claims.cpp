// A turnstile in path order: case i claims only after cases 0..i-1 have.
#include "pipeline/case_id_claims.hpp"

namespace amparo::pipeline {

void CaseIdClaims::wait_for_turn(std::unique_lock<std::mutex>& lock, std::size_t index) {
    turn_.wait(lock, [&] { return next_ == index; });
}

std::optional<std::size_t> CaseIdClaims::claim(std::size_t index, const std::string& id) {
    std::unique_lock lock(mutex_);
    wait_for_turn(lock, index);
    auto [owner, inserted] = owners_.emplace(id, index);
    ++next_;
    turn_.notify_all();
    if (inserted) return std::nullopt;
    return owner->second;
}

void CaseIdClaims::pass(std::size_t index) {
    std::unique_lock lock(mutex_);
    wait_for_turn(lock, index);
    ++next_;
    turn_.notify_all();
}

}  // namespace amparo::pipeline
