#!/usr/bin/env bash
# Builds the UI and the desktop app (release) and starts it. Installs the system packages it needs
# (WebKitGTK 4.1 etc.) when they are missing. Usage: scripts/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_rust
ensure_apt $APP_PACKAGES
build_ui
cargo build --release --locked -p dpia-helper --features custom-protocol
exec ./target/release/dpia-helper
