#!/usr/bin/env bash
# Install the headless browser the end-to-end tests use (Debian's chromium).
#
# Quiet and idempotent: does nothing when /usr/bin/chromium is already there.
# Only root can install; anyone else gets a one-line note and the browser
# tests skip themselves. Never downloads a browser build of its own (no
# `playwright install`): the Python `playwright` package drives this chromium.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" != "0" ]; then
    echo "install-browser: /usr/bin/chromium missing and not root; browser tests will be skipped" >&2
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-browser: no apt-get here; browser tests will be skipped" >&2
    exit 0
fi

export DEBIAN_FRONTEND=noninteractive
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core; } >"$log" 2>&1; then
    echo "install-browser: apt-get failed:" >&2
    tail -n 20 "$log" >&2
fi
if [ ! -x /usr/bin/chromium ]; then
    echo "install-browser: chromium did not install; browser tests will be skipped" >&2
fi
exit 0
