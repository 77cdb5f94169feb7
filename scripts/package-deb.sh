#!/usr/bin/env bash
# Builds the .deb package of the desktop app with the Tauri CLI from npm (prebuilt): the app
# (/usr/bin/dpia-helper), the `dpia` command line beside it (/usr/bin/dpia, Tauri's externalBin),
# the icons, and the desktop file named by the app id
# (/usr/share/applications/nl.kpisolutions.dpia-helper.desktop; Tauri names it after the
# product, with a space, so the package is unpacked and packed again with that one file renamed).
# Output: target/release/bundle/deb/*.deb. Usage: scripts/package-deb.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_rust
ensure_apt $APP_PACKAGES file
build_ui
root="$(pwd)"
target="${CARGO_TARGET_DIR:-target}"
app_id="$(node -p 'require("./tauri.conf.json").identifier')"

# The command line, where Tauri's externalBin looks for it: src-tauri/binaries/dpia-<triple>.
cargo build --release --locked -p dpia-cli
triple="$(rustc -vV | sed -n 's/^host: //p')"
mkdir -p src-tauri/binaries
cp "$target/release/dpia" "src-tauri/binaries/dpia-$triple"

# The CLI wants the config beside the crate (src-tauri/tauri.conf.json links to the root one)
# and resolves paths from there, so the root-relative ones are passed as absolute paths.
icons="\"$root/src-tauri/icons/32x32.png\",\"$root/src-tauri/icons/128x128.png\",\"$root/src-tauri/icons/icon.png\""
(cd src-tauri && "$root/ui/node_modules/.bin/tauri" build --bundles deb \
  --config "{\"build\":{\"frontendDist\":\"$root/ui/dist\"},\"bundle\":{\"icon\":[$icons],\"externalBin\":[\"binaries/dpia\"]}}")
# The test seams (stand-ins for the native dialogs) must not be in a shipped binary.
if grep -qa -e DPIA_HELPER_SAVE_DIR -e DPIA_HELPER_OPEN_FILE "$target/release/dpia-helper"; then
  echo "error: the release binary contains the e2e test seams (built with --features e2e-seams?)" >&2
  exit 1
fi

deb="$(ls -t "$target"/release/bundle/deb/*.deb | head -1)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dpkg-deb -R "$deb" "$work/pkg"
desktop=("$work/pkg/usr/share/applications/"*.desktop)
[ ${#desktop[@]} = 1 ] || { echo "error: expected one desktop file in $deb: ${desktop[*]}" >&2; exit 1; }
if [ "$(basename "${desktop[0]}")" != "$app_id.desktop" ]; then
  mv "${desktop[0]}" "$work/pkg/usr/share/applications/$app_id.desktop"
  sed -i "s|  usr/share/applications/.*\.desktop\$|  usr/share/applications/$app_id.desktop|" "$work/pkg/DEBIAN/md5sums"
  dpkg-deb --root-owner-group --build "$work/pkg" "$deb" >/dev/null
fi
contents="$(dpkg-deb -c "$deb")"
for f in usr/bin/dpia-helper usr/bin/dpia "usr/share/applications/$app_id.desktop"; do
  grep -q " \./$f\$" <<<"$contents" || { echo "error: $deb lacks /$f" >&2; exit 1; }
done
ls -l "$deb"
