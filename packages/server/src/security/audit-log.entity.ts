import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One audit row (see migration 20261123183000). Mapped so the schema tools know
 * the table; rows are only ever inserted with SQL (security/audit-trail.ts), and
 * the database refuses UPDATE, DELETE and TRUNCATE on it.
 */
@Entity({ tableName: 'audit_log' })
@Index({ properties: ['userId', 'id'] })
@Index({ properties: ['caseId', 'id'] })
@Index({ properties: ['apiKeyId', 'id'] })
export class AuditLogRow {
  [OptionalProps]?: 'id' | 'orgUnitIds' | 'details';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', index: true })
  occurredAt!: Date;

  /** MUTATION, READ (a sensitive read) or AUTH (a refused credential). */
  @Property({ type: 'string', length: 10 })
  kind!: string;

  @Property({ type: 'string', length: 100 })
  operation!: string;

  /** OK, or the error code the caller got. */
  @Property({ type: 'string', length: 60 })
  outcome!: string;

  @Property({ type: 'uuid', nullable: true })
  userId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  apiKeyId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  sessionId: string | null = null;

  @Property({ type: 'array', columnType: 'uuid[]', default: '{}' })
  orgUnitIds: string[] = [];

  @Property({ type: 'string', length: 64, nullable: true })
  ip: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  caseId: string | null = null;

  @Property({ type: 'json', default: '{}' })
  details: Record<string, unknown> = {};
}
