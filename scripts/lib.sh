# Shared helpers for scripts/*.sh: idempotent installs.

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
}
