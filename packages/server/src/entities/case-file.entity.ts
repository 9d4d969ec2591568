import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { CaseDocument } from './case-document.entity.js';
import { Case } from './case.entity.js';
import { User } from './user.entity.js';

/**
 * One uploaded file of a case (a photo of the house, a scanned KTP). The bytes
 * live in the file store (`files/file-store.ts`) under `storageKey`; this row is
 * the metadata. It belongs to the case from the upload on, and to one of the
 * case's documents once `attachDocument` names it.
 */
@Entity({ tableName: 'case_file' })
@Index({ properties: ['case', 'documentCode'] })
export class CaseFile {
  [OptionalProps]?: 'id' | 'document' | 'position' | 'width' | 'height' | 'thumbnailKey' | 'originalSizeBytes';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Case, { ref: true })
  case!: Ref<Case>;

  /** The plugin's document code the file was uploaded for. */
  @Property({ type: 'string', length: 60 })
  documentCode!: string;

  /** Set when `attachDocument` names the file; null while uploaded but not attached (or replaced since). */
  @ManyToOne(() => CaseDocument, { ref: true, nullable: true, deleteRule: 'set null' })
  document: Ref<CaseDocument> | null = null;

  /** Its place among the document's files (the order `attachDocument` named them in). */
  @Property({ type: 'smallint', nullable: true })
  position: number | null = null;

  /** The name the phone gave it (shown, never trusted: the type comes from the content). */
  @Property({ type: 'string', length: 200 })
  originalName!: string;

  /** Detected from the content: image/jpeg, image/png, image/webp or application/pdf (after downscaling, what is stored). */
  @Property({ type: 'string', length: 100 })
  contentType!: string;

  /** Size of the stored file (images: after downscaling). */
  @Property({ type: 'integer' })
  sizeBytes!: number;

  /** Size of the upload as received. */
  @Property({ type: 'integer' })
  originalSizeBytes: number = 0;

  /** SHA-256 (hex) of the upload as received: a retried upload of the same bytes returns the same file. */
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'integer', nullable: true })
  width: number | null = null;

  @Property({ type: 'integer', nullable: true })
  height: number | null = null;

  @Property({ type: 'string', length: 200 })
  storageKey!: string;

  /** A small JPEG preview of an image (null for a PDF). */
  @Property({ type: 'string', length: 200, nullable: true })
  thumbnailKey: string | null = null;

  @ManyToOne(() => User, { ref: true })
  uploadedBy!: Ref<User>;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  uploadedAt!: Date;
}
