#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine: PostgreSQL server, Chromium, fonts.
# npm packages are installed by the web project's build; NuGet packages by restore.
set -euo pipefail
need=()
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v node >/dev/null 2>&1 || need+=(nodejs npm)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
[ -f /usr/lib/python3/dist-packages/aiosmtpd/__init__.py ] || need+=(python3-aiosmtpd) # local SMTP server for the mail outbox tests (tests/Inquiries)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils) # report PDF pages as PNG for people to look at (tests/Reports)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = "0" ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
  # The Debian package starts its own cluster; the tests use a private one (scripts/pg-test.sh).
  $SUDO systemctl disable --now postgresql >/dev/null 2>&1 || true
fi
echo "dependencies ready: $(ls -d /usr/lib/postgresql/*/bin | tail -n 1), $(chromium --version 2>/dev/null || echo 'no chromium')"
