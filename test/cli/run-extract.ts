// Runs the built command as a user would: `node bin/extract.js …` in a child
// process, with a clean environment (no CI, colour or debug settings).

import { afterAll, beforeAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'extract.js');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'inputs');

function requireBuild(): void {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
    throw new Error('dist/ is missing: run `npm run build` (npm test does it) before these tests');
  }
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

export interface RunOptions {
  /** Text for stdin; without it stdin is /dev/null (not a terminal). */
  input?: string | Buffer;
  cwd?: string;
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
  /** Options for node itself, before the script. */
  nodeOptions?: string[];
}

const UNSET = ['CI', 'NO_COLOR', 'FORCE_COLOR', 'DEBUG', 'COLORTERM', 'COLUMNS'];

export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of UNSET) delete env[name];
  env.TERM = 'xterm';
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

export function runExtract(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  requireBuild();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeOptions ?? []), BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: cleanEnv(options.env),
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 60_000,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const stdoutBytes = Buffer.concat(out);
      resolve({ code, signal, stdout: stdoutBytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), stdoutBytes });
    });
    if (options.input !== undefined) child.stdin!.end(options.input);
  });
}

/** Runs extract and parses its JSON output. */
export async function runJson(args: readonly string[], options: RunOptions = {}) {
  const result = await runExtract([...args, '--format', 'json'], options);
  let json: ExtractJson;
  try {
    json = JSON.parse(result.stdout) as ExtractJson;
  } catch {
    throw new Error(`stdout is not JSON (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
  return { ...result, json };
}

export interface ExtractJson {
  schema: string;
  documents: Array<{ source: string } & Record<string, unknown>>;
  errors: Array<{ source: string; code: string; message: string }>;
}

export async function tempDir(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'extract-test-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** A temporary folder for the tests of one file: made before they run, removed after. */
export function suiteTempDir(): { readonly path: string } {
  let made: { path: string; remove: () => Promise<void> } | undefined;
  beforeAll(async () => {
    made = await tempDir();
  });
  afterAll(async () => {
    await made?.remove();
  });
  return {
    get path() {
      if (!made) throw new Error('the temporary folder exists only while the tests run');
      return made.path;
    },
  };
}

export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** A stack trace line, as Node prints it. */
export const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

/** Every object with `text` and `span` anywhere below `value`. */
export function locatedObjects(value: unknown, found: Array<{ text: string; span: { start: number; end: number; line: number; column: number } }> = []) {
  if (Array.isArray(value)) {
    for (const item of value) locatedObjects(item, found);
  } else if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (typeof object.text === 'string' && object.span && typeof object.span === 'object') found.push(object as never);
    for (const child of Object.values(object)) locatedObjects(child, found);
  }
  return found;
}
