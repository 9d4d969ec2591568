import { escalationChainProblems, loadEscalationChains } from '../services/escalation-chain.js';
import type { StartupCheck, StartupFault } from './startup-check.js';

/**
 * Every kabupaten the system serves (one with an org unit) has an escalation chain, and every level
 * of it reaches someone who may open the case: an SPM coordination unit with no coordinator, a Sekda
 * level with nobody in it, is a hole through which an overdue case would be told to nobody.
 */
export const escalationChainCheck: StartupCheck = {
  name: 'escalation',
  description: 'every kabupaten served has an escalation chain whose every level reaches a person',
  async run({ em }) {
    const served = await em.getConnection().execute<Array<{ code: string; name: string }>>(
      `select distinct k.code, k.name from org_unit u
         join area k on k.level = 'KABUPATEN' and (u.area_code = k.code or u.area_code like k.code || '.%')
        order by k.code`,
    );
    const chains = await loadEscalationChains(em);
    const faults: StartupFault[] = [];
    const remedy =
      'fix the chain on the admin page\'s "Eskalasi" tab (or the setEscalationChain mutation); to reach the admin page meanwhile, start once with STARTUP_CHECKS=warn';
    for (const { code, name } of served) {
      const subject = `${name} (${code})`;
      const chain = chains.get(code);
      if (!chain) {
        faults.push({
          check: 'escalation',
          subject,
          code: 'ESCALATION_CHAIN_MISSING',
          message: 'no escalation chain is configured: an overdue case would be told only to its holder',
          translation: 'belum ada rantai eskalasi: kasus yang melewati tenggat hanya diberitahukan kepada pemegangnya',
          remedy,
        });
        continue;
      }
      for (const problem of await escalationChainProblems(em, code, chain)) {
        faults.push({
          check: 'escalation',
          subject,
          code: 'ESCALATION_CHAIN_INVALID',
          message: problem.message.en,
          translation: problem.message.id,
          remedy,
        });
      }
    }
    return faults;
  },
};
