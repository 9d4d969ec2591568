import type { KeptFiles } from '../files/use-document-uploads';

/** The files a document holds now: uploads by id, and papers recorded by name only (names not matched by a file). */
export function keptFilesOf(doc: {
  fileNames: readonly string[];
  files: readonly { id: string; name: string }[];
}): KeptFiles {
  const papers = [...doc.fileNames];
  for (const f of doc.files) {
    const i = papers.indexOf(f.name);
    if (i >= 0) papers.splice(i, 1);
  }
  return { fileIds: doc.files.map((f) => f.id), fileNames: papers };
}
