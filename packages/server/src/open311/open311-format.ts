import type { Response } from 'express';

/**
 * GeoReport v2 answers in JSON or XML, as the extension of the path says (`services.json`,
 * `requests/SPM-….xml`). XML follows the specification's element names: a list element
 * (`services`, `service_requests`, `errors`) of items (`service`, `request`, `error`), nested
 * arrays as repeated elements (`attributes` → `attribute`, `values` → `value`).
 */
export type Format = 'json' | 'xml';

const ITEM: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
};

function escapeXml(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c,
  );
}

function toXml(name: string, value: unknown): string {
  if (value === null || value === undefined) return `<${name}/>`;
  if (Array.isArray(value)) {
    const item = ITEM[name] ?? 'item';
    return `<${name}>${value.map((v) => toXml(item, v)).join('')}</${name}>`;
  }
  if (typeof value === 'object') {
    const inner = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => toXml(k, v))
      .join('');
    return `<${name}>${inner}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** Sends a list in the chosen format (`root` names the XML list element). */
export function send(res: Response, format: Format, status: number, root: string, items: unknown[]): void {
  res.status(status).set('cache-control', 'no-store');
  if (format === 'xml') {
    res.type('application/xml').send(`<?xml version="1.0" encoding="utf-8"?>${toXml(root, items)}`);
  } else {
    res.json(items);
  }
}

/** An Open311 error: a list of `{ code, description }`, the HTTP status being the code. */
export class Open311Error extends Error {
  constructor(
    readonly status: number,
    readonly descriptions: string[],
  ) {
    super(descriptions.join('; '));
  }
}

export function sendError(res: Response, format: Format, error: Open311Error): void {
  send(
    res,
    format,
    error.status,
    'errors',
    error.descriptions.map((description) => ({ code: error.status, description })),
  );
}
