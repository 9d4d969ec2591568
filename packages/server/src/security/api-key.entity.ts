import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { ApiKeyScope } from '@posyandu-spm/core';
import { OrgUnit } from '../entities/org-unit.entity.js';
import { User } from '../entities/user.entity.js';

/**
 * A key an OPD system calls the API with. The secret is shown once at creation;
 * only its SHA-256 hash is kept (a random 256-bit secret needs no slow hash).
 */
@Entity({ tableName: 'api_key' })
export class ApiKey {
  [OptionalProps]?: 'id' | 'revokedAt' | 'revokedBy' | 'lastUsedAt' | 'scope' | 'sectorIds';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 120 })
  name!: string;

  /** `psk_` and 12 hex digits: shown in lists so an admin can tell keys apart; the lookup key. */
  @Property({ type: 'string', length: 20, unique: true })
  prefix!: string;

  @Property({ type: 'string', length: 64, hidden: true })
  secretHash!: string;

  @ManyToOne(() => OrgUnit, { ref: true })
  @Index()
  orgUnit!: Ref<OrgUnit>;

  @ManyToOne(() => User, { ref: true })
  createdBy!: Ref<User>;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  revokedBy: Ref<User> | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;

  /** READ: reads its unit's cases; ACT: also does what an officer of the unit may do. */
  @Property({ type: 'string', length: 10 })
  scope: ApiKeyScope = 'READ';

  /** Limited to these sectors (an OPD serving several); null: every sector its unit reaches. */
  @Property({ type: 'array', columnType: 'text[]', nullable: true })
  sectorIds: string[] | null = null;
}
