import type { LocalizedText } from '@posyandu-spm/core';
import type { MessageTemplate } from '../entities/outbox-message.entity.js';

/** What an officer is told in the app (`Notification.kind`), and so by e-mail, WhatsApp or SMS. */
export type OfficerNoticeKind =
  | 'CASE_RECEIVED'
  | 'DEADLINE_DUE_SOON'
  | 'DEADLINE_OVERDUE'
  | 'ESCALATED'
  | 'ESCALATION_REASSIGNED'
  | 'DUE_DATE_SET'
  | 'ESCALATION_TAKEN_UP'
  | 'REPORTER_ACCESS_GRANTED';

/** The WhatsApp templates (and SMS texts) of officer notices: a returned case reads differently from a new one. */
export type OfficerTemplateKind =
  | 'CASE_RECEIVED'
  | 'CASE_RETURNED'
  | 'DEADLINE_DUE_SOON'
  | 'DEADLINE_OVERDUE'
  | 'ESCALATED'
  | 'DUE_DATE_SET'
  | 'ESCALATION_TAKEN_UP'
  | 'REPORTER_ACCESS_GRANTED';

interface TemplateDefinition {
  /** The WhatsApp message template's name, approved in the WhatsApp Manager in `id` and `en`. */
  whatsapp: string;
  /** The same words as text (SMS, and the admin's view); `{1}` … are the parameters in order. */
  text: LocalizedText;
}

/**
 * The officer templates (Utility category, `id` and `en`; docs/operations.md lists them for the
 * operator). Their parameters are only the case's code, its service type, its due date and the
 * link to it in the console (and an escalation's level): nothing about the citizen, and no free
 * text (a coordinator's note or reason stays in the app and the e-mail), so the words Meta approved
 * are the words sent and nothing personal sits on a phone's lock screen.
 */
export const OFFICER_TEMPLATES: Record<OfficerTemplateKind, TemplateDefinition> = {
  CASE_RECEIVED: {
    whatsapp: 'spm_petugas_kasus_masuk',
    text: {
      id: 'Posyandu SPM: kasus {1} ({2}) masuk ke kotak masuk unit Anda, tenggat {3}. Buka {4} untuk rinciannya.',
      en: "Posyandu SPM: case {1} ({2}) arrived in your unit's inbox, due {3}. Open {4} for the details.",
    },
  },
  CASE_RETURNED: {
    whatsapp: 'spm_petugas_kasus_kembali',
    text: {
      id: 'Posyandu SPM: kasus {1} ({2}) dikembalikan ke unit Anda, tenggat {3}. Buka {4} untuk alasannya.',
      en: 'Posyandu SPM: case {1} ({2}) was returned to your unit, due {3}. Open {4} for the reason.',
    },
  },
  DEADLINE_DUE_SOON: {
    whatsapp: 'spm_petugas_jatuh_tempo',
    text: {
      id: 'Posyandu SPM: kasus {1} ({2}) jatuh tempo {3}; mohon segera diselesaikan. Buka {4} untuk rinciannya.',
      en: 'Posyandu SPM: case {1} ({2}) is due {3}; please settle it soon. Open {4} for the details.',
    },
  },
  DEADLINE_OVERDUE: {
    whatsapp: 'spm_petugas_terlambat',
    text: {
      id: 'Posyandu SPM: kasus {1} ({2}) melewati tenggat {3}. Buka {4} untuk menindaklanjutinya.',
      en: 'Posyandu SPM: case {1} ({2}) is past its deadline of {3}. Open {4} to follow it up.',
    },
  },
  ESCALATED: {
    whatsapp: 'spm_petugas_eskalasi',
    text: {
      id: 'Posyandu SPM: eskalasi tingkat {1}. Kasus {2} ({3}) melewati tenggat {4} dan belum diselesaikan. Buka {5} untuk rinciannya.',
      en: 'Posyandu SPM: escalation level {1}. Case {2} ({3}) is past its deadline of {4} and not yet settled. Open {5} for the details.',
    },
  },
  DUE_DATE_SET: {
    whatsapp: 'spm_petugas_tenggat_baru',
    text: {
      id: 'Posyandu SPM: Koordinator SPM menetapkan tenggat baru kasus {1} ({2}): {3}. Buka {4} untuk alasannya.',
      en: 'Posyandu SPM: the SPM coordinator set a new due date for case {1} ({2}): {3}. Open {4} for the reason.',
    },
  },
  ESCALATION_TAKEN_UP: {
    whatsapp: 'spm_petugas_tindak_lanjut',
    text: {
      id: 'Posyandu SPM: Koordinator SPM menindaklanjuti kasus {1} ({2}, tenggat {3}) bersama unit Anda. Buka {4} untuk catatannya.',
      en: 'Posyandu SPM: the SPM coordinator took up case {1} ({2}, due {3}) with your unit. Open {4} for the note.',
    },
  },
  REPORTER_ACCESS_GRANTED: {
    whatsapp: 'spm_petugas_akses_pelapor',
    text: {
      id: 'Posyandu SPM: akses sementara ke identitas pelapor kasus {1} ({2}, tenggat {3}) telah diberikan. Buka {4} untuk alasan dan masa berlakunya.',
      en: "Posyandu SPM: temporary access to the reporter's identity on case {1} ({2}, due {3}) was granted. Open {4} for the reason and how long it lasts.",
    },
  },
};

/** Which template tells of a notice: the notice's kind, a return read as such. */
export function officerTemplateKind(kind: OfficerNoticeKind, eventType: string): OfficerTemplateKind {
  if (kind === 'CASE_RECEIVED' || kind === 'ESCALATION_REASSIGNED') {
    return eventType === 'RETURNED' ? 'CASE_RETURNED' : 'CASE_RECEIVED';
  }
  return kind;
}

/** The template and its text in the officer's language, with the parameters filled in. */
export function officerMessage(
  kind: OfficerTemplateKind,
  language: 'id' | 'en',
  params: readonly string[],
): { template: MessageTemplate; text: string } {
  const definition = OFFICER_TEMPLATES[kind];
  const text = definition.text[language].replace(/\{(\d)\}/g, (_, n: string) => params[Number(n) - 1] ?? '');
  return { template: { name: definition.whatsapp, language, params: [...params] }, text };
}
