#!/usr/bin/env bash
# Runs every test. Installs what the tests need when it is missing (idempotent), so it works on a
# fresh Debian/Ubuntu machine. Usage: scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_rust
echo "== Rust: format check"
cargo fmt --all -- --check
echo "== Rust: all crates"
cargo test --workspace --locked
