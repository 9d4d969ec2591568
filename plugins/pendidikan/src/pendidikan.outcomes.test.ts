import { describeVillageOpdOutcomes, villageVerification } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allDocuments, pendidikanInput } from './pendidikan.fixtures.js';
import { pendidikanPlugin } from './pendidikan.plugin.js';

describeVillageOpdOutcomes(
  { describe, it, beforeAll, afterAll, expect },
  {
    plugin: pendidikanPlugin,
    opdUser: 'opd.pendidikan',
    opdUnit: 'Dinas Pendidikan Kabupaten Klaten',
    input: (n) => pendidikanInput({ description: `Anak kelas 4 SD tidak mampu membayar seragam (${n}).` }),
    phoneLast4: '4321',
    toVillage: villageVerification(
      allDocuments.map((d) => d.code),
      'HOME',
    ),
  },
);
