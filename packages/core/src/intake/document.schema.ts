import * as z from 'zod/mini';
import type { LocalizedText } from '../errors/domain-error.js';
import type { DocumentRequirement } from '../plugin/contract.js';
import { orEmpty, refined, report } from './field.js';
import { requiredTextField, textField } from './text-fields.js';

/** What the form needs to know of a document a service type asks for. */
export type IntakeRequirement = Pick<DocumentRequirement, 'code' | 'label' | 'minFiles' | 'maxFiles'>;

const FILE_NAME = { id: 'Nama berkas', en: 'File name' };
const NOTE = { id: 'Catatan dokumen', en: 'Document note' };
const DOCUMENTS = { id: 'Dokumen', en: 'Documents' };
/** More names than any document takes are not each checked: the count is already wrong. */
const MAX_NAMES_CHECKED = 50;

export const fileNameField = () => requiredTextField(FILE_NAME, { max: 200, multiline: false });

/**
 * How many files a document may be given at once: 1 to `maxFiles`; the message says
 * "give 3" when exactly that many make it complete (photos of a house from 3 sides).
 */
export function fileCountProblem(req: IntakeRequirement, count: number): LocalizedText | null {
  if (count >= 1 && count <= req.maxFiles) return null;
  const exact = req.minFiles === req.maxFiles;
  return {
    id: `${req.label.id}: sertakan ${exact ? req.minFiles : `1–${req.maxFiles}`} berkas.`,
    en: `${req.label.en}: give ${exact ? req.minFiles : `1 to ${req.maxFiles}`} files.`,
  };
}

/**
 * Documents handed in at registration, by name (files are uploaded once the case
 * exists, then attached): each asked for by the service type, once, with a count of
 * files it takes.
 */
export function registrationDocumentsSchema(requirements: readonly IntakeRequirement[]) {
  const document = z.object({
    code: z.string(),
    fileNames: z.pipe(
      z.pipe(
        z.array(z.unknown()),
        z.transform((names: unknown[]) => names.slice(0, MAX_NAMES_CHECKED)),
      ),
      z.array(fileNameField()),
    ),
    fileIds: z.nullish(z.array(z.string())),
    note: textField(NOTE, { required: false, max: 500 }),
  });
  const checked = refined(document, (doc, ctx) => {
    const req = requirements.find((r) => r.code === doc.code);
    if (!req) {
      report(ctx, DOCUMENTS, {
        message: {
          id: `Dokumen "${doc.code}" tidak diminta untuk layanan ini.`,
          en: `Document "${doc.code}" is not asked for this service.`,
        },
        path: ['code'],
      });
    } else if (doc.fileIds?.length) {
      report(ctx, req.label, {
        message: {
          id: 'Berkas diunggah setelah kasus terdaftar, lalu dilampirkan dengan attachDocument.',
          en: 'Files are uploaded once the case is registered, then attached with attachDocument.',
        },
        path: ['fileIds'],
      });
    } else {
      const wrong = fileCountProblem(req, Array.isArray(doc.fileNames) ? doc.fileNames.length : 0);
      if (wrong) report(ctx, req.label, { message: wrong, path: ['fileNames'] });
    }
  });
  const item = z.pipe(
    checked,
    z.transform(({ code, fileNames, note }: z.output<typeof document>) => ({ code, fileNames, note })),
  );
  const list = refined(z.array(item), (docs, ctx) => {
    if (!Array.isArray(docs)) return;
    const codes = docs.map((d) => d?.code);
    if (new Set(codes).size === codes.length) return;
    report(ctx, DOCUMENTS, {
      message: { id: 'Ada dokumen yang disebut dua kali.', en: 'A document is listed twice.' },
    });
  });
  return orEmpty(list, []);
}

/** The papers named and the note when a document is attached to a case (the uploaded files are checked by the server). */
export function attachmentSchema() {
  return z.object({
    fileNames: orEmpty(z.array(fileNameField()), []),
    note: textField({ id: 'Catatan', en: 'Note' }, { required: false, max: 1000 }),
  });
}

export type RegistrationDocuments = z.output<ReturnType<typeof registrationDocumentsSchema>>;
