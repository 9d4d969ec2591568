import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './context.js';

/**
 * Every GraphQL answer carries `cache-control: no-store`: answers hold personal data and change
 * with every case, so no browser or proxy may keep one. Apollo's cache-control plugin sent the
 * same header for us (the schema has no cache hints), but it also wrapped every field resolver of
 * the schema to work out a cache policy field by field on every request; it is switched off
 * (server.ts) and this says the one thing it said.
 */
export function noStore(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
