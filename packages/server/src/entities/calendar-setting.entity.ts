import { Entity, PrimaryKey, Property, OptionalProps, PrimaryKeyProp } from '@mikro-orm/core';

/** Per-kabupaten calendar choices. */
@Entity({ tableName: 'calendar_setting' })
export class CalendarSetting {
  [PrimaryKeyProp]?: 'kabupatenCode';
  [OptionalProps]?: 'cutiBersamaIsDayOff';

  /** Kabupaten/kota code. */
  @PrimaryKey({ type: 'string', length: 5 })
  kabupatenCode!: string;

  /** Whether cuti bersama counts as a day off here (the default is yes). */
  @Property({ type: 'boolean' })
  cutiBersamaIsDayOff: boolean = true;
}
