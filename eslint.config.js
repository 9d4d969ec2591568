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
  {
    // The AWS SDK is big: the server loads it only in S3 mode, with `await import()` in s3-file-store.ts.
    files: ['packages/server/src/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@aws-sdk/*'],
              allowTypeImports: true,
              message: 'Import the AWS SDK lazily (await import) so deployments without S3 never load it.',
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
