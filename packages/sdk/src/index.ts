/**
 * @posyandu-spm/sdk — a typed client for OPD systems (docs/integrations.md): API-key auth, retries
 * honouring Retry-After, page iteration, webhook verification, and the GraphQL operations an OPD
 * needs, typed from the server's schema.
 */
export { SpmClient, retryAfterMs, type RateLimitState, type SpmClientOptions } from './client.js';
export { SpmApiError, type SpmErrorBody } from './errors.js';
export { pages, type ConnectionPage } from './pages.js';
export { verifyWebhook, WebhookVerificationError, type SpmWebhookEvent } from './webhooks.js';
export { AttachDocument, CaseSummaryFields, GetCase, ListCases, PerformAction } from './operations.js';
export { graphql } from './gql/index.js';
export type * from './gql/graphql.js';
