#!/usr/bin/env bash
# Every check the project has, in the order that fails fastest: install (when node_modules is
# missing), typecheck, lint, unit tests, production build, browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
bash scripts/ensure-chromium.sh
npm run --silent typecheck
npm run --silent lint
npm run --silent test:unit
npm run --silent build
npm run --silent test:e2e
