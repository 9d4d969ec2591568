// @ts-check
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      'coverage/**',
      'test-artifacts/**',
      'packages/server/src/migrations/Migration*.ts',
      // GraphQL Code Generator's output (console and SDK): regenerated, never edited; typecheck still reads it.
      'apps/console/src/gql/**',
      'packages/sdk/src/gql/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Decorated classes need their imports as values: emitDecoratorMetadata reads them at run time.
    files: ['packages/server/src/entities/**', 'packages/server/src/graphql/**'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  // Imports run one way (docs/architecture.md): core ← plugin-api ← plugins; core ← plugin-api ← server;
  // apps/api composes the server and the plugins. Each boundary is checked here and fails `pnpm test`.
  {
    files: ['plugins/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@posyandu-spm/server', '@posyandu-spm/server/*', '**/packages/server/**'],
              message:
                'A plugin never imports the server: use @posyandu-spm/plugin-api (ctx.spm) and @posyandu-spm/core.',
            },
            {
              group: ['@posyandu-spm/api', '@posyandu-spm/console', '**/apps/**'],
              message: 'A plugin never imports an app: apps compose plugins, not the other way round.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/sdk/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@posyandu-spm/*', '!@posyandu-spm/sdk', '**/packages/server/**', '**/plugins/**', '**/apps/**'],
              message:
                'The SDK is what an OPD system installs: it speaks to the server over HTTP only and imports nothing of ours.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/core/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@posyandu-spm/*', '!@posyandu-spm/core', '**/packages/server/**', '**/plugins/**', '**/apps/**'],
              message: 'The core imports no other package of this repository: it is the bottom of the house.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/plugin-api/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@posyandu-spm/*',
                '!@posyandu-spm/core',
                '!@posyandu-spm/plugin-api',
                '**/packages/server/**',
                '**/plugins/**',
                '**/apps/**',
              ],
              message: 'The plugin API depends on the core only; the server implements it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/server/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // The AWS SDK is big: the server loads it only in S3 mode, with `await import()` in s3-file-store.ts.
              group: ['@aws-sdk/*'],
              allowTypeImports: true,
              message: 'Import the AWS SDK lazily (await import) so deployments without S3 never load it.',
            },
            {
              group: [
                '@posyandu-spm/plugin-*',
                '!@posyandu-spm/plugin-api',
                '@posyandu-spm/api',
                '**/plugins/**',
                '**/apps/**',
              ],
              message:
                'The server library imports no plugin and no app: apps/api passes the installed plugins to createServer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/cli/**', '**/cli.ts', 'test/bench/**'],
    rules: { 'no-console': 'off' },
  },
);
