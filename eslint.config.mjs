// One lint configuration for every workspace. Type-aware rules (no-floating-promises above all) are on,
// because an async failure that disappears is the bug this project can least afford.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/dist-examples/**', '**/dist-bench/**', '**/node_modules/**', '**/src/gen/**', '**/.runtime/**', '**/.work/**', '**/coverage/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
    },
  },
  {
    // The model is pure: no I/O, no timers, no process. Time is a parameter.
    files: ['packages/model/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['node:*', 'fs', 'net', 'http', 'https', 'child_process', 'os', 'path'], message: 'packages/model is pure: no Node built-ins.' },
        { group: ['express', '@grpc/*', 'node-zookeeper-client', 'jolokia.js', '@aws-sdk/*', 'cassandra-driver', 'pino'], message: 'packages/model is pure: I/O libraries belong at the edges.' },
        { group: ['@cassandra-mesos/*'], message: 'packages/model depends on no other workspace.' },
      ] }],
      'no-restricted-globals': ['error', 'setTimeout', 'setInterval', 'process', 'fetch'],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'time is a parameter in packages/model' }],
    },
  },
  {
    files: ['**/*.cjs', '**/*.mjs', '**/scripts/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    rules: { ...tseslint.configs.disableTypeChecked.rules, 'no-console': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/test/**/*.ts', '**/*.test.ts', '**/bench/**/*.ts', '**/scripts/**/*.ts'],
    rules: { 'no-console': 'off', '@typescript-eslint/unbound-method': 'off' },
  },
);
