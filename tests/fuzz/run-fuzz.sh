#!/usr/bin/env bash
# Builds the query filter fuzzer with clang (in build-fuzz/, beside the normal build) and runs
# it for SECONDS (default 60), seeded from every filter string of the corpus and from the
# inputs in tests/fuzz/regressions/ that once found a bug.
#
# Fails when the fuzzer finds a crash: an abort of one of its checks, a fault found by
# AddressSanitizer, or undefined behaviour. Timeouts, memory limits and leak reports are
# printed but do not fail the run: they depend on the machine more than on the code.
# Set CMAKE_BUILD_PARALLEL_LEVEL to limit the build's parallelism.
set -euo pipefail
seconds="${1:-60}"
cd "$(dirname "$0")/../.."
root="$(pwd)"
build="$root/build-fuzz"

if ! command -v clang++ >/dev/null 2>&1; then
    echo "run-fuzz: clang++ not found; install clang and libclang-rt-14-dev (.ci/setup does)" >&2
    exit 1
fi

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DSYNCSTUDIO_FUZZ=ON -DSYNCSTUDIO_WERROR=OFF >/dev/null
cmake --build "$build" --target FuzzQueryFilter WriteFuzzSeeds

seeds="$build/fuzz-seeds"
work="$build/fuzz-corpus"
artifacts="$build/fuzz-artifacts"
# Qt keeps some allocations until exit; leak reports would be noise here.
export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
rm -rf "$seeds" "$artifacts"
mkdir -p "$seeds" "$work" "$artifacts"
"$build/tests/fuzz/WriteFuzzSeeds" "$seeds"

# CI runs a reproducible search: a fixed seed and a bounded number of runs from a fresh
# corpus, so it explores (a prefix of) a sequence that was run before the change landed,
# and a bug it finds can be replayed. FUZZ_SEED=0 (libFuzzer's random seed) and a larger
# FUZZ_RUNS explore further by hand.
seed="${FUZZ_SEED:-20261123}"
runs="${FUZZ_RUNS:-1200000}"
if [ "${CI:-}" = true ]; then
    rm -rf "$work"
    mkdir -p "$work"
fi

status=0
"$build/tests/fuzz/FuzzQueryFilter" -max_total_time="$seconds" -runs="$runs" -seed="$seed" \
    -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 \
    -dict="$root/tests/fuzz/query-filter.dict" -artifact_prefix="$artifacts/" \
    "$work" "$seeds" "$root/tests/fuzz/regressions" || status=$?

shopt -s nullglob
crashes=("$artifacts"/crash-*)
if [ ${#crashes[@]} -gt 0 ]; then
    for crash in "${crashes[@]}"; do
        echo "run-fuzz: crash on input $crash:" >&2
        head -c 300 "$crash" | od -c | head -20 >&2
        echo "run-fuzz: reproduce with $build/tests/fuzz/FuzzQueryFilter $crash" >&2
    done
    exit 1
fi
if [ "$status" -ne 0 ]; then
    echo "run-fuzz: the fuzzer stopped with status $status without a crash" \
        "(timeout, memory limit or leak; see above); not a failure" >&2
fi
echo "run-fuzz: no crash in ${seconds}s"
