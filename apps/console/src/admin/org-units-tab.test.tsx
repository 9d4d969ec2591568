// @vitest-environment happy-dom
import { ApolloProvider } from '@apollo/client/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { createSchemaClient } from '../test/schema-client';
import '../test/setup';
import { encloses, orgTree } from './org-tree';
import { OrgUnitsTab } from './org-units-tab';

const unit = (
  id: string,
  name: string,
  kind: string,
  areaCode: string,
  parent: string | null,
  services: string[] = [],
) => ({
  id,
  name,
  kind,
  areaCode,
  services,
  parent: parent ? { id: parent } : null,
});
const KLATEN = [
  unit('kab', 'Pemerintah Kabupaten Klaten', 'KABUPATEN', '33.10', null),
  unit('opd', 'Dinas Pendidikan Kabupaten Klaten', 'OPD', '33.10', 'kab', ['pendidikan']),
  unit('kec', 'Kecamatan Cawas', 'KECAMATAN', '33.10.05', 'kab'),
  unit('desa', 'Pemerintah Desa Gombang', 'VILLAGE_GOVERNMENT', '33.10.05.2018', 'kec'),
  unit('pos', 'Posyandu Gombang', 'POSYANDU', '33.10.05.2018', 'desa'),
  unit('pogung', 'Pemerintah Desa Pogung', 'VILLAGE_GOVERNMENT', '33.10.05.2019', 'kec'),
];

describe('org tree', () => {
  it('nests every unit under the unit it escalates to', () => {
    const tree = orgTree(KLATEN);
    expect(tree.map((n) => n.unit.id)).toEqual(['kab']);
    expect(tree[0]!.children.map((n) => n.unit.id)).toEqual(['opd', 'kec']);
    expect(tree[0]!.children[1]!.children.map((n) => n.unit.id)).toEqual(['desa', 'pogung']);
  });

  it('treats an area as enclosing itself and the areas inside it, never a sibling with a shared prefix', () => {
    expect(encloses('33.10.05', '33.10.05.2018')).toBe(true);
    expect(encloses('33.10.05.2018', '33.10.05.2018')).toBe(true);
    expect(encloses('33.10.05.2019', '33.10.05.2018')).toBe(false);
    expect(encloses('33.1', '33.10')).toBe(false);
  });
});

describe('OrgUnitsTab', () => {
  const renderTab = (rootValue: Record<string, unknown>) =>
    render(
      <I18nProvider initial="id">
        <ApolloProvider client={createSchemaClient(rootValue)}>
          <OrgUnitsTab />
        </ApolloProvider>
      </I18nProvider>,
    );

  it('shows the chart as a tree and offers as parent only units whose area encloses the new unit’s', async () => {
    const user = userEvent.setup();
    const createOrgUnit = vi.fn(({ input }: { input: Record<string, unknown> }) =>
      unit('new', String(input.name), String(input.kind), String(input.areaCode), String(input.parentId)),
    );
    renderTab({ orgUnits: () => KLATEN, createOrgUnit });
    const chart = await screen.findByRole('region', { name: 'Bagan unit' });
    const kecamatan = within(chart).getByText('Kecamatan Cawas').closest('li') as HTMLElement;
    expect(within(kecamatan).getByText('Posyandu Gombang')).toBeTruthy();
    expect(within(kecamatan).queryByText('Dinas Pendidikan Kabupaten Klaten')).toBeNull();

    await user.type(screen.getByLabelText(/Nama unit/), 'Posyandu Melati');
    await user.type(screen.getByLabelText(/Kode wilayah yang dilayani/), '33.10.05.2018');
    const parent = screen.getByLabelText('Unit induk (tujuan eskalasi)');
    const offered = within(parent)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(offered).toContain('Pemerintah Desa Gombang (33.10.05.2018)');
    expect(offered).toContain('Kecamatan Cawas (33.10.05)');
    expect(offered).not.toContain('Pemerintah Desa Pogung (33.10.05.2019)');
    await user.selectOptions(parent, 'desa');
    await user.click(screen.getByRole('button', { name: 'Tambah unit' }));
    await waitFor(() => expect(createOrgUnit).toHaveBeenCalledTimes(1));
    expect(createOrgUnit.mock.calls[0]![0].input).toEqual({
      kind: 'POSYANDU',
      name: 'Posyandu Melati',
      areaCode: '33.10.05.2018',
      parentId: 'desa',
      services: [],
    });
    expect(await screen.findByText(/Unit Posyandu Melati ditambahkan/)).toBeTruthy();
  });

  it('shows the server’s field problems in words and keeps what was typed', async () => {
    const user = userEvent.setup();
    const { GraphQLError } = await import('graphql');
    const problem = {
      field: 'services',
      messages: {
        id: 'Dinas Pendidikan Kabupaten Klaten sudah menjadi tujuan "Dinas Pendidikan" untuk wilayah 33.10; satu wilayah hanya boleh punya satu.',
        en: 'Dinas Pendidikan Kabupaten Klaten already receives "Dinas Pendidikan" for area 33.10; an area may have only one.',
      },
    };
    renderTab({
      orgUnits: () => KLATEN,
      createOrgUnit: () => {
        throw new GraphQLError('Data tidak valid: services.', {
          extensions: {
            code: 'VALIDATION_FAILED',
            messages: { id: 'Data tidak valid: services.', en: 'Invalid input: services.' },
            fields: [problem],
          },
        });
      },
    });
    await screen.findByRole('region', { name: 'Bagan unit' });
    await user.selectOptions(screen.getByLabelText('Jenis unit'), 'OPD');
    await user.type(screen.getByLabelText(/Nama unit/), 'Dinas Pendidikan Kedua');
    await user.type(screen.getByLabelText(/Kode wilayah yang dilayani/), '33.10');
    await user.type(screen.getByLabelText('Layanan yang diterima'), 'pendidikan');
    await user.click(screen.getByRole('button', { name: 'Tambah unit' }));
    expect(await screen.findByText(problem.messages.id)).toBeTruthy();
    expect((screen.getByLabelText(/Nama unit/) as HTMLInputElement).value).toBe('Dinas Pendidikan Kedua');
  });
});
