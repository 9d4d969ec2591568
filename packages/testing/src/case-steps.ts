import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import type pg from 'pg';
import type { GraphQLClient, GraphQLErrorBody } from './graphql-client.js';

/** What every case view a test reads must carry for the steps to act on it. */
export interface CaseRef {
  id: string;
  version: number;
  status: string;
  holder: { id: string };
}

/** The GraphQL operations of a flow test, each returning the case with the fields you chose. */
export interface CaseOperations {
  /** `registerCase(input: $input)`. */
  REGISTER: string;
  /** `performAction(caseId: $id, action: $action, expectedVersion: $v, input: $input)`. */
  ACT: string;
  /** `reviewDocument(caseId: $id, code: $code, status: $status, reason: $reason)`. */
  REVIEW: string;
  /** `recordVisit(caseId: $id, visit: $visit)`. */
  VISIT: string;
  /** `attachDocument(caseId: $id, document: $d)`. */
  ATTACH: string;
  /** `case(id: $id)`. */
  CASE: string;
  /** `case(id: $id) { timeline { … } }`, with the event fields you chose. */
  TIMELINE: string;
}

/** The codes a refused action carries; any other code the server defines is accepted too. */
export type RefusalCode =
  'FORBIDDEN' | 'NOT_FOUND' | 'WRONG_STATE' | 'GUARD_FAILED' | 'VALIDATION_FAILED' | (string & {});

export interface CaseStepsOptions {
  /** The case fields every operation returns, as a GraphQL selection (without braces). */
  fields: string;
  /** The event fields `timeline` asks for; by default type, action, statuses, holder, reason, note and payload. */
  timelineFields?: string;
  /** The test server's SQL pool, read when `expectRefused` runs (the server starts after the steps are made). */
  sql?: () => pg.Pool;
}

export interface CaseSteps<C extends CaseRef, E = Record<string, unknown>> {
  readonly operations: CaseOperations;
  register(client: GraphQLClient, input: Record<string, unknown>): Promise<C>;
  /** Performs `action` on the version of `c` the caller last saw (optimistic locking). */
  act(client: GraphQLClient, c: C, action: string, input?: Record<string, string>): Promise<C>;
  review(client: GraphQLClient, c: C, code: string, status?: string, reason?: string): Promise<C>;
  /** Reviews each of `codes` in turn with the same status (VALID unless given). */
  reviewAll(client: GraphQLClient, c: C, codes: readonly string[], status?: string): Promise<C>;
  visit(client: GraphQLClient, c: C, visit: object): Promise<C>;
  attach(client: GraphQLClient, c: C, document: { code: string; fileNames: string[] }): Promise<C>;
  /** What `client` sees of the case: null when it is out of their reach. */
  read(client: GraphQLClient, c: { id: string } | string): Promise<C | null>;
  /** The case's events as `client` reads them, oldest first. */
  timeline(client: GraphQLClient, c: { id: string } | string): Promise<E[]>;
  /**
   * Asserts that `client` is refused `action` with `code` and that the case is exactly as it
   * was: same version, status and holder in the database, and no new event. Returns the error.
   */
  expectRefused(
    client: GraphQLClient,
    c: C,
    action: string,
    code: RefusalCode,
    input?: Record<string, string>,
  ): Promise<GraphQLErrorBody>;
}

const DEFAULT_TIMELINE_FIELDS = 'type action fromStatus toStatus holder { name } reason note payload';

/** The operations of a flow test over one selection of case fields. */
export function caseOperations(fields: string, timelineFields = DEFAULT_TIMELINE_FIELDS): CaseOperations {
  return {
    REGISTER: `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { ${fields} } }`,
    ACT: `mutation ($id: ID!, $action: String!, $v: Int!, $input: ActionInput) {
  performAction(caseId: $id, action: $action, expectedVersion: $v, input: $input) { ${fields} } }`,
    REVIEW: `mutation ($id: ID!, $code: String!, $status: DocumentReview!, $reason: String) {
  reviewDocument(caseId: $id, code: $code, status: $status, reason: $reason) { ${fields} } }`,
    VISIT: `mutation ($id: ID!, $visit: VisitInput!) { recordVisit(caseId: $id, visit: $visit) { ${fields} } }`,
    ATTACH: `mutation ($id: ID!, $d: DocumentInput!) { attachDocument(caseId: $id, document: $d) { ${fields} } }`,
    CASE: `query ($id: ID!) { case(id: $id) { ${fields} } }`,
    TIMELINE: `query ($id: ID!) { case(id: $id) { timeline { ${timelineFields} } } }`,
  };
}

