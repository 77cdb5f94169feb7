#!/usr/bin/env bash
# Windows, tested from this Linux machine. Installs what it needs (ensure_windows_toolchain in
# scripts/lib.sh: the Rust target, mingw-w64, Wine, a Wine prefix with the ProcessPrng shim),
# then, for x86_64-pc-windows-gnu:
#  1. builds the tests of every core crate and of the `dpia` CLI and runs them under Wine
#     (tests that need Linux tools — poppler, LibreOffice, openxml-audit — are ignored on
#     Windows with that reason and counted in the summary);
#  2. runs the CLI smoke test (scripts/windows/cli-smoke.sh) with the dpia.exe built in 1;
#  3. type-checks the desktop app (dpia-helper) and checks that the committed
#     src-tauri/icons/icon.ico is the one the Tauri CLI makes from icon.png.
# Only what the Wine run needs is built: no examples, no doc tests (they run on Linux). Cargo's
# target folder is the Linux build's ("${CARGO_TARGET_DIR:-target}", ~/.cache/dpia-helper/target
# in CI): the Windows code goes to its x86_64-pc-windows-gnu folder, and the build scripts and
# proc macros, which run on this machine, are the ones the Linux build made (test.sh builds that
# first), instead of a second copy of each.
# Usage: scripts/test-windows.sh   (run by scripts/test.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_rust
ensure_windows_toolchain
target_dir="${CARGO_TARGET_DIR:-target}"
crates=(dpia-reason dpia-statement dpia-assessment dpia-rules dpia-i18n dpia-document-model
  dpia-documents dpia-pdf dpia-docx dpia-store dpia-app dpia-cli)

echo "== Windows: the tests of the core crates and the CLI, under Wine ($WINE, prefix $WINEPREFIX)"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
cargo test --locked --no-fail-fast --target "$WINDOWS_TARGET" --target-dir "$target_dir" --lib --bins --tests \
  "${crates[@]/#/--package=}" 2>&1 | tee "$log"
awk '/^test result:/ { p += $4; f += $6; i += $8 }
  END { printf "Windows (Wine): %d tests passed, %d failed, %d ignored:\n", p, f, i }' "$log"
grep -E '^test .* \.\.\. ignored' "$log" | sed 's/^test /  /' || true

echo "== Windows: the dpia.exe command line as a user runs it (under Wine)"
scripts/windows/cli-smoke.sh "$target_dir/$WINDOWS_TARGET/debug/dpia.exe"

echo "== Windows: the desktop app type-checks; its icon is the one the Tauri CLI makes"
[ -x ui/node_modules/.bin/tauri ] && [ -d ui/dist ] || build_ui
icons="$(mktemp -d)"
trap 'rm -f "$log"; rm -rf "$icons"' EXIT
ui/node_modules/.bin/tauri icon src-tauri/icons/icon.png --output "$icons" >/dev/null
cmp -s "$icons/icon.ico" src-tauri/icons/icon.ico || {
  echo "error: src-tauri/icons/icon.ico is not what the Tauri CLI makes from icon.png; make it" \
    "again: ui/node_modules/.bin/tauri icon src-tauri/icons/icon.png --output /tmp/icons &&" \
    "cp /tmp/icons/icon.ico src-tauri/icons/" >&2
  exit 1
}
cargo check --locked --target "$WINDOWS_TARGET" --target-dir "$target_dir" -p dpia-helper
