#!/usr/bin/env bash
# The project's test command: installs what the tests need when it is missing (Chromium and its
# driver, from the Debian packages), then runs every test, the browser tests included.
# Needs: Debian, Java 17, Maven. Extra arguments are passed to Maven (e.g. -Dtest='Login*').
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM=/usr/bin/chromium
CHROMEDRIVER=/usr/bin/chromedriver

missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
[ -x "$CHROMEDRIVER" ] || missing+=(chromium-driver)

if [ "${#missing[@]}" -gt 0 ]; then
  echo "test.sh: installing ${missing[*]} (needed by the browser tests)"
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
  else
    echo "test.sh: ${missing[*]} missing and neither root nor sudo available to install it" >&2
    exit 1
  fi
  "${as_root[@]}" apt-get update
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
fi

# Never run without the browser: the browser tests would fail anyway, say why here.
for tool in "$CHROMIUM" "$CHROMEDRIVER"; do
  if [ ! -x "$tool" ]; then
    echo "test.sh: $tool is still missing after installation" >&2
    exit 1
  fi
done
"$CHROMEDRIVER" --version

exec mvn -B -ntp test "$@"
