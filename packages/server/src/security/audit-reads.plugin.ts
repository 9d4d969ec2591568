import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../graphql/context.js';

const AUDIT_UNAVAILABLE = {
  id: 'Data tidak dapat ditampilkan karena pencatatan audit sedang gagal. Silakan coba lagi.',
  en: 'The data cannot be shown because the audit log could not be written. Please try again.',
};

/**
 * Writes the sensitive reads a request collected (full NIK or KK numbers, a
 * confidential reporter's identity) before its response leaves. If they cannot
 * be written, the response is withheld: nothing sensitive is shown unaudited.
 */
export function auditReads(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (!contextValue.audit.pending) return;
          try {
            await contextValue.audit.flush(contextValue.em);
          } catch (error) {
            contextValue.log.error({ err: error }, 'audit: could not record sensitive reads; response withheld');
            response.body = {
              kind: 'single',
              singleResult: {
                data: null,
                errors: [
                  {
                    message: AUDIT_UNAVAILABLE.id,
                    extensions: { code: 'INTERNAL_SERVER_ERROR', messages: AUDIT_UNAVAILABLE },
                  },
                ],
              },
            };
          }
        },
      };
    },
  };
}
