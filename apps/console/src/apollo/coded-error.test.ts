import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { isUnauthenticated, toCodedError } from './coded-error';

describe('toCodedError', () => {
  it('reads the code, both languages and the field problems the server sends', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Kasus ini baru saja diubah orang lain.',
          extensions: {
            code: 'VERSION_CONFLICT',
            messages: { id: 'Kasus ini baru saja diubah orang lain.', en: 'Someone else has just changed this case.' },
            fields: [{ field: 'nik', messages: { id: 'NIK salah', en: 'Bad NIK' } }],
          },
        },
      ],
    });
    expect(toCodedError(error)).toEqual({
      code: 'VERSION_CONFLICT',
      message: { id: 'Kasus ini baru saja diubah orang lain.', en: 'Someone else has just changed this case.' },
      fields: [{ field: 'nik', message: { id: 'NIK salah', en: 'Bad NIK' } }],
    });
  });
  it('reads a 401 body as an ended session', () => {
    const body = JSON.stringify({ errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] });
    const error = new ServerError('401', { response: new Response(body, { status: 401 }), bodyText: body });
    expect(isUnauthenticated(error)).toBe(true);
  });
  it('says the network is down, in both languages, for anything else', () => {
    expect(toCodedError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });
});
