#!/usr/bin/env bash
# Fuzzes every parser for a time budget each (default 120 s): the assessment parser, the
# statement loader and autosave's JSON-pointer change path. Needs the nightly toolchain and
# cargo-fuzz (installed if missing). Not part of CI. Starts from the committed regression corpus
# (tests/fuzz-corpus/<target>/) and leaves what it finds in fuzz/corpus/ and fuzz/artifacts/
# (not committed). A crash: minimise it (`cargo +nightly fuzz tmin <target> <file>`), copy it to
# tests/fuzz-corpus/<target>/, fix the bug; `cargo test` then keeps it fixed.
# Usage: scripts/fuzz.sh [seconds-per-target] [target...]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_rust
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked
budget="${1:-120}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(assessment_parse statement_parse store_set)
status=0
for t in "${targets[@]}"; do
  echo "== fuzz $t for ${budget}s"
  mkdir -p "fuzz/corpus/$t"
  # The real statement is ~60 KB; the other inputs are small.
  max_len=16384; [ "$t" = statement_parse ] && max_len=131072
  (cd fuzz && cargo +nightly fuzz run "$t" "$PWD/corpus/$t" "$PWD/../tests/fuzz-corpus/$t" -- \
    -max_total_time="$budget" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1) || status=1
done
exit $status
