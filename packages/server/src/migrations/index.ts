import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122235511 } from './Migration20261122235511_initial.js';
import { Migration20261123001706 } from './Migration20261123001706_case_warnings.js';
import { Migration20261123003000 } from './Migration20261123003000_event_notify.js';
import { Migration20261123004000 } from './Migration20261123004000_deadline_clock.js';
import { Migration20261123005000 } from './Migration20261123005000_outbox.js';
import { Migration20261123180000 } from './Migration20261123180000_idempotency_and_rate_limits.js';
import { Migration20261123175000 } from './Migration20261123175000_notification_event.js';
import { Migration20261123183000 } from './Migration20261123183000_audit_log.js';
import { Migration20261123183100 } from './Migration20261123183100_api_keys_and_sessions.js';
import { Migration20261123190000 } from './Migration20261123190000_visit_no_follow_up.js';
import { Migration20261123200000 } from './Migration20261123200000_case_files.js';
import { Migration20261123210000 } from './Migration20261123210000_reporter_access.js';
import { Migration20261206230000 } from './Migration20261206230000_mutation_receipts.js';
import { Migration20261206233000 } from './Migration20261206233000_calendar_year.js';
import { Migration20261207000000 } from './Migration20261207000000_api_key_scopes.js';
import { Migration20261207001000 } from './Migration20261207001000_case_change_xid.js';
import { Migration20261207002000 } from './Migration20261207002000_webhooks.js';
import { Migration20261207020000 } from './Migration20261207020000_spm_report_rollup.js';
import { Migration20261207030000 } from './Migration20261207030000_escalation_chain.js';
import { Migration20261207040000 } from './Migration20261207040000_citizen_messages.js';
import { Migration20261207050000 } from './Migration20261207050000_case_outcomes.js';
import { Migration20261207060000 } from './Migration20261207060000_spm_rollup_outcome_reasons.js';
import { Migration20261207080000 } from './Migration20261207080000_spm_targets.js';
import { Migration20261207081000 } from './Migration20261207081000_spm_recap_overdue_index.js';
import { Migration20261207090000 } from './Migration20261207090000_spm_recap_area_rollup.js';
import { Migration20261207103000 } from './Migration20261207103000_calendar_recompute.js';
import { Migration20261207061800 } from './Migration20261207061800_reference_cache_notify.js';
import { Migration20261207071500 } from './Migration20261207071500_officer_channels.js';
import { Migration20261207073000 } from './Migration20261207073000_list_indexes.js';
import { Migration20261207104500 } from './Migration20261207104500_area_level_list_indexes.js';
import { Migration20261207120000 } from './Migration20261207120000_spm_served_person.js';
import { Migration20261207130000 } from './Migration20261207130000_spm_served_count.js';
import { Migration20261207123000 } from './Migration20261207123000_officer_message_consent.js';
import { Migration20261207170000 } from './Migration20261207170000_family_card_unique.js';

/**
 * The committed migrations, in order. Listed here (not discovered from disk) so
 * they run the same under tsx, vitest and a bundled build. Create a new one with
 * `pnpm --filter @posyandu-spm/server migration:create` (against a database migrated
 * to the latest one), review it, then add it here. The generator does not know
 * `case_event.tx_id` (an xid8 column the ORM never writes): delete the lines that
 * would drop it.
 */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261122235511_initial', class: Migration20261122235511 },
  { name: 'Migration20261123001706_case_warnings', class: Migration20261123001706 },
  { name: 'Migration20261123003000_event_notify', class: Migration20261123003000 },
  { name: 'Migration20261123004000_deadline_clock', class: Migration20261123004000 },
  { name: 'Migration20261123005000_outbox', class: Migration20261123005000 },
  { name: 'Migration20261123175000_notification_event', class: Migration20261123175000 },
  { name: 'Migration20261123180000_idempotency_and_rate_limits', class: Migration20261123180000 },
  { name: 'Migration20261123183000_audit_log', class: Migration20261123183000 },
  { name: 'Migration20261123183100_api_keys_and_sessions', class: Migration20261123183100 },
  { name: 'Migration20261123190000_visit_no_follow_up', class: Migration20261123190000 },
  { name: 'Migration20261123200000_case_files', class: Migration20261123200000 },
  { name: 'Migration20261123210000_reporter_access', class: Migration20261123210000 },
  { name: 'Migration20261206230000_mutation_receipts', class: Migration20261206230000 },
  { name: 'Migration20261206233000_calendar_year', class: Migration20261206233000 },
  { name: 'Migration20261207000000_api_key_scopes', class: Migration20261207000000 },
  { name: 'Migration20261207001000_case_change_xid', class: Migration20261207001000 },
  { name: 'Migration20261207002000_webhooks', class: Migration20261207002000 },
  { name: 'Migration20261207020000_spm_report_rollup', class: Migration20261207020000 },
  { name: 'Migration20261207030000_escalation_chain', class: Migration20261207030000 },
  { name: 'Migration20261207040000_citizen_messages', class: Migration20261207040000 },
  { name: 'Migration20261207050000_case_outcomes', class: Migration20261207050000 },
  { name: 'Migration20261207060000_spm_rollup_outcome_reasons', class: Migration20261207060000 },
  { name: 'Migration20261207061800_reference_cache_notify', class: Migration20261207061800 },
  { name: 'Migration20261207071500_officer_channels', class: Migration20261207071500 },
  { name: 'Migration20261207073000_list_indexes', class: Migration20261207073000 },
  { name: 'Migration20261207080000_spm_targets', class: Migration20261207080000 },
  { name: 'Migration20261207081000_spm_recap_overdue_index', class: Migration20261207081000 },
  { name: 'Migration20261207090000_spm_recap_area_rollup', class: Migration20261207090000 },
  { name: 'Migration20261207103000_calendar_recompute', class: Migration20261207103000 },
  { name: 'Migration20261207104500_area_level_list_indexes', class: Migration20261207104500 },
  { name: 'Migration20261207120000_spm_served_person', class: Migration20261207120000 },
  { name: 'Migration20261207130000_spm_served_count', class: Migration20261207130000 },
  { name: 'Migration20261207123000_officer_message_consent', class: Migration20261207123000 },
  { name: 'Migration20261207170000_family_card_unique', class: Migration20261207170000 },
];
