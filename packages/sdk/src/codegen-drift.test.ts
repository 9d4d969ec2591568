import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { codegenConfig } from '../codegen.js';

describe('the SDK’s generated operation types', () => {
  it('match the server SDL and the operations (run `pnpm --filter @posyandu-spm/sdk codegen` if not)', async () => {
    const outputs = await generate(codegenConfig, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      expect(readFileSync(output.filename, 'utf8'), output.filename).toBe(output.content);
    }
  }, 60_000);
});
