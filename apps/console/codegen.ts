import type { CodegenConfig } from '@graphql-codegen/cli';
import { fileURLToPath } from 'node:url';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * Typed operations from the server's committed SDL. Absolute paths, so the
 * drift test can run it from any working directory. Test files are left out.
 */
export const codegenConfig: CodegenConfig = {
  schema: here('../../packages/server/schema.graphql'),
  // A test's own operation (a stand-in query in a test file) is not one of the console's.
  documents: [here('src/**/*.{ts,tsx}'), `!${here('src/gql/**')}`, `!${here('src/**/*.test.{ts,tsx}')}`],
  ignoreNoDocuments: false,
  silent: true,
  generates: {
    [here('src/gql/')]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
        strictScalars: true,
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
      },
    },
  },
};

export default codegenConfig;
