import { ROLE_LABELS } from '../identity/roles.js';
import { CASE_OUTCOME_LABELS, DECLINE_REASON_LABELS, SETTLEMENT_KIND_LABELS } from '../workflow/outcomes.js';
import { outcomeChoices } from '../workflow/engine.js';
import { RETURN_ACTION_ID, type ActionDefinition, type SpmPlugin, type StateDefinition } from './contract.js';

/**
 * `docs/workflows.md`, written from the plugin definitions (`pnpm docs:workflows`): per sector, its states,
 * its actions with who may take them, and how each case can end. A test compares the file with this
 * rendering, so the document never drifts from the code.
 */
export function renderWorkflowDocs(plugins: readonly SpmPlugin[]): string {
  const out: string[] = [
    '# Workflows of the installed sectors',
    '',
    '<!-- Generated from the plugin definitions by `pnpm docs:workflows`; do not edit by hand. -->',
    '',
    'Each sector plugin declares its workflow (see [plugin-guide.md](plugin-guide.md)); this file is written',
    'from those declarations, and `test/meta/workflow-docs.test.ts` fails when it is stale.',
    '',
    'Every case ends in a final state with one outcome (plugin API 1.4, `packages/core/src/workflow/outcomes.ts`):',
    '',
    '| Outcome | Bahasa Indonesia | English |',
    '| --- | --- | --- |',
    ...Object.entries(CASE_OUTCOME_LABELS).map(([k, l]) => `| \`${k}\` | ${l.id} | ${l.en} |`),
    '',
    'A decline carries a reason code: ' +
      Object.entries(DECLINE_REASON_LABELS)
        .map(([k, l]) => `\`${k}\` (${l.id} / ${l.en})`)
        .join(', ') +
      '. `NOT_AUTHORITY` names the unit the citizen should go to instead. A settlement at village level says how: ' +
      Object.entries(SETTLEMENT_KIND_LABELS)
        .map(([k, l]) => `\`${k}\` (${l.id} / ${l.en})`)
        .join(', ') +
      '.',
    '',
    `Besides the actions below, the core offers every unit holding a forwarded case \`${RETURN_ACTION_ID}\``,
    '(Kembalikan, bukan wewenang): the case goes back to the unit that sent it, in the state it was sent',
    'from, with a reason and optionally the unit with authority. It is not an outcome: reports count it',
    'from the RETURNED events. From every state a case is forwarded from, the sender can close it itself',
    '(the start-up check `NO_CLOSE_AFTER_RETURN`), so a returned case never stays open for good.',
    '',
  ];
  for (const plugin of plugins) out.push(...sector(plugin));
  return `${out.join('\n').trimEnd()}\n`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const roles = (a: ActionDefinition) => a.roles.map((r) => ROLE_LABELS[r].id).join(', ');

function stateFlags(s: StateDefinition, plugin: SpmPlugin): string {
  const flags: string[] = [];
  if (s.id === plugin.workflow.initialState) flags.push('start');
  if (s.id === plugin.workflow.anonymousIntakeState) flags.push('start without identity or contact');
  if (s.pausesClock) flags.push('clock paused');
  if (s.allowsVisits) flags.push('visits');
  return flags.join(', ');
}

function needs(a: ActionDefinition, plugin: SpmPlugin): string {
  const to = plugin.workflow.states.find((s) => s.id === a.to);
  const parts: string[] = [];
  if (a.requiresReason) parts.push('reason');
  if (a.requiresNote) parts.push('note');
  if (to) {
    const choices = outcomeChoices(a, to);
    if (choices.declineReasons.length) parts.push(`decline code: ${choices.declineReasons.join(' / ')}`);
    if (choices.settlementKinds.length) parts.push(`settlement: ${choices.settlementKinds.join(' / ')}`);
  }
  for (const g of a.guards ?? []) {
    if (g.type === 'visitRecorded') parts.push(`${g.kind.toLowerCase()} visit recorded`);
    else
      parts.push(
        `${g.type === 'documentsComplete' ? 'documents complete' : 'documents verified'}${g.codes ? ` (${g.codes.join(', ')})` : ''}`,
      );
  }
  for (const e of a.effects ?? []) {
    const route = plugin.routes.find((r) => r.id === e.route);
    parts.push(`→ ${route ? route.label.id : e.route}`);
  }
  if (a.serviceTypes) parts.push(`only ${a.serviceTypes.join(', ')}`);
  return parts.join('; ');
}

function sector(plugin: SpmPlugin): string[] {
  const { states, actions } = plugin.workflow;
  const lines = [
    `## ${plugin.name.id} / ${plugin.name.en} (\`${plugin.id}\`)`,
    '',
    `Plugin ${plugin.version}, core plugin API ${plugin.requiresCoreApi}.`,
    '',
    '### States',
    '',
    '| State | Officers read | Citizen reads | Final outcome | Notes |',
    '| --- | --- | --- | --- | --- |',
    ...states.map(
      (s) =>
        `| \`${s.id}\` | ${cell(s.label.id)} / ${cell(s.label.en)} | ${cell(s.citizenLabel.id)} | ${
          s.terminal ? `**${s.terminal.outcome}**` : ''
        } | ${stateFlags(s, plugin)} |`,
    ),
    '',
    '### Actions',
    '',
    '| Action | From | To | Who may act | Needs, effects |',
    '| --- | --- | --- | --- | --- |',
    ...actions.map(
      (a) =>
        `| \`${a.id}\` ${cell(a.label.id)} | ${a.from.map((f) => `\`${f}\``).join(', ')} | \`${a.to}\` | ${roles(a)} | ${cell(
          needs(a, plugin),
        )} |`,
    ),
    '',
    '### Outcomes',
    '',
    '| Outcome | Final state | Reached by |',
    '| --- | --- | --- |',
    ...states
      .filter((s) => s.terminal)
      .map(
        (s) =>
          `| ${s.terminal?.outcome} | \`${s.id}\` | ${actions
            .filter((a) => a.to === s.id)
            .map((a) => `\`${a.id}\` (${roles(a)})`)
            .join('; ')} |`,
      ),
    '',
  ];
  return lines;
}
