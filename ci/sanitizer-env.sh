# Sourced by ci/sanitize.sh and ci/fuzz.sh: how the sanitizers report. Leaks fail a run like any
# other error (LeakSanitizer works in this container, so it stays on); undefined behaviour stops
# at the first report with its stack, as -fno-sanitize-recover=undefined already makes it fatal.
export ASAN_OPTIONS=detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
