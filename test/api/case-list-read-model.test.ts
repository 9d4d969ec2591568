import { loadInstalledPlugins } from '@posyandu-spm/api';
import { demoScript } from '@posyandu-spm/api/demo';
import { createLogger, DEMO_PASSWORD } from '@posyandu-spm/server';
import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The list's read model (packages/server/src/services/case-list/, docs/architecture.md) reads a
 * page as plain rows when it can answer every field asked; asking one field it cannot answer
 * (`timeline` here) sends the same page through the ORM. On the demo's ~40 cases of every sector
 * and state, as every demo login, both must give the same answer field by field — the access
 * decisions and field policies (masked NIK and KK, hidden reporters, sealed documents, actions)
 * included — the same cursors and paging, and the same audit rows of sensitive reads.
 */
const CASE_FIELDS = `__typename id code status dusun rw rt description registeredAt closedAt outcome declineReason
  settlementKind updatedAt version escalationLevel identityRedacted reporterAccessUntil trackingPin mayWork facts
  sector { id installed name { id en } } serviceType { id name { id en } }
  spmService { id name { id en } } penerima { id label { id en } }
  state { id terminal pausesClock label { id en } citizenLabel { id en } }
  warnings { code message { id en } }
  area { code name level parentCode timeZone }
  holder { id kind name services areaCode parent { id name } }
  originUnit { id kind name areaCode }
  escalatedTo { id name }
  applicant { name nik nikMasked phone address kkNumber kkMasked relation }
  documents { code label { id en } required minFiles maxFiles status fileCount fileNames note statusReason }
  missingDocuments { code required minFiles }
  deadline { dueAt state workingDaysLeft timeZone provisional provisionalYears provisionalReason { id en } }
  availableActions { id to enabled requiresReason blockedBy { id en } declineReasons settlementKinds }
  inbox { reason since actedOn unit { id } receivedFrom { id } }
  messageConsent { channel language givenAt }`;

const page = (extra: string) => `query ($filter: CaseFilter, $after: String, $orderBy: CaseOrder) {
  cases(filter: $filter, first: 7, after: $after, orderBy: $orderBy) {
    pageInfo { hasNextPage endCursor } nextUpdatedSince
    edges { cursor node { ...All ${extra} } } } }
  fragment All on Case { ${CASE_FIELDS} }`;
/** Answered by the read model. */
const ROWS = page('');
/** `timeline` is not: the same page as entities. */
const ENTITIES = page('timeline { type }');

interface Page {
  cases: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nextUpdatedSince: string | null;
    edges: Array<{ cursor: string; node: Record<string, unknown> }>;
  };
}

/** The fields the test counts to show what the comparison covered. */
interface Node {
  applicant: { nikMasked: boolean; kkNumber: string | null } | null;
  identityRedacted: boolean;
  availableActions: unknown[];
  documents: Array<{ fileNames: string[] }>;
}

const LISTS: ReadonlyArray<{ name: string; filter?: Record<string, unknown>; orderBy?: string }> = [
  { name: 'newest first' },
  { name: 'open, by due date', filter: { open: true }, orderBy: 'DUE_AT' },
  { name: 'inbox', filter: { inbox: true } },
  { name: 'oldest first', orderBy: 'REGISTERED_ASC' },
  { name: 'changes since', filter: { updatedSince: '2020-01-01T00:00:00Z' } },
];

