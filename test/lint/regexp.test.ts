// Every regular expression in src/ passes the linter of eslint.config.js:
// none whose matching time can grow faster than the text it reads, except
// those marked, with the reason, as reading a bounded text.

import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('regular expressions', () => {
  it('none in src/ can take super-linear time on the text it reads', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const results = await eslint.lintFiles(['src/**/*.ts']);
    const problems = results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(ROOT.length)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(results.length).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  }, 60_000);

  it('the linter does flag such a pattern', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const [result] = await eslint.lintText('export const slow = /\\d+x/.test(String(1));\n', { filePath: 'src/example.ts' });
    expect(result.messages.map((m) => m.ruleId)).toContain('regexp/no-super-linear-move');
  });
});
