// The package as someone else gets it: `npm pack`, the tarball installed into
// an empty folder (its dependencies come from the registry), then the
// `extract` command run with npx, the library imported by Node, and its types
// checked by TypeScript as a consumer's code would be.

import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, STACK_LINE, tempDir } from '../cli/run-extract.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const SEED = join(ROOT, 'seeds', '002_pacific_fisheries_talks.txt');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

let dir: { path: string; remove: () => Promise<void> };
let tarball: string;
let files: string[];
const consumer = () => join(dir.path, 'consumer');

/** The environment of a user's shell: none of the npm settings of the `npm test` that runs this. */
function userEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  return { ...env, NO_UPDATE_NOTIFIER: '1', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
}

function inConsumer(command: string, args: string[]): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd: consumer(), env: userEnv(), encoding: 'utf8', timeout: 120_000 });
}

beforeAll(async () => {
  dir = await tempDir();
  // dist/ is built by `npm test`; packing runs no script, as a packed package needs none.
  const packed = execFileSync(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir.path], { cwd: ROOT, env: userEnv(), encoding: 'utf8' });
  const [info] = JSON.parse(packed) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(dir.path, info.filename);
  files = info.files.map((file) => file.path);
  execFileSync('mkdir', [consumer()]);
  writeFileSync(join(consumer(), 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const install = inConsumer(NPM, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball]);
  if (install.status !== 0) throw new Error(`npm install ${tarball} failed:\n${install.stdout}\n${install.stderr}`);
}, 240_000);

afterAll(async () => {
  await dir?.remove();
});

describe('the packed package', () => {
  it('holds the built command and library, their data and types, and no sources', () => {
    for (const file of ['package.json', 'README.md', 'LICENSE', 'bin/extract.js', 'dist/index.js', 'dist/index.d.ts', 'dist/facts.d.ts', 'dist/lexicon/data/tagger.json', 'dist/rules/confidence.json']) {
      expect(files).toContain(file);
    }
    expect(files.filter((file) => /^(src|test|seeds)\//.test(file) || file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);
  });

  it('installed, runs as `npx extract quotes <file>`', () => {
    const result = inConsumer(NPX, ['--no', 'extract', 'quotes', SEED, '--format', 'json']);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as { documents: Array<{ quotes: Array<{ speaker: { name: string } | null }> }> };
    expect(output.documents[0].quotes.length).toBeGreaterThan(0);
    const version = inConsumer(NPX, ['--no', '--', 'extract', '--version']);
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it('is imported by its name, and extract() prints facts', () => {
    const script = `import(${JSON.stringify(pkg.name)}).then(async (m) => console.log(JSON.stringify(await m.extract('"The pier opens in May," said Ilse Dunmore.', { kinds: ['quotes'] }))))`;
    const result = inConsumer(process.execPath, ['-e', script]);
    expect(result.stderr).toBe('');
    const doc = JSON.parse(result.stdout) as { source: string; quotes: Array<{ text: string; speaker: { name: string } }> };
    expect(Object.keys(doc)).toEqual(['source', 'quotes']);
    expect(doc.quotes[0]).toMatchObject({ text: 'The pier opens in May,', speaker: { name: 'Ilse Dunmore' } });
  });

  it('gives TypeScript the types of the facts', () => {
    writeFileSync(
      join(consumer(), 'consumer.ts'),
      [
        `import { extract, extractFiles, type Quote, type Vote, type ExtractedDocument } from ${JSON.stringify(pkg.name)};`,
        `const doc: ExtractedDocument<'quotes'> = await extract('text', { kinds: ['quotes'] });`,
        'const quote: Quote | undefined = doc.quotes[0];',
        "const speaker: string | undefined = quote?.speaker?.name;",
        "const files = await extractFiles(['news/'], { kinds: ['votes'], maxSize: '10M' });",
        'const vote: Vote | undefined = files.documents[0]?.votes[0];',
        'const inFavour: number | null | undefined = vote?.counts.for;',
        '// @ts-expect-error entities were not asked for',
        'void doc.entities;',
        "// @ts-expect-error 'quote' is no kind",
        "void extract('text', { kinds: ['quote'] });",
        'void [speaker, inFavour];',
        '',
      ].join('\n'),
    );
    const compilerOptions = { module: 'nodenext', moduleResolution: 'nodenext', target: 'ES2022', strict: true, noEmit: true, types: [], skipLibCheck: false };
    writeFileSync(join(consumer(), 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['consumer.ts'] }));
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = inConsumer(process.execPath, [tsc, '-p', 'tsconfig.json']);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