describe('a case list read as plain rows answers as the same list read as entities', () => {
  let t: TestServer;
  /**
   * The demo logins by role. Every login reads its inbox (short lists). A whole list (~40 cases,
   * paged by 7) is read by one login of each role; a role's other logins (another Posyandu, OPD or
   * health unit) take turns over those lists, so each of the 15 logins is still compared on a whole
   * list too, on every field, and each role on every list shape.
   */
  const roles: ReadonlyArray<readonly string[]> = [
    ['kader.gombang', 'kader.pogung'],
    ['perangkat.gombang'],
    ['kades.gombang'],
    ['trantibum.gombang'],
    ['polisi.cawas'],
    ['camat.cawas'],
    ['opd.pendidikan', 'opd.sosial', 'opd.perkim', 'ppa.klaten'],
    ['bidan.gombang', 'puskesmas.cawas'],
    ['koordinator.klaten'],
    ['admin.klaten'],
  ];
  const whole = LISTS.filter((list) => !list.filter?.inbox);
  const readers = (list: (typeof LISTS)[number]): string[] =>
    list.filter?.inbox ? roles.flat() : roles.map((logins) => logins[whole.indexOf(list) % logins.length]!);

  beforeAll(async () => {
    const plugins = await loadInstalledPlugins();
    const startedAt = new Date();
    const clock = new TestClock(new Date(startedAt.getTime() - 60 * 24 * 3600_000));
    t = await startTestServer({ plugins, clock });
    await demoScript({
      url: t.url,
      password: DEMO_PASSWORD,
      sectorIds: plugins.map((m) => m.plugin.id),
      startedAt,
      setClock: (at) => clock.set(at),
      now: clock.now,
      tickDeadlines: async () => {
        await t.server.tickDeadlines();
      },
      log: createLogger('silent'),
    });
    clock.set(startedAt);
  }, 600_000);
  afterAll(() => t?.close());

  /** The audit rows of sensitive reads one request wrote. */
  async function auditOf(call: () => Promise<unknown>): Promise<unknown[]> {
    const before = (await t.sql.query<{ id: string }>('select coalesce(max(id), 0) as id from audit_log')).rows[0]?.id;
    await call();
    const { rows } = await t.sql.query(
      `select operation, case_id, details from audit_log where kind = 'READ' and id > $1 order by case_id, operation`,
      [before],
    );
    return rows;
  }

  async function readAll(client: GraphQLClient, query: string, list: (typeof LISTS)[number]) {
    const pages: Page[] = [];
    const audit: unknown[] = [];
    let after: string | null = null;
    do {
      let answer: Page | undefined;
      audit.push(
        ...(await auditOf(async () => {
          answer = await client.request<Page>(query, { filter: list.filter, orderBy: list.orderBy, after });
        })),
      );
      pages.push(answer as Page);
      after = answer?.cases.pageInfo.hasNextPage ? answer.cases.pageInfo.endCursor : null;
    } while (after);
    return { pages, audit };
  }

  it('has cases of every sector, some confidential, forwarded, closed and overdue, to compare', async () => {
    const { rows } = await t.sql.query<Record<string, number>>(
      `select count(distinct sector_id)::int as sectors, count(*) filter (where confidential_reporter)::int as confidential,
              count(*) filter (where closed_at is not null)::int as closed, count(*) filter (where escalation_level > 0)::int as escalated,
              (select count(*)::int from family_card_record) as cards, (select count(*)::int from visit) as visits
         from spm_case`,
    );
    expect(rows[0]).toMatchObject({ sectors: 6 });
    for (const key of ['confidential', 'closed', 'escalated', 'cards', 'visits'])
      expect(rows[0]?.[key]).toBeGreaterThan(0);
  });

  it('compares every login on a whole list and every role on every list shape', () => {
    expect(new Set(whole.flatMap(readers))).toEqual(new Set(roles.flat()));
    for (const list of LISTS) {
      for (const logins of roles) {
        const read = readers(list).some((u) => logins.includes(u));
        expect(read, `a ${logins[0]} on ${list.name}`).toBe(true);
      }
    }
  });

  for (const list of LISTS) {
    const users = readers(list);
    it(`gives ${users.join(', ')} the same pages, fields and audit: ${list.name}`, async () => {
      let compared = 0;
      const seen = { audited: 0, fullNik: 0, kk: 0, redacted: 0, actions: 0, documents: 0 };
      for (const username of users) {
        const client = await t.as(username);
        t.statements.length = 0;
        const rows = await readAll(client, ROWS, list);
        // The read model's pages never load entities of the page's parts one by one.
        expect(t.statements.filter((s) => /from "(case_document|person|family_card_record)"/.test(s))).toEqual([]);
        const entities = await readAll(client, ENTITIES, list);
        for (const p of entities.pages) for (const e of p.cases.edges) delete e.node.timeline;
        // nextUpdatedSince moves with every transaction; the rest must be equal.
        const strip = (pages: Page[]) => pages.map((p) => ({ ...p.cases, nextUpdatedSince: null }));
        expect(strip(rows.pages), username).toEqual(strip(entities.pages));
        expect(rows.audit, username).toEqual(entities.audit);
        const nodes = rows.pages.flatMap((p) => p.cases.edges.map((e) => e.node as unknown as Node));
        compared += nodes.length;
        seen.audited += rows.audit.length;
        seen.fullNik += nodes.filter((n) => n.applicant?.nikMasked === false).length;
        seen.kk += nodes.filter((n) => n.applicant?.kkNumber).length;
        seen.redacted += nodes.filter((n) => n.identityRedacted).length;
        seen.actions += nodes.filter((n) => n.availableActions.length).length;
        seen.documents += nodes.filter((n) => n.documents.some((d) => d.fileNames.length)).length;
      }
      expect(compared).toBeGreaterThan(0);
      // What the comparison covered: full and masked numbers, hidden reporters, actions, file names.
      if (!list.filter?.inbox) for (const [key, n] of Object.entries(seen)) expect(n, key).toBeGreaterThan(0);
    }, 120_000);
  }
});
