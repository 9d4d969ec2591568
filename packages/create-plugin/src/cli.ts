/**
 * `pnpm create-plugin <sector-id> [--no-register] [--no-install]`: scaffolds
 * plugins/<sector-id>, lists it in apps/api/package.json, and installs it, so that
 * `pnpm test` runs its generated flow test right away.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { scaffoldPlugin } from './scaffold.js';

const { values, positionals } = parseArgs({
  options: { 'no-register': { type: 'boolean' }, 'no-install': { type: 'boolean' } },
  allowPositionals: true,
});
const id = positionals[0];
if (!id) {
  console.error('Usage: pnpm create-plugin <sector-id>   (lower-kebab-case, e.g. civil-registry)');
  process.exit(2);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
try {
  const result = await scaffoldPlugin({ root, id, register: !values['no-register'] });
  console.log(`Created ${path.relative(root, result.dir)}/ (${result.names.packageName}):`);
  for (const file of result.files) console.log(`  ${path.relative(root, file)}`);
  if (!values['no-install']) {
    const install = spawnSync('pnpm', ['install'], { cwd: root, stdio: 'inherit' });
    if (install.status !== 0) process.exit(install.status ?? 1);
  }
  console.log(
    `\nNext: edit ${path.relative(root, result.dir)}/src/${id}.plugin.ts, then pnpm vitest run plugins/${id}`,
  );
  console.log('The guide: docs/plugin-guide.md');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
