import type { LocalizedText } from '@posyandu-spm/core';

/** Thrown at start-up: every fault of every extension, each naming its plugin. */
export class ServerExtensionError extends Error {
  constructor(readonly faults: ReadonlyArray<{ sectorId: string; message: LocalizedText }>) {
    super(
      `Server extensions of sector plugins are invalid; the server will not start:\n${faults
        .map((f) => `  - [${f.sectorId}] ${f.message.en}`)
        .join('\n')}`,
    );
    this.name = 'ServerExtensionError';
  }
}
