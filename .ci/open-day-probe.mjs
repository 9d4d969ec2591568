// Node alone (no dependency): log in to a running posyandu-spm as the demo kader, open today's
// open day, register a toddler at table 1 and weigh and measure her at table 2; succeed only
// when table 2 scores her against the WHO growth tables. Usage: node .ci/open-day-probe.mjs URL
const url = process.argv[2];
if (!url) {
  console.error('usage: node .ci/open-day-probe.mjs http://127.0.0.1:PORT');
  process.exit(2);
}

async function gql(token, query, variables = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
const birth = new Date(Date.parse(`${today}T00:00:00Z`) - 400 * 86_400_000).toISOString().slice(0, 10);
const [y, m, d] = birth.split('-');
// A girl's NIK carries her birth day + 40 (Klaten, Cawas).
const childNik = `331005${String(Number(d) + 40).padStart(2, '0')}${m}${y.slice(2)}0901`;

const { login } = await gql(
  null,
  'mutation { login(username: "kader.gombang", password: "posyandu-demo-2026") { token } }',
);
const token = login.token;
const { kesehatanOpenDay: day } = await gql(token, 'mutation ($d: String!) { kesehatanOpenDay(date: $d) { id } }', {
  d: today,
});
const sexes = await gql(null, '{ __type(name: "KesehatanSex") { enumValues { name } } }');
const female = sexes.__type.enumValues.map((v) => v.name).find((n) => /^female$/i.test(n));
const positions = await gql(null, '{ __type(name: "KesehatanMeasuredPosition") { enumValues { name } } }');
const lying = positions.__type.enumValues.map((v) => v.name).find((n) => /^lying$/i.test(n));
const { kesehatanRegisterVisitor: visit } = await gql(
  token,
  'mutation ($s: ID!, $input: KesehatanRegisterVisitorInput!) { kesehatanRegisterVisitor(sessionId: $s, input: $input) { id station } }',
  {
    s: day.id,
    input: {
      person: { name: 'Probe Anak', nik: childNik },
      guardian: { name: 'Probe Ibu', nik: '3310054507950002', phone: '0812-2765-4410' },
      guardianConsent: true,
      targetGroup: 'TODDLER',
      sex: female,
      birthDate: birth,
    },
  },
);
const { kesehatanRecordMeasurement: measured } = await gql(
  token,
  'mutation ($v: ID!, $input: KesehatanMeasurementInput!) { kesehatanRecordMeasurement(visitId: $v, input: $input) { measurement { zScores { indicator zScore category } } } }',
  { v: visit.id, input: { weightKg: 9.2, lengthCm: 76.5, position: lying, headCircumferenceCm: 45 } },
);
const scores = measured.measurement?.zScores ?? [];
if (!scores.length) {
  console.error('FAIL: table 2 gave no z-scores', JSON.stringify(measured));
  process.exit(1);
}
process.stdout.write(
  `OK: table 2 scored the child: ${scores.map((s) => `${s.indicator} ${s.zScore} ${s.category}`).join('; ')}\n`,
);
