#!/usr/bin/env bash
# Every check the project has, in the order that fails fastest: install (when node_modules is
# missing), typecheck, lint, unit tests, production build, browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
bash scripts/ensure-chromium.sh
PULLBACK_TEST_DATABASE_URL=$(bash scripts/ensure-postgres.sh); export PULLBACK_TEST_DATABASE_URL
case $PULLBACK_TEST_DATABASE_URL in
  postgres://*) ;;
  *) echo "ensure-postgres.sh printed no URL: '$PULLBACK_TEST_DATABASE_URL'" >&2; exit 1 ;;
esac
npm run --silent typecheck
npm run --silent lint
npm run --silent test:unit
npm run --silent build
npm run --silent check:bundle
npm run --silent test:e2e
