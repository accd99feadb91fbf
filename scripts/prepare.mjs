#!/usr/bin/env node
// npm runs `prepare` on `npm install` in a clone and on `npm pack`: there it
// builds dist/ from src/ (`npm run build`). The packed package holds dist/
// already built and no src/, so wherever a package manager runs `prepare`
// on an installed copy there is nothing to build and TypeScript is not needed.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

if (existsSync(join(ROOT, 'src')) && existsSync(join(ROOT, 'tsconfig.json'))) {
  let tsc;
  try {
    tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    console.error('prepare: TypeScript is not installed, so dist/ cannot be built: run `npm install` with the dev dependencies');
    process.exit(2);
  }
  const build = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.json')], { stdio: 'inherit' });
  process.exitCode = build.status ?? 1;
}
