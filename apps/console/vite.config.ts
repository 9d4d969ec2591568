import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bundleBudget } from './build/bundle-budget.plugin';

const api = process.env.PSP_API ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react(), bundleBudget({ maxGzipBytes: 250 * 1024 })],
  server: {
    // Same origin as in production (the server serves the console): no CORS, cookies or URLs to configure.
    // Everything the API serves beside the console: GraphQL (and its WebSocket), files, downloads.
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: true },
      '/files': { target: api, changeOrigin: true },
      '/plugins': { target: api, changeOrigin: true },
      '/reports': { target: api, changeOrigin: true },
    },
  },
  build: {
    target: 'es2020',
    outDir: 'dist',
    emptyOutDir: true,
  },
});
