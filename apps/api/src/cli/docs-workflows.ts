/** `pnpm docs:workflows`: writes docs/workflows.md from the installed plugins' workflow definitions. */
import { checkWorkflowDocs } from '../workflow-docs.js';

const { fresh } = await checkWorkflowDocs(true);
process.stdout.write(fresh ? 'docs/workflows.md is up to date\n' : 'docs/workflows.md written\n');
