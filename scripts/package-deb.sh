#!/usr/bin/env bash
# Builds the .deb package of the desktop app with the Tauri CLI from npm (prebuilt).
# Output: target/release/bundle/deb/*.deb. Usage: scripts/package-deb.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_rust
ensure_apt $APP_PACKAGES file
build_ui
root="$(pwd)"
# The CLI wants the config beside the crate (src-tauri/tauri.conf.json links to the root one)
# and resolves paths from there, so the root-relative ones are passed as absolute paths.
icons="\"$root/src-tauri/icons/32x32.png\",\"$root/src-tauri/icons/128x128.png\",\"$root/src-tauri/icons/icon.png\""
(cd src-tauri && "$root/ui/node_modules/.bin/tauri" build --bundles deb \
  --config "{\"build\":{\"frontendDist\":\"$root/ui/dist\"},\"bundle\":{\"icon\":[$icons]}}")
# The test seams (stand-ins for the native dialogs) must not be in a shipped binary.
if grep -qa -e DPIA_HELPER_SAVE_DIR -e DPIA_HELPER_OPEN_FILE "${CARGO_TARGET_DIR:-target}/release/dpia-helper"; then
  echo "error: the release binary contains the e2e test seams (built with --features e2e-seams?)" >&2
  exit 1
fi
ls -l "${CARGO_TARGET_DIR:-target}"/release/bundle/deb/*.deb
