import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { startTestServer, TestClock, type TestServer } from '@posyandu-spm/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstalledPlugins } from '@posyandu-spm/api';

const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id code warnings { code } } }`;
const TRACK = 'query ($c: String!, $p: String!) { trackCase(code: $c, phoneLast4: $p) { code status { en } } }';
const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

interface Answer {
  status: number;
  text: string;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: { code?: string; fields?: Array<{ field: string }> } }>;
  };
}

/** Sends anything to /graphql and insists on the rules every answer must keep. */
async function send(t: TestServer, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers },
    body,
    // A hang is a failure too.
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  const answer: Answer = { status: res.status, text, body: {} };
  answer.body = JSON.parse(text) as Answer['body']; // always JSON, never an HTML error page
  expect(res.status, text).toBeLessThan(500);
  expect(text).not.toMatch(/stacktrace|node_modules|\bat \S+ \(|INTERNAL_SERVER_ERROR/);
  for (const error of answer.body.errors ?? []) {
    expect(error.extensions?.code, text).toMatch(/^[A-Z_]+$/);
  }
  return answer;
}

const gql = (t: TestServer, query: string, variables: unknown = {}, headers: Record<string, string> = {}) =>
  send(t, JSON.stringify({ query, variables }), headers);

/** Every row a failed registration could have left behind. */
async function rows(t: TestServer): Promise<string> {
  const r = await t.sql.query(`select
    (select count(*) from spm_case) cases, (select count(*) from case_event) events,
    (select count(*) from person) persons, (select count(*) from case_document) documents,
    (select count(*) from case_beneficiary) beneficiaries, (select count(*) from family_card_record) kks`);
  return JSON.stringify(r.rows[0]);
}

/** Text an attacker might type: SQL, markup, unicode tricks, controls, huge runs. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom(
    "' OR 1=1 --",
    "Robert'); DROP TABLE spm_case;--",
    '1; select pg_sleep(10)',
    '<script>alert(1)</script>',
    '${7*7}{{7*7}}',
    'Siti\u202EhanimA',
    'A\u200BB\u200CC\uFEFF',
    'nul\u0000byte',
    '\uD800',
    'e\u0301\u0301\u0301\u0301\u0301',
    '１２３４５６７８９０１２３４５６',
    '😀'.repeat(100),
    '\n\r\t',
    '__proto__',
    'x'.repeat(5000),
  ),
);

const hostilePerson = fc.record(
  {
    nik: fc.oneof(hostileText, fc.stringMatching(/^\d{16}$/)),
    name: hostileText,
    phone: fc.oneof(hostileText, fc.stringMatching(/^(\+62|0)8\d{8,11}$/)),
    kkNumber: fc.oneof(hostileText, fc.stringMatching(/^\d{16}$/)),
    address: hostileText,
  },
  { requiredKeys: ['name'] },
);

describe('hostile inputs get coded errors only: never a 500, a stack trace, a partial write or a hang', () => {
  let t: TestServer;
  let token: string;
  const auth = () => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    // As deployed: production mode (no stack traces, no introspection).
    t = await startTestServer({
      plugins: await loadInstalledPlugins(),
      clock: new TestClock('2026-11-23T02:00:00Z'),
      production: true,
    });
    token = (await t.as('kader.gombang')).token ?? '';
  });
  afterAll(() => t?.close());

  it('registerCase with arbitrary fields: a case with all its rows, or an error and nothing written', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          applicant: hostilePerson,
          beneficiaries: fc.array(fc.record({ name: hostileText, relation: hostileText, nik: hostileText }), {
            maxLength: 3,
          }),
          description: hostileText,
          dusun: hostileText,
          rw: hostileText,
          rt: hostileText,
          facts: fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor')), fc.jsonValue(), {
            maxKeys: 4,
          }),
          documents: fc.array(fc.record({ code: hostileText, fileNames: fc.array(hostileText, { maxLength: 3 }) }), {
            maxLength: 3,
          }),
        }),
        async (fields) => {
          const before = JSON.parse(await rows(t)) as Record<string, string>;
          const answer = await gql(t, REGISTER, { input: pendidikanInput(fields) }, auth());
          const after = JSON.parse(await rows(t)) as Record<string, string>;
          if (answer.body.errors?.length) {
            expect(after).toEqual(before);
          } else {
            expect(Number(after.cases)).toBe(Number(before.cases) + 1);
            expect(Number(after.events)).toBe(Number(before.events) + 1);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('one bad field among good ones is VALIDATION_FAILED naming that field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ applicant: { ...pendidikanInput().applicant, name: 'Siti\u202EhanimA' } }, 'applicant.name'],
      [{ applicant: { ...pendidikanInput().applicant, phone: '+1 202 555 0101' } }, 'applicant.phone'],
      [{ applicant: { ...pendidikanInput().applicant, kkNumber: '3310053201100007' } }, 'applicant.kkNumber'],
      [{ description: 'Anak tidak mampu \u202Emembayar seragam' }, 'description'],
      [{ description: 'x'.repeat(4001) }, 'description'],
      [{ dusun: 'Gombang\nKidul' }, 'dusun'],
      [{ documents: [{ code: 'ktp-copy', fileNames: ['ktp\u202Egpj.exe'] }] }, 'documents.0.fileNames.0'],
      [{ beneficiaries: [{ name: 'Dewi 2', relation: 'anak' }] }, 'beneficiaries.0.name'],
    ];
    for (const [override, field] of cases) {
      const before = await rows(t);
      const answer = await gql(t, REGISTER, { input: pendidikanInput(override) }, auth());
      expect(answer.body.errors?.[0]?.extensions?.code, field).toBe('VALIDATION_FAILED');
      expect(answer.body.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toContain(field);
      expect(await rows(t)).toBe(before);
    }
  });

  it('an unknown kecamatan in a NIK is a warning on the case, never a rejection; the phone is stored as +62', async () => {
    const answer = await gql(
      t,
      REGISTER,
      {
        input: pendidikanInput({
          applicant: { nik: '3310991708900001', name: 'Paijo', phone: '0812 2700 9876', kkNumber: '3310050101100007' },
        }),
      },
      auth(),
    );
    const c = answer.body.data?.registerCase as { id: string; warnings: Array<{ code: string }> };
    expect(c.warnings.map((w) => w.code)).toContain('NIK_REGION_UNKNOWN');
    const stored = await t.sql.query<{ contact_phone: string }>('select contact_phone from spm_case where id = $1', [
      c.id,
    ]);
    expect(stored.rows[0]?.contact_phone).toBe('+6281227009876');
  });

  it('trackCase with arbitrary code and digits answers null or a coded error, and never finds a case by chance', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, fc.oneof(hostileText, fc.stringMatching(/^\d{4}$/)), async (code, digits) => {
        const answer = await gql(t, TRACK, { c: code, p: digits });
        if (!answer.body.errors) expect(answer.body.data?.trackCase).toBeNull();
      }),
      { numRuns: 60 },
    );
  });

  it('login with arbitrary credentials is INVALID_CREDENTIALS (or refused input), never a token', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(hostileText, fc.constantFrom('kader.gombang', 'KADER.GOMBANG ', 'admin.klaten')),
        hostileText,
        async (u, p) => {
          const answer = await gql(t, LOGIN, { u, p });
          expect(answer.body.data?.login ?? null).toBeNull();
          expect(answer.body.errors?.[0]?.extensions?.code).toBeDefined();
        },
      ),
      { numRuns: 40 },
    );
  });

  describe('known GraphQL attacks', () => {
    const attacks: Array<[string, () => Promise<Answer>, string[]]> = [
      [
        'deep nesting',
        () =>
          gql(t, `{ me { memberships { orgUnit { ${'parent { '.repeat(40)}id${' }'.repeat(40)} } } } }`, {}, auth()),
        ['QUERY_TOO_DEEP'],
      ],
      [
        'alias flooding',
        () => gql(t, `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: sectors { id }`).join(' ')} }`),
        ['TOO_MANY_ALIASES', 'GRAPHQL_PARSE_FAILED'],
      ],
      [
        'batched login guessing (a JSON array of operations)',
        () =>
          send(
            t,
            JSON.stringify(
              Array.from({ length: 50 }, (_, i) => ({ query: LOGIN, variables: { u: 'kader.gombang', p: `g${i}` } })),
            ),
          ),
        ['BAD_REQUEST'],
      ],
      [
        'aliased login guessing',
        () =>
          gql(
            t,
            `mutation { ${Array.from({ length: 30 }, (_, i) => `g${i}: login(username: "kader.gombang", password: "g${i}") { token }`).join(' ')} }`,
          ),
        ['TOO_MANY_ALIASES'],
      ],
      [
        'a huge string beyond the body limit',
        () => gql(t, REGISTER, { input: pendidikanInput({ description: 'x'.repeat(2 * 1024 * 1024) }) }, auth()),
        ['REQUEST_TOO_LARGE'],
      ],
      ['malformed JSON', () => send(t, '{"query": "{ sectors { id } }", "variables": {'), ['MALFORMED_REQUEST']],
      ['JSON that is not an object', () => send(t, '"{ sectors { id } }"'), ['MALFORMED_REQUEST']],
      [
        'a NUL character, which PostgreSQL cannot store, in a variable or a literal',
        () => gql(t, TRACK, { c: 'SPM-\u0000', p: '0000' }),
        ['MALFORMED_REQUEST'],
      ],
      [
        'a NUL character in a string literal of a login',
        () => gql(t, 'mutation { login(username: "kader\\u0000", password: "x") { token } }'),
        ['MALFORMED_REQUEST'],
      ],
      ['a document of 20,000 tokens', () => gql(t, `{ ${'sectors { id } '.repeat(5000)} }`), ['GRAPHQL_PARSE_FAILED']],
      [
        'directive flooding',
        () => gql(t, `{ sectors ${'@include(if: true) '.repeat(3000)} { id } }`),
        ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED'],
      ],
      [
        'a fragment cycle',
        () => gql(t, '{ sectors { ...A } } fragment A on Sector { ...B } fragment B on Sector { ...A }'),
        ['GRAPHQL_VALIDATION_FAILED'],
      ],
      [
        'wrong types: a number for a String, an object for an ID',
        () => gql(t, 'query ($id: ID!) { case(id: $id) { id } }', { id: { $ne: null } }, auth()),
        ['BAD_USER_INPUT'],
      ],
      [
        'wrong types: a list for the whole input',
        () => gql(t, REGISTER, { input: [pendidikanInput()] }, auth()),
        ['BAD_USER_INPUT'],
      ],
      [
        'an Int beyond 32 bits',
        () => gql(t, '{ cases(first: 2147483648) { edges { cursor } } }', {}, auth()),
        ['GRAPHQL_VALIDATION_FAILED'],
      ],
      [
        'a page size out of range',
        () => gql(t, '{ cases(first: 100000) { edges { cursor } } }', {}, auth()),
        ['QUERY_TOO_COMPLEX', 'VALIDATION_FAILED'],
      ],
      [
        'SQL in a tracking code',
        () => gql(t, TRACK, { c: "SPM-' OR '1'='1", p: "1' --" }),
        [], // an answer of null: nothing found, nothing broken
      ],
      ['SQL in an id', () => gql(t, 'query ($id: ID!) { case(id: $id) { id } }', { id: "1' OR '1'='1" }, auth()), []],
      [
        'introspection of a huge type graph via __type nesting',
        () =>
          gql(
            t,
            `{ __type(name: "Case") { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } }`,
          ),
        [],
      ],
    ];

    it.each(attacks)('%s', async (_name, attack, codes) => {
      const before = await rows(t);
      const started = Date.now();
      const answer = await attack();
      expect(Date.now() - started).toBeLessThan(10_000);
      const got = answer.body.errors?.map((e) => e.extensions?.code) ?? [];
      if (codes.length) expect(codes).toContain(got[0]);
      expect(await rows(t)).toBe(before);
    });
  });
});
