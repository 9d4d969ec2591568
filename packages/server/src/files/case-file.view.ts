import type { CaseFile } from '../entities/case-file.entity.js';
import type { CaseFileType } from '../graphql/types/case-view.type.js';

/** Where a file is read (relative to the API's address; the same Authorization header as GraphQL). */
export function fileUrl(id: string, variant?: 'thumb'): string {
  return `/files/${id}${variant ? `?variant=${variant}` : ''}`;
}

export function caseFileView(f: CaseFile): CaseFileType {
  return {
    id: f.id,
    name: f.originalName,
    contentType: f.contentType,
    sizeBytes: f.sizeBytes,
    width: f.width,
    height: f.height,
    url: fileUrl(f.id),
    thumbnailUrl: f.thumbnailKey ? fileUrl(f.id, 'thumb') : null,
    uploadedAt: f.uploadedAt,
  };
}
