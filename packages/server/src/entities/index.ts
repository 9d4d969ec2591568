import { SpmRecapArea, SpmRecapBackfill, SpmRecapRollup } from '../reports/spm-recap-rollup.entity.js';
import { SpmServedBackfill, SpmServedCount, SpmServedPerson } from '../reports/spm-served-person.entity.js';
import { SpmTarget, SpmTargetChange } from '../reports/spm-target.entity.js';
import { Area } from './area.entity.js';
import { CalendarSetting } from './calendar-setting.entity.js';
import { CalendarYear } from './calendar-year.entity.js';
import { CaseBeneficiary } from './case-beneficiary.entity.js';
import { CaseDocument } from './case-document.entity.js';
import { CaseEvent } from './case-event.entity.js';
import { CaseFile } from './case-file.entity.js';
import { CaseHolding } from './case-holding.entity.js';
import { Case } from './case.entity.js';
import { EscalationChainRow, EscalationLevelRow } from './escalation-chain.entity.js';
import { FamilyCardRecord } from './family-card-record.entity.js';
import { Holiday } from './holiday.entity.js';
import { Membership } from './membership.entity.js';
import { Notification } from './notification.entity.js';
import { OrgUnit } from './org-unit.entity.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { Person } from './person.entity.js';
import { User } from './user.entity.js';
import { Visit } from './visit.entity.js';
import { ApiKey } from '../security/api-key.entity.js';
import { AuditLogRow } from '../security/audit-log.entity.js';
import { AuthSession } from '../security/auth-session.entity.js';

export {
  Area,
  CalendarSetting,
  CalendarYear,
  Case,
  CaseBeneficiary,
  CaseDocument,
  CaseEvent,
  CaseFile,
  CaseHolding,
  EscalationChainRow,
  EscalationLevelRow,
  FamilyCardRecord,
  Holiday,
  Membership,
  Notification,
  OrgUnit,
  OutboxMessage,
  Person,
  User,
  Visit,
};

/** Every core entity, for the one MikroORM instance. */
export const CORE_ENTITIES = [
  Area,
  CalendarSetting,
  CalendarYear,
  Case,
  CaseBeneficiary,
  CaseDocument,
  CaseEvent,
  CaseFile,
  CaseHolding,
  EscalationChainRow,
  EscalationLevelRow,
  FamilyCardRecord,
  Holiday,
  Membership,
  Notification,
  OrgUnit,
  OutboxMessage,
  Person,
  User,
  Visit,
  // Security (security/): API keys, login sessions, the audit log.
  ApiKey,
  AuthSession,
  AuditLogRow,
  // Reports (reports/): the SPM report's rollup, written by triggers.
  SpmRecapRollup,
  SpmRecapArea,
  SpmRecapBackfill,
  SpmServedPerson,
  SpmServedBackfill,
  SpmServedCount,
  SpmTarget,
  SpmTargetChange,
];
