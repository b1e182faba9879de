// A signal handler may only touch lock-free atomics, so the flag is a process-wide static: the
// one piece of global state, and unavoidable for a handler.
#include "cli/interrupts.hpp"

#include <csignal>

namespace amparo::cli {

namespace {

std::atomic<bool> stop_requested{false};
std::atomic<int> stop_signal{0};
static_assert(std::atomic<bool>::is_always_lock_free && std::atomic<int>::is_always_lock_free);

struct sigaction previous_int {};
struct sigaction previous_term {};

extern "C" void on_stop_signal(int signal_number) {
    stop_signal.store(signal_number);
    stop_requested.store(true);
}

}  // namespace

InterruptWatch::InterruptWatch() {
    stop_requested.store(false);
    stop_signal.store(0);
    struct sigaction action {};
    action.sa_handler = on_stop_signal;
    // The next signal is not caught: a user who presses Ctrl-C twice means it.
    action.sa_flags = SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, &previous_int);
    ::sigaction(SIGTERM, &action, &previous_term);
}

InterruptWatch::~InterruptWatch() {
    ::sigaction(SIGINT, &previous_int, nullptr);
    ::sigaction(SIGTERM, &previous_term, nullptr);
}

const std::atomic<bool>& InterruptWatch::requested() const { return stop_requested; }

int InterruptWatch::signal_number() const { return stop_signal.load(); }

}  // namespace amparo::cli
