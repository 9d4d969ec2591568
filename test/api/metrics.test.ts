import { loadInstalledPlugins } from '@posyandu-spm/api';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { startTestServer, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The value of one series in a Prometheus text exposition, e.g. `name{label="x"}`; null when absent. */
function sample(text: string, series: string): number | null {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : null;
}

/**
 * Issue 19: /metrics in Prometheus format — request rate, latency and errors per GraphQL
 * operation, live events delivered, subscribers, outbox depth and age, deadline sweep
 * duration, database pool use — scraped as Prometheus does.
 */
describe('GET /metrics', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ plugins: await loadInstalledPlugins() });
  });
  afterAll(() => t?.close());

  it('counts operations, errors, deliveries and sweeps under their names', async () => {
    const kader = await t.as('kader.gombang');
    const village = await t.as('perangkat.gombang');
    const sub = t.subscribe<{ caseEvents: { caseId: string } }>(
      village.token,
      'subscription WatchCases { caseEvents { caseId } }',
    );
    // The subscription is counted once it is open (and only then does it receive events).
    for (
      let i = 0;
      i < 100 && sample(await (await fetch(`${t.url}/metrics`)).text(), 'posyandu_subscribers') !== 1;
      i += 1
    )
      await new Promise((r) => setTimeout(r, 100));
    await kader.request(
      'mutation RegisterForMetrics($input: RegisterCaseInput!) { registerCase(input: $input) { id } }',
      {
        input: pendidikanInput(),
      },
    );
    await t
      .anonymous()
      .request('mutation WrongPassword { login(username: "kader.gombang", password: "salah") { token } }')
      .catch(() => undefined);
    await t.server.tickDeadlines();

    const res = await fetch(`${t.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();

    const op = 'operation="RegisterForMetrics",type="mutation"';
    expect(sample(text, `posyandu_graphql_requests_total{${op}}`)).toBe(1);
    expect(sample(text, `posyandu_graphql_request_duration_seconds_count{${op}}`)).toBe(1);
    expect(sample(text, 'posyandu_graphql_errors_total{operation="WrongPassword",code="INVALID_CREDENTIALS"}')).toBe(1);
    // Delivery itself is proved in test/live; here the counter must be exposed.
    expect(sample(text, 'posyandu_events_delivered_total')).not.toBeNull();
    expect(sample(text, 'posyandu_subscribers')).toBe(1);
    expect(sample(text, 'posyandu_deadline_sweep_duration_seconds_count')).toBe(1);
    expect(sample(text, 'posyandu_outbox_depth{outbox="notification"}')).not.toBeNull();
    expect(sample(text, 'posyandu_outbox_oldest_age_seconds{outbox="webhook"}')).not.toBeNull();
    expect(sample(text, 'posyandu_outbox_readable')).toBe(1);
    expect(sample(text, 'posyandu_db_pool_connections{state="max"}')).toBeGreaterThan(0);
    expect(sample(text, 'posyandu_db_pool_connections{state="used"}')).not.toBeNull();
    expect(text).toContain('posyandu_process_resident_memory_bytes');
    await sub.close();
  });
});
