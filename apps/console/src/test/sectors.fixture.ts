import type { SectorView, ServiceTypeView } from '../wizard/sector-form';

type Sector = Omit<SectorView, 'serviceTypes'> & { serviceTypes: ServiceTypeView[] };
const txt = (id: string, en: string) => ({ id, en });

/** Two sectors shaped like the server's answer; the console must render whatever a plugin declares. */
export const sectorsFixture: Sector[] = [
  {
    id: 'perumahan-rakyat',
    confidentialReporter: false,
    reporterIdentityOptional: false,
    intakeRoles: ['KADER'],
    intakeUnitKinds: ['POSYANDU'],
    name: txt('Perumahan Rakyat', 'Housing'),
    serviceTypes: [
      {
        id: 'house-rehabilitation',
        name: txt('Bantuan rehabilitasi rumah tidak layak huni', 'Aid to rehabilitate an uninhabitable house'),
        description: null,
        applicantKkRequired: false,
        questions: [],
        documents: [
          {
            code: 'ktp-copy',
            required: true,
            minFiles: 1,
            maxFiles: 2,
            label: txt('Fotokopi KTP', 'Identity card (KTP) copy'),
            description: null,
          },
          {
            code: 'kk-copy',
            required: true,
            minFiles: 1,
            maxFiles: 2,
            label: txt('Fotokopi Kartu Keluarga (KK)', 'Family card (KK) copy'),
            description: null,
          },
          {
            code: 'house-photos',
            required: true,
            minFiles: 3,
            maxFiles: 3,
            label: txt('Foto kondisi rumah (3 sisi)', 'Photos of the house (3 sides)'),
            description: txt('Tampak depan, samping, dan belakang', 'Front, side and back'),
          },
          {
            code: 'other-support',
            required: false,
            minFiles: 1,
            maxFiles: 1,
            label: txt('Dokumen pendukung lain', 'Other supporting document'),
            description: null,
          },
        ],
      },
    ],
  },
  {
    id: 'pendidikan',
    confidentialReporter: false,
    reporterIdentityOptional: false,
    intakeRoles: ['KADER'],
    intakeUnitKinds: ['POSYANDU'],
    name: txt('Pendidikan', 'Education'),
    serviceTypes: [
      {
        id: 'school-costs',
        name: txt('Keluhan biaya sekolah', 'Complaint about school costs'),
        description: null,
        applicantKkRequired: false,
        questions: [
          {
            id: 'level',
            type: 'choice',
            required: true,
            maxLength: null,
            label: txt('Jenjang', 'Level'),
            options: [
              { value: 'sd', label: txt('SD', 'Primary') },
              { value: 'smp', label: txt('SMP', 'Junior secondary') },
            ],
          },
        ],
        documents: [
          {
            code: 'ktp-copy',
            required: true,
            minFiles: 1,
            maxFiles: 1,
            label: txt('Fotokopi KTP', 'Identity card (KTP) copy'),
            description: null,
          },
          {
            code: 'sktm',
            required: true,
            minFiles: 1,
            maxFiles: 1,
            label: txt('Surat pernyataan tidak mampu', 'Statement of poverty'),
            description: null,
          },
        ],
      },
    ],
  },
];
