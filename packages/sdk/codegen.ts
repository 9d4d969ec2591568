import type { CodegenConfig } from '@graphql-codegen/cli';
import { fileURLToPath } from 'node:url';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * Typed operations of the SDK from the server's committed SDL (the same one the console uses).
 * Run `pnpm --filter @posyandu-spm/sdk codegen` after changing src/operations.ts or the schema.
 */
export const codegenConfig: CodegenConfig = {
  schema: here('../server/schema.graphql'),
  documents: [here('src/operations.ts'), here('src/**/*.test.ts')],
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
        importExtension: '.js',
      },
    },
  },
};

export default codegenConfig;
