import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../entities/user.entity.js';

/**
 * A login session. Its token carries the session id and generation; every
 * request checks this row, so logout (revokedAt) takes effect on the next
 * request, and a refresh (generation + 1) retires the previous token after a
 * short grace (previousValidUntil) for requests already in flight.
 */
@Entity({ tableName: 'auth_session' })
export class AuthSession {
  [OptionalProps]?: 'generation' | 'previousValidUntil' | 'refreshedAt' | 'revokedAt' | 'revokedReason';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  @Index()
  user!: Ref<User>;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  /** When the newest token expires. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;

  /** No refresh reaches past this: a stolen token cannot be kept alive forever. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  absoluteExpiresAt!: Date;

  @Property({ type: 'integer', default: 1 })
  generation: number = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  previousValidUntil: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  refreshedAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  /** LOGOUT, or another reason an admin gives. */
  @Property({ type: 'string', length: 20, nullable: true })
  revokedReason: string | null = null;
}
