import { describe, expect, it } from 'vitest';
import { matchVisitors } from './earlier-visitor-search';
import { visitFixture } from './open-day.fixture';

const ayu = visitFixture();
const sumarni = visitFixture({
  id: 'v-2',
  targetGroup: 'PREGNANT',
  person: { __typename: 'KesehatanPerson', id: 'p-3', name: 'Sumarni', nik: '3310055203680002' },
  guardian: null,
});

describe('finding an earlier visitor at table 1', () => {
  it('finds by part of the name, either case, or by the guardian’s name', () => {
    expect(matchVisitors([ayu, sumarni], 'lest')).toEqual([ayu]);
    expect(matchVisitors([ayu, sumarni], 'SUMAR')).toEqual([sumarni]);
    expect(matchVisitors([ayu, sumarni], 'wulan')).toEqual([ayu]);
  });

  it('finds by the start of the NIK of the person or the guardian, with or without separators', () => {
    expect(matchVisitors([ayu, sumarni], '3310-0563')).toEqual([ayu]);
    expect(matchVisitors([ayu, sumarni], '33100552039')).toEqual([ayu]); // Wulan, Ayu's mother
    expect(matchVisitors([ayu, sumarni], '3310055203')).toEqual([ayu, sumarni]);
  });

  it('waits for 3 characters before searching', () => {
    expect(matchVisitors([ayu, sumarni], 'ay')).toEqual([]);
  });
});
