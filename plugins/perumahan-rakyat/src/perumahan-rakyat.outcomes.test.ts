import { describeVillageOpdOutcomes, villageVerification } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allDocuments, perumahanRakyatInput } from './perumahan-rakyat.fixtures.js';
import { perumahanRakyatPlugin } from './perumahan-rakyat.plugin.js';

describeVillageOpdOutcomes(
  { describe, it, beforeAll, afterAll, expect },
  {
    plugin: perumahanRakyatPlugin,
    opdUser: 'opd.perkim',
    opdUnit: 'Dinas Perumahan Rakyat dan Kawasan Permukiman Kabupaten Klaten',
    input: (n) => perumahanRakyatInput({ description: `Atap rumah bocor dan kuda-kuda lapuk (${n}).` }),
    phoneLast4: '1234',
    toVillage: villageVerification(
      allDocuments.map((d) => d.code),
      'FIELD',
    ),
  },
);
