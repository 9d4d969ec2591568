import type { RegisterCaseInput } from '../gql/graphql';
import type { PickedFiles } from './document-checklist';
import { digitsOnly } from './input-masks';
import type { LocationDraft } from './locations-field';
import type { QuestionView } from './sector-form';

export type FactAnswer = string | boolean | LocationDraft[];

export interface PersonDraft {
  name: string;
  nik: string;
  kkNumber: string;
  phone: string;
  address: string;
}

/** Everything the kader has entered so far; it lives in the page, not on the server, until registered. */
export interface CaseDraft {
  /** Made once per new case and sent on every try: a retried registration returns the same case. */
  idempotencyKey: string;
  sectorId: string | null;
  serviceTypeId: string | null;
  applicant: PersonDraft;
  beneficiaryIsApplicant: boolean;
  beneficiary: PersonDraft & { relation: string };
  dusun: string;
  rw: string;
  rt: string;
  description: string;
  facts: Record<string, FactAnswer>;
  /** Files picked per document; they are uploaded once the case is registered. */
  documents: PickedFiles;
  /** The citizen agreed to be told of the case on this channel (needs the phone); absent in older drafts. */
  messageChannel?: 'WHATSAPP' | 'SMS' | null;
  /** The language of those messages. */
  messageLanguage?: 'id' | 'en';
}

const emptyPerson: PersonDraft = { name: '', nik: '', kkNumber: '', phone: '', address: '' };

export function emptyDraft(): CaseDraft {
  return {
    idempotencyKey: newIdempotencyKey(),
    sectorId: null,
    serviceTypeId: null,
    applicant: { ...emptyPerson },
    beneficiaryIsApplicant: true,
    beneficiary: { ...emptyPerson, relation: '' },
    dusun: '',
    rw: '',
    rt: '',
    description: '',
    facts: {},
    documents: {},
    messageChannel: null,
    messageLanguage: 'id',
  };
}

/** A random UUID v4; `crypto.randomUUID` exists only on https or localhost, a village LAN may be plain http. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const orNull = (value: string): string | null => value.trim() || null;

/** Answers as the server checks them: numbers as numbers, points as numbers, blanks left out. */
export function factsForServer(facts: CaseDraft['facts'], questions: readonly QuestionView[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const q of questions) {
    const value = facts[q.id];
    if (value === undefined || value === '') continue;
    if (q.type === 'number' && typeof value === 'string') out[q.id] = Number(value.replace(',', '.'));
    else if (q.type === 'locations' && Array.isArray(value)) {
      out[q.id] = value.map((p) => ({
        lat: parseFloat(p.lat.replace(',', '.')),
        lng: parseFloat(p.lng.replace(',', '.')),
        description: p.description.trim(),
      }));
    } else out[q.id] = typeof value === 'string' ? value.trim() : value;
  }
  return out;
}

export function toRegisterInput(
  draft: CaseDraft,
  orgUnitId: string | null,
  questions: readonly QuestionView[],
): RegisterCaseInput {
  const a = draft.applicant;
  const b = draft.beneficiary;
  return {
    idempotencyKey: draft.idempotencyKey,
    sectorId: draft.sectorId ?? '',
    serviceType: draft.serviceTypeId ?? '',
    orgUnitId,
    description: draft.description.trim(),
    dusun: orNull(draft.dusun),
    rw: orNull(draft.rw),
    rt: orNull(draft.rt),
    facts: factsForServer(draft.facts, questions),
    applicant: {
      name: a.name.trim(),
      nik: orNull(digitsOnly(a.nik)),
      kkNumber: orNull(digitsOnly(a.kkNumber)),
      phone: orNull(a.phone),
      address: orNull(a.address),
    },
    beneficiaries: draft.beneficiaryIsApplicant
      ? []
      : [
          {
            name: b.name.trim(),
            nik: orNull(digitsOnly(b.nik)),
            relation: b.relation.trim(),
            address: orNull(b.address),
          },
        ],
    // The picked files are uploaded to the registered case and attached then (useDocumentUploads).
    documents: [],
    // Consent only counts with a number to send to.
    messageConsent:
      draft.messageChannel && orNull(a.phone)
        ? { channel: draft.messageChannel, language: draft.messageLanguage ?? 'id' }
        : null,
  };
}
