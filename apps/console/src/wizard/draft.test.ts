import { describe, expect, it } from 'vitest';
import { emptyDraft, toRegisterInput } from './draft';
import type { QuestionView } from './sector-form';

const q = (id: string, type: string): QuestionView => ({
  id,
  type,
  required: false,
  label: { id, en: id },
  options: [],
});

describe('toRegisterInput', () => {
  it('sends answers typed as the server checks them; the picked files go after registration', () => {
    const draft = {
      ...emptyDraft(),
      sectorId: 'pekerjaan-umum',
      serviceTypeId: 'mck-facility',
      description: '  MCK rusak  ',
      applicant: { name: ' Budi ', nik: '3310 0512 0680 0002', kkNumber: '', phone: '0812 3456 7890', address: '' },
      facts: {
        householdsServed: '12',
        workKind: 'repair',
        note: '',
        needsCareNow: true,
        constructionPoints: [{ lat: '-7,7', lng: '110.7', description: ' dekat masjid ' }],
      },
      documents: { 'site-photos': [{ key: 'a', file: new File(['x'], 'foto.jpg', { type: 'image/jpeg' }) }] },
    };
    const input = toRegisterInput(draft, 'unit-1', [
      q('householdsServed', 'number'),
      q('workKind', 'choice'),
      q('note', 'text'),
      q('needsCareNow', 'boolean'),
      q('constructionPoints', 'locations'),
    ]);
    expect(input).toMatchObject({
      sectorId: 'pekerjaan-umum',
      serviceType: 'mck-facility',
      orgUnitId: 'unit-1',
      description: 'MCK rusak',
      applicant: { name: 'Budi', nik: '3310051206800002', kkNumber: null, phone: '0812 3456 7890' },
      beneficiaries: [],
      facts: {
        householdsServed: 12,
        workKind: 'repair',
        needsCareNow: true,
        constructionPoints: [{ lat: -7.7, lng: 110.7, description: 'dekat masjid' }],
      },
      documents: [],
    });
    expect(input.facts).not.toHaveProperty('note');
    expect(input.idempotencyKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('sends the citizen’s consent to WhatsApp or SMS with its language, only when there is a phone to send to', () => {
    const base = { ...emptyDraft(), applicant: { ...emptyDraft().applicant, name: 'Siti', phone: '0812 2700 4321' } };
    expect(
      toRegisterInput({ ...base, messageChannel: 'WHATSAPP', messageLanguage: 'en' }, null, []).messageConsent,
    ).toEqual({ channel: 'WHATSAPP', language: 'en' });
    expect(toRegisterInput(base, null, []).messageConsent).toBeNull();
    const noPhone = { ...base, applicant: { ...base.applicant, phone: ' ' }, messageChannel: 'SMS' as const };
    expect(toRegisterInput(noPhone, null, []).messageConsent).toBeNull();
    // A draft saved before the question existed has neither field.
    const { messageChannel: _c, messageLanguage: _l, ...older } = base;
    expect(toRegisterInput(older, null, []).messageConsent).toBeNull();
  });
});
