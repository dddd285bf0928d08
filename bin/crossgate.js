#!/usr/bin/env node
// The `crossgate` command. `npm install` builds dist/ (the `prepare` script); run `npm run build` after changes.
// It runs the bundle (dist/cli.mjs: one file loads far faster than the ~800 modules it holds).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('crossgate: not built yet; run `npm run build` (npm install does it) and try again\n');
  process.exit(2);
}
await import(entry.href);
