/** Realistic inputs for Pendidikan cases, shared by this plugin's tests and the cross-package tests. */
export const allDocuments = [
  { code: 'ktp-copy', fileNames: ['ktp.jpg'] },
  { code: 'kk-copy', fileNames: ['kk.jpg'] },
  { code: 'poverty-statement', fileNames: ['sktm-rt.jpg'] },
];

export function pendidikanInput(overrides: Record<string, unknown> = {}) {
  return {
    sectorId: 'pendidikan',
    serviceType: 'basic-education-cost-aid',
    applicant: { nik: '3310055708850003', name: 'Siti Aminah', phone: '0812-2700-4321', kkNumber: '3310050101100007' },
    beneficiaries: [{ name: 'Dewi Lestari', relation: 'anak', nik: '3310054505150001' }],
    description: 'Anak kelas 4 SD tidak mampu membayar seragam dan buku.',
    facts: { studentName: 'Dewi Lestari', schoolName: 'SD Negeri 1 Gombang', schoolLevel: 'SD' },
    dusun: 'Gombang Kidul',
    rw: '2',
    rt: '3',
    documents: allDocuments,
    ...overrides,
  };
}
