import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Unique, type Ref, OptionalProps } from '@mikro-orm/core';
import { ROLES, type Role } from '@posyandu-spm/core';
import { OrgUnit } from './org-unit.entity.js';
import { User } from './user.entity.js';

/** A role a user holds in an org unit. */
@Entity({ tableName: 'membership' })
@Unique({ properties: ['user', 'orgUnit', 'role'] })
export class Membership {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true })
  user!: Ref<User>;

  @ManyToOne(() => OrgUnit, { ref: true })
  orgUnit!: Ref<OrgUnit>;

  @Enum({ items: () => ROLES, type: 'string' })
  role!: Role;
}
