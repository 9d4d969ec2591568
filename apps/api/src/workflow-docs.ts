import { readFile, writeFile } from 'node:fs/promises';
import { renderWorkflowDocs } from '@posyandu-spm/plugin-api';
import { loadInstalledPlugins } from './installed-plugins.js';

/** docs/workflows.md of the repository: the installed sectors' workflows, generated. */
export const WORKFLOW_DOCS_FILE = new URL('../../../docs/workflows.md', import.meta.url);

/** docs/workflows.md as the installed plugins declare their workflows now. */
export async function installedWorkflowDocs(): Promise<string> {
  const modules = await loadInstalledPlugins();
  return renderWorkflowDocs(modules.map((m) => m.plugin));
}

/** Whether docs/workflows.md says what the plugins declare; with `write`, makes it so. */
export async function checkWorkflowDocs(write = false): Promise<{ fresh: boolean; expected: string }> {
  const expected = await installedWorkflowDocs();
  const current = await readFile(WORKFLOW_DOCS_FILE, 'utf8').catch(() => '');
  if (write && current !== expected) await writeFile(WORKFLOW_DOCS_FILE, expected);
  return { fresh: current === expected, expected };
}
