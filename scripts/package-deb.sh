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
# and an absolute frontendDist.
(cd src-tauri && "$root/ui/node_modules/.bin/tauri" build --bundles deb \
  --config "{\"build\":{\"frontendDist\":\"$root/ui/dist\"}}")
ls -l "${CARGO_TARGET_DIR:-target}"/release/bundle/deb/*.deb
