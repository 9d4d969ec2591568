import { describeVillageOpdOutcomes, villageVerification } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allDocuments, pekerjaanUmumInput } from './pekerjaan-umum.fixtures.js';
import { pekerjaanUmumPlugin } from './pekerjaan-umum.plugin.js';

describeVillageOpdOutcomes(
  { describe, it, beforeAll, afterAll, expect },
  {
    plugin: pekerjaanUmumPlugin,
    opdUser: 'opd.pu',
    opdUnit: 'Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Klaten',
    input: (n) => pekerjaanUmumInput({ description: `Sumur warga RT 003 kering setiap kemarau (${n}).` }),
    phoneLast4: '1177',
    toVillage: villageVerification(
      allDocuments.map((d) => d.code),
      'FIELD',
    ),
  },
);
