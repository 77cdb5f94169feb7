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
