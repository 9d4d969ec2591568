import type { EntityManager } from '@mikro-orm/postgresql';
import type { PluginRegistry } from '@posyandu-spm/core';
import type { SpmPluginModule } from '@posyandu-spm/plugin-api';

/**
 * One thing that stops the server from starting: which check found it, what it is about,
 * what is wrong and what to do. Reported with every other fault at once (StartupError).
 */
export interface StartupFault {
  /** The check that found it, e.g. `plugins`, `routes`, `assets`, `escalation`. */
  check: string;
  /** What the fault is about: a plugin id, a kabupaten (`Kabupaten Klaten (33.10)`), a file. */
  subject: string;
  /** Stable name of the kind of fault, for tests and docs (e.g. `ROUTE_UNIT_MISSING`). */
  code: string;
  /** What is wrong, for an operator (English, like the logs). */
  message: string;
  /** The same in Bahasa Indonesia, when the fault has it. */
  translation?: string;
  /** What to do about it, when the message does not already say. */
  remedy?: string;
}

/** What a check may look at. Checks read; they never change the database. */
export interface StartupCheckContext {
  /** A fresh unit of work for this check. */
  em: EntityManager;
  /** Every installed plugin module, as the composition root passed them. */
  plugins: readonly SpmPluginModule[];
  /** The plugins that passed their own validation (a broken plugin's faults are reported once, by `plugins`). */
  registry: PluginRegistry;
  now: Date;
}

/**
 * A named check of the assembled system run before it serves: the plugins against the
 * database's org units, the plugins' asset files, the escalation chains. Add a check to
 * `STARTUP_CHECKS` (startup-checks.ts); every fault of every check is reported together.
 *
 * @example
 * export const routeUnitsCheck: StartupCheck = {
 *   name: 'routes',
 *   description: 'every plugin route finds a unit of its kind in each kabupaten served',
 *   run: async ({ em, registry }) => [...],
 * };
 */
export interface StartupCheck {
  /** Short, lower-case: shown in front of each of its faults. */
  name: string;
  /** One line: what it makes sure of. */
  description: string;
  run(context: StartupCheckContext): Promise<StartupFault[]> | StartupFault[];
}

/** Runs every check (each in its own unit of work); a check that throws is itself a fault. */
export async function runStartupChecks(
  checks: readonly StartupCheck[],
  context: Omit<StartupCheckContext, 'em'> & { em: EntityManager },
): Promise<StartupFault[]> {
  const faults: StartupFault[] = [];
  for (const check of checks) {
    try {
      faults.push(...(await check.run({ ...context, em: context.em.fork() })));
    } catch (error) {
      faults.push({
        check: check.name,
        subject: check.name,
        code: 'CHECK_FAILED',
        message: `the check could not run: ${error instanceof Error ? error.message : String(error)}`,
        remedy: 'this is a bug or a database problem; the log above may say more',
      });
    }
  }
  return faults;
}