const idOf = (c: { id: string } | string) => (typeof c === 'string' ? c : c.id);

/**
 * The steps of a flow test — register, act, review, visit, attach, read, timeline and a
 * refusal that changes nothing — each taking the client of the role that performs it.
 *
 * @example
 * ```ts
 * let t: TestServer;
 * const flow = caseSteps<CaseView>({ fields: CASE_FIELDS, sql: () => t.sql });
 * const { act, expectRefused } = flow;
 * c = await act(kader, c, 'submit-to-village');
 * await expectRefused(otherKader, c, 'forward-to-opd', 'NOT_FOUND');
 * ```
 */
export function caseSteps<C extends CaseRef, E = Record<string, unknown>>(options: CaseStepsOptions): CaseSteps<C, E> {
  const operations = caseOperations(options.fields, options.timelineFields);
  const { REGISTER, ACT, REVIEW, VISIT, ATTACH, CASE, TIMELINE } = operations;

  function sql(): pg.Pool {
    if (!options.sql) throw new Error('caseSteps: pass `sql` to use expectRefused');
    return options.sql();
  }

  async function eventCount(caseId: string): Promise<number> {
    const res = await sql().query<{ n: string }>('select count(*) as n from case_event where case_id = $1', [caseId]);
    return Number(res.rows[0]?.n);
  }

  const steps: CaseSteps<C, E> = {
    operations,
    async register(client, input) {
      return (await client.request<{ registerCase: C }>(REGISTER, { input })).registerCase;
    },
    async act(client, c, action, input) {
      return (await client.request<{ performAction: C }>(ACT, { id: c.id, action, v: c.version, input })).performAction;
    },
    async review(client, c, code, status = 'VALID', reason) {
      return (await client.request<{ reviewDocument: C }>(REVIEW, { id: c.id, code, status, reason })).reviewDocument;
    },
    async reviewAll(client, c, codes, status = 'VALID') {
      let current = c;
      for (const code of codes) current = await steps.review(client, current, code, status);
      return current;
    },
    async visit(client, c, visit) {
      return (await client.request<{ recordVisit: C }>(VISIT, { id: c.id, visit })).recordVisit;
    },
    async attach(client, c, d) {
      return (await client.request<{ attachDocument: C }>(ATTACH, { id: c.id, d })).attachDocument;
    },
    async read(client, c) {
      return (await client.request<{ case: C | null }>(CASE, { id: idOf(c) })).case;
    },
    async timeline(client, c) {
      const data = await client.request<{ case: { timeline: E[] } | null }>(TIMELINE, { id: idOf(c) });
      if (!data.case) throw new Error(`case ${idOf(c)} is out of this client's reach`);
      return data.case.timeline;
    },
    async expectRefused(client, c, action, code, input) {
      const before = await eventCount(c.id);
      const error = await client.error(ACT, { id: c.id, action, v: c.version, input });
      strictEqual(error.extensions?.code, code, `refused with ${error.extensions?.code}: ${error.message}`);
      const row = await sql().query<{ version: number; status: string; holder_id: string }>(
        'select version, status, holder_id from spm_case where id = $1',
        [c.id],
      );
      deepStrictEqual(
        { ...row.rows[0] },
        { version: c.version, status: c.status, holder_id: c.holder.id },
        'a refused action changed the case',
      );
      strictEqual(await eventCount(c.id), before, 'a refused action added an event');
      return error;
    },
  };
  return steps;
}
