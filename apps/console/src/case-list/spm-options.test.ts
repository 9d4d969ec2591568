import { describe, expect, it } from 'vitest';
import { NOT_MAPPED, penerimaOptions, spmLabels, spmServiceOptions, type SectorSpm } from './spm-options';

const t = (id: string, en: string) => ({ id, en });
const SECTORS: SectorSpm[] = [
  {
    id: 'sosial',
    name: t('Sosial', 'Social'),
    spmServices: [
      {
        id: 'rehsos-lansia',
        name: t('Rehabilitasi sosial dasar lanjut usia', 'Basic social rehabilitation of the elderly'),
        penerima: [{ id: 'ELDERLY', label: t('Lanjut usia', 'Elderly person') }],
      },
    ],
  },
  {
    id: 'kesehatan',
    name: t('Kesehatan', 'Health'),
    spmServices: [
      {
        id: 'kesehatan-balita',
        name: t('Pelayanan kesehatan balita', 'Health services for children under five'),
        penerima: [{ id: 'TODDLER', label: t('Balita', 'Child under five') }],
      },
      {
        id: 'kesehatan-lansia',
        name: t('Pelayanan kesehatan usia lanjut', 'Health services for the elderly'),
        penerima: [{ id: 'ELDERLY', label: t('Lanjut usia', 'Elderly person') }],
      },
    ],
  },
];
const id = (v: { id: string }) => v.id;
const en = (v: { en: string }) => v.en;

describe('the case list’s jenis pelayanan and penerima choices', () => {
  it('offers every sector’s services named by sector when none is chosen, then "not mapped"', () => {
    expect(spmServiceOptions(SECTORS, undefined, id, 'tidak dipetakan')).toEqual([
      { value: 'rehsos-lansia', label: 'Sosial: Rehabilitasi sosial dasar lanjut usia' },
      { value: 'kesehatan-balita', label: 'Kesehatan: Pelayanan kesehatan balita' },
      { value: 'kesehatan-lansia', label: 'Kesehatan: Pelayanan kesehatan usia lanjut' },
      { value: NOT_MAPPED, label: 'tidak dipetakan' },
    ]);
  });

  it('offers only the chosen sector’s services, in its own words and the reader’s language', () => {
    expect(spmServiceOptions(SECTORS, ['kesehatan'], en, 'not mapped').map((o) => o.label)).toEqual([
      'Health services for children under five',
      'Health services for the elderly',
      'not mapped',
    ]);
  });

  it('offers each penerima once, narrowed to the chosen service', () => {
    expect(penerimaOptions(SECTORS, undefined, undefined, id, '-').map((o) => o.value)).toEqual([
      'ELDERLY',
      'TODDLER',
      NOT_MAPPED,
    ]);
    expect(penerimaOptions(SECTORS, undefined, 'kesehatan-balita', en, 'not mapped')).toEqual([
      { value: 'TODDLER', label: 'Child under five' },
      { value: NOT_MAPPED, label: 'not mapped' },
    ]);
  });

  it('names the ids of a drill-down URL, and an id nobody declares as itself', () => {
    const labels = spmLabels(SECTORS);
    expect(labels.service('kesehatan-lansia', id)).toBe('Pelayanan kesehatan usia lanjut');
    expect(labels.penerima('TODDLER', en)).toBe('Child under five');
    expect(labels.service('gone-service', id)).toBe('gone-service');
  });
});
