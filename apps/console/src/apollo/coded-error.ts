import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { CodedFailure, fromFormatted, NETWORK_ERROR, type CodedError, type FormattedError } from './coded-error-body';

export { CodedFailure, codedFromBody, NETWORK_ERROR, type CodedError } from './coded-error-body';

/** Reads Apollo's error into the coded shape, whichever way it arrived (GraphQL errors, HTTP 4xx body, no network). */
export function toCodedError(error: unknown): CodedError {
  if (error instanceof CodedFailure) return error.coded;
  if (CombinedGraphQLErrors.is(error) && error.errors[0]) return fromFormatted(error.errors[0]);
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: FormattedError[] };
      if (body.errors?.[0]) return fromFormatted(body.errors[0]);
    } catch {
      // Not JSON: a proxy's error page.
    }
  }
  return NETWORK_ERROR;
}

export function isUnauthenticated(error: unknown): boolean {
  if (ServerError.is(error) && error.statusCode === 401) return true;
  return toCodedError(error).code === 'UNAUTHENTICATED';
}
