#!/usr/bin/env bash
# Installs OpenBLAS (Debian's libopenblas-dev) when it is missing. Needs root or sudo.
set -euo pipefail
if dpkg -s libopenblas-dev >/dev/null 2>&1; then exit 0; fi
command -v apt-get >/dev/null || { echo "setup: install OpenBLAS (libopenblas-dev) with your package manager" >&2; exit 1; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "setup: installing libopenblas-dev…" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libopenblas-dev >/dev/null
