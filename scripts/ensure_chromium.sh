#!/usr/bin/env bash
# Make sure Debian's headless-capable `chromium` is installed (used by tests/report to render the run report).
# Quiet and idempotent: does nothing when chromium is already on the PATH; prints only on failure.
# Exit status: 0 when chromium is available afterwards, 1 when it could not be installed.
set -u
have() { command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; }
have && exit 0
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then SUDO="sudo -n"; else
    echo "ensure_chromium: chromium missing and not root (no passwordless sudo): cannot apt-get install" >&2
    exit 1
  fi
fi
command -v apt-get >/dev/null 2>&1 || { echo "ensure_chromium: chromium missing and apt-get not available" >&2; exit 1; }
LOG=$(mktemp)
export DEBIAN_FRONTEND=noninteractive
# Install from the current package lists; refresh them once if the package is not found.
if ! $SUDO apt-get install -y -q --no-install-recommends chromium >"$LOG" 2>&1; then
  if ! { $SUDO apt-get update -q >>"$LOG" 2>&1 && $SUDO apt-get install -y -q --no-install-recommends chromium >>"$LOG" 2>&1; }; then
    echo "ensure_chromium: apt-get install chromium failed:" >&2
    tail -n 5 "$LOG" >&2
    rm -f "$LOG"
    exit 1
  fi
fi
rm -f "$LOG"
have || { echo "ensure_chromium: chromium still not found after install" >&2; exit 1; }
