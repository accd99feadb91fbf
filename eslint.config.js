// The regular-expression linter run by `npm test` (test/lint/regexp.test.ts):
// patterns whose matching time can grow faster than the text are errors, since
// every rule runs on whatever text a pipeline hands the tool.
import regexp from 'eslint-plugin-regexp';
import tsParser from '@typescript-eslint/parser';

export default [
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tsParser },
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
    },
  },
];
