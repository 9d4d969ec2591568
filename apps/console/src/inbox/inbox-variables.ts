/** The inbox's first page, unfiltered: what `/` shows a routed unit (also kept for the first screen, cache-persist.ts). */
export const INBOX_PAGE = 50;
export const INBOX_VARIABLES = { filter: { inbox: true, open: true }, first: INBOX_PAGE };
