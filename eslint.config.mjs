// Lint (issue 18): `npm run lint`, part of `npm test`; zero warnings allowed (--max-warnings 0).
// TypeScript is linted with typescript-eslint's type-aware rules, through the projects of tsconfig.json; the .mjs
// scripts, which belong to no TypeScript project, with the rules that need no types. The formatting rules are
// @stylistic ones matching how the code is written: prettier is not enforced (see the README, "Lint").
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import local from './scripts/lint/local-rules.mjs';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/out/**', '.tsbuild/**', '.cache/**', '.vscode-test/**', 'test/grammar/results/**', 'test/vscode/workspace/**', 'docs/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { '@stylistic': stylistic, local },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // `require(…) as typeof import(…)` types a module loaded only on one path (the data loader when running from
      // source, child_process in a fallback): an import() type is the only way to name it there.
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // Unused parameters too ("args": "all"); a parameter a signature needs but the body does not is named `_…`.
      '@typescript-eslint/no-unused-vars': ['error', { args: 'all', argsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      'local/no-empty-branch': 'error',
      'local/no-identical-ternary': 'error',
      'local/no-stacked-doc-comments': 'error',
      'no-unneeded-ternary': 'error',
      // `void x;` as a statement only silences an unused variable; `void promise` (a deliberate fire-and-forget, which
      // no-floating-promises asks for) stays.
      'no-restricted-syntax': ['error', { selector: 'ExpressionStatement > UnaryExpression[operator="void"] > Identifier', message: '`void x;` hides an unused variable: remove the variable instead.' }],

      // Off, with the reason:
      // - The LSP messages and the JSON the tests read are untyped by nature (params: any in the test client,
      //   JSON.parse results): every access to them would need a cast that checks nothing.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Non-null assertions after a test or a lookup that cannot fail are how the code states what it knows
      // (`m[1]!` after a match); tsconfig's noUncheckedIndexedAccess-free strictness already types the rest.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // tsconfig does not set noUncheckedIndexedAccess, so `list[i]!` reads as redundant to this rule (381 places).
      // The `!` records that the index is known to be in range, and is what noUncheckedIndexedAccess would require;
      // removing them all would churn every engine file for no change in behaviour.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // An async function without await is how a function that implements a promise-returning interface (VS Code's
      // activate, a garbage collector, vscode-textmate's loadGrammar) returns a promise, its exceptions included.
      '@typescript-eslint/require-await': 'off',
      // Control characters in patterns are meant: NULs and other C0 characters in the text the engine cleans, the
      // terminal escapes of the CLI's progress line in its tests.
      'no-control-regex': 'off',

      // Style, as the code is written (2 spaces, single quotes, semicolons, trailing commas on multi-line literals).
      '@stylistic/quotes': ['error', 'single', { avoidEscape: true, allowTemplateLiterals: 'always' }],
      '@stylistic/semi': ['error', 'always'],
      '@stylistic/comma-dangle': ['error', 'always-multiline'],
      '@stylistic/arrow-parens': ['error', 'always'],
      '@stylistic/brace-style': ['error', '1tbs', { allowSingleLine: true }],
      '@stylistic/eol-last': 'error',
      '@stylistic/no-trailing-spaces': 'error',
      '@stylistic/no-multiple-empty-lines': ['error', { max: 1, maxBOF: 0, maxEOF: 0 }],
      '@stylistic/comma-spacing': 'error',
      '@stylistic/keyword-spacing': 'error',
      '@stylistic/space-infix-ops': 'error',
      '@stylistic/space-before-blocks': 'error',
      '@stylistic/no-tabs': 'error',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // CommonJS preloads (test/reliability/guard.cjs) load modules with require() by nature.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
