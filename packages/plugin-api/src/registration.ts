/**
 * A person as a form or a plugin gives them: the NIK is the key when known
 * (DESIGN §5); every field is checked by the server.
 *
 * @example
 * { nik: '3310014101900001', name: 'Siti Aminah', phone: '081234567890', address: 'Dusun Krajan RT 01/RW 02' }
 */
export interface PersonInput {
  nik?: string | null;
  name: string;
  phone?: string | null;
  kkNumber?: string | null;
  address?: string | null;
}

/** A document handed in at registration: its checklist code and the files (or their names on paper). */
export interface RegisterDocumentInput {
  code: string;
  fileNames: readonly string[];
  /** Uploaded files (`POST /files`) that make up the document. */
  fileIds?: readonly string[] | null;
  note?: string | null;
}

/**
 * A request or complaint as `registerCase` (and `ctx.spm.registerCase`) takes it.
 *
 * @example
 * { sectorId: 'pendidikan', serviceTypeId: 'biaya-paud', applicant: { name: 'Siti Aminah', nik: '…' },
 *   description: 'Biaya seragam PAUD', facts: { schoolName: 'PAUD Melati' }, documents: [] }
 */
export interface RegisterCaseInput {
  sectorId: string;
  serviceTypeId: string;
  /** The intake unit (Posyandu, …) when the user belongs to several. */
  orgUnitId?: string | null;
  applicant: PersonInput;
  beneficiaries?: ReadonlyArray<PersonInput & { relation: string }> | null;
  description: string;
  facts?: Record<string, unknown> | null;
  dusun?: string | null;
  rw?: string | null;
  rt?: string | null;
  documents?: readonly RegisterDocumentInput[] | null;
  /**
   * The citizen agreed to be told of the case (receipt, status changes, outcome) on this channel
   * and in this language; needs the applicant's phone. Recorded with the registration's time.
   */
  messageConsent?: { channel: 'WHATSAPP' | 'SMS'; /** `id` (default) or `en`. */ language?: string | null } | null;
  /** Set by the server's idempotency guard: the client's key and the input's fingerprint, stored on the case. */
  idempotency?: { key: string; fingerprint: string } | null;
}
