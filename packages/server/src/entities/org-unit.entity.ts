import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, OptionalProps } from '@mikro-orm/core';
import { ORG_UNIT_KINDS, type OrgUnitKind } from '@posyandu-spm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { OrgUnitKindEnum } from '../enums.js';
import { Area } from './area.entity.js';

/**
 * A Posyandu, village government, Trantibumlinmas section, kecamatan, OPD,
 * Pustu/Puskesmas or police unit, bound to an area, with a parent for escalation.
 */
@ObjectType('OrgUnit')
@Entity({ tableName: 'org_unit' })
@Index({ properties: ['kind', 'area'] })
export class OrgUnit {
  [OptionalProps]?: 'id' | 'parent' | 'ancestorIds' | 'services';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => OrgUnitKindEnum)
  @Enum({ items: () => ORG_UNIT_KINDS, type: 'string' })
  kind!: OrgUnitKind;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @ManyToOne(() => Area, { ref: true, fieldName: 'area_code' })
  area!: Ref<Area>;

  @ManyToOne(() => OrgUnit, { ref: true, nullable: true })
  parent: Ref<OrgUnit> | null = null;

  /** The parent, its parent, … nearest first; kept with the unit so access checks need no recursion. */
  @Property({ type: 'array', columnType: 'uuid[]' })
  ancestorIds: string[] = [];

  /** Services an OPD (or other unit) provides, e.g. a sector id; routing rules match on it. */
  @Field(() => [String])
  @Property({ type: 'array', columnType: 'text[]' })
  services: string[] = [];
}
