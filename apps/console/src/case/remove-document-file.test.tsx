// @vitest-environment happy-dom
import { ApolloProvider } from '@apollo/client/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { caseSummary } from '../test/case-summary.fixture';
import { createSchemaClient } from '../test/schema-client';
import '../test/setup';
import type { DocumentOnCase } from './add-document-files';
import { RemoveDocumentFile } from './remove-document-file';

const housePhotos: DocumentOnCase = {
  code: 'house-photos',
  maxFiles: 3,
  // Two photos uploaded, one paper recorded by name only at the desk.
  fileNames: ['depan.jpg', 'samping-buram.jpg', 'foto-cetak-belakang'],
  files: [
    { id: 'file-1', name: 'depan.jpg' },
    { id: 'file-2', name: 'samping-buram.jpg' },
  ],
  label: { id: 'Foto kondisi rumah (3 sisi)', en: 'Photos of the house (3 sides)' },
};

function renderButton(attachDocument: (args: Record<string, unknown>) => unknown) {
  const onRemoved = vi.fn();
  render(
    <I18nProvider initial="id">
      <ApolloProvider client={createSchemaClient({ attachDocument })}>
        <RemoveDocumentFile caseId="k1" doc={housePhotos} file={housePhotos.files[1]!} onRemoved={onRemoved} />
      </ApolloProvider>
    </I18nProvider>,
  );
  return { onRemoved };
}

/** The browser's "are you sure?" (happy-dom has none): answered by the test. */
function answerConfirm(answer: boolean) {
  const confirm = vi.fn((_message: string) => answer);
  vi.stubGlobal('confirm', confirm);
  return confirm;
}

describe('taking a file off a document on the case page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks first, then keeps the document’s other files and papers', async () => {
    const confirm = answerConfirm(true);
    const attachDocument = vi.fn((_args: Record<string, unknown>) => caseSummary('k1'));
    const { onRemoved } = renderButton(attachDocument);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Lepas berkas samping-buram.jpg dari dokumen' }));
    expect(confirm.mock.calls[0]?.[0]).toContain('samping-buram.jpg');
    await waitFor(() => expect(onRemoved).toHaveBeenCalled());
    expect(attachDocument.mock.calls[0]?.[0]).toEqual({
      caseId: 'k1',
      document: { code: 'house-photos', fileIds: ['file-1'], fileNames: ['foto-cetak-belakang'] },
    });
  });

  it('does nothing when the kader changes their mind', async () => {
    answerConfirm(false);
    const attachDocument = vi.fn((_args: Record<string, unknown>) => caseSummary('k1'));
    renderButton(attachDocument);
    await userEvent.setup().click(screen.getByRole('button', { name: /^Lepas berkas/ }));
    expect(attachDocument).not.toHaveBeenCalled();
  });

  it('shows the server’s reason when what is left is not enough', async () => {
    answerConfirm(true);
    const message = {
      id: 'Foto kondisi rumah (3 sisi): minimal 3 berkas.',
      en: 'Photos of the house (3 sides): at least 3 files.',
    };
    const { onRemoved } = renderButton(() => {
      throw new GraphQLError(message.id, { extensions: { code: 'VALIDATION_FAILED', messages: message } });
    });
    await userEvent.setup().click(screen.getByRole('button', { name: /^Lepas berkas/ }));
    expect((await screen.findByRole('alert')).textContent).toContain(message.id);
    expect(onRemoved).not.toHaveBeenCalled();
  });
});
