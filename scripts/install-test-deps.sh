#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine: Chromium (browser tests),
# poppler-utils (pdftotext/pdftoppm to read PDFs), CJK fonts (Chinese in Chromium screenshots),
# python3-ezdxf (a second DXF reader for the DXF export's tests), postgresql and redis-server
# (the server's storage and several-instance tests start their own, test/server/*Harness.ts),
# then the npm packages from the lock file. Only Debian packages and the npm registry are used.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
# ezdxf reads the exported DXF back in test/export/dxf.test.ts (Debian's python, not a pyenv one)
/usr/bin/python3 -c 'import ezdxf' >/dev/null 2>&1 || need+=(python3-ezdxf)
# Debian's postgresql puts initdb, pg_ctl and postgres in /usr/lib/postgresql/<version>/bin
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || command -v initdb >/dev/null 2>&1 || need+=(postgresql)
command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ] || need+=(redis-server)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing Debian packages: ${need[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
