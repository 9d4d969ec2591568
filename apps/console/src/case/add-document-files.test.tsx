// @vitest-environment happy-dom
import { ApolloProvider } from '@apollo/client/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthProvider } from '../auth/auth';
import { TokenStore } from '../auth/token-store';
import { I18nProvider, type Locale } from '../i18n/i18n';
import { caseSummary } from '../test/case-summary.fixture';
import { createSchemaClient, memoryStorage } from '../test/schema-client';
import '../test/setup';
import { AddDocumentFiles, keptFilesOf, type DocumentOnCase } from './add-document-files';

const housePhotos: DocumentOnCase = {
  code: 'house-photos',
  maxFiles: 3,
  // One photo uploaded, one paper recorded by name only at the desk.
  fileNames: ['depan.jpg', 'foto-cetak-samping'],
  files: [{ id: 'file-1', name: 'depan.jpg' }],
  label: { id: 'Foto kondisi rumah (3 sisi)', en: 'Photos of the house (3 sides)' },
};

const photo = (name: string) => new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], name, { type: 'image/jpeg' });
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function renderControl(locale: Locale = 'id') {
  const attachDocument = vi.fn((_args: Record<string, unknown>) => caseSummary('k1'));
  const onAttached = vi.fn();
  const client = createSchemaClient({ attachDocument, me: () => null });
  render(
    <I18nProvider initial={locale}>
      <ApolloProvider client={client}>
        <AuthProvider tokens={new TokenStore(memoryStorage({ 'psp.token': 'tok' }))}>
          <AddDocumentFiles caseId="k1" caseCode="SPM-TEST" doc={housePhotos} onAttached={onAttached} />
        </AuthProvider>
      </ApolloProvider>
    </I18nProvider>,
  );
  return { attachDocument, onAttached };
}

afterEach(() => vi.unstubAllGlobals());

describe('AddDocumentFiles', () => {
  it('keeps what the document holds: its uploads by id, and papers recorded by name', () => {
    expect(keptFilesOf(housePhotos)).toEqual({ fileIds: ['file-1'], fileNames: ['foto-cetak-samping'] });
  });

  it('uploads a camera photo, then links it together with the files the document already had', async () => {
    const user = userEvent.setup();
    const fetch = vi.fn().mockResolvedValue(
      json(201, {
        file: {
          id: 'file-2',
          name: 'belakang.jpg',
          contentType: 'image/jpeg',
          sizeBytes: 4,
          url: '/files/file-2',
          thumbnailUrl: null,
        },
      }),
    );
    vi.stubGlobal('fetch', fetch);
    const { attachDocument, onAttached } = renderControl();

    const camera = screen.getByLabelText('Ambil foto: Foto kondisi rumah (3 sisi)');
    expect(camera.getAttribute('capture')).toBe('environment');
    await user.upload(camera, photo('belakang.jpg'));

    expect(await screen.findByText('✓ 1 berkas ditambahkan.')).toBeTruthy();
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/files?caseId=k1&documentCode=house-photos');
    expect(init.headers).toEqual({ authorization: 'Bearer tok' });
    expect(attachDocument.mock.calls[0]?.[0]).toEqual({
      caseId: 'k1',
      document: { code: 'house-photos', fileIds: ['file-1', 'file-2'], fileNames: ['foto-cetak-samping'] },
    });
    expect(onAttached).toHaveBeenCalledTimes(1);
  });

  it("shows the server's refusal in words (a file too large) and links nothing", async () => {
    const user = userEvent.setup();
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(
        json(413, {
          errors: [
            {
              message: 'too large',
              extensions: {
                code: 'FILE_TOO_LARGE',
                messages: {
                  id: 'Berkas terlalu besar (paling besar 10 MB).',
                  en: 'The file is too large (at most 10 MB).',
                },
              },
            },
          ],
        }),
      ),
    );
    const { attachDocument, onAttached } = renderControl('en');
    await user.upload(screen.getByLabelText('Choose files: Photos of the house (3 sides)'), photo('besar.jpg'));
    expect((await screen.findByRole('alert')).textContent).toContain('The file is too large (at most 10 MB).');
    expect(screen.getByText('The files were not sent.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send again: Photos of the house (3 sides)' })).toBeTruthy();
    expect(attachDocument).not.toHaveBeenCalled();
    expect(onAttached).not.toHaveBeenCalled();
  });

  it('refuses other kinds of file on the phone before sending anything', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderControl();
    await user.upload(
      screen.getByLabelText('Pilih berkas: Foto kondisi rumah (3 sisi)'),
      new File(['x'], 'catatan.docx', {
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      }),
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(/^⚠ /);
    expect(fetch).not.toHaveBeenCalled();
  });
});
