#!/usr/bin/env bash
# Makes sure the browsers the e2e tests drive are installed:
# Debian's chromium and firefox-esr (and openssl for the https test server). As root on Debian it installs what is
# missing with apt-get; elsewhere it names what to install and stops.
# CHROMIUM_PATH and FIREFOX_PATH point the tests at browsers elsewhere.
set -euo pipefail

chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
firefox=${FIREFOX_PATH:-/usr/bin/firefox-esr}
missing=()
[ -x "$chromium" ] || missing+=(chromium)
[ -x "$firefox" ] || missing+=(firefox-esr)
# The https test server makes a throwaway certificate with openssl.
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
[ ${#missing[@]} -eq 0 ] && { echo "browsers: $chromium, $firefox"; exit 0; }

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} (and fonts for non-Latin test pages) with apt-get…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-noto-core fonts-noto-cjk >/dev/null
  [ -x "$chromium" ] && [ -x "$firefox" ] && command -v openssl >/dev/null && exit 0
  echo "apt-get finished but the browsers are still missing at $chromium / $firefox" >&2
  exit 1
fi

cat >&2 <<MSG
The end-to-end tests need these browsers, which are missing: ${missing[*]}
  On Debian/Ubuntu: sudo apt-get install chromium firefox-esr
  Or point the tests at your own builds: CHROMIUM_PATH=/path/to/chromium FIREFOX_PATH=/path/to/firefox npm test
MSG
exit 1
