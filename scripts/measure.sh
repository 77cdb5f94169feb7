#!/usr/bin/env bash
# Measures the desktop app (release build): binary size; start to "list shown" (the page has
# painted the first page of the list) on an empty database and on one of 5,000 assessments; RSS
# of the app's processes after start; a search keystroke at 5,000 (keystroke to painted rows,
# measured in the page through the end-to-end harness); the list's Rust side; autosave latency.
# Needs a display or Xvfb.
# Targets: list shown < 0.5 s (empty) and < 1 s (5,000), keystroke < 100 ms, main process
# < 150 MB RSS, binary < 20 MB, autosave p99 < 5 ms.
# Usage: scripts/measure.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_rust
ensure_apt $APP_PACKAGES $TEST_PACKAGES
ensure_tauri_driver
build_ui
target="${CARGO_TARGET_DIR:-target}"
cargo build --release --locked -p dpia-helper --features custom-protocol
bin="$target/release/dpia-helper"
cp "$bin" /tmp/dpia-helper-stripped && strip /tmp/dpia-helper-stripped
echo "binary: $(stat -c %s "$bin") bytes; stripped $(stat -c %s /tmp/dpia-helper-stripped) bytes"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A realistic database of 5,000 assessments (copies of the scenarios, made through the store).
cargo run --release --locked -q -p dpia-app --example fill -- "$work/many.sqlite" 5000

# Starts the app on a copy of database $1 (empty when $1 is "") and prints "list shown <ms>"
# (DPIA_HELPER_TRACE_START: process start until the page has painted the first page of the list)
# and the RSS two seconds later.
run_once() {
  local label="$1" source="$2" db
  db="$(mktemp -d)/measure.sqlite"
  if [ -n "$source" ]; then cp "$source" "$db"; cp "$source-saves" "$db-saves" 2>/dev/null || true; fi
  DPIA_HELPER_DATABASE="$db" DPIA_HELPER_TRACE_START=1 "$bin" 2>/tmp/dpia-measure.err &
  local pid=$!
  for _ in $(seq 1 150); do grep -q '^list shown ' /tmp/dpia-measure.err 2>/dev/null && break; sleep 0.1; done
  sleep 2
  echo "$label: $(grep '^list shown ' /tmp/dpia-measure.err || echo 'list shown: not seen')"
  local main_rss; main_rss=$(ps -o rss= -p "$pid")
  local all_rss; all_rss=$(ps -eo rss,comm | awk '/dpia-helper|WebKit/ {s+=$1} END {print s}')
  echo "$label: RSS main: $((main_rss / 1024)) MB; with WebKit processes: $((all_rss / 1024)) MB"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
runs() {
  for i in 1 2 3; do run_once "empty database" ""; done
  for i in 1 2 3; do run_once "5,000 assessments" "$work/many.sqlite"; done
}
if [ -z "${DISPLAY:-}" ]; then
  # xvfb-run is a POSIX sh script, and dash drops exported bash functions from the environment:
  # the functions travel in the command instead.
  export bin work
  xvfb-run -a bash -c "$(declare -f run_once runs); runs"
else
  runs
fi

# A search keystroke at 5,000: the end-to-end test types into the search box of the release app
# and reads the page's own timing (keystroke → rows painted, the 15 ms typing pause included).
DPIA_E2E=1 dbus-run-session -- xvfb-run -a -s "-screen 0 1366x900x24" \
  cargo test --release --locked -p dpia-helper --features e2e-seams,custom-protocol --test e2e \
  the_list_at_5000 -- --include-ignored --nocapture 2>&1 | grep -E "^list at 5000|test result"

# The list's Rust side (a page, a search, opening, remaking every line) and autosave.
cargo bench -p dpia-app --bench list -- --noplot 2>/dev/null | grep -E "^list|^open|^made|^first open|time:"
cargo bench -p dpia-store --bench autosave -- --noplot 2>/dev/null | grep -E "autosave|time:|percentiles"
