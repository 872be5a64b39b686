import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'fixtures/', 'coverage/', '.bench/', 'reports/', '.stryker-tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-control-regex': 'off',
    },
  },
  {
    // src/github writes to the job log only through log.ts, whose messages cannot start a workflow command
    files: ['src/github/**/*.ts'],
    ignores: ['src/github/log.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[object.name='core'][property.name=/^(info|debug|notice|warning|error|setFailed|startGroup|endGroup|group)$/]",
          message:
            'Log through log.ts (log.info, log.warning, log.fail): untrusted text must not start a workflow command.',
        },
        {
          selector:
            "ImportDeclaration[source.value='@actions/core'] ImportSpecifier[imported.name=/^(info|debug|notice|warning|error|setFailed)$/]",
          message: 'Log through log.ts: untrusted text must not start a workflow command.',
        },
        {
          selector: "MemberExpression[object.name='console']",
          message: 'Log through log.ts: untrusted text must not start a workflow command.',
        },
        {
          selector: "MemberExpression[object.name='process'][property.name=/^(stdout|stderr)$/]",
          message: 'Log through log.ts: untrusted text must not start a workflow command.',
        },
      ],
    },
  },
);
