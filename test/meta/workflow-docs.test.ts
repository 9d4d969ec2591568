import { describe, expect, it } from 'vitest';
import { checkWorkflowDocs } from '@posyandu-spm/api/workflow-docs';

describe('docs/workflows.md', () => {
  it('says what the installed plugins declare (run pnpm docs:workflows after changing a workflow)', async () => {
    const { fresh, expected } = await checkWorkflowDocs();
    expect(expected).toContain('## Pendidikan / Education (`pendidikan`)');
    expect(fresh, 'docs/workflows.md is stale: run pnpm docs:workflows').toBe(true);
  });
});
