import react from '@vitejs/plugin-react';
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// The console's own test run (`pnpm --filter @posyandu-spm/console test`): no database needed.
export default defineConfig({
  plugins: [react()],
  resolve: {
    // One copy of graphql (as in the root config): Apollo's links and the tests must share it.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'build/**/*.test.ts'],
    environment: 'happy-dom',
  },
});
