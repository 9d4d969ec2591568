import type { LocalizedText } from '@posyandu-spm/core';
import type { CitizenLanguage } from '../entities/case.entity.js';
import type { MessageTemplate } from '../entities/outbox-message.entity.js';

/** What a citizen is told: the receipt at registration, each change of their case's status in their words, the outcome. */
export type CitizenMessageKind = 'CITIZEN_RECEIPT' | 'CITIZEN_STATUS' | 'CITIZEN_OUTCOME';

interface TemplateDefinition {
  /** The WhatsApp message template's name, approved in the WhatsApp Manager in `id` and `en`. */
  whatsapp: string;
  /** The same words as text (SMS, and the admin's view), `{1}`, `{2}` … being the parameters in order. */
  text: LocalizedText;
}

/**
 * The citizen templates. A WhatsApp business may only start a conversation with an approved
 * template, so the operator creates these three (Utility category) in both languages with these
 * bodies; docs/operations.md lists them.
 */
export const CITIZEN_TEMPLATES: Record<CitizenMessageKind, TemplateDefinition> = {
  CITIZEN_RECEIPT: {
    whatsapp: 'spm_tanda_terima',
    text: {
      id: 'Posyandu SPM: permohonan "{2}" Anda sudah dicatat dengan kode {1}. Pantau di {3} dengan kode ini dan 4 angka terakhir nomor HP Anda.',
      en: 'Posyandu SPM: your request "{2}" is registered with code {1}. Follow it at {3} with this code and the last 4 digits of your phone number.',
    },
  },
  CITIZEN_STATUS: {
    whatsapp: 'spm_status_kasus',
    text: {
      id: 'Posyandu SPM: kasus {1} kini berstatus: {2}.',
      en: 'Posyandu SPM: case {1} is now: {2}.',
    },
  },
  CITIZEN_OUTCOME: {
    whatsapp: 'spm_hasil_kasus',
    text: {
      id: 'Posyandu SPM: kasus {1} telah selesai. Hasil: {2}. Terima kasih.',
      en: 'Posyandu SPM: case {1} is closed. Outcome: {2}. Thank you.',
    },
  },
};

/** The template and its text in the citizen's language, with the parameters filled in. */
export function citizenMessage(
  kind: CitizenMessageKind,
  language: CitizenLanguage,
  params: readonly string[],
): { template: MessageTemplate; text: string } {
  const definition = CITIZEN_TEMPLATES[kind];
  const text = definition.text[language].replace(/\{(\d)\}/g, (_, n: string) => params[Number(n) - 1] ?? '');
  return { template: { name: definition.whatsapp, language, params: [...params] }, text };
}
