#!/usr/bin/env bash
# Installs the system libraries archive builds against (Debian/Ubuntu): SQLite (FTS5),
# libxml2 (HTML parser) and zlib (.html.gz). Does nothing when they are present; as non-root
# without sudo it prints the exact command to run instead.
set -euo pipefail
need=()
for pkg in libsqlite3-dev libxml2-dev zlib1g-dev pkg-config; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done
[ ${#need[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "archive needs: SQLite 3 with FTS5, libxml2 and zlib development files, pkg-config (${need[*]} on Debian)" >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
  echo "missing packages: ${need[*]}; run as root: apt-get update && apt-get install -y ${need[*]}" >&2
  exit 1
fi
echo "installing ${need[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >&2
