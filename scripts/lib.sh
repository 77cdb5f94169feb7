# Shared helpers for scripts/*.sh: idempotent installs of what the project needs.

# Debian packages to build and run the desktop app.
APP_PACKAGES="build-essential pkg-config libwebkit2gtk-4.1-dev libgtk-3-dev libayatana-appindicator3-dev librsvg2-dev libssl-dev libxdo-dev"
# Debian packages the tests use: a virtual display, the WebKit WebDriver, PDF/DOCX inspection.
TEST_PACKAGES="xvfb xauth webkit2gtk-driver poppler-utils libreoffice-writer-nogui fonts-liberation unzip dbus dbus-x11 qpdf"

# Runs a command as root (directly when we are root, else through sudo).
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs Debian packages that are not installed yet.
ensure_apt() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== Installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

# Makes sure cargo and rustfmt are there (installs a toolchain through rustup only if cargo is missing).
ensure_rust() {
  if ! command -v cargo >/dev/null 2>&1; then
    [ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"
  fi
  if ! command -v cargo >/dev/null 2>&1; then
    ensure_apt curl ca-certificates build-essential
    curl -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --component rustfmt
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
  cargo fmt --version >/dev/null 2>&1 || rustup component add rustfmt
  export PATH="$HOME/.cargo/bin:$PATH"
}

# Makes sure node and npm are there.
ensure_node() {
  command -v npm >/dev/null 2>&1 || ensure_apt nodejs npm
}

# Installs the UI's npm packages (from package-lock.json) and builds it into ui/dist.
build_ui() {
  ensure_node
  (cd ui && { [ -d node_modules ] && npm ls --depth=0 >/dev/null 2>&1 || npm ci --no-audit --no-fund; } && npm run build)
}

# openxml-audit (PyPI) for the DOCX schema check (crates/dpia-docx/tests/package.rs), in a venv
# under ~/.cache/dpia-helper; exports its path (the check is an ignored test that test.sh runs).
OPENXML_AUDIT_VERSION="0.8.0"
OPENXML_AUDIT_VENV="$HOME/.cache/dpia-helper/venv"
ensure_openxml_audit() {
  local bin="$OPENXML_AUDIT_VENV/bin/openxml-audit"
  if [ ! -x "$bin" ] || ! "$OPENXML_AUDIT_VENV/bin/pip" show openxml-audit 2>/dev/null | grep -q "^Version: $OPENXML_AUDIT_VERSION\$"; then
    command -v python3 >/dev/null 2>&1 || ensure_apt python3
    python3 -m venv --help >/dev/null 2>&1 && python3 -c 'import ensurepip' 2>/dev/null || ensure_apt python3-venv
    echo "== Installing openxml-audit $OPENXML_AUDIT_VERSION into $OPENXML_AUDIT_VENV"
    python3 -m venv "$OPENXML_AUDIT_VENV"
    "$OPENXML_AUDIT_VENV/bin/pip" install --quiet --disable-pip-version-check "openxml-audit==$OPENXML_AUDIT_VERSION"
  fi
  export DPIA_OPENXML_AUDIT="$bin"
}

# tauri-driver (version 2) for the end-to-end tests.
ensure_tauri_driver() {
  command -v tauri-driver >/dev/null 2>&1 || cargo install tauri-driver --version '^2' --locked
}

# Windows from this Linux machine (scripts/test-windows.sh): the Rust target, mingw-w64 (linker,
# and the C compiler for the bundled SQLite), Wine to run what is built, and a Wine prefix of our
# own ($WINEPREFIX, default ~/.cache/dpia-helper/wine) holding the bcryptprimitives.dll shim
# built from scripts/windows/bcryptprimitives.c (Debian's Wine 8 lacks ProcessPrng, which Rust's
# standard library needs). Exports the cargo settings that build for and run under Wine.
WINDOWS_TARGET="x86_64-pc-windows-gnu"
WINDOWS_PACKAGES="gcc-mingw-w64-x86-64 wine wine64"
ensure_windows_toolchain() {
  if ! rustup target list --installed 2>/dev/null | grep -qx "$WINDOWS_TARGET"; then
    command -v rustup >/dev/null 2>&1 || { echo "error: rustup is needed to add the $WINDOWS_TARGET target" >&2; return 1; }
    rustup target add "$WINDOWS_TARGET"
  fi
  ensure_apt $WINDOWS_PACKAGES
  export WINEPREFIX="${WINEPREFIX:-$HOME/.cache/dpia-helper/wine}"
  export WINEDEBUG="${WINEDEBUG:--all}"
  # wine64 itself: the `wine` wrapper only adds a warning about the missing 32-bit Wine.
  WINE="$(command -v wine64 || true)"
  [ -n "$WINE" ] || WINE=/usr/lib/wine/wine64
  [ -x "$WINE" ] || WINE="$(command -v wine)"
  if [ ! -f "$WINEPREFIX/system.reg" ]; then
    echo "== Creating the Wine prefix $WINEPREFIX"
    mkdir -p "$(dirname "$WINEPREFIX")"
    # No Mono or Gecko (nothing here needs .NET or a web view): Wine would offer to download them.
    WINEDLLOVERRIDES="mscoree,mshtml=" "$WINE" wineboot --init >/dev/null 2>&1
    wineserver -w
  fi
  local shim="$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"
  local src=scripts/windows/bcryptprimitives
  # A Wine that brings its own bcryptprimitives.dll (9.0 and later) needs no shim.
  if compgen -G "/usr/lib/*/wine/x86_64-windows/bcryptprimitives.dll" >/dev/null ||
    compgen -G "/usr/lib/wine/x86_64-windows/bcryptprimitives.dll" >/dev/null; then
    :
  elif [ ! -f "$shim" ] || [ "$src.c" -nt "$shim" ] || [ "$src.def" -nt "$shim" ]; then
    echo "== Building the ProcessPrng shim into $shim"
    x86_64-w64-mingw32-gcc -O2 -shared -s -Wl,--no-insert-timestamp -o "$shim" "$src.c" "$src.def" -ladvapi32
  fi
  # One server for the whole run (it ends by itself a minute after the last Windows program),
  # instead of a new one after every pause of three seconds.
  wineserver -p60 >/dev/null 2>&1 || true
  export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
  export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER="$WINE"
  export WINE
}
