import { randomUUID } from 'node:crypto';
import {
  Collection,
  Entity,
  Enum,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  Unique,
  type Ref,
  OptionalProps,
} from '@mikro-orm/core';
import { DOCUMENT_STATUSES, type DocumentStatus } from '@posyandu-spm/core';
import { CaseFile } from './case-file.entity.js';
import { Case } from './case.entity.js';
import { User } from './user.entity.js';

/** A document submitted for a case, with its own status. */
@Entity({ tableName: 'case_document' })
@Unique({ properties: ['case', 'code'] })
export class CaseDocument {
  [OptionalProps]?: 'id' | 'status' | 'fileCount' | 'fileNames' | 'note' | 'statusReason' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Case, { ref: true })
  case!: Ref<Case>;

  /** The plugin's document code. */
  @Property({ type: 'string', length: 60 })
  code!: string;

  @Enum({ items: () => DOCUMENT_STATUSES, type: 'string' })
  status: DocumentStatus = 'RECEIVED';

  @Property({ type: 'smallint' })
  fileCount: number = 0;

  /** The uploaded files attached to it (`attachDocument` with `fileIds`). */
  @OneToMany(() => CaseFile, (f) => f.document)
  files = new Collection<CaseFile>(this);

  /** Names of the files: of the uploaded ones, and of papers recorded by name only. */
  @Property({ type: 'json' })
  fileNames: string[] = [];

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /** Why the document needs correction or was waived. */
  @Property({ type: 'text', nullable: true })
  statusReason: string | null = null;

  @ManyToOne(() => User, { ref: true })
  updatedBy!: Ref<User>;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date = new Date();
}
