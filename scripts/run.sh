#!/usr/bin/env bash
# The main job: builds the `dpia` command line and screens the hospital example in Dutch.
# Usage: scripts/run.sh [--lang en]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_rust
cargo build --release -p dpia-cli --locked
./target/release/dpia screen tests/scenarios/hospital.dpia.json "$@"
./target/release/dpia risks tests/scenarios/hospital.dpia.json "$@"
