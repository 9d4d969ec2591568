/** The queue's first page: open cases, 30 at a time (also read ahead for offline use, use-reference-data.ts). */
export const QUEUE_VARIABLES = { filter: { open: true }, first: 30 };
