import { Entity, Enum, Index, PrimaryKey, Property, OptionalProps, PrimaryKeyProp } from '@mikro-orm/core';
import { AREA_LEVELS, type AreaLevel } from '@posyandu-spm/core';
import { Field, ObjectType } from 'type-graphql';
import { AreaLevelEnum } from '../enums.js';

/** An official administrative area, keyed by its Kepmendagri code. */
@ObjectType('Area', {
  description: 'An official area: provinsi, kabupaten/kota, kecamatan or desa/kelurahan',
})
@Entity({ tableName: 'area' })
export class Area {
  [PrimaryKeyProp]?: 'code';
  [OptionalProps]?: 'parentCode';

  @Field(() => String, { description: 'Kepmendagri code, e.g. 33.10.05.2018' })
  @PrimaryKey({ type: 'string', length: 13 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => AreaLevelEnum)
  @Enum({ items: () => AREA_LEVELS, type: 'string' })
  level!: AreaLevel;

  @Field(() => String, { nullable: true })
  @Index()
  @Property({ type: 'string', length: 13, nullable: true })
  parentCode: string | null = null;

  @Field(() => String, {
    description: 'IANA time zone: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)',
  })
  @Property({ type: 'string', length: 40 })
  timeZone!: string;
}
