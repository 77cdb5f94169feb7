#!/usr/bin/env bash
# Builds the .deb (scripts/package-deb.sh), installs it on this machine with apt, checks that the
# `dpia` command line came with it (and runs) and that the menu entry is named by the app id,
# starts the installed app once under Xvfb and checks that its UI comes up ("list shown" from
# DPIA_HELPER_TRACE_START) and that it writes its database, then removes the package again.
# Usage: scripts/test-deb.sh   (run by scripts/test.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_apt xvfb xauth dbus dbus-x11
scripts/package-deb.sh
deb="$(ls -t "${CARGO_TARGET_DIR:-target}"/release/bundle/deb/*.deb | head -1)"
echo "== Installing $deb"
as_root apt-get install -y --allow-downgrades --reinstall "$(realpath "$deb")" >/dev/null
bin="$(dpkg -L dpia-helper | grep -E '/bin/dpia-helper$' | head -1)"
test -x "$bin" || { echo "error: the package installed no /usr/bin/dpia-helper" >&2; exit 1; }
# The command line comes with it, on the PATH, and the menu entry is named by the app id.
dpkg -L dpia-helper | grep -qx /usr/bin/dpia || { echo "error: the package installed no /usr/bin/dpia" >&2; exit 1; }
app_id="$(node -p 'require("./tauri.conf.json").identifier')"
dpkg -L dpia-helper | grep -qx "/usr/share/applications/$app_id.desktop" ||
  { echo "error: the package installed no /usr/share/applications/$app_id.desktop" >&2; exit 1; }
(cd / && /usr/bin/dpia --lang en validate "$OLDPWD/tests/scenarios/hospital.dpia.json") ||
  { echo "error: the installed dpia command does not run" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "== Starting the installed $bin under Xvfb"
DPIA_HELPER_DATABASE="$tmp/installed.sqlite" DPIA_HELPER_TRACE_START=1 \
  dbus-run-session -- xvfb-run -a bash -c '
    "$0" 2>"$1/err" & pid=$!
    for _ in $(seq 1 300); do grep -q "^list shown " "$1/err" 2>/dev/null && break; sleep 0.1; done
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true' "$bin" "$tmp"
if ! grep -q '^list shown ' "$tmp/err"; then
  echo "error: the installed app did not show its UI; its output:" >&2
  cat "$tmp/err" >&2
  exit 1
fi
test -s "$tmp/installed.sqlite" || { echo "error: the installed app wrote no database" >&2; exit 1; }
echo "installed app: $(grep '^list shown ' "$tmp/err" | head -1) after start; database written"
as_root apt-get remove -y dpia-helper >/dev/null
