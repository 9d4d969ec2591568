/**
 * Imported first by a benchmark that measures the API server: the process runs as production
 * does (`NODE_ENV=production`). It has to come before any other import — graphql-js decides once,
 * when it is loaded, whether to run its development-mode checks (`instanceOf` on every input value
 * coerced, ~2 % of registerCase's CPU), and ES modules are evaluated in the order they are imported.
 */
process.env.NODE_ENV = 'production';
