import { describe, expect, it } from 'vitest';
import { reporterAccessSchema, visitSchema } from './case-work.schema.js';
import { checkInput } from './field.js';
import { holidaySchema } from './holiday.schema.js';

const problems = (r: ReturnType<typeof checkInput>) => (r.ok ? [] : r.problems.map((p) => [p.field, p.message.en]));

describe('a visit report', () => {
  const schema = visitSchema({
    now: new Date('2026-11-25T02:00:00Z'),
    registeredAt: new Date('2026-11-23T02:00:00Z'),
  });
  const visit = { participants: 'Kader Sri', findings: 'Rumah bocor di tiga titik.' };

  it('takes the time as a date or an ISO text, within a phone clock’s 10 minutes of now', () => {
    const r = checkInput(schema, { ...visit, visitedAt: '2026-11-25T02:09:00Z' });
    expect(r.ok && r.value.visitedAt.toISOString()).toBe('2026-11-25T02:09:00.000Z');
  });

  it('refuses a visit in the future, before the case existed, or at no time at all', () => {
    expect(problems(checkInput(schema, { ...visit, visitedAt: new Date('2026-11-26T02:00:00Z') }))).toEqual([
      ['visitedAt', 'The visit time cannot be in the future.'],
    ]);
    expect(problems(checkInput(schema, { ...visit, visitedAt: '2026-11-20T02:00:00Z' }))).toEqual([
      ['visitedAt', 'The visit is before the case was registered.'],
    ]);
    expect(problems(checkInput(schema, { participants: ' ', findings: 'pendek', visitedAt: 'kemarin' }))).toEqual([
      ['participants', 'Participants is required.'],
      ['findings', 'Findings is too short (at least 10 characters).'],
      ['visitedAt', 'The visit time is not a valid date.'],
    ]);
  });
});

describe('a request for a confidential reporter’s identity', () => {
  it('needs a reason of 20 characters and 1 to 72 whole hours', () => {
    expect(problems(checkInput(reporterAccessSchema(), { reason: 'perlu', hours: 73 }))).toEqual([
      ['reason', 'Reason is too short (at least 20 characters).'],
      ['hours', 'The access lasts 1 to 72 hours.'],
    ]);
  });
});

describe('a holiday', () => {
  const base = { date: '2027-01-01', nameId: 'Tahun Baru', nameEn: 'New Year', legalBasis: 'SKB 3 Menteri' };

  it('has an area code exactly when it is regional', () => {
    expect(checkInput(holidaySchema(), { ...base, kind: 'NATIONAL', areaCode: ' ' }).ok).toBe(true);
    expect(problems(checkInput(holidaySchema(), { ...base, kind: 'REGIONAL' }))).toEqual([
      ['areaCode', 'A regional holiday needs an area code.'],
    ]);
    expect(problems(checkInput(holidaySchema(), { ...base, kind: 'NATIONAL', areaCode: '33.10' }))).toEqual([
      ['areaCode', 'Only a regional holiday applies to one area.'],
    ]);
    expect(problems(checkInput(holidaySchema(), { ...base, date: '2027-02-30', kind: 'NATIONAL' }))).toEqual([
      ['date', 'The date must be YYYY-MM-DD.'],
    ]);
  });
});
