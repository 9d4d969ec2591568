import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { reporter } from '../../plugins/trantibumlinmas/src/trantibumlinmas.fixtures.js';
import {
  GraphQLClient,
  startTestServer,
  TestClock,
  type GraphQLResponse,
  type TestServer,
  type TestSubscription,
} from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '@posyandu-spm/server';
import {
  buildOpenDay,
  buildWorld,
  CASE_KEYS,
  COMPLAINT_DOCUMENT_NOTE,
  COMPLAINT_FILE_NAME,
  OPEN_DAY_INPUTS,
  OPEN_DAY_PEOPLE,
  stuntedGirl,
  type CaseKey,
  type World,
} from './matrix/fixtures.js';
import { fullSelection, Observed, schemaSurface, type ApiSchema, type SchemaSurface } from './matrix/schema-walk.js';
import { parseTable, VIEWERS, type Row, type ViewerId } from './matrix/tables.js';
import { loadInstalledPlugins } from '@posyandu-spm/api';

/*
 * The authorization matrix (issue 5, DESIGN §8, docs/security.md), generated from the schema:
 * every root operation and every field of every object type they reach must have a row here,
 * or this test fails. A new operation or field therefore needs a decided policy to pass.
 *
 * Viewers (columns), all demo users of Desa Gombang / Kabupaten Klaten unless said:
 *   kader   kader.gombang      Kader of Posyandu Gombang (the Posyandu of edu and health)
 *   kaderP  kader.pogung       Kader of another Posyandu (Pogung; same kecamatan)
 *   perang  perangkat.gombang  Village officer of Desa Gombang
 *   kades   kades.gombang      Kepala desa of Gombang
 *   trant   trantibum.gombang  Trantibumlinmas officer of Gombang
 *   camat   camat.cawas        Kecamatan officer of Cawas (not of Trucuk, where `elsewhere` is)
 *   opd     opd.pendidikan     OPD officer of the education agency (edu was routed to it)
 *   opdX    opd.sosial         OPD officer of the social agency (nothing was routed to it)
 *   polisi  polisi.cawas       Police officer of Polsek Cawas (complaint was routed to it)
 *   bidan   bidan.gombang      Health worker of Pustu Gombang (health was routed to it)
 *   pkm     puskesmas.cawas    Health worker of Puskesmas Cawas I (the Pustu's parent: reads what the Pustu holds now)
 *   admin   admin.klaten       Kabupaten admin
 *   anon    no credentials
 *   apikey  an API key of the education agency's system
 *
 * Cases (variants `@edu` …; see matrix/fixtures.ts): edu (Gombang, forwarded to the education
 * OPD), pogung (another desa, same kecamatan), elsewhere (another kecamatan), complaint
 * (confidential reporter, forwarded to the police), health (Kesehatan, with the Pustu), openday (the
 * home-visit monitoring case the Kesehatan open day of Posyandu Gombang opened for a stunted toddler:
 * registered, held by the Posyandu, whose parent is the village government — so the village officer may
 * stop the monitoring and the village and kecamatan may handle its documents; not yet with the Pustu, which
 * with the Puskesmas reads it from registration as its service type's area readers (`areaReaders`), and may
 * record visits on it (WRONG_STATE while registered) but takes no step and handles no document).
 * Open-day variants: @gombang is the open day of Posyandu Gombang (matrix/fixtures.ts, buildOpenDay).
 * Own jurisdiction is the case the viewer's role reaches, other jurisdiction every case it does not.
 */

/*
 * OUTCOMES of each root operation, per viewer and variant (case, or own/other kabupaten …):
 *   ok  allowed: the answer holds the case / the data (for mutation probes: the policy let the call
 *       through to input checking — probes send one invalid field so nothing is written — or the
 *       harmless call succeeded)
 *   rd  allowed, with the confidential reporter's identity redacted (identityRedacted: true)
 *   nf  NOT_FOUND: answered exactly as for something that does not exist (null, absent, or NOT_FOUND)
 *   fb  FORBIDDEN        ua  UNAUTHENTICATED       nil  null answer (no user behind the credentials)
 *   ws  WRONG_STATE: the case is readable but its state allows no such change (checked before the role)
 */
const OPERATIONS = `
operation                         | kader | kaderP | perang | kades | trant | camat | opd | opdX | polisi | bidan | pkm | admin | anon | apikey
Query.apiKeys @kabupaten          | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Query.apiKeys @other-kabupaten    | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | nf    | ua   | fb
Query.orgUnits @kabupaten         | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Query.orgUnits @other-kabupaten   | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | fb    | ua   | fb
Query.users @kabupaten            | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Query.users @other-kabupaten      | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | fb    | ua   | fb
Query.auditLog                    | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Query.case @edu                   | ok    | nf     | ok     | ok    | ok    | ok    | ok  | nf   | nf     | nf    | nf  | nf    | ua   | ok
Query.case @pogung                | nf    | ok     | nf     | nf    | nf    | ok    | nf  | nf   | nf     | nf    | nf  | nf    | ua   | nf
Query.case @complaint             | nf    | nf     | rd     | ok    | ok    | rd    | nf  | nf   | ok     | nf    | nf  | nf    | ua   | nf
Query.case @health                | ok    | nf     | ok     | ok    | ok    | ok    | nf  | nf   | nf     | ok    | ok  | nf    | ua   | nf
Query.case @elsewhere             | nf    | nf     | nf     | nf    | nf    | nf    | nf  | nf   | nf     | nf    | nf  | nf    | ua   | nf
Query.case @openday               | ok    | nf     | ok     | ok    | ok    | ok    | nf  | nf   | nf     | ok    | ok  | nf    | ua   | nf
Query.caseByCode @edu             | ok    | nf     | ok     | ok    | ok    | ok    | ok  | nf   | nf     | nf    | nf  | nf    | ua   | ok
Query.caseByCode @pogung          | nf    | ok     | nf     | nf    | nf    | ok    | nf  | nf   | nf     | nf    | nf  | nf    | ua   | nf
Query.caseByCode @complaint       | nf    | nf     | rd     | ok    | ok    | rd    | nf  | nf   | ok     | nf    | nf  | nf    | ua   | nf
Query.caseByCode @health          | ok    | nf     | ok     | ok    | ok    | ok    | nf  | nf   | nf     | ok    | ok  | nf    | ua   | nf
Query.caseByCode @elsewhere       | nf    | nf     | nf     | nf    | nf    | nf    | nf  | nf   | nf     | nf    | nf  | nf    | ua   | nf
Query.caseByCode @openday         | ok    | nf     | ok     | ok    | ok    | ok    | nf  | nf   | nf     | ok    | ok  | nf    | ua   | nf
Query.cases @edu                  | ok    | nf     | ok     | ok    | ok    | ok    | ok  | nf   | nf     | nf    | nf  | nf    | ua   | ok
Query.cases @pogung               | nf    | ok     | nf     | nf    | nf    | ok    | nf  | nf   | nf     | nf    | nf  | nf    | ua   | nf
Query.cases @complaint            | nf    | nf     | rd     | ok    | ok    | rd    | nf  | nf   | ok     | nf    | nf  | nf    | ua   | nf
Query.cases @health               | ok    | nf     | ok     | ok    | ok    | ok    | nf  | nf   | nf     | ok    | ok  | nf    | ua   | nf
Query.cases @elsewhere            | nf    | nf     | nf     | nf    | nf    | nf    | nf  | nf   | nf     | nf    | nf  | nf    | ua   | nf
Query.cases @openday              | ok    | nf     | ok     | ok    | ok    | ok    | nf  | nf   | nf     | ok    | ok  | nf    | ua   | nf
Query.calendarWarnings            | ok    | ok     | ok     | ok    | ok    | ok    | ok  | ok   | ok     | ok    | ok  | ok    | ok   | ok
Query.calendarYears               | ok    | ok     | ok     | ok    | ok    | ok    | ok  | ok   | ok     | ok    | ok  | ok    | ok   | ok
Query.dueDate                     | ok    | ok     | ok     | ok    | ok    | ok    | ok  | ok   | ok     | ok    | ok  | ok    | ok   | ok
Query.holidays                    | ok    | ok     | ok     | ok    | ok    | ok    | ok  | ok   | ok     | ok    | ok  | ok    | ok   | ok
Query.me                          | ok    | ok     | ok     | ok    | ok    | ok    | ok  | ok   | ok     | ok    | ok  | ok    | nil  | nil
Query.notifications               | ok    | ok     | ok     | ok    | ok    | ok    | ok  | ok   | ok     | ok    | ok  | ok    | ua   | ok
Query.sector                      | ok    | ok     | ok     | ok    | ok    | ok    | ok  | ok   | ok     | ok    | ok  | ok    | ok   | ok
Query.sectors                     | ok    | ok     | ok     | ok    | ok    | ok    | ok  | ok   | ok     | ok    | ok  | ok    | ok   | ok
Query.spmReport                   | ok    | ok     | ok     | ok    | ok    | ok    | ok  | ok   | ok     | ok    | ok  | ok    | ua   | ok
Query.spmRecap                    | ok    | ok     | ok     | ok    | ok    | ok    | ok  | ok   | ok     | ok    | ok  | ok    | ua   | ok
# Sasaran SPM (issue 15 item 3): whoever reads the SPM recap reads the sasaran of its reach; only the kabupaten
# admin sets or imports them and reads their history (packages/server/src/reports/spm-target.resolver.ts).
Query.spmTargets                  | ok    | ok     | ok     | ok    | ok    | ok    | ok  | ok   | ok     | ok    | ok  | ok    | ua   | ok
Query.spmTargetHistory            | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Mutation.setSpmTarget             | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Mutation.importSpmTargets         | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Query.trackCase @right-digits     | ok    | ok     | ok     | ok    | ok    | ok    | ok  | ok   | ok     | ok    | ok  | ok    | ok   | ok
Query.trackCase @wrong-digits     | nf    | nf     | nf     | nf    | nf    | nf    | nf  | nf   | nf     | nf    | nf  | nf    | nf   | nf
Mutation.addHoliday @kabupaten    | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Mutation.addHoliday @other-kabupaten | fb | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | fb    | ua   | fb
Mutation.attachDocument @edu      | fb    | nf     | fb     | fb    | fb    | fb    | ok  | nf   | nf     | nf    | nf  | nf    | ua   | fb
Mutation.attachDocument @pogung   | nf    | ok     | nf     | nf    | nf    | ok    | nf  | nf   | nf     | nf    | nf  | nf    | ua   | fb
Mutation.attachDocument @complaint | nf   | nf     | fb     | fb    | fb    | ok    | nf  | nf   | ok     | nf    | nf  | nf    | ua   | fb
Mutation.attachDocument @health   | fb    | nf     | fb     | fb    | fb    | ok    | nf  | nf   | nf     | ok    | ok  | nf    | ua   | fb
Mutation.attachDocument @elsewhere | nf   | nf     | nf     | nf    | nf    | nf    | nf  | nf   | nf     | nf    | nf  | nf    | ua   | fb
Mutation.attachDocument @openday  | ok    | nf     | ok     | ok    | fb    | ok    | nf  | nf   | nf     | fb    | fb  | nf    | ua   | fb
Mutation.requestReporterAccess @complaint | nf | nf | ok     | ok    | ok    | ok    | nf  | nf   | ok     | nf    | nf  | nf    | ua   | fb
Mutation.requestReporterAccess @edu | ok    | nf     | ok     | ok    | ok    | ok    | ok  | nf   | nf     | nf    | nf  | nf    | ua   | fb
Mutation.createOrgUnit @kabupaten | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Mutation.createOrgUnit @other-kabupaten | fb | fb   | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | fb    | ua   | fb
Mutation.updateOrgUnit @kabupaten | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Mutation.updateOrgUnit @other-kabupaten | fb | fb   | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | fb    | ua   | fb
Mutation.deleteOrgUnit @kabupaten | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Mutation.deleteOrgUnit @other-kabupaten | fb | fb   | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | fb    | ua   | fb
Mutation.createUser               | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Mutation.grantRole @kabupaten     | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Mutation.grantRole @other-kabupaten| fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | fb    | ua   | fb
Mutation.revokeRole @kabupaten    | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Mutation.revokeRole @other-kabupaten| fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | fb    | ua   | fb
Mutation.setUserActive @kabupaten | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
# A user's phone and notice channels: their own on the profile (a login, not an API key), anyone's of the area by its admin.
Mutation.updateMyNotificationSettings | ok | ok    | ok     | ok    | ok    | ok    | ok  | ok   | ok     | ok    | ok  | ok    | ua   | fb
Mutation.setUserNotificationSettings @kabupaten | fb | fb | fb | fb  | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Mutation.createApiKey @kabupaten  | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Mutation.createApiKey @other-kabupaten | fb | fb   | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | nf    | ua   | fb
Mutation.login                    | ok    | ok     | ok     | ok    | ok    | ok    | ok  | ok   | ok     | ok    | ok  | ok    | ok   | fb
Mutation.logout                   | ok    | ok     | ok     | ok    | ok    | ok    | ok  | ok   | ok     | ok    | ok  | ok    | ua   | fb
Mutation.markNotificationsRead    | ok    | ok     | ok     | ok    | ok    | ok    | ok  | ok   | ok     | ok    | ok  | ok    | ua   | fb
Mutation.performAction @edu       | fb    | nf     | fb     | fb    | fb    | fb    | ok  | nf   | nf     | nf    | nf  | nf    | ua   | fb
Mutation.performAction @pogung    | nf    | ok     | nf     | nf    | nf    | fb    | nf  | nf   | nf     | nf    | nf  | nf    | ua   | fb
Mutation.performAction @complaint | nf    | nf     | fb     | fb    | fb    | fb    | nf  | nf   | ok     | nf    | nf  | nf    | ua   | fb
Mutation.performAction @health    | fb    | nf     | fb     | fb    | fb    | fb    | nf  | nf   | nf     | ok    | ok  | nf    | ua   | fb
Mutation.performAction @elsewhere | nf    | nf     | nf     | nf    | nf    | nf    | nf  | nf   | nf     | nf    | nf  | nf    | ua   | fb
Mutation.performAction @openday   | ok    | nf     | ok     | fb    | fb    | fb    | nf  | nf   | nf     | fb    | fb  | nf    | ua   | fb
Mutation.recordVisit @edu         | ws    | nf     | ws     | ws    | ws    | ws    | ws  | nf   | nf     | nf    | nf  | nf    | ua   | fb
Mutation.recordVisit @pogung      | nf    | ok     | nf     | nf    | nf    | ok    | nf  | nf   | nf     | nf    | nf  | nf    | ua   | fb
Mutation.recordVisit @complaint   | nf    | nf     | ws     | ws    | ws    | ws    | nf  | nf   | ws     | nf    | nf  | nf    | ua   | fb
Mutation.recordVisit @health      | fb    | nf     | fb     | fb    | fb    | ok    | nf  | nf   | nf     | ok    | ok  | nf    | ua   | fb
Mutation.recordVisit @elsewhere   | nf    | nf     | nf     | nf    | nf    | nf    | nf  | nf   | nf     | nf    | nf  | nf    | ua   | fb
Mutation.recordVisit @openday     | ws    | nf     | ws     | ws    | ws    | ws    | nf  | nf   | nf     | ws    | ws  | nf    | ua   | fb
Mutation.refreshToken             | ok    | ok     | ok     | ok    | ok    | ok    | ok  | ok   | ok     | ok    | ok  | ok    | ua   | fb
Mutation.registerCase @posyandu-gombang | ok    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | fb    | ua   | fb
Mutation.registerCase @posyandu-pogung  | fb | ok   | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | fb    | ua   | fb
Mutation.registerCase @trantibumlinmas  | fb | fb   | fb     | fb    | ok    | fb    | fb  | fb   | fb     | fb    | fb  | fb    | ua   | fb
Mutation.loadCalendarYear         | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Mutation.removeHoliday @kabupaten | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Mutation.removeHoliday @other-kabupaten | fb | fb   | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | fb    | ua   | fb
Mutation.reviewDocument @edu      | fb    | nf     | fb     | fb    | fb    | fb    | ok  | nf   | nf     | nf    | nf  | nf    | ua   | fb
Mutation.reviewDocument @pogung   | nf    | ok     | nf     | nf    | nf    | ok    | nf  | nf   | nf     | nf    | nf  | nf    | ua   | fb
Mutation.reviewDocument @complaint | nf   | nf     | fb     | fb    | fb    | ok    | nf  | nf   | ok     | nf    | nf  | nf    | ua   | fb
Mutation.reviewDocument @health   | fb    | nf     | fb     | fb    | fb    | ok    | nf  | nf   | nf     | ok    | ok  | nf    | ua   | fb
Mutation.reviewDocument @elsewhere | nf   | nf     | nf     | nf    | nf    | nf    | nf  | nf   | nf     | nf    | nf  | nf    | ua   | fb
Mutation.reviewDocument @openday  | ok    | nf     | ok     | ok    | fb    | ok    | nf  | nf   | nf     | fb    | fb  | nf    | ua   | fb
Mutation.revokeApiKey @kabupaten  | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Mutation.revokeApiKey @other-kabupaten | fb | fb   | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | nf    | ua   | fb
Mutation.unloadCalendarYear       | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
# Escalation (issue 14): the kabupaten admin keeps the chain. The SPM coordinator and the Sekda (not viewers of
# this matrix; test/live/escalation-chain.test.ts acts as them) give a case to another unit, set a new due date
# or take it up: every reader of the case without those roles is FORBIDDEN, everyone else NOT_FOUND.
Query.escalationChain @kabupaten  | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Query.escalationChain @other-kabupaten | fb | fb   | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | fb    | ua   | fb
Mutation.setEscalationChain @kabupaten | fb | fb   | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Mutation.setEscalationChain @other-kabupaten | fb | fb | fb   | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | fb    | ua   | fb
Query.reassignUnits @edu          | fb    | nf     | fb     | fb    | fb    | fb    | fb  | nf   | nf     | nf    | nf  | nf    | ua   | fb
Query.reassignUnits @elsewhere    | nf    | nf     | nf     | nf    | nf    | nf    | nf  | nf   | nf     | nf    | nf  | nf    | ua   | nf
# The unit picker of a "bukan wewenang" decline: whoever reads the case may list its kabupaten's units.
Query.suggestableUnits @edu       | ok    | nf     | ok     | ok    | ok    | ok    | ok  | nf   | nf     | nf    | nf  | nf    | ua   | ok
Query.suggestableUnits @elsewhere | nf    | nf     | nf     | nf    | nf    | nf    | nf  | nf   | nf     | nf    | nf  | nf    | ua   | nf
Mutation.reassignEscalatedCase @edu | fb  | nf     | fb     | fb    | fb    | fb    | fb  | nf   | nf     | nf    | nf  | nf    | ua   | fb
Mutation.reassignEscalatedCase @elsewhere | nf | nf | nf    | nf    | nf    | nf    | nf  | nf   | nf     | nf    | nf  | nf    | ua   | fb
Mutation.setCaseDueDate @edu      | fb    | nf     | fb     | fb    | fb    | fb    | fb  | nf   | nf     | nf    | nf  | nf    | ua   | fb
Mutation.setCaseDueDate @elsewhere | nf   | nf     | nf     | nf    | nf    | nf    | nf  | nf   | nf     | nf    | nf  | nf    | ua   | fb
Mutation.takeUpEscalatedCase @edu | fb    | nf     | fb     | fb    | fb    | fb    | fb  | nf   | nf     | nf    | nf  | nf    | ua   | fb
Mutation.takeUpEscalatedCase @elsewhere | nf | nf  | nf     | nf    | nf    | nf    | nf  | nf   | nf     | nf    | nf  | nf    | ua   | fb
# Webhooks (issue 17): the kabupaten admin configures them for units of the kabupaten and reads their delivery log.
Query.webhookEndpoints            | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Query.webhookDeliveries           | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Mutation.createWebhookEndpoint @kabupaten | fb | fb  | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Mutation.createWebhookEndpoint @other-kabupaten | fb | fb | fb | fb  | fb    | fb    | fb  | fb   | fb     | fb    | fb  | fb    | ua   | fb
Mutation.disableWebhookEndpoint   | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Mutation.replayWebhookDelivery    | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Query.webhookEventTypes           | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
# Citizen messages (issue 17): the admin sees the kabupaten's messages that could not be delivered and sends them again.
Query.failedMessages              | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Mutation.retryMessage             | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Mutation.rotateApiKey @kabupaten  | fb    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Mutation.rotateApiKey @other-kabupaten | fb | fb   | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | nf    | ua   | fb
Mutation.setCutiBersamaPolicy @kabupaten | fb | fb  | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | ok    | ua   | fb
Mutation.setCutiBersamaPolicy @other-kabupaten | fb | fb | fb | fb  | fb    | fb    | fb  | fb   | fb     | fb    | fb  | fb    | ua   | fb
Subscription.caseEvents @edu      | ok    | nf     | ok     | ok    | ok    | ok    | ok  | nf   | nf     | nf    | nf  | nf    | ua   | ok
Subscription.caseEvents @pogung   | nf    | ok     | nf     | nf    | nf    | ok    | nf  | nf   | nf     | nf    | nf  | nf    | ua   | nf
Subscription.caseEvents @complaint | nf   | nf     | rd     | ok    | ok    | rd    | nf  | nf   | ok     | nf    | nf  | nf    | ua   | nf
Subscription.caseEvents @health   | ok    | nf     | ok     | ok    | ok    | ok    | nf  | nf   | nf     | ok    | ok  | nf    | ua   | nf
Subscription.caseEvents @elsewhere | nf   | nf     | nf     | nf    | nf    | nf    | nf  | nf   | nf     | nf    | nf  | nf    | ua   | nf
Subscription.caseEvents @openday  | ok    | nf     | ok     | ok    | ok    | ok    | nf  | nf   | nf     | ok    | ok  | nf    | ua   | nf
Subscription.notificationAdded    | ok    | ok     | ok     | ok    | ok    | ok    | ok  | ok   | ok     | ok    | ok  | ok    | ua   | ok
# The Kesehatan open day of Posyandu Gombang (plugins/kesehatan/src/open-day/open-day.access.ts; issue 7: the
# measurements of one Posyandu are invisible to kader of another). Measurements, names and the board: its own
# kader and the health workers whose Pustu/Puskesmas covers the desa; the recap (counts and the RTL): also the
# village government and the kecamatan officer of its kecamatan; the kecamatan summary (kesehatanAreaRecap,
# FORBIDDEN for a kecamatan not covered): the kecamatan officer and the Puskesmas; nobody else, answered as for an open day or visit that does not exist. Tables 1, 2, 3, 5,
# opening and closing, the plan: only its kader (FORBIDDEN for the health workers who read it); table 4 and
# moving a visitor: the kader or a health worker covering the desa, immunisations by health workers only.
Query.kesehatanOpenDays @gombang  | ok    | nf     | ok     | ok    | nf    | ok    | nf  | nf   | nf     | ok    | ok  | nf    | ua   | nf
Query.kesehatanOpenDaysInReach @gombang| ok    | nf     | ok     | ok    | nf    | ok    | nf  | nf   | nf     | ok    | ok  | nf    | ua   | nf
# The open day's vocabulary (target groups, immunisation codes, counselling topics) is public, like the sectors.
Query.kesehatanOpenDayVocabulary | ok    | ok     | ok     | ok    | ok    | ok    | ok  | ok   | ok     | ok    | ok  | ok    | ok   | ok
Query.kesehatanAbsentees @gombang   | ok    | nf     | nf     | nf    | nf    | nf    | nf  | nf   | nf     | ok    | ok  | nf    | ua   | nf
Query.kesehatanOpenDayBoard @gombang | ok    | nf     | nf     | nf    | nf    | nf    | nf  | nf   | nf     | ok    | ok  | nf    | ua   | nf
Query.kesehatanOpenDayRecap @gombang | ok    | nf     | ok     | ok    | nf    | ok    | nf  | nf   | nf     | ok    | ok  | nf    | ua   | nf
Query.kesehatanMonthlyRecap @gombang | ok    | nf     | ok     | ok    | nf    | ok    | nf  | nf   | nf     | ok    | ok  | nf    | ua   | nf
Query.kesehatanAreaRecap @cawas   | fb    | fb     | fb     | fb    | fb    | ok    | fb  | fb   | fb     | fb    | ok  | fb    | ua   | fb
# NOTE: a month without an open day takes the Posyandu's area from the caller's own membership, so only its
# members get the (empty) recap; the village and the health workers get NOT_FOUND (over-restrictive, no leak).
Query.kesehatanMonthlyRecap @no-open-day | ok    | nf     | nf     | nf    | nf    | nf    | nf  | nf   | nf     | nf    | nf  | nf    | ua   | nf
Mutation.kesehatanOpenDay @posyandu-gombang | ok    | fb     | fb     | fb    | fb    | fb    | fb  | fb   | fb     | fb    | fb  | fb    | ua   | fb
Mutation.kesehatanCloseOpenDay @gombang | ok    | nf     | nf     | nf    | nf    | nf    | nf  | nf   | nf     | fb    | fb  | nf    | ua   | fb
Mutation.kesehatanSetFollowUpPlan @gombang | ok    | nf     | nf     | nf    | nf    | nf    | nf  | nf   | nf     | fb    | fb  | nf    | ua   | fb
Mutation.kesehatanRegisterVisitor @gombang | ok    | nf     | nf     | nf    | nf    | nf    | nf  | nf   | nf     | fb    | fb  | nf    | ua   | fb
Mutation.kesehatanRecordMeasurement @gombang | ok    | nf     | nf     | nf    | nf    | nf    | nf  | nf   | nf     | fb    | fb  | nf    | ua   | fb
Mutation.kesehatanRecordRecording @gombang | ok    | nf     | nf     | nf    | nf    | nf    | nf  | nf   | nf     | fb    | fb  | nf    | ua   | fb
Mutation.kesehatanRecordHealthService @table-4 | ok    | nf     | nf     | nf    | nf    | nf    | nf  | nf   | nf     | ok    | ok  | nf    | ua   | fb
Mutation.kesehatanRecordHealthService @immunisation | fb    | nf     | nf     | nf    | nf    | nf    | nf  | nf   | nf     | ok    | ok  | nf    | ua   | fb
Mutation.kesehatanRecordCounselling @gombang | ok    | nf     | nf     | nf    | nf    | nf    | nf  | nf   | nf     | fb    | fb  | nf    | ua   | fb
Mutation.kesehatanMoveVisitor @gombang | ok    | nf     | nf     | nf    | nf    | nf    | nf  | nf   | nf     | ok    | ok  | nf    | ua   | fb
Subscription.kesehatanOpenDayBoardChanged @gombang | ok    | nf     | nf     | nf    | nf    | nf    | nf  | nf   | nf     | ok    | ok  | nf    | ua   | nf
# A person's history (issue 7; plugins/kesehatan/src/open-day/person-history.ts): the visits at the Posyandu
# units whose personal records the viewer reads, so the toddler of Posyandu Gombang is read exactly by the board's
# readers; a person with no visit in reach is answered as one who does not exist. The WHO curves: reference data.
Query.kesehatanPersonHistory @toddler | ok    | nf     | nf     | nf    | nf    | nf    | nf  | nf   | nf     | ok    | ok  | nf    | ua   | nf
Query.kesehatanGrowthReference    | ok    | ok     | ok     | ok    | ok    | ok    | ok  | ok   | ok     | ok    | ok  | ok    | ua   | ok
`;

/*
 * FIELDS: the policy of every field of every object type the operations reach, checked on what
 * each viewer actually received through every operation above (and the field probes below):
 *   public        every viewer receives it (catalogue, calendar, citizen tracking, labels; org units: to
 *                 anonymous callers only as the memberships in a login answer)
 *   auth          every authenticated principal (users and the API key), never anonymous
 *   login         everyone who holds a password (via login/me/refreshToken), never an API key
 *   notified      only the users notified of a case (the deadline clock: kaderP camat opd polisi bidan pkm; a new
 *                 case in their unit's inbox: perang kades): their own
 *   admin         only the kabupaten admin
 *   reader        only viewers who read at least one case (connection edges, live notices)
 *   case@X        exactly the viewers who read case X (per Query.case @X above) receive it for X
 *   any@X         received for case X by at least one of its readers (what the viewer may do)
 *   sensitive     per-role values in SENSITIVE below
 *   openday       exactly the viewers Query.kesehatanOpenDayBoard @gombang answers (the open day's personal data)
 *   recap         exactly the viewers Query.kesehatanOpenDayRecap @gombang answers (its counts, sessions and RTL)
 *   arearecap     exactly the viewers Query.kesehatanAreaRecap @cawas answers (the kecamatan summary)
 * And for every field, whatever its policy: nothing of a case is ever received by a viewer who
 * cannot read that case, through any operation or nesting.
 */
const FIELDS = `
field | policy
ApiKey.createdAt admin
ApiKey.createdByName admin
ApiKey.expiresAt admin
ApiKey.id admin
ApiKey.lastUsedAt admin
ApiKey.name admin
ApiKey.orgUnit admin
ApiKey.prefix admin
ApiKey.revokedAt admin
ApiKey.scope admin
ApiKey.sectorIds admin
ApiKey.status admin
Area.code case@edu
Area.level case@edu
Area.name case@edu
Area.parentCode case@edu
Area.timeZone case@edu
AuditEntry.apiKeyId admin
AuditEntry.apiKeyName admin
AuditEntry.caseId admin
AuditEntry.details admin
AuditEntry.id admin
AuditEntry.ip admin
AuditEntry.kind admin
AuditEntry.occurredAt admin
AuditEntry.operation admin
AuditEntry.orgUnitIds admin
AuditEntry.outcome admin
AuditEntry.userId admin
AuditEntry.userName admin
AuditEntryEdge.cursor admin
AuditEntryEdge.node admin
AuditLogConnection.edges admin
AuditLogConnection.pageInfo admin
AuthPayload.expiresAt login
AuthPayload.me login
AuthPayload.token login
AvailableAction.blockedBy any@edu
AvailableAction.declineReasons any@edu
AvailableAction.enabled any@edu
AvailableAction.id any@edu
AvailableAction.label any@edu
AvailableAction.outcome any@edu
AvailableAction.requiresNote any@edu
AvailableAction.requiresReason any@edu
AvailableAction.settlementKinds any@edu
AvailableAction.to any@edu
Case.applicant sensitive
Case.area case@edu
Case.availableActions sensitive
Case.beneficiaries sensitive
Case.closedAt case@edu
Case.code case@edu
Case.deadline case@edu
Case.declineReason case@edu
Case.description case@edu
Case.documents sensitive
Case.dusun case@edu
Case.escalatedTo case@edu
Case.escalationLevel case@edu
Case.facts sensitive
Case.holder case@edu
Case.id case@edu
Case.inbox case@edu
Case.mayWork case@edu
Case.messageConsent case@edu
Case.identityRedacted sensitive
Case.reporterAccessUntil sensitive
Case.missingDocuments case@edu
Case.originUnit case@edu
Case.outcome case@edu
Case.penerima case@edu
Case.trackingPin case@edu
Case.registeredAt case@edu
Case.rt case@edu
Case.rw case@edu
Case.sector case@edu
Case.serviceType case@edu
Case.settlementKind case@edu
Case.spmService case@edu
Case.state case@edu
Case.status case@edu
Case.timeline sensitive
Case.updatedAt case@edu
Case.version case@edu
Case.visits sensitive
Case.warnings case@pogung
CaseConnection.edges auth
CaseConnection.nextUpdatedSince auth
CaseConnection.pageInfo auth
CaseConnection.totalCount auth
CaseConnection.totalCountEstimated auth
CaseDocument.code case@edu
CaseDocument.fileCount case@edu
CaseDocument.fileNames sensitive
CaseDocument.files sensitive
CaseDocument.label case@edu
CaseDocument.maxFiles case@edu
CaseDocument.minFiles case@edu
CaseDocument.note sensitive
CaseDocument.required case@edu
CaseDocument.status case@edu
CaseDocument.statusReason case@edu
CaseEdge.cursor reader
CaseEdge.node reader
CaseEvent.action case@edu
CaseEvent.actorName case@edu
CaseEvent.fromStatus case@edu
CaseEvent.holder case@edu
CaseEvent.id case@edu
CaseEvent.note sensitive
CaseEvent.occurredAt case@edu
CaseEvent.payload sensitive
CaseEvent.reason case@edu
CaseEvent.toStatus case@edu
CaseEvent.type case@edu
CaseFile.contentType any@complaint
CaseFile.height any@complaint
CaseFile.id any@complaint
CaseFile.name sensitive
CaseFile.sizeBytes any@complaint
CaseFile.thumbnailUrl any@complaint
CaseFile.uploadedAt any@complaint
CaseFile.url any@complaint
CaseFile.width any@complaint
CaseEventNotice.case reader
CaseEventNotice.caseId reader
CaseEventNotice.cursor reader
CaseEventNotice.event reader
CaseInboxEntry.actedOn any@edu
CaseInboxEntry.reason any@edu
CaseInboxEntry.receivedFrom any@edu
CaseInboxEntry.since any@edu
CaseInboxEntry.unit any@edu
CaseParty.address sensitive
CaseParty.kkMasked sensitive
CalendarWarning.message public
CalendarWarning.when public
CalendarWarning.year public
CalendarYear.legalBasis public
CalendarYear.loadedAt public
CalendarYear.loadedByName public
CalendarYear.year public
CaseParty.kkNumber sensitive
CaseParty.name sensitive
CaseParty.nik sensitive
CaseParty.nikMasked sensitive
CaseParty.phone sensitive
CaseParty.relation case@edu
CaseWarning.code case@pogung
CaseWarning.message case@pogung
CreatedApiKey.apiKey admin
CreatedApiKey.secret admin
CreatedWebhookEndpoint.endpoint admin
CreatedWebhookEndpoint.secret admin
WebhookEndpoint.createdAt admin
WebhookEndpoint.deadCount admin
WebhookEndpoint.description admin
WebhookEndpoint.disabledAt admin
WebhookEndpoint.eventTypes admin
WebhookEndpoint.id admin
WebhookEndpoint.orgUnit admin
WebhookEndpoint.pendingCount admin
WebhookEndpoint.url admin
WebhookDelivery.attemptLog admin
WebhookDelivery.attempts admin
WebhookDelivery.createdAt admin
WebhookDelivery.deadAt admin
WebhookDelivery.deliveredAt admin
WebhookDelivery.eventType admin
WebhookDelivery.id admin
WebhookDelivery.lastError admin
WebhookDelivery.lastStatus admin
WebhookDelivery.nextAttemptAt admin
WebhookDelivery.status admin
WebhookDelivery.webhookId admin
OutboxMessage.attempts admin
OutboxMessage.body admin
OutboxMessage.caseCode admin
OutboxMessage.channel admin
OutboxMessage.createdAt admin
OutboxMessage.deliverAfter admin
OutboxMessage.deliveryStatus admin
OutboxMessage.failedAt admin
OutboxMessage.id admin
OutboxMessage.kind admin
OutboxMessage.lastError admin
OutboxMessage.recipient admin
OutboxMessage.sentAt admin
OutboxMessage.template admin
WebhookAttempt.attemptedAt admin
WebhookAttempt.durationMs admin
WebhookAttempt.error admin
WebhookAttempt.status admin
Deadline.dueAt public
Deadline.provisional public
Deadline.provisionalReason public
Deadline.provisionalYears public
Deadline.state public
Deadline.timeZone public
Deadline.workingDaysLeft public
DocumentRequirement.code public
DocumentRequirement.description public
DocumentRequirement.label public
DocumentRequirement.maxFiles public
DocumentRequirement.minFiles public
DocumentRequirement.required public
DueDate.dueAt public
DueDate.dueDate public
DueDate.provisional public
DueDate.provisionalReason public
DueDate.timeZone public
EscalationChain.configured admin
EscalationChain.dueSoonWorkingDays admin
EscalationChain.kabupatenCode admin
EscalationChain.kabupatenName admin
EscalationChain.levels admin
EscalationChain.problems admin
EscalationChain.updatedAt admin
EscalationLevel.position admin
EscalationLevel.target admin
EscalationLevel.unit admin
EscalationLevel.windowWorkingDays admin
FactOption.label public
FactOption.value public
Holiday.areaCode public
Holiday.date public
Holiday.fixed public
Holiday.id public
Holiday.kind public
Holiday.legalBasis public
Holiday.nameEn public
Holiday.nameId public
IntakeQuestion.digits public
IntakeQuestion.format public
IntakeQuestion.id public
IntakeQuestion.label public
IntakeQuestion.maxItems public
IntakeQuestion.maxLength public
IntakeQuestion.options public
IntakeQuestion.required public
IntakeQuestion.type public
Me.displayName login
Me.email login
Me.id login
Me.locale login
Me.memberships login
Me.notificationChannels login
Me.notificationConsent login
Me.phone login
Me.username login
ManagedUser.active admin
ManagedUser.createdAt admin
ManagedUser.displayName admin
ManagedUser.email admin
ManagedUser.id admin
ManagedUser.language admin
ManagedUser.memberships admin
ManagedUser.notificationChannels admin
ManagedUser.notificationConsent admin
ManagedUser.phone admin
ManagedUser.username admin
MembershipInfo.orgUnit login
NotificationChannels.email login
NotificationChannels.sms login
NotificationChannels.whatsapp login
NotificationConsent.channels login
NotificationConsent.givenAt login
NotificationConsent.phone login
NotificationConsent.recordedBy login
NotificationConsent.source login
MembershipInfo.role login
MessageConsent.channel case@edu
MessageConsent.givenAt case@edu
MessageConsent.language case@edu
Notification.case sensitive
Notification.createdAt notified
Notification.id notified
Notification.kind notified
Notification.message notified
Notification.readAt notified
NotificationNotice.cursor notified
NotificationNotice.notifications notified
OrgUnit.areaCode public
OrgUnit.id public
OrgUnit.kind public
OrgUnit.name public
OrgUnit.parent public
OrgUnit.services public
PageInfo.endCursor auth
PageInfo.hasNextPage auth
PageInfo.hasPreviousPage auth
PageInfo.startCursor auth
Route.id public
Route.label public
Route.service public
Route.unitKind public
Sector.confidentialReporter public
Sector.description public
Sector.id public
Sector.installed public
Sector.intakeRoles public
Sector.intakeUnitKinds public
Sector.name public
Sector.reporterIdentityOptional public
Sector.routes public
Sector.serviceTypes public
Sector.spmServices public
Sector.version public
Sector.workflow public
ServiceType.applicantKkRequired public
ServiceType.description public
ServiceType.documents public
ServiceType.id public
ServiceType.name public
ServiceType.questions public
SpmService.basis public
SpmService.countsTowardSpm public
SpmService.id public
SpmService.name public
SpmService.penerima public
Penerima.id public
Penerima.label public
SpmRecap.area auth
SpmRecap.areas auth
SpmRecap.bySector auth
SpmRecap.capaian auth
SpmRecap.generatedAt auth
SpmRecap.period auth
SpmRecap.rows auth
SpmRecap.sectorIds auth
SpmRecap.settlements auth
SpmRecap.total auth
SpmRecap.totalFilter auth
SpmRecap.trend auth
SpmRecapArea.code auth
SpmRecapArea.counts auth
SpmRecapArea.filter auth
SpmRecapArea.name auth
SpmRecapAreaRef.code auth
SpmRecapAreaRef.level auth
SpmRecapAreaRef.name auth
SpmRecapCapaian.desaInArea auth
SpmRecapCapaian.desaWithTarget auth
SpmRecapCapaian.rate auth
SpmRecapCapaian.sasaran auth
SpmRecapCapaian.sectorId auth
SpmRecapCapaian.served auth
SpmRecapCapaian.servedInArea auth
SpmRecapCapaian.serviceBasis auth
SpmRecapCapaian.serviceId auth
SpmRecapCapaian.serviceName auth
SpmRecapCapaian.status auth
SpmRecapCapaian.statusLabel auth
SpmRecapCaseFilter.areaCode auth
SpmRecapCaseFilter.penerima auth
SpmRecapCaseFilter.registeredFrom auth
SpmRecapCaseFilter.registeredTo auth
SpmRecapCaseFilter.reportCell auth
SpmRecapCaseFilter.sectorIds auth
SpmRecapCaseFilter.settledById auth
SpmRecapCaseFilter.settledByUnitKind auth
SpmRecapCaseFilter.spmService auth
SpmRecapCounts.cannotBeServed auth
SpmRecapCounts.completedLate auth
SpmRecapCounts.completedOnTime auth
SpmRecapCounts.declined auth
SpmRecapCounts.declinedByReason auth
SpmRecapCounts.inProgress auth
SpmRecapCounts.medianWorkingDays auth
SpmRecapCounts.onTimeRate auth
SpmRecapCounts.openOverdue auth
SpmRecapCounts.otherClosed auth
SpmRecapCounts.p90WorkingDays auth
SpmRecapCounts.received auth
SpmRecapCounts.returned auth
SpmRecapCounts.settledAtVillage auth
SpmRecapCounts.settledAtVillageByKind auth
SpmRecapCounts.withdrawn auth
SpmRecapMonth.counts auth
SpmRecapMonth.filter auth
SpmRecapMonth.month auth
SpmRecapPeriod.from auth
SpmRecapPeriod.kind auth
SpmRecapPeriod.label auth
SpmRecapPeriod.number auth
SpmRecapPeriod.to auth
SpmRecapPeriod.year auth
SpmRecapReasonCount.count auth
SpmRecapReasonCount.label auth
SpmRecapReasonCount.reason auth
SpmRecapRow.counts auth
SpmRecapRow.countsTowardSpm auth
SpmRecapRow.filter auth
SpmRecapRow.penerima auth
SpmRecapRow.penerimaLabel auth
SpmRecapRow.sectorId auth
SpmRecapRow.sectorName auth
SpmRecapRow.serviceBasis auth
SpmRecapRow.serviceId auth
SpmRecapRow.serviceName auth
SpmRecapSector.counts auth
SpmRecapSector.filter auth
SpmRecapSector.name auth
SpmRecapSector.sectorId auth
SpmRecapSettlement.count auth
SpmRecapSettlement.filter auth
SpmRecapSettlement.sectorId auth
SpmRecapSettlement.unitId auth
SpmRecapSettlement.unitKind auth
SpmRecapSettlement.unitKindLabel auth
SpmRecapSettlement.unitName auth
SpmRecapSettlementKindCount.count auth
SpmRecapSettlementKindCount.kind auth
SpmRecapSettlementKindCount.label auth
SpmReport.areaCode auth
SpmReport.bySector auth
SpmReport.from auth
SpmReport.generatedAt auth
SpmReport.returned auth
SpmReport.sectorId auth
SpmReport.settledAt auth
SpmReport.timeByHolder auth
SpmReport.timeZone auth
SpmReport.to auth
SpmReport.totals auth
SpmReportCounts.cannotBeServed auth
SpmReportCounts.closed auth
SpmReportCounts.closedLate auth
SpmReportCounts.closedOnTime auth
SpmReportCounts.completed auth
SpmReportCounts.declined auth
SpmReportCounts.onTimeRate auth
SpmReportCounts.open auth
SpmReportCounts.openOverdue auth
SpmReportCounts.paused auth
SpmReportCounts.registered auth
SpmReportCounts.rejected auth
SpmReportCounts.resolved auth
SpmReportCounts.settledAtVillage auth
SpmReportCounts.withdrawn auth
SpmReportHolderTime.averageWorkingDays auth
SpmReportHolderTime.holdings auth
SpmReportHolderTime.label auth
SpmReportHolderTime.unitKind auth
SpmReportHolderTime.workingDays auth
SpmReportSector.counts auth
SpmReportSector.name auth
SpmReportSector.sectorId auth
SpmReportSettled.count auth
SpmReportSettled.label auth
SpmReportSettled.unitKind auth
# Sasaran SPM: read by whoever reads the recap of their reach (the matrix sets some in every desa of its cases);
# their history and what a write did: the kabupaten admin only.
SpmTarget.areaCode auth
SpmTarget.areaName auth
SpmTarget.sectorId auth
SpmTarget.serviceId auth
SpmTarget.serviceName auth
SpmTarget.target auth
SpmTarget.updatedAt auth
SpmTarget.updatedBy auth
SpmTarget.year auth
SpmTargetChange.areaCode admin
SpmTargetChange.changedAt admin
SpmTargetChange.changedBy admin
SpmTargetChange.fileName admin
SpmTargetChange.newTarget admin
SpmTargetChange.oldTarget admin
SpmTargetChange.sectorId admin
SpmTargetChange.serviceId admin
SpmTargetChange.source admin
SpmTargetChange.year admin
SpmTargetWriteResult.changed admin
SpmTargetWriteResult.rows admin
SpmTargetWriteResult.unchanged admin
Text.en public
Text.id public
TrackedCase.closed public
TrackedCase.closingReason public
TrackedCase.code public
TrackedCase.deadline public
TrackedCase.declineReason public
TrackedCase.outcome public
TrackedCase.outcomeLabel public
TrackedCase.registeredAt public
TrackedCase.sector public
TrackedCase.serviceType public
TrackedCase.status public
TrackedCase.suggestedUnit public
TrackedCase.updatedAt public
Visit.findings sensitive
Visit.id case@health
Visit.kind case@health
Visit.participants case@health
Visit.recommendation case@health
Visit.recordedAt case@health
Visit.visitedAt case@health
Workflow.actions public
Workflow.anonymousIntakeState public
Workflow.initialState public
Workflow.states public
WorkflowAction.assignsTo public
WorkflowAction.declineReasons public
WorkflowAction.from public
WorkflowAction.guards public
WorkflowAction.id public
WorkflowAction.label public
WorkflowAction.requiresNote public
WorkflowAction.requiresReason public
WorkflowAction.roles public
WorkflowAction.serviceTypes public
WorkflowAction.settlementKinds public
WorkflowAction.to public
WorkflowGuard.documentCodes public
WorkflowGuard.type public
WorkflowGuard.visitKind public
WorkflowState.allowsVisits public
WorkflowState.citizenLabel public
WorkflowState.id public
WorkflowState.label public
WorkflowState.outcome public
WorkflowState.pausesClock public
WorkflowState.terminal public
# The Kesehatan open day: recap (what Query.kesehatanOpenDayRecap @gombang answers: counts, sessions, the RTL)
# and openday (what Query.kesehatanOpenDayBoard @gombang answers: visitors, measurements, services, follow-ups).
# KesehatanFollowUp names the monitoring case a risk opened (id, code, status, due date) to the board's
# readers: exactly the case's own readers among them, as its service type declares the health workers
# covering the desa area readers (the Pustu and the Puskesmas read it from registration, before submit-recap).
KesehatanAbsentee.ageInMonths openday
KesehatanAbsentee.birthDate openday
KesehatanAbsentee.guardian openday
KesehatanAbsentee.lastVisitOn openday
KesehatanAbsentee.person openday
KesehatanAbsentee.sex openday
KesehatanAreaRecap.areaCode arearecap
KesehatanAreaRecap.month arearecap
KesehatanAreaRecap.rows arearecap
KesehatanAreaRecap.totals arearecap
KesehatanAreaRecapRow.desaCode arearecap
KesehatanAreaRecapRow.posyanduId arearecap
KesehatanAreaRecapRow.posyanduName arearecap
KesehatanAreaRecapRow.recap arearecap
KesehatanAreaRecapTotals.childrenAtRisk arearecap
KesehatanAreaRecapTotals.childrenWeighed arearecap
KesehatanAreaRecapTotals.followUpsDone arearecap
KesehatanAreaRecapTotals.followUpsOpen arearecap
KesehatanAreaRecapTotals.followUpsOpened arearecap
KesehatanAreaRecapTotals.homeVisits arearecap
KesehatanAreaRecapTotals.posyandu arearecap
KesehatanAreaRecapTotals.sessions arearecap
KesehatanAreaRecapTotals.skdn arearecap
KesehatanAreaRecapTotals.visitors arearecap
KesehatanChoice.label public
KesehatanChoice.value public
KesehatanChoiceText.en public
KesehatanChoiceText.id public
KesehatanOpenDayVocabulary.counsellingTopics public
KesehatanOpenDayVocabulary.immunizations public
KesehatanOpenDayVocabulary.targetGroups public
KesehatanCount.count recap
KesehatanCount.key recap
KesehatanCount.label recap
KesehatanFollowUp.caseCode openday
KesehatanFollowUp.caseId openday
KesehatanFollowUp.caseStatus openday
KesehatanFollowUp.caseStatusLabel openday
KesehatanFollowUp.code openday
KesehatanFollowUp.dueAt openday
KesehatanFollowUp.indicator openday
KesehatanFollowUp.label openday
# A person's history: what its readers (the board's) receive; the WHO curves: every logged-in caller.
KesehatanGrowthPoint.category openday
KesehatanGrowthPoint.chart openday
KesehatanGrowthPoint.label openday
KesehatanGrowthPoint.x openday
KesehatanGrowthPoint.y openday
KesehatanGrowthPoint.zScore openday
KesehatanGrowthReference.indicator auth
KesehatanGrowthReference.rows auth
KesehatanGrowthReference.sex auth
KesehatanGrowthReference.xUnit auth
KesehatanGrowthReference.yUnit auth
KesehatanGrowthReferenceRow.measure auth
KesehatanGrowthReferenceRow.median auth
KesehatanGrowthReferenceRow.sd2 auth
KesehatanGrowthReferenceRow.sd3 auth
KesehatanGrowthReferenceRow.sdNeg2 auth
KesehatanGrowthReferenceRow.sdNeg3 auth
KesehatanGrowthReferenceRow.x auth
KesehatanFollowUpOutcome.caseCode openday
KesehatanFollowUpOutcome.caseId openday
KesehatanFollowUpOutcome.closed openday
KesehatanFollowUpOutcome.closingNote openday
KesehatanFollowUpOutcome.homeVisits openday
KesehatanFollowUpOutcome.lastFindings openday
KesehatanFollowUpOutcome.lastRecommendation openday
KesehatanFollowUpOutcome.lastVisitAt openday
KesehatanFollowUpOutcome.openDay openday
KesehatanFollowUpOutcome.outcome openday
KesehatanFollowUpOutcome.personName openday
KesehatanFollowUpOutcome.risks openday
KesehatanFollowUpOutcome.status openday
KesehatanFollowUpOutcome.statusLabel openday
KesehatanFollowUpOutcome.targetGroup openday
KesehatanHealthServices.immunizations sensitive
KesehatanHealthServices.ironTablets openday
KesehatanHealthServices.note openday
KesehatanHealthServices.supplementaryFeeding openday
KesehatanHealthServices.vitaminA openday
KesehatanHistoryVisit.ageDays openday
KesehatanHistoryVisit.ageInDays openday
KesehatanHistoryVisit.ageMonths openday
KesehatanHistoryVisit.growthPoints openday
KesehatanHistoryVisit.heldOn openday
KesehatanHistoryVisit.posyanduId openday
KesehatanHistoryVisit.posyanduName openday
KesehatanHistoryVisit.visit openday
KesehatanMeasurement.ageInDays sensitive
KesehatanMeasurement.diastolic sensitive
KesehatanMeasurement.headCircumferenceCm sensitive
KesehatanMeasurement.lengthCm sensitive
KesehatanMeasurement.lilaCm sensitive
KesehatanMeasurement.measuredOn openday
KesehatanMeasurement.oedema openday
KesehatanMeasurement.position openday
KesehatanMeasurement.recordedAt openday
KesehatanMeasurement.remeasure openday
KesehatanMeasurement.risks openday
KesehatanMeasurement.systolic sensitive
KesehatanMeasurement.weightKg sensitive
KesehatanMeasurement.zScores sensitive
KesehatanOpenDayBoard.session openday
KesehatanOpenDayBoard.stations openday
KesehatanOpenDayBoard.visits openday
KesehatanOpenDayRecap.childrenAtRisk recap
KesehatanOpenDayRecap.childrenWeighed recap
KesehatanOpenDayRecap.counselled recap
KesehatanOpenDayRecap.followUpOutcomes sensitive
KesehatanOpenDayRecap.followUpPlans recap
KesehatanOpenDayRecap.followUpsDone recap
KesehatanOpenDayRecap.followUpsOpen recap
KesehatanOpenDayRecap.followUpsByStatus recap
KesehatanOpenDayRecap.followUpsOpened recap
KesehatanOpenDayRecap.followUpsVisited recap
KesehatanOpenDayRecap.homeVisits recap
KesehatanOpenDayRecap.immunized recap
KesehatanOpenDayRecap.period recap
KesehatanOpenDayRecap.posyanduId recap
KesehatanOpenDayRecap.risksByCategory recap
KesehatanOpenDayRecap.sessions recap
KesehatanOpenDayRecap.skdn recap
KesehatanOpenDayRecap.supplementaryFeeding recap
KesehatanOpenDayRecap.visitors recap
KesehatanOpenDayRecap.visitorsByTargetGroup recap
KesehatanOpenDayRecap.vitaminA recap
KesehatanOpenDaySession.areaCode recap
KesehatanOpenDaySession.closedAt recap
KesehatanOpenDaySession.followUpPlan recap
KesehatanOpenDaySession.heldOn recap
KesehatanOpenDaySession.id recap
KesehatanOpenDaySession.openedAt recap
KesehatanOpenDaySession.posyanduId recap
KesehatanOpenDaySession.status recap
KesehatanOpenDayVisit.arrivedAt openday
KesehatanOpenDayVisit.birthDate sensitive
KesehatanOpenDayVisit.counsellingNote openday
KesehatanOpenDayVisit.counsellingTopics openday
KesehatanOpenDayVisit.followUps openday
KesehatanOpenDayVisit.guardian sensitive
KesehatanOpenDayVisit.guardianConsentAt openday
KesehatanOpenDayVisit.id openday
KesehatanOpenDayVisit.measurement sensitive
KesehatanOpenDayVisit.person sensitive
KesehatanOpenDayVisit.queueNumber openday
KesehatanOpenDayVisit.recordedInBook openday
KesehatanOpenDayVisit.recordingNote openday
KesehatanOpenDayVisit.services sensitive
KesehatanOpenDayVisit.sessionId openday
KesehatanOpenDayVisit.sex openday
KesehatanOpenDayVisit.station openday
KesehatanOpenDayVisit.targetGroup openday
KesehatanOpenDayVisit.updatedAt openday
KesehatanPerson.id openday
KesehatanPerson.name sensitive
KesehatanPerson.nik sensitive
KesehatanPersonHistory.birthDate openday
KesehatanPersonHistory.person openday
KesehatanPersonHistory.sex openday
KesehatanPersonHistory.targetGroups openday
KesehatanPersonHistory.visits openday
KesehatanRisk.child openday
KesehatanRisk.code openday
KesehatanRisk.indicator openday
KesehatanRisk.label openday
KesehatanRiskCount.child recap
KesehatanRiskCount.code recap
KesehatanRiskCount.indicator recap
KesehatanRiskCount.label recap
KesehatanRiskCount.people recap
KesehatanSkdn.b recap
KesehatanSkdn.d recap
KesehatanSkdn.dPerS recap
KesehatanSkdn.n recap
KesehatanSkdn.nPerD recap
KesehatanSkdn.o recap
KesehatanSkdn.s recap
KesehatanSkdn.t recap
KesehatanStationCount.station openday
KesehatanStationCount.visitors openday
KesehatanTargetGroupPeriod.from openday
KesehatanTargetGroupPeriod.targetGroup openday
KesehatanTargetGroupPeriod.to openday
KesehatanTargetGroupPeriod.visits openday
KesehatanText.en recap
KesehatanText.id recap
KesehatanZScore.category openday
KesehatanZScore.implausible openday
KesehatanZScore.indicator openday
KesehatanZScore.label openday
KesehatanZScore.zScore sensitive
`;

/*
 * SENSITIVE: what each viewer receives of personal and confidential data, on every copy of the
 * case it received (case, caseByCode, cases, live notices, mutation answers). The path is read on
 * the Case object (`*` = every element). Values:
 *   -     never received (the case is out of reach)       full  the real value (VALUES below)
 *   mask  3310••••••••0001                                  null  null / hidden
 *   []    an empty list        true/false  that boolean
 *   seen  present and not empty (on a `*` path: on at least one element)
 * `Notification.case` rows are read on the viewer's own notifications instead.
 */
const SENSITIVE = `
field                   | path                     | kader | kaderP | perang | kades | trant | camat | opd  | opdX | polisi | bidan | pkm  | admin | anon | apikey
# The confidential reporter (DESIGN §8: village Trantibumlinmas section, kepala desa, the unit it went to).
Case.identityRedacted @complaint | identityRedacted | -     | -      | true   | false | false | true  | -    | -    | false  | -     | -    | -     | -    | -
Case.identityRedacted @edu | identityRedacted       | false | -      | false  | false | false | false | false| -    | -      | -     | -    | -     | -    | false
Case.reporterAccessUntil @complaint | reporterAccessUntil | - | - | null | null | null | null | - | - | null | - | - | - | - | -
Case.applicant @complaint | applicant               | -     | -      | null   | seen  | seen  | null  | -    | -    | seen   | -     | -    | -     | -    | -
CaseParty.name @complaint | applicant.name          | -     | -      | null   | full  | full  | null  | -    | -    | full   | -     | -    | -     | -    | -
CaseParty.nik @complaint | applicant.nik            | -     | -      | null   | full  | full  | null  | -    | -    | full   | -     | -    | -     | -    | -
CaseParty.phone @complaint | applicant.phone        | -     | -      | null   | full  | full  | null  | -    | -    | full   | -     | -    | -     | -    | -
CaseParty.address @complaint | applicant.address    | -     | -      | null   | full  | full  | null  | -    | -    | full   | -     | -    | -     | -    | -
# A KDRT victim is sealed like the reporter (issue 14, confidentialBeneficiaries): name and NIK alike.
Case.beneficiaries @complaint | beneficiaries.*.name | -    | -      | null   | full  | full  | null  | -    | -    | full   | -     | -    | -     | -    | -
CaseDocument.fileNames @complaint | documents.*.fileNames | - | -    | []     | full  | full  | []    | -    | -    | full   | -     | -    | -     | -    | -
CaseDocument.files @complaint | documents.*.files  | -     | -      | []     | seen  | seen  | []    | -    | -    | seen   | -     | -    | -     | -    | -
CaseFile.name @complaint | documents.*.files.*.name | -     | -      | -      | full  | full  | -     | -    | -    | full   | -     | -    | -     | -    | -
CaseDocument.note @complaint | documents.*.note     | -     | -      | null   | full  | full  | null  | -    | -    | full   | -     | -    | -     | -    | -
CaseEvent.payload @complaint | timeline.*.payload   | -     | -      | seen   | seen  | seen  | seen  | -    | -    | seen   | -     | -    | -     | -    | -
CaseEvent.note @complaint | timeline.*.note         | -     | -      | seen   | seen  | seen  | seen  | -    | -    | seen   | -     | -    | -     | -    | -
# NIK and KK numbers (docs/security.md §3).
CaseParty.nik @edu      | applicant.nik            | full  | -      | full   | full  | full  | mask  | full | -    | -      | -     | -    | -     | -    | full
CaseParty.nikMasked @edu | applicant.nikMasked     | false | -      | false  | false | false | true  | false| -    | -      | -     | -    | -     | -    | false
CaseParty.nik @edu/beneficiary | beneficiaries.*.nik | full | -     | full   | full  | full  | mask  | full | -    | -      | -     | -    | -     | -    | full
CaseParty.kkNumber @edu | applicant.kkNumber       | full  | -      | full   | full  | mask  | mask  | full | -    | -      | -     | -    | -     | -    | full
CaseParty.kkMasked @edu | applicant.kkMasked       | false | -      | false  | false | true  | true  | false| -    | -      | -     | -    | -     | -    | false
CaseParty.phone @edu    | applicant.phone          | full  | -      | full   | full  | full  | full  | full | -    | -      | -     | -    | -     | -    | full
CaseParty.address @edu  | applicant.address        | null  | -      | null   | null  | null  | null  | null | -    | -      | -     | -    | -     | -    | null
CaseParty.nik @health   | applicant.nik            | full  | -      | full   | full  | full  | mask  | -    | -    | -      | mask  | mask | -     | -    | -
CaseParty.kkNumber @health | applicant.kkNumber    | full  | -      | full   | full  | mask  | mask  | -    | -    | -      | mask  | mask | -     | -    | -
CaseParty.nik @pogung   | applicant.nik            | -     | full   | -      | -     | -     | mask  | -    | -    | -      | -     | -    | -     | -    | -
CaseParty.kkNumber @pogung | applicant.kkNumber    | -     | full   | -      | -     | -     | mask  | -    | -    | -      | -     | -    | -     | -    | -
# Health data (UU 27/2022 specific personal data). NOTE: the kecamatan officer reads it too (its
# reach is the whole kecamatan, docs/security.md §1); issue 5 names only kader, health workers and
# the village — a decision for the lead, see the report of this test.
Case.visits @health     | visits.*.findings        | full  | -      | full   | full  | full  | full  | -    | -    | -      | full  | full | -     | -    | -
Visit.findings @health  | visits.*.findings        | full  | -      | full   | full  | full  | full  | -    | -    | -      | full  | full | -     | -    | -
Case.facts @health      | facts.subjectName        | full  | -      | full   | full  | full  | full  | -    | -    | -      | full  | full | -     | -    | -
Case.timeline @health   | timeline.*.note          | seen  | -      | seen   | seen  | seen  | seen  | -    | -    | -      | seen  | seen | -     | -    | -
# Other case parts that differ per viewer.
Case.documents @edu     | documents.*.fileNames    | full  | -      | full   | full  | full  | full  | full | -    | -      | -     | -    | -     | -    | full
Case.availableActions @edu | availableActions.*.id | []    | -      | []     | []    | []    | []    | seen | -    | -      | -     | -    | -     | -    | []
Case.availableActions @health | availableActions.*.id | [] | -      | []     | []    | []    | []    | -    | -    | -      | seen  | seen | -     | -    | -
# A notification shows its case only to a user who may still read it (the Puskesmas reads what its Pustu holds).
Notification.case @health | case                   | -     | -      | -      | -     | -     | -     | -    | -    | -      | seen  | seen | -     | -    | -
Notification.case @edu  | case                     | -     | -      | seen   | seen  | -     | -     | seen | -    | -      | -     | -    | -     | -    | -
# The Kesehatan open day (rows Kesehatan…: read on every copy of the visit the viewer received, through the
# board, its live subscription and the answers of the tables; @toddler, her guardian, @pregnant). Only the
# Posyandu's own kader (full NIK) and the health workers covering the desa (NIK masked): never the village,
# another Posyandu's kader, the kecamatan, OPD, police or admin (they get the recap at most).
KesehatanPerson.nik @toddler | person.nik | full  | -      | -      | -     | -     | -     | -   | -    | -      | mask  | mask | -     | -    | -
KesehatanPerson.nik @toddler/guardian | guardian.nik | full  | -      | -      | -     | -     | -     | -   | -    | -      | mask  | mask | -     | -    | -
KesehatanPerson.nik @pregnant | person.nik | full  | -      | -      | -     | -     | -     | -   | -    | -      | mask  | mask | -     | -    | -
KesehatanPerson.name @toddler | person.name | full  | -      | -      | -     | -     | -     | -   | -    | -      | full  | full | -     | -    | -
KesehatanOpenDayVisit.person @toddler | person.id | seen  | -      | -      | -     | -     | -     | -   | -    | -      | seen  | seen | -     | -    | -
KesehatanOpenDayVisit.guardian @toddler | guardian.name | full  | -      | -      | -     | -     | -     | -   | -    | -      | full  | full | -     | -    | -
KesehatanOpenDayVisit.birthDate @toddler | birthDate | full  | -      | -      | -     | -     | -     | -   | -    | -      | full  | full | -     | -    | -
KesehatanOpenDayVisit.measurement @toddler | measurement.measuredOn | full  | -      | -      | -     | -     | -     | -   | -    | -      | full  | full | -     | -    | -
KesehatanMeasurement.ageInDays @toddler | measurement.ageInDays | full  | -      | -      | -     | -     | -     | -   | -    | -      | full  | full | -     | -    | -
KesehatanMeasurement.weightKg @toddler | measurement.weightKg | full  | -      | -      | -     | -     | -     | -   | -    | -      | full  | full | -     | -    | -
KesehatanMeasurement.lengthCm @toddler | measurement.lengthCm | full  | -      | -      | -     | -     | -     | -   | -    | -      | full  | full | -     | -    | -
KesehatanMeasurement.headCircumferenceCm @toddler | measurement.headCircumferenceCm | full  | -      | -      | -     | -     | -     | -   | -    | -      | full  | full | -     | -    | -
KesehatanMeasurement.lilaCm @pregnant | measurement.lilaCm | full  | -      | -      | -     | -     | -     | -   | -    | -      | full  | full | -     | -    | -
KesehatanMeasurement.systolic @pregnant | measurement.systolic | full  | -      | -      | -     | -     | -     | -   | -    | -      | full  | full | -     | -    | -
KesehatanMeasurement.diastolic @pregnant | measurement.diastolic | full  | -      | -      | -     | -     | -     | -   | -    | -      | full  | full | -     | -    | -
KesehatanMeasurement.zScores @toddler | measurement.zScores.*.indicator | seen  | -      | -      | -     | -     | -     | -   | -    | -      | seen  | seen | -     | -    | -
KesehatanZScore.zScore @toddler | measurement.zScores.*.zScore | seen  | -      | -      | -     | -     | -     | -   | -    | -      | seen  | seen | -     | -    | -
KesehatanMeasurement.risks @toddler | measurement.risks.*.code | full  | -      | -      | -     | -     | -     | -   | -    | -      | full  | full | -     | -    | -
KesehatanOpenDayVisit.services @toddler | services.vitaminA | full  | -      | -      | -     | -     | -     | -   | -    | -      | full  | full | -     | -    | -
KesehatanHealthServices.immunizations @pregnant | services.immunizations | full  | -      | -      | -     | -     | -     | -   | -    | -      | full  | full | -     | -    | -
KesehatanOpenDayVisit.followUps @toddler | followUps.*.caseCode | seen  | -      | -      | -     | -     | -     | -   | -    | -      | seen  | seen | -     | -    | -
# The recap's line per follow-up (issue 7: names and findings): read on every recap the viewer received. The
# village government gets the same counts with followUpOutcomes null.
KesehatanOpenDayRecap.followUpOutcomes @recap | followUpOutcomes.*.personName | full  | -      | null   | null  | -     | null  | -   | -    | -      | full  | full | -     | -    | -
`;

/** The Kesehatan open day of the run: Tuesday 1 December 2026, after the deadline clock ran. */
const OPEN_DAY_DATE = '2026-12-01';
const STUNTED_GIRL = stuntedGirl();

/** The real values `full` means, by row label. */
const VALUES: Record<string, unknown> = {
  'KesehatanPerson.nik @toddler': OPEN_DAY_PEOPLE.toddler.nik,
  'KesehatanPerson.nik @toddler/guardian': OPEN_DAY_PEOPLE.mother.nik,
  'KesehatanPerson.nik @pregnant': OPEN_DAY_PEOPLE.pregnant.nik,
  'KesehatanPerson.name @toddler': OPEN_DAY_PEOPLE.toddler.name,
  'KesehatanOpenDayRecap.followUpOutcomes @recap': OPEN_DAY_PEOPLE.toddler.name,
  'KesehatanOpenDayVisit.guardian @toddler': OPEN_DAY_PEOPLE.mother.name,
  'KesehatanOpenDayVisit.birthDate @toddler': new Date(Date.parse(`${OPEN_DAY_DATE}T00:00:00Z`) - 400 * 86_400_000)
    .toISOString()
    .slice(0, 10),
  'KesehatanOpenDayVisit.measurement @toddler': OPEN_DAY_DATE,
  'KesehatanMeasurement.ageInDays @toddler': 400,
  'KesehatanMeasurement.weightKg @toddler': STUNTED_GIRL.weightKg,
  'KesehatanMeasurement.lengthCm @toddler': STUNTED_GIRL.lengthCm,
  'KesehatanMeasurement.headCircumferenceCm @toddler': STUNTED_GIRL.headCircumferenceCm,
  'KesehatanMeasurement.lilaCm @pregnant': 26,
  'KesehatanMeasurement.systolic @pregnant': 110,
  'KesehatanMeasurement.diastolic @pregnant': 70,
  'KesehatanMeasurement.risks @toddler': 'STUNTED',
  'KesehatanOpenDayVisit.services @toddler': true,
  'KesehatanHealthServices.immunizations @pregnant': ['TD'],
  'CaseParty.name @complaint': 'Bambang Riyadi',
  'CaseParty.nik @complaint': '3310051203790002',
  'CaseParty.phone @complaint': '+6281329001177',
  'CaseParty.address @complaint': 'Dusun Gombang Lor RT 001 RW 003, Desa Gombang',
  'Case.beneficiaries @complaint': 'Sulastri',
  'CaseDocument.note @complaint': COMPLAINT_DOCUMENT_NOTE,
  'CaseFile.name @complaint': COMPLAINT_FILE_NAME,
  'CaseParty.nik @edu': '3310055708850003',
  'CaseParty.nik @edu/beneficiary': '3310054505150001',
  'CaseParty.kkNumber @edu': '3310050101100007',
  'CaseParty.phone @edu': '+6281227004321',
  'CaseParty.nik @health': '3310054906950002',
  'CaseParty.kkNumber @health': '3310051404190006',
  'CaseParty.nik @pogung': '3310990101900011',
  'CaseParty.kkNumber @pogung': '3310050101150003',
  'Case.visits @health':
    'BB 9,1 kg (turun 0,2 kg), nafsu makan berkurang, batuk pilek 4 hari; ibu belum memberi MP-ASI lauk hewani.',
  'Visit.findings @health':
    'BB 9,1 kg (turun 0,2 kg), nafsu makan berkurang, batuk pilek 4 hari; ibu belum memberi MP-ASI lauk hewani.',
  'Case.facts @health': 'Rafa Pratama',
};

const NOTIFIED: readonly ViewerId[] = ['kaderP', 'perang', 'kades', 'camat', 'opd', 'polisi', 'bidan', 'pkm'];

const USERNAMES: Record<Exclude<ViewerId, 'anon' | 'apikey'>, string> = {
  kader: 'kader.gombang',
  kaderP: 'kader.pogung',
  perang: 'perangkat.gombang',
  kades: 'kades.gombang',
  trant: 'trantibum.gombang',
  camat: 'camat.cawas',
  opd: 'opd.pendidikan',
  opdX: 'opd.sosial',
  polisi: 'polisi.cawas',
  bidan: 'bidan.gombang',
  pkm: 'puskesmas.cawas',
  admin: 'admin.klaten',
};

interface Viewer {
  id: ViewerId;
  client: GraphQLClient;
  /** A fresh client of the same principal, for probes that end or replace the session. */
  fresh(): Promise<GraphQLClient>;
  observed: Observed;
}

/** Types a list of cases asks only the id of (the single-case probes ask them in full): keeps the cost under 5000. */
const LIST_SHALLOW = new Set([
  'Sector',
  'ServiceType',
  'CaseEvent',
  'AvailableAction',
  'DocumentRequirement',
  'Visit',
  'CaseWarning',
  'CaseParty',
  'CaseDocument',
]);

/** Live notices replay every event: the case in each is asked with its parties and documents (checked per role), not its lists. */
const LIVE_SHALLOW = new Set([...LIST_SHALLOW].filter((t) => t !== 'CaseParty' && t !== 'CaseDocument'));

type Probe = (v: Viewer, variant: string) => Promise<string>;

/** The core's subscriptions, probed together by runSubscriptions (every event of the run replayed). */
const CORE_LIVE: ReadonlySet<string> = new Set(['Subscription.caseEvents', 'Subscription.notificationAdded']);

/** SpmRecap's fields in full selection, split into two queries that each stay under the cost limit. */
function recapHalves(schema: ApiSchema): [string, string] {
  const type = schema.getType('SpmRecap');
  if (!type || !('getFields' in type)) throw new Error('SpmRecap is not an object type');
  const parts = Object.values(type.getFields()).map((f) => {
    const named = f.type.toString().replace(/[[\]!]/g, '');
    const obj = schema.getType(named);
    return obj && 'getFields' in obj && !('parseValue' in obj) ? `${f.name} ${fullSelection(schema, named)}` : f.name;
  });
  const mid = Math.ceil(parts.length / 2);
  return [parts.slice(0, mid).join(' '), parts.slice(mid).join(' ')];
}

/** The outcome code of an answer: its error code, or what the data says. */
function codeOf(res: GraphQLResponse<Record<string, unknown>>): string | null {
  const code = res.errors?.[0]?.extensions?.code;
  if (!res.errors?.length) return null;
  switch (code) {
    case 'NOT_FOUND':
      return 'nf';
    case 'FORBIDDEN':
      return 'fb';
    case 'UNAUTHENTICATED':
      return 'ua';
    case 'WRONG_STATE':
      return 'ws';
    // Mutation probes send one invalid field: reaching input checking means the policy let it through.
    case 'VALIDATION_FAILED':
      return 'ok';
    default:
      return `${code}: ${res.errors[0]?.message}`;
  }
}

const byViewerCase = (table: Row[], viewer: ViewerId, caseKey: CaseKey): string =>
  table.find((r) => r.name === 'Query.case' && r.variant === caseKey)?.cells[viewer] ?? '?';

describe('the authorization matrix, generated from the schema: every operation and field, every role', () => {
  let t: TestServer;
  let schema: ApiSchema;
  let surface: SchemaSurface;
  let world: World;
  let webhookId: string;
  /** One line of the sasaran the matrix imported (header and row), for the dry-run import probe. */
  let targetCsv: string;
  /** A copy of the matrix's endpoint, for a probe that disables one. */
  const spareWebhook = async () =>
    (
      await t.sql.query<{ id: string }>(
        `insert into webhook_endpoint (id, org_unit_id, url, description, secret, created_by_id, created_at)
         select gen_random_uuid(), org_unit_id, url, 'SIM cadangan', secret, created_by_id, created_at
           from webhook_endpoint where id = $1 returning id`,
        [webhookId],
      )
    ).rows[0]?.id;
  let failed: Promise<unknown> | null = null;
  const failedMessage = () =>
    (failed ??= t.sql.query(
      `update outbox_message set failed_at = $2, attempts = 10, last_error = 'SMS gateway 503: upstream operator unavailable'
        where id = (select id from outbox_message where case_id = $1 order by created_at, id limit 1)`,
      [world.cases.edu.id, t.clock.now()],
    ));
  let viewers: Viewer[];
  const operations = parseTable(OPERATIONS, 0);
  const fields = new Map(
    FIELDS.trim()
      .split('\n')
      .slice(1)
      .filter((l) => !l.trim().startsWith('#'))
      .map((l) => l.trim().split(/\s+/) as [string, string]),
  );
  const sensitive = parseTable(SENSITIVE, 1);
  const results = new Map<string, Record<string, string>>();
  const reads = (viewer: ViewerId, caseKey: CaseKey) =>
    ['ok', 'rd'].includes(byViewerCase(operations, viewer, caseKey));
  /** Whether the matrix says `label` answers the viewer (ok). */
  const answers = (label: string, viewer: ViewerId) =>
    operations.find((r) => r.label === label)?.cells[viewer] === 'ok';

  const caseSelection = () => fullSelection(schema, 'Case', new Set(['Sector', 'ServiceType']));
  let legalBasis2025 = '';

  beforeAll(async () => {
    const installed = await loadInstalledPlugins();
    schema = await buildApiSchema(installed.flatMap((m) => (m.server ? [m.server] : [])));
    surface = schemaSurface(schema);
    // Monday 23 November 2026, 09:00 WIB.
    t = await startTestServer({
      plugins: await loadInstalledPlugins(),
      clock: new TestClock('2026-11-23T02:00:00Z'),
      // The matrix's webhook points at a closed local port: its deliveries fail and are logged.
      allowPrivateWebhookTargets: true,
    });
    webhookId = await matrixWebhook(t);
    world = await buildWorld(t);
    targetCsv = await matrixTargets(t, installed);
    // Tuesday 1 December: every open case is overdue; holders and their parents are notified.
    t.clock.set('2026-12-01T03:00:00Z');
    await t.server.tickDeadlines();
    // The open day after the clock: the case its table 2 opens is due on 8 December, nobody is notified of it.
    await buildOpenDay(t, world, OPEN_DAY_DATE);
    legalBasis2025 = (await t.sql.query(`select legal_basis from calendar_year where year = 2025`)).rows[0].legal_basis;
    // Every user took notices by SMS with their consent, so `me` and `users` carry a consent to probe.
    await t.sql.query(
      `update app_user set phone = '+6281200000001', notify_sms = true,
         message_consent = jsonb_build_object('channels', jsonb_build_array('SMS'), 'phone', '+6281200000001',
           'givenAt', '2026-11-20T02:00:00.000Z', 'recordedById', id, 'recordedByName', display_name, 'source', 'SELF')`,
    );
    viewers = await Promise.all(
      VIEWERS.map(async (id): Promise<Viewer> => {
        const fresh = async () =>
          id === 'anon'
            ? t.anonymous()
            : id === 'apikey'
              ? new GraphQLClient(t.url, world.apiKeySecret)
              : t.as(USERNAMES[id]);
        return { id, client: await fresh(), fresh, observed: new Observed(schema, world.caseKeys) };
      }),
    );
    // The webhook worker: the education OPD's events fail against the closed port and are logged. The
    // fan-out reads events below the cluster's oldest running transaction (pg_snapshot_xmin, all databases):
    // on a shared server another database's long transaction holds it back, so wait for it (up to a minute)
    // and say so, instead of failing later as probes without a delivery.
    const attempted = async () =>
      (
        await t.sql.query(
          `select 1 from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id
            where d.endpoint_id = $1 and d.dead_at is null limit 1`,
          [webhookId],
        )
      ).rows.length > 0;
    const fanOutBy = Date.now() + 60_000;
    while (!(await attempted())) {
      if (Date.now() > fanOutBy) {
        const holders = await t.sql.query(
          `select datname, state, now() - xact_start as age, left(query, 60) as query from pg_stat_activity
            where backend_xid is not null or backend_xmin is not null order by xact_start limit 5`,
        );
        throw new Error(
          `no webhook delivery of the matrix's endpoint after 60 s: the fan-out waits for older transactions on the cluster: ${JSON.stringify(holders.rows)}`,
        );
      }
      await t.server.deliverWebhooks();
      await new Promise((r) => setTimeout(r, 100));
    }
    await runMatrix();
  }, 300_000); // hundreds of probes over HTTP: minutes on a shared 2-core machine
  afterAll(() => t?.close());

  /** Sends an operation, records what the viewer received, and returns the answer. */
  async function send(
    v: Viewer,
    root: 'Query' | 'Mutation',
    query: string,
    variables: Record<string, unknown> = {},
    client: GraphQLClient = v.client,
  ): Promise<GraphQLResponse<Record<string, unknown>>> {
    const res = await client.raw<Record<string, unknown>>(query, variables);
    if (res.errors?.some((e) => /QUERY_TOO|TOO_MANY|GRAPHQL_VALIDATION/.test(String(e.extensions?.code)))) {
      throw new Error(`probe refused by the limits: ${JSON.stringify(res.errors)}`);
    }
    if (res.data) v.observed.record(root, res.data);
    return res;
  }

  const versionOf = async (caseKey: string) =>
    (
      await t.sql.query<{ version: number }>('select version from spm_case where id = $1', [
        world.cases[caseKey as CaseKey].id,
      ])
    ).rows[0]?.version;

  /** A case in an answer: ok, rd (reporter withheld), or nf when it is not there. */
  const caseOutcome = (c: unknown) =>
    c && typeof c === 'object' ? ((c as { identityRedacted?: boolean }).identityRedacted ? 'rd' : 'ok') : 'nf';

  /** The next workflow action of each case, sent without its required note or reason. */
  const NEXT_ACTION: Record<CaseKey, string> = {
    edu: 'record-opd-follow-up',
    pogung: 'request-documents',
    complaint: 'record-police-follow-up',
    health: 'hand-to-village',
    elsewhere: 'request-documents',
    openday: 'stop-monitoring',
  };

  const userIds = new Map<string, Promise<string>>();
  /** The id of a demo user, looked up once. */
  const userId = (username: string): Promise<string> => {
    let id = userIds.get(username);
    if (!id) {
      id = t.sql
        .query<{ id: string }>('select id from app_user where username = $1', [username])
        .then((r) => r.rows[0]?.id as string);
      userIds.set(username, id);
    }
    return id;
  };

  /** One list per viewer serves every case variant of `Query.cases`. */
  const listed = new Map<ViewerId, Promise<GraphQLResponse<Record<string, unknown>>>>();
  const casesOf = (v: Viewer) =>
    send(v, 'Query', `{ cases(first: 5) ${fullSelection(schema, 'CaseConnection', LIST_SHALLOW)} }`);

  /** A new day for every holiday a probe adds (2027, after every deadline of the run). */
  let holidays = 0;
  const nextHolidayDate = () => new Date(Date.UTC(2027, 6, 1) + 86_400_000 * holidays++).toISOString().slice(0, 10);
  /** grantRole / revokeRole of a role the unit cannot hold (own kabupaten) or in another kabupaten. */
  const roleProbe = async (mutation: 'grantRole' | 'revokeRole', v: Viewer, variant: string | undefined) =>
    codeOf(
      await send(
        v,
        'Mutation',
        `mutation ($u: ID!, $o: ID!) { ${mutation}(userId: $u, orgUnitId: $o, role: OPD_OFFICER) { id } }`,
        {
          u: await userId('kader.pogung'),
          o:
            variant === 'kabupaten'
              ? world.units['Posyandu Gombang']
              : world.units['Dinas Pendidikan Provinsi Jawa Tengah'],
        },
      ),
    ) ?? 'ok';
  const PROBES: Record<string, Probe> = {
    'Query.apiKeys': async (v, variant) => {
      const res = await send(v, 'Query', `{ apiKeys(includeRevoked: true) ${fullSelection(schema, 'ApiKey')} }`);
      const keys = (res.data?.apiKeys ?? null) as Array<{ id: string; orgUnit: { id: string } }> | null;
      if (!keys) return codeOf(res) ?? 'nil';
      if (variant === 'other-kabupaten') return keys.some((k) => k.id === world.foreignApiKeyId) ? 'ok' : 'nf';
      return keys.some((k) => k.id === world.spareApiKeyId) ? 'ok' : 'nf';
    },
    'Query.orgUnits': async (v, variant) => {
      const res = await send(v, 'Query', `query ($a: String!) { orgUnits(areaCode: $a) { id name } }`, {
        a: variant === 'kabupaten' ? '33.10' : '33.11',
      });
      return codeOf(res) ?? 'ok';
    },
    'Query.users': async (v, variant) => {
      const res = await send(
        v,
        'Query',
        `query ($u: ID!) { users(orgUnitId: $u) ${fullSelection(schema, 'ManagedUser')} }`,
        {
          u:
            variant === 'kabupaten'
              ? world.units['Posyandu Gombang']
              : world.units['Dinas Pendidikan Provinsi Jawa Tengah'],
        },
      );
      return codeOf(res) ?? 'ok';
    },
    // User administration probes change nothing: a weak password, a role the unit cannot hold, a
    // role the user does not have, an admin deactivating themselves — each stops at input checking.
    'Mutation.createUser': async (v) =>
      codeOf(
        await send(
          v,
          'Mutation',
          `mutation { createUser(username: "uji.matriks", displayName: "Uji Matriks", password: "x") ${fullSelection(schema, 'ManagedUser')} }`,
        ),
      ) ?? 'ok',
    // Org chart probes change nothing either: a blank name (create, update) or a unit people work in
    // (delete) stops at input checking; the other kabupaten's unit or area is refused before that.
    'Mutation.createOrgUnit': async (v, variant) =>
      codeOf(
        await send(
          v,
          'Mutation',
          `mutation ($input: OrgUnitInput!) { createOrgUnit(input: $input) ${fullSelection(schema, 'OrgUnit')} }`,
          {
            input: {
              kind: 'POSYANDU',
              name: ' ',
              areaCode: variant === 'kabupaten' ? '33.10.05.2018' : '33.11.01.2001',
              parentId: world.units['Pemerintah Desa Gombang'],
            },
          },
        ),
      ) ?? 'ok',
    'Mutation.updateOrgUnit': async (v, variant) =>
      codeOf(
        await send(v, 'Mutation', `mutation ($id: ID!) { updateOrgUnit(id: $id, changes: { name: " " }) { id } }`, {
          id:
            variant === 'kabupaten'
              ? world.units['Posyandu Gombang']
              : world.units['Dinas Pendidikan Provinsi Jawa Tengah'],
        }),
      ) ?? 'ok',
    'Mutation.deleteOrgUnit': async (v, variant) => {
      const res = await send(v, 'Mutation', `mutation ($id: ID!) { deleteOrgUnit(id: $id) }`, {
        id:
          variant === 'kabupaten'
            ? world.units['Posyandu Gombang']
            : world.units['Dinas Pendidikan Provinsi Jawa Tengah'],
      });
      return res.errors?.[0]?.extensions?.code === 'UNIT_IN_USE' ? 'ok' : (codeOf(res) ?? 'deleted!');
    },
    // The escalation chain: the admin's probe sends a chain with no level (refused on its shape, nothing written).
    'Query.escalationChain': async (v, variant) =>
      codeOf(
        await send(
          v,
          'Query',
          `query ($k: String!) { escalationChain(kabupatenCode: $k) ${fullSelection(schema, 'EscalationChain')} }`,
          {
            k: variant === 'kabupaten' ? '33.10' : '33.11',
          },
        ),
      ) ?? 'ok',
    'Mutation.setEscalationChain': async (v, variant) => {
      const res = await send(
        v,
        'Mutation',
        `mutation ($k: String!) { setEscalationChain(kabupatenCode: $k, input: { dueSoonWorkingDays: 1, levels: [] }) { configured } }`,
        { k: variant === 'kabupaten' ? '33.10' : '33.11' },
      );
      return res.errors?.[0]?.extensions?.code === 'ESCALATION_CHAIN_INVALID' ? 'ok' : (codeOf(res) ?? 'written!');
    },
    // The coordinator's acts, with a reason or note too short to pass: nothing is written.
    'Query.reassignUnits': async (v, variant) =>
      codeOf(
        await send(v, 'Query', `query ($id: ID!) { reassignUnits(caseId: $id) { id name } }`, {
          id: world.cases[variant as CaseKey].id,
        }),
      ) ?? 'ok',
    'Query.suggestableUnits': async (v, variant) =>
      codeOf(
        await send(v, 'Query', `query ($id: ID!) { suggestableUnits(caseId: $id) { id name } }`, {
          id: world.cases[variant as CaseKey].id,
        }),
      ) ?? 'ok',
    'Mutation.reassignEscalatedCase': async (v, variant) =>
      codeOf(
        await send(
          v,
          'Mutation',
          `mutation ($id: ID!, $u: ID!) { reassignEscalatedCase(caseId: $id, unitId: $u, reason: "x") { id } }`,
          { id: world.cases[variant as CaseKey].id, u: world.units['Posyandu Gombang'] },
        ),
      ) ?? 'written!',
    'Mutation.setCaseDueDate': async (v, variant) =>
      codeOf(
        await send(
          v,
          'Mutation',
          `mutation ($id: ID!) { setCaseDueDate(caseId: $id, dueDate: "2099-01-01", reason: "x") { id } }`,
          { id: world.cases[variant as CaseKey].id },
        ),
      ) ?? 'written!',
    'Mutation.takeUpEscalatedCase': async (v, variant) =>
      codeOf(
        await send(v, 'Mutation', `mutation ($id: ID!) { takeUpEscalatedCase(caseId: $id, note: "x") { id } }`, {
          id: world.cases[variant as CaseKey].id,
        }),
      ) ?? 'written!',
    // Asking for the reporter's identity with a reason too short to pass: nothing is granted.
    'Mutation.requestReporterAccess': async (v, variant) =>
      codeOf(
        await send(v, 'Mutation', `mutation ($id: ID!) { requestReporterAccess(caseId: $id, reason: "x") { id } }`, {
          id: world.cases[variant as CaseKey].id,
        }),
      ) ?? 'granted!',
    'Mutation.grantRole': (v, variant) => roleProbe('grantRole', v, variant),
    'Mutation.revokeRole': (v, variant) => roleProbe('revokeRole', v, variant),
    'Mutation.setUserActive': async (v) =>
      codeOf(
        await send(v, 'Mutation', `mutation ($u: ID!) { setUserActive(userId: $u, active: false) { id } }`, {
          u: await userId('admin.klaten'),
        }),
      ) ?? 'ok',
    // With a number that is not Indonesian: whoever may gets as far as the check, and nothing is written.
    'Mutation.updateMyNotificationSettings': async (v) => {
      const res = await send(
        v,
        'Mutation',
        `mutation { updateMyNotificationSettings(input: { phone: "12", email: false, whatsapp: false, sms: false }) { id } }`,
      );
      return res.errors?.[0]?.extensions?.code === 'VALIDATION_FAILED' ? 'ok' : (codeOf(res) ?? 'written!');
    },
    'Mutation.setUserNotificationSettings': async (v) => {
      const res = await send(
        v,
        'Mutation',
        `mutation ($u: ID!) { setUserNotificationSettings(userId: $u, input: { phone: "12", email: false, whatsapp: false, sms: false }) { id } }`,
        { u: await userId('kader.gombang') },
      );
      return res.errors?.[0]?.extensions?.code === 'VALIDATION_FAILED' ? 'ok' : (codeOf(res) ?? 'written!');
    },
    'Query.webhookEventTypes': async (v) => codeOf(await send(v, 'Query', `{ webhookEventTypes }`)) ?? 'ok',
    // One given-up message of the edu case (its SMS gateway is not configured here), listed with every field.
    'Query.failedMessages': async (v) => {
      await failedMessage();
      return codeOf(await send(v, 'Query', `{ failedMessages ${fullSelection(schema, 'OutboxMessage')} }`)) ?? 'ok';
    },
    // A message that has not failed: an admin reaches the check that only failed ones are sent again.
    'Mutation.retryMessage': async (v) => {
      const waiting = await t.sql.query<{ id: string }>(
        `select m.id from outbox_message m where m.case_id = $1 and m.failed_at is null limit 1`,
        [world.cases.edu.id],
      );
      return (
        codeOf(
          await send(v, 'Mutation', `mutation ($id: ID!) { retryMessage(id: $id) { id } }`, {
            id: waiting.rows[0]?.id,
          }),
        ) ?? 'written!'
      );
    },
    'Query.webhookEndpoints': async (v) =>
      codeOf(await send(v, 'Query', `{ webhookEndpoints ${fullSelection(schema, 'WebhookEndpoint')} }`)) ?? 'ok',
    'Query.webhookDeliveries': async (v) =>
      codeOf(
        await send(
          v,
          'Query',
          `query ($id: ID!) { webhookDeliveries(endpointId: $id) ${fullSelection(schema, 'WebhookDelivery')} }`,
          {
            id: webhookId,
          },
        ),
      ) ?? 'ok',
    // A new endpoint for the unit's own kabupaten (its deliveries fail too); another kabupaten's unit is refused.
    'Mutation.createWebhookEndpoint': async (v, variant) =>
      codeOf(
        await send(
          v,
          'Mutation',
          `mutation ($unit: ID!) { createWebhookEndpoint(orgUnitId: $unit, url: "http://127.0.0.1:9/matriks", description: "SIM uji matriks")
            ${fullSelection(schema, 'CreatedWebhookEndpoint')} }`,
          {
            unit:
              variant === 'kabupaten'
                ? world.units['Dinas Pendidikan Kabupaten Klaten']
                : world.units['Dinas Pendidikan Provinsi Jawa Tengah'],
          },
        ),
      ) ?? 'ok',
    // A pending delivery: an admin reaches the check that only dead ones are replayed (VALIDATION_FAILED).
    'Mutation.replayWebhookDelivery': async (v) => {
      const pending = await t.sql.query<{ id: string }>(
        'select id from webhook_delivery where endpoint_id = $1 and dead_at is null limit 1',
        [webhookId],
      );
      return (
        codeOf(
          await send(v, 'Mutation', `mutation ($id: ID!) { replayWebhookDelivery(id: $id) { id } }`, {
            id: pending.rows[0]?.id,
          }),
        ) ?? 'written!'
      );
    },
    'Mutation.disableWebhookEndpoint': async (v) =>
      codeOf(
        await send(v, 'Mutation', `mutation ($id: ID!) { disableWebhookEndpoint(id: $id) { id } }`, {
          id: await spareWebhook(),
        }),
      ) ?? 'ok',
    'Query.auditLog': async (v) => {
      const res = await send(v, 'Query', `{ auditLog(first: 20) ${fullSelection(schema, 'AuditLogConnection')} }`);
      return codeOf(res) ?? 'ok';
    },
    'Query.case': async (v, variant) => {
      const res = await send(v, 'Query', `query ($id: ID!) { case(id: $id) ${caseSelection()} }`, {
        id: world.cases[variant as CaseKey].id,
      });
      if (codeOf(res)) return codeOf(res) as string;
      if (res.data?.case === null) {
        // Out of reach is answered exactly as a case that does not exist.
        const none = await v.client.raw(`query ($id: ID!) { case(id: $id) { id } }`, { id: randomUUID() });
        return JSON.stringify(none) === JSON.stringify({ status: 200, data: { case: null } }) ? 'nf' : 'nf≠missing';
      }
      return caseOutcome(res.data?.case);
    },
    'Query.caseByCode': async (v, variant) => {
      const res = await send(v, 'Query', `query ($code: String!) { caseByCode(code: $code) { id identityRedacted } }`, {
        code: world.cases[variant as CaseKey].code,
      });
      if (codeOf(res)) return codeOf(res) as string;
      if (res.data?.caseByCode === null) {
        const none = await v.client.raw(`{ caseByCode(code: "SPM-0000-0000") { id } }`);
        return JSON.stringify(none) === JSON.stringify({ status: 200, data: { caseByCode: null } })
          ? 'nf'
          : 'nf≠missing';
      }
      return caseOutcome(res.data?.caseByCode);
    },
    'Query.cases': async (v, variant) => {
      if (!listed.has(v.id)) listed.set(v.id, casesOf(v));
      const res = await (listed.get(v.id) as Promise<GraphQLResponse<Record<string, unknown>>>);
      if (codeOf(res)) return codeOf(res) as string;
      const edges = (res.data?.cases as { edges: Array<{ node: { id: string } }> }).edges;
      return caseOutcome(edges.find((e) => e.node.id === world.cases[variant as CaseKey].id)?.node);
    },
    'Query.dueDate': async (v) =>
      codeOf(
        await send(
          v,
          'Query',
          `{ dueDate(areaCode: "33.10.05.2018", registeredAt: "2026-11-23T02:00:00Z") ${fullSelection(schema, 'DueDate')} }`,
        ),
      ) ?? 'ok',
    'Query.spmReport': async (v) =>
      codeOf(
        await send(
          v,
          'Query',
          `{ spmReport(from: "2026-11-01", to: "2026-11-30") ${fullSelection(schema, 'SpmReport')} }`,
        ),
      ) ?? 'ok',
    // The whole recap in one query passes the cost limit: its fields are asked in two halves.
    'Query.spmRecap': async (v) => {
      const halves = recapHalves(schema);
      for (const half of halves) {
        const code = codeOf(await send(v, 'Query', `{ spmRecap(period: { year: 2026, month: 11 }) { ${half} } }`));
        if (code) return code;
      }
      return 'ok';
    },
    // The sasaran of the viewer's widest reach (the matrix set some in every desa of its cases) and their history.
    'Query.spmTargets': async (v) =>
      codeOf(await send(v, 'Query', `{ spmTargets(year: 2026) ${fullSelection(schema, 'SpmTarget')} }`)) ?? 'ok',
    'Query.spmTargetHistory': async (v) =>
      codeOf(await send(v, 'Query', `{ spmTargetHistory(year: 2026) ${fullSelection(schema, 'SpmTargetChange')} }`)) ??
      'ok',
    // A negative sasaran: the admin reaches input checking, nothing is written.
    'Mutation.setSpmTarget': async (v) => {
      const [, row] = targetCsv.split('\n');
      const [year, areaCode, sectorId, serviceId] = (row ?? '').split(',');
      return (
        codeOf(
          await send(
            v,
            'Mutation',
            `mutation ($input: SpmTargetInput!) { setSpmTarget(input: $input) ${fullSelection(schema, 'SpmTargetWriteResult')} }`,
            { input: { year: Number(year), areaCode, sectorId, serviceId, target: -1 } },
          ),
        ) ?? 'written!'
      );
    },
    // A dry run of a valid file: the admin is told what it would change, nothing is written.
    'Mutation.importSpmTargets': async (v) =>
      codeOf(
        await send(
          v,
          'Mutation',
          `mutation ($csv: String!) { importSpmTargets(format: "CSV", content: $csv, fileName: "uji.csv", dryRun: true)
            ${fullSelection(schema, 'SpmTargetWriteResult')} }`,
          { csv: targetCsv },
        ),
      ) ?? 'ok',
    'Query.calendarYears': async (v) =>
      codeOf(await send(v, 'Query', `{ calendarYears ${fullSelection(schema, 'CalendarYear')} }`)) ?? 'ok',
    'Query.calendarWarnings': async (v) =>
      codeOf(await send(v, 'Query', `{ calendarWarnings ${fullSelection(schema, 'CalendarWarning')} }`)) ?? 'ok',
    'Query.holidays': async (v) =>
      codeOf(
        await send(
          v,
          'Query',
          `{ holidays(areaCode: "33.10.05.2018", year: 2026) ${fullSelection(schema, 'Holiday')} }`,
        ),
      ) ?? 'ok',
    'Query.me': async (v) => {
      const res = await send(v, 'Query', `{ me ${fullSelection(schema, 'Me')} }`);
      return codeOf(res) ?? (res.data?.me ? 'ok' : 'nil');
    },
    'Query.notifications': async (v) => {
      const res = await send(
        v,
        'Query',
        `{ notifications(first: 5) ${fullSelection(schema, 'Notification', LIST_SHALLOW)} }`,
      );
      return codeOf(res) ?? 'ok';
    },
    'Query.sector': async (v) => {
      const res = await send(v, 'Query', `{ sector(id: "pendidikan") ${fullSelection(schema, 'Sector')} }`);
      return codeOf(res) ?? (res.data?.sector ? 'ok' : 'nil');
    },
    'Query.sectors': async (v) =>
      // The whole catalogue once is enough: `sector` asks every field of one sector.
      codeOf(await send(v, 'Query', `{ sectors { id } }`)) ?? 'ok',
    'Query.trackCase': async (v, variant) => {
      const res = await send(
        v,
        'Query',
        `query ($code: String!, $p: String!) { trackCase(code: $code, phoneLast4: $p) ${fullSelection(schema, 'TrackedCase')} }`,
        { code: world.cases.edu.code, p: variant === 'right-digits' ? '4321' : '4322' },
      );
      return codeOf(res) ?? (res.data?.trackCase ? 'ok' : 'nf');
    },
    'Mutation.addHoliday': async (v, variant) => {
      const res = await send(
        v,
        'Mutation',
        `mutation ($input: HolidayInput!) { addHoliday(input: $input) ${fullSelection(schema, 'Holiday')} }`,
        {
          input: {
            date: nextHolidayDate(),
            kind: 'REGIONAL',
            nameId: 'Hari jadi',
            nameEn: 'Anniversary',
            legalBasis: 'Perbup Klaten',
            areaCode: variant === 'kabupaten' ? '33.10' : '33.11',
          },
        },
      );
      return codeOf(res) ?? 'ok';
    },
    'Mutation.attachDocument': async (v, variant) =>
      codeOf(
        await send(
          v,
          'Mutation',
          `mutation ($id: ID!) { attachDocument(caseId: $id, document: { code: "no-such-document", fileNames: ["a.jpg"] }) { id } }`,
          { id: world.cases[variant as CaseKey].id },
        ),
      ) ?? 'written!',
    'Mutation.createApiKey': async (v, variant) => {
      const unit =
        variant === 'kabupaten'
          ? world.units['Dinas Pendidikan Kabupaten Klaten']
          : world.units['Dinas Pendidikan Provinsi Jawa Tengah'];
      const res = await send(
        v,
        'Mutation',
        `mutation ($unit: ID!) { createApiKey(orgUnitId: $unit, name: "SIM uji matriks", expiresAt: "2027-01-31T00:00:00Z")
          ${fullSelection(schema, 'CreatedApiKey')} }`,
        { unit },
      );
      return codeOf(res) ?? 'ok';
    },
    'Mutation.login': async (v) =>
      codeOf(
        await send(
          v,
          'Mutation',
          `mutation { login(username: "kader.gombang", password: "posyandu-demo-2026") ${fullSelection(schema, 'AuthPayload')} }`,
        ),
      ) ?? 'ok',
    'Mutation.logout': async (v) => {
      const res = await send(v, 'Mutation', `mutation { logout }`, {}, await v.fresh());
      return codeOf(res) ?? (res.data?.logout === true ? 'ok' : 'nil');
    },
    'Mutation.markNotificationsRead': async (v) =>
      codeOf(await send(v, 'Mutation', `mutation { markNotificationsRead(ids: []) }`)) ?? 'ok',
    'Mutation.performAction': async (v, variant) =>
      codeOf(
        await send(
          v,
          'Mutation',
          `mutation ($id: ID!, $a: String!, $v: Int!) { performAction(caseId: $id, action: $a, expectedVersion: $v) { id } }`,
          { id: world.cases[variant as CaseKey].id, a: NEXT_ACTION[variant as CaseKey], v: await versionOf(variant) },
        ),
      ) ?? 'written!',
    'Mutation.recordVisit': async (v, variant) =>
      codeOf(
        await send(
          v,
          'Mutation',
          `mutation ($id: ID!, $at: DateTimeISO!) { recordVisit(caseId: $id, visit: { kind: HOME, visitedAt: $at,
            participants: "Petugas", findings: "x", recommendation: ELIGIBLE }) { id } }`,
          { id: world.cases[variant as CaseKey].id, at: '2026-12-01T01:00:00Z' },
        ),
      ) ?? 'written!',
    'Mutation.refreshToken': async (v) =>
      codeOf(
        await send(
          v,
          'Mutation',
          `mutation { refreshToken ${fullSelection(schema, 'AuthPayload')} }`,
          {},
          await v.fresh(),
        ),
      ) ?? 'ok',
    'Mutation.registerCase': async (v, variant) => {
      const input =
        variant === 'trantibumlinmas'
          ? { sectorId: 'trantibumlinmas', serviceType: 'fire', applicant: { name: 'Darto' }, description: 'x' }
          : {
              sectorId: 'pendidikan',
              serviceType: 'basic-education-cost-aid',
              orgUnitId: world.units[variant === 'posyandu-gombang' ? 'Posyandu Gombang' : 'Posyandu Pogung'],
              applicant: { name: 'Siti Aminah' },
              description: 'x',
            };
      return (
        codeOf(
          await send(v, 'Mutation', `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`, {
            input,
          }),
        ) ?? 'written!'
      );
    },
    'Mutation.removeHoliday': async (v, variant) => {
      let id = world.foreignHolidayId;
      if (variant === 'kabupaten') {
        const admin = viewers.find((x) => x.id === 'admin') as Viewer;
        const added = await admin.client.request<{ addHoliday: { id: string } }>(
          `mutation ($date: String!) { addHoliday(input: { date: $date, kind: REGIONAL, nameId: "Libur", nameEn: "Day off",
            legalBasis: "Perbup", areaCode: "33.10" }) { id } }`,
          { date: nextHolidayDate() },
        );
        id = added.addHoliday.id;
      }
      const res = await send(v, 'Mutation', `mutation ($id: ID!) { removeHoliday(id: $id) }`, { id });
      return codeOf(res) ?? (res.data?.removeHoliday === true ? 'ok' : 'nf');
    },
    'Mutation.reviewDocument': async (v, variant) =>
      codeOf(
        await send(
          v,
          'Mutation',
          `mutation ($id: ID!) { reviewDocument(caseId: $id, code: "no-such-document", status: VALID) { id } }`,
          { id: world.cases[variant as CaseKey].id },
        ),
      ) ?? 'written!',
    'Mutation.revokeApiKey': async (v, variant) => {
      const res = await send(
        v,
        'Mutation',
        `mutation ($id: ID!) { revokeApiKey(id: $id) ${fullSelection(schema, 'ApiKey')} }`,
        {
          id: variant === 'kabupaten' ? world.spareApiKeyId : world.foreignApiKeyId,
        },
      );
      return codeOf(res) ?? 'ok';
    },
    // Loading 2025 again with its own legal basis changes no deadline; it records the admin as who loaded it.
    'Mutation.loadCalendarYear': async (v) =>
      codeOf(
        await send(
          v,
          'Mutation',
          `mutation ($b: String!) { loadCalendarYear(year: 2025, legalBasis: $b) ${fullSelection(schema, 'CalendarYear')} }`,
          { b: legalBasis2025 },
        ),
      ) ?? 'ok',
    // 2099 is not loaded: the call is harmless and answers false.
    'Mutation.unloadCalendarYear': async (v) =>
      codeOf(await send(v, 'Mutation', `mutation { unloadCalendarYear(year: 2099) }`)) ?? 'ok',
    // Probed with an expiry in the past: an admin of the key's kabupaten reaches input checking, nothing is made.
    'Mutation.rotateApiKey': async (v, variant) =>
      codeOf(
        await send(
          v,
          'Mutation',
          `mutation ($id: ID!) { rotateApiKey(id: $id, expiresAt: "2020-01-01T00:00:00Z") ${fullSelection(schema, 'CreatedApiKey')} }`,
          { id: variant === 'kabupaten' ? world.spareApiKeyId : world.foreignApiKeyId },
        ),
      ) ?? 'written!',
    'Mutation.setCutiBersamaPolicy': async (v, variant) =>
      codeOf(
        await send(v, 'Mutation', `mutation ($k: String!) { setCutiBersamaPolicy(kabupatenCode: $k, dayOff: true) }`, {
          k: variant === 'kabupaten' ? '33.10' : '33.11',
        }),
      ) ?? 'ok',
  };

  /** NOT_FOUND only when answered exactly as for an id that does not exist (the same errors); else `nf≠missing`. */
  async function notFoundAsMissing(
    v: Viewer,
    res: GraphQLResponse<Record<string, unknown>>,
    query: string,
    missing: Record<string, unknown>,
  ): Promise<string> {
    const code = codeOf(res);
    if (code !== 'nf') return code ?? 'ok';
    const none = await v.client.raw<Record<string, unknown>>(query, missing);
    const shape = (r: GraphQLResponse<Record<string, unknown>>) =>
      JSON.stringify({
        data: r.data ?? null,
        errors: r.errors?.map((e) => ({ message: e.message, code: e.extensions?.code })),
      });
    return shape(none) === shape(res) ? 'nf' : 'nf≠missing';
  }

  /**
   * A probe of an open-day operation on a session or visit (`idKey` names its variable): the outcome, with
   * NOT_FOUND compared to an id that does not exist. `writes`: the call the policy lets through repeats what
   * the open day already holds (ok); otherwise it must stop at input checking, and a success is `written!`.
   */
  const openDayProbe =
    (
      root: 'Query' | 'Mutation',
      query: () => string,
      variables: (variant: string) => Record<string, unknown>,
      idKey: string,
      writes = true,
    ): Probe =>
    async (v, variant) => {
      const vars = variables(variant);
      const res = await send(v, root, query(), vars);
      const outcome = await notFoundAsMissing(v, res, query(), { ...vars, [idKey]: randomUUID() });
      return outcome === 'ok' && !writes && !res.errors?.length ? 'written!' : outcome;
    };
  const visitSelection = () => fullSelection(schema, 'KesehatanOpenDayVisit');
  const visitMutation = (name: string, args: string, params: string) => () =>
    `mutation ($v: ID!${params}) { ${name}(visitId: $v${args}) ${visitSelection()} }`;
  const BOARD_CHANGED = () =>
    `subscription ($s: ID!) { kesehatanOpenDayBoardChanged(sessionId: $s) ${fullSelection(schema, 'KesehatanOpenDayBoard')} }`;

  const OPEN_DAY_PROBES: Record<string, Probe> = {
    'Query.kesehatanOpenDays': async (v) => {
      const res = await send(
        v,
        'Query',
        `query ($p: ID!) { kesehatanOpenDays(posyanduId: $p) ${fullSelection(schema, 'KesehatanOpenDaySession')} }`,
        { p: world.openDay.posyanduId },
      );
      const sessions = res.data?.kesehatanOpenDays as Array<{ id: string }> | undefined;
      return codeOf(res) ?? (sessions?.some((s) => s.id === world.openDay.sessionId) ? 'ok' : 'nf');
    },
    'Query.kesehatanOpenDaysInReach': async (v) => {
      const res = await send(
        v,
        'Query',
        `query { kesehatanOpenDaysInReach ${fullSelection(schema, 'KesehatanOpenDaySession')} }`,
        {},
      );
      const sessions = res.data?.kesehatanOpenDaysInReach as Array<{ id: string }> | undefined;
      return codeOf(res) ?? (sessions?.some((s) => s.id === world.openDay.sessionId) ? 'ok' : 'nf');
    },
    'Query.kesehatanOpenDayVocabulary': async (v) => {
      const res = await send(
        v,
        'Query',
        `query { kesehatanOpenDayVocabulary ${fullSelection(schema, 'KesehatanOpenDayVocabulary')} }`,
        {},
      );
      const vocabulary = res.data?.kesehatanOpenDayVocabulary as { targetGroups: unknown[] } | undefined;
      return codeOf(res) ?? (vocabulary?.targetGroups.length === 7 ? 'ok' : 'empty');
    },
    // Kecamatan Cawas, which contains Desa Gombang.
    'Query.kesehatanAreaRecap': async (v) =>
      codeOf(
        await send(
          v,
          'Query',
          // Each row's recap: a few fields (the full recap per row exceeds the cost limit; every recap field is
          // probed through kesehatanOpenDayRecap), its per-child lines included.
          `query ($m: String!, $a: String!) { kesehatanAreaRecap(month: $m, areaCode: $a) { areaCode month
            totals ${fullSelection(schema, 'KesehatanAreaRecapTotals')}
            rows { posyanduId posyanduName desaCode recap { period visitors followUpOutcomes { personName } } } } }`,
          { m: world.openDay.month, a: '33.10.05' },
        ),
      ) ?? 'ok',
    'Query.kesehatanAbsentees': openDayProbe(
      'Query',
      () => `query ($s: ID!) { kesehatanAbsentees(sessionId: $s) ${fullSelection(schema, 'KesehatanAbsentee')} }`,
      () => ({ s: world.openDay.sessionId }),
      's',
    ),
    'Query.kesehatanOpenDayBoard': openDayProbe(
      'Query',
      () =>
        `query ($s: ID!) { kesehatanOpenDayBoard(sessionId: $s) ${fullSelection(schema, 'KesehatanOpenDayBoard')} }`,
      () => ({ s: world.openDay.sessionId }),
      's',
    ),
    'Query.kesehatanOpenDayRecap': openDayProbe(
      'Query',
      () =>
        `query ($s: ID!) { kesehatanOpenDayRecap(sessionId: $s) ${fullSelection(schema, 'KesehatanOpenDayRecap')} }`,
      () => ({ s: world.openDay.sessionId }),
      's',
    ),
    'Query.kesehatanMonthlyRecap': openDayProbe(
      'Query',
      () =>
        `query ($p: ID!, $m: String!) { kesehatanMonthlyRecap(posyanduId: $p, month: $m) ${fullSelection(schema, 'KesehatanOpenDayRecap')} }`,
      (variant) => ({ p: world.openDay.posyanduId, m: variant === 'gombang' ? world.openDay.month : '2026-10' }),
      'p',
    ),
    // The same day opened again returns it (another kader's phone).
    'Mutation.kesehatanOpenDay': async (v) =>
      codeOf(
        await send(
          v,
          'Mutation',
          `mutation ($d: String!, $p: ID) { kesehatanOpenDay(date: $d, posyanduId: $p) ${fullSelection(schema, 'KesehatanOpenDaySession')} }`,
          { d: world.openDay.date, p: world.openDay.posyanduId },
        ),
      ) ?? 'ok',
    // A plan too short: input checking, after the policy.
    'Mutation.kesehatanCloseOpenDay': openDayProbe(
      'Mutation',
      () =>
        `mutation ($s: ID!) { kesehatanCloseOpenDay(sessionId: $s, followUpPlan: "x") ${fullSelection(schema, 'KesehatanOpenDaySession')} }`,
      () => ({ s: world.openDay.sessionId }),
      's',
      false,
    ),
    'Mutation.kesehatanSetFollowUpPlan': openDayProbe(
      'Mutation',
      () =>
        `mutation ($s: ID!) { kesehatanSetFollowUpPlan(sessionId: $s, followUpPlan: "x") ${fullSelection(schema, 'KesehatanOpenDaySession')} }`,
      () => ({ s: world.openDay.sessionId }),
      's',
      false,
    ),
    // A date of birth after the open day: checked against the session, after the policy.
    'Mutation.kesehatanRegisterVisitor': openDayProbe(
      'Mutation',
      () =>
        `mutation ($s: ID!, $input: KesehatanRegisterVisitorInput!) { kesehatanRegisterVisitor(sessionId: $s, input: $input) ${visitSelection()} }`,
      () => ({
        s: world.openDay.sessionId,
        input: {
          person: { name: 'Sumarni', nik: '3310055708560001' },
          targetGroup: 'ELDERLY',
          birthDate: '2026-12-31',
        },
      }),
      's',
      false,
    ),
    // A negative weight: the growth module refuses it, after the policy.
    'Mutation.kesehatanRecordMeasurement': openDayProbe(
      'Mutation',
      visitMutation('kesehatanRecordMeasurement', ', input: $input', ', $input: KesehatanMeasurementInput!'),
      () => ({ v: world.openDay.toddlerVisitId, input: { ...STUNTED_GIRL, weightKg: -1 } }),
      'v',
      false,
    ),
    'Mutation.kesehatanRecordRecording': openDayProbe(
      'Mutation',
      visitMutation('kesehatanRecordRecording', ', note: $note', ', $note: String'),
      () => ({ v: world.openDay.toddlerVisitId, note: OPEN_DAY_INPUTS.recordingNote }),
      'v',
    ),
    'Mutation.kesehatanRecordHealthService': openDayProbe(
      'Mutation',
      visitMutation('kesehatanRecordHealthService', ', input: $input', ', $input: KesehatanHealthServiceInput!'),
      (variant) =>
        variant === 'immunisation'
          ? { v: world.openDay.pregnantVisitId, input: OPEN_DAY_INPUTS.pregnantServices }
          : { v: world.openDay.toddlerVisitId, input: OPEN_DAY_INPUTS.toddlerServices },
      'v',
    ),
    'Mutation.kesehatanRecordCounselling': openDayProbe(
      'Mutation',
      visitMutation('kesehatanRecordCounselling', ', topics: $topics', ', $topics: [String!]!'),
      () => ({ v: world.openDay.toddlerVisitId, topics: OPEN_DAY_INPUTS.toddlerTopics }),
      'v',
    ),
    // To the table she is at (done).
    'Mutation.kesehatanMoveVisitor': openDayProbe(
      'Mutation',
      visitMutation('kesehatanMoveVisitor', ', station: DONE', ''),
      () => ({ v: world.openDay.toddlerVisitId }),
      'v',
    ),
    // The live board: its first answer (the board now), or the coded refusal before the stream starts.
    'Subscription.kesehatanOpenDayBoardChanged': async (v) => {
      const outcomeOf = async (sessionId: string) => {
        const sub = t.subscribe<Record<string, unknown>>(v.client.token, BOARD_CHANGED(), { s: sessionId });
        const got = await sub.waitFor(1, 10_000);
        await sub.close();
        return { sub, got };
      };
      const { sub, got } = await outcomeOf(world.openDay.sessionId);
      for (const notice of got) v.observed.record('Subscription', notice);
      if (sub.errors.length) {
        const code = codeOf({ status: 200, errors: sub.errors[0] });
        if (code !== 'nf') return code ?? 'ok';
        const none = await outcomeOf(randomUUID());
        return JSON.stringify(none.sub.errors) === JSON.stringify(sub.errors) ? 'nf' : 'nf≠missing';
      }
      if (sub.closeCode === 4403 && v.id === 'anon') return 'ua';
      if (sub.closeCode !== null && !got.length) return `closed ${sub.closeCode}`;
      return got.length ? 'ok' : 'silent';
    },
  };
  /** The toddler of the open day, as a person (the visit's `person_id`). */
  let toddlerPersonId: string | undefined;
  const toddler = async () =>
    (toddlerPersonId ??= (
      await t.sql.query<{ person_id: string }>('select person_id from kesehatan_open_day_visit where id = $1', [
        world.openDay.toddlerVisitId,
      ])
    ).rows[0]!.person_id);
  const PERSON_HISTORY = () =>
    `query ($p: ID!) { kesehatanPersonHistory(personId: $p) ${fullSelection(schema, 'KesehatanPersonHistory')} }`;
  Object.assign(OPEN_DAY_PROBES, {
    'Query.kesehatanPersonHistory': async (v, variant) => {
      const p = await toddler();
      return openDayProbe('Query', PERSON_HISTORY, () => ({ p }), 'p')(v, variant);
    },
    // The chart that changes table at 24 months, so every row field (measure too) has a value.
    'Query.kesehatanGrowthReference': async (v) =>
      codeOf(
        await send(
          v,
          'Query',
          `query { kesehatanGrowthReference(indicator: LENGTH_HEIGHT_FOR_AGE, sex: FEMALE) ${fullSelection(schema, 'KesehatanGrowthReference')} }`,
        ),
      ) ?? 'ok',
  } satisfies Record<string, Probe>);
  Object.assign(PROBES, OPEN_DAY_PROBES);

  /** Operations that change what others see (holidays, keys): run after every other probe. */
  const LATE = new Set([
    'Mutation.addHoliday',
    'Mutation.loadCalendarYear',
    'Mutation.unloadCalendarYear',
    'Mutation.removeHoliday',
    'Mutation.setCutiBersamaPolicy',
    'Mutation.revokeApiKey',
  ]);

  /** The live probes: one subscription of each kind per viewer, replaying every event of the run. */
  async function runSubscriptions(): Promise<void> {
    const caseSubs = new Map<
      ViewerId,
      TestSubscription<{ caseEvents: { caseId: string; case: { identityRedacted: boolean } } }>
    >();
    const notificationSubs = new Map<
      ViewerId,
      TestSubscription<{ notificationAdded: { notifications: Array<{ id: string }> } }>
    >();
    const tokenOf = (v: Viewer) => v.client.token;
    for (const v of viewers) {
      caseSubs.set(
        v.id,
        t.subscribe(
          tokenOf(v),
          `subscription ($after: String) { caseEvents(after: $after)
            ${fullSelection(schema, 'CaseEventNotice', LIVE_SHALLOW)} }`,
          { after: world.firstCursor },
        ),
      );
      notificationSubs.set(
        v.id,
        t.subscribe(
          tokenOf(v),
          `subscription ($after: String) { notificationAdded(after: $after)
            ${fullSelection(schema, 'NotificationNotice', new Set(['Sector', 'ServiceType', 'Case']))} }`,
          { after: world.firstCursor },
        ),
      );
    }
    const expectedNotifications = new Map(
      (
        await t.sql.query<{ username: string; n: number }>(
          'select u.username, count(*)::int as n from notification n join app_user u on u.id = n.user_id group by 1',
        )
      ).rows.map((r) => [r.username, r.n]),
    );
    // Wait until every viewer received the events of every case it reads and all its notifications
    // (it ends as soon as they are in; the bound is generous because CI machines are shared and slow).
    const deadline = Date.now() + 60_000;
    for (const v of viewers) {
      const sub = caseSubs.get(v.id) as TestSubscription<{ caseEvents: { caseId: string } }>;
      const want = CASE_KEYS.filter((k) => reads(v.id, k)).map((k) => world.cases[k].id);
      const nsub = notificationSubs.get(v.id) as TestSubscription<{ notificationAdded: { notifications: unknown[] } }>;
      const wantN = v.id === 'anon' || v.id === 'apikey' ? 0 : (expectedNotifications.get(USERNAMES[v.id]) ?? 0);
      while (Date.now() < deadline) {
        const got = new Set(sub.received.map((n) => n.caseEvents.caseId));
        const gotN = nsub.received.reduce((s, n) => s + n.notificationAdded.notifications.length, 0);
        if (want.every((id) => got.has(id)) && gotN >= wantN) break;
        if (sub.errors.length || sub.closeCode !== null) break;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    // A moment more for anything that should not arrive at all.
    await new Promise((r) => setTimeout(r, 500));
    for (const v of viewers) {
      const sub = caseSubs.get(v.id) as TestSubscription<{
        caseEvents: { caseId: string; case: { identityRedacted: boolean } };
      }>;
      const nsub = notificationSubs.get(v.id) as TestSubscription<{ notificationAdded: { notifications: unknown[] } }>;
      for (const notice of sub.received) v.observed.record('Subscription', notice);
      for (const notice of nsub.received) v.observed.record('Subscription', notice);
      const failed = (s: TestSubscription<unknown>) =>
        s.errors.length
          ? codeOf({ status: 200, errors: s.errors[0] })
          : // Without credentials the socket is closed at connection_init with 4403: not authenticated.
            s.closeCode === 4403 && v.id === 'anon'
            ? 'ua'
            : s.closeCode !== null
              ? `closed ${s.closeCode}`
              : null;
      for (const k of CASE_KEYS) {
        const notices = sub.received.filter((n) => n.caseEvents.caseId === world.cases[k].id);
        const outcome = failed(sub as TestSubscription<unknown>) ?? caseOutcome(notices.at(-1)?.caseEvents.case);
        store(`Subscription.caseEvents @${k}`, v.id, outcome);
      }
      store('Subscription.notificationAdded', v.id, failed(nsub as TestSubscription<unknown>) ?? 'ok');
      await sub.close();
      await nsub.close();
    }
  }

  function store(label: string, viewer: ViewerId, outcome: string): void {
    results.set(label, { ...(results.get(label) ?? {}), [viewer]: outcome });
  }

  async function runMatrix(): Promise<void> {
    // The core's live probes run together in runSubscriptions; a plugin's subscription has a probe of its own.
    const rows = operations.filter((r) => !CORE_LIVE.has(r.name));
    const run = async (subset: Row[]) => {
      await Promise.all(
        viewers.map(async (v) => {
          for (const row of subset) {
            const probe = PROBES[row.name];
            if (!probe) continue;
            store(row.label, v.id, await probe(v, row.variant));
          }
        }),
      );
    };
    await run(rows.filter((r) => !LATE.has(r.name)));
    await runSubscriptions();
    // The admin's changes last, one viewer at a time (they recompute deadlines of open cases).
    for (const row of rows.filter((r) => LATE.has(r.name))) {
      for (const v of viewers) store(row.label, v.id, await (PROBES[row.name] as Probe)(v, row.variant));
    }
  }

  it('the matrix has a row for every operation of the schema, and a probe for every row', () => {
    const inTable = new Set(operations.map((r) => r.name));
    expect([...inTable].sort(), 'operations without a row, or rows of operations that do not exist').toEqual(
      surface.operations,
    );
    const probed = new Set([...Object.keys(PROBES), ...CORE_LIVE]);
    expect(
      surface.operations.filter((o) => !probed.has(o)),
      'operations without a probe',
    ).toEqual([]);
  });

  it('the matrix has a policy for every field of every type the operations reach', () => {
    expect([...fields.keys()].sort(), 'fields without a policy, or policies of fields that do not exist').toEqual(
      surface.fields,
    );
    const known = /^(public|auth|login|notified|admin|reader|sensitive|openday|recap|arearecap|case@\w+|any@\w+)$/;
    expect([...fields].filter(([, p]) => !known.test(p))).toEqual([]);
    const covered = new Set(sensitive.map((r) => r.name));
    expect(
      [...fields].filter(([f, p]) => p === 'sensitive' && !covered.has(f)).map(([f]) => f),
      'sensitive fields without a per-role row in SENSITIVE',
    ).toEqual([]);
  });

  it('every operation answers each viewer as the matrix says, in its own and in other jurisdictions', () => {
    const wrong = operations.flatMap((r) =>
      VIEWERS.filter((v) => results.get(r.label)?.[v] !== r.cells[v]).map(
        (v) => `${r.label} for ${v}: expected ${r.cells[v]}, got ${results.get(r.label)?.[v]}`,
      ),
    );
    expect(wrong).toEqual([]);
  });

  it('every field of the schema was asked for and received by some viewer', () => {
    const received = new Set(viewers.flatMap((v) => [...v.observed.fields.keys()]));
    expect(
      surface.fields.filter((f) => !received.has(f)),
      'fields no probe received',
    ).toEqual([]);
  });

  it('each field reaches exactly the viewers its policy names', () => {
    const problems: string[] = [];
    const readsAny = (v: ViewerId) => CASE_KEYS.some((k) => reads(v, k));
    for (const [field, policy] of fields) {
      for (const v of viewers) {
        const seen = v.observed.of(field).length > 0;
        let want: boolean | null = null;
        if (policy === 'public') want = true;
        else if (policy === 'auth') want = v.id !== 'anon';
        else if (policy === 'login') want = v.id !== 'apikey';
        else if (policy === 'notified') want = NOTIFIED.includes(v.id);
        else if (policy === 'admin') want = v.id === 'admin';
        else if (policy === 'reader') want = readsAny(v.id);
        else if (policy === 'openday') want = answers('Query.kesehatanOpenDayBoard @gombang', v.id);
        else if (policy === 'recap') want = answers('Query.kesehatanOpenDayRecap @gombang', v.id);
        else if (policy === 'arearecap') want = answers('Query.kesehatanAreaRecap @cawas', v.id);
        else if (policy.startsWith('case@')) {
          const k = policy.slice(5) as CaseKey;
          const seenHere = v.observed.of(field, k).length > 0;
          if (seenHere !== reads(v.id, k)) problems.push(`${field} (${policy}) for ${v.id}: received ${seenHere}`);
        }
        if (want !== null && seen !== want) problems.push(`${field} (${policy}) for ${v.id}: received ${seen}`);
      }
      if (policy.startsWith('any@')) {
        const k = policy.slice(4) as CaseKey;
        if (!viewers.some((v) => v.observed.of(field, k).length > 0)) problems.push(`${field} (${policy}): nobody`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('nothing of a case reaches a viewer who cannot read it, through any operation, field or nesting', () => {
    const leaks: string[] = [];
    for (const v of viewers) {
      for (const [field, list] of v.observed.fields) {
        for (const o of list) {
          if (o.caseKey === null) continue;
          if (!CASE_KEYS.includes(o.caseKey as CaseKey) || !reads(v.id, o.caseKey as CaseKey)) {
            leaks.push(`${v.id} received ${field} of ${o.caseKey}`);
          }
        }
      }
    }
    expect([...new Set(leaks)]).toEqual([]);
  });

  it('personal and confidential data: each role receives exactly what the matrix says, on every copy', () => {
    const problems: string[] = [];
    const extract = (value: unknown, path: string[]): unknown[] => {
      if (!path.length) return [value];
      const [head, ...rest] = path;
      if (value === undefined) return [undefined];
      if (value === null) return [null];
      if (head === '*') return Array.isArray(value) ? value.flatMap((x) => extract(x, rest)) : [];
      return extract((value as Record<string, unknown>)[head as string], rest);
    };
    const matches = (cls: string, value: unknown, label: string): boolean => {
      switch (cls) {
        case 'full': {
          const real = VALUES[label];
          return real === undefined
            ? value !== null && value !== undefined
            : JSON.stringify(value) === JSON.stringify(real);
        }
        case 'mask':
          return typeof value === 'string' && /^\d{4}•{8}\d{4}$/.test(value);
        case 'null':
          return value === null;
        case '[]':
          return Array.isArray(value) && value.length === 0;
        case 'seen':
          return value !== null && value !== undefined && !(Array.isArray(value) && !value.length);
        case 'true':
          return value === true;
        case 'false':
          return value === false;
        default:
          return false;
      }
    };
    for (const row of sensitive) {
      const caseKey = row.variant.split('/')[0] as CaseKey;
      const path = (row.extra[0] ?? '').split('.');
      for (const v of viewers) {
        const cls = row.cells[v.id];
        let values: unknown[];
        if (row.name === 'Notification.case') {
          values = v.observed
            .of('Notification.case')
            .filter((o) => o.value === null || world.caseKeys.get((o.value as { id: string }).id) === caseKey)
            .map((o) => o.value);
        } else if (row.name.startsWith('KesehatanOpenDayRecap.')) {
          // Every recap (of the day, of the month) the viewer received.
          values = (v.observed.objects.get('KesehatanOpenDayRecap') ?? [])
            .flatMap((o) => extract(o, path))
            .filter((x) => x !== undefined);
        } else if (row.name.startsWith('Kesehatan')) {
          // Every copy of the open-day visit the viewer received, wherever it came from.
          const visitId =
            caseKey === ('pregnant' as string) ? world.openDay.pregnantVisitId : world.openDay.toddlerVisitId;
          values = (v.observed.objects.get('KesehatanOpenDayVisit') ?? [])
            .filter((o) => o.id === visitId)
            .flatMap((o) => extract(o, path))
            .filter((x) => x !== undefined);
        } else {
          const copies = v.observed.cases.get(caseKey) ?? [];
          // A list path ending on `*.x`, when the list is empty on some copy, gives that copy nothing to check.
          values = copies.flatMap((c) =>
            cls === '[]' && path.at(-1) === 'id' ? [extract(c, path.slice(0, -2))[0]] : extract(c, path),
          );
          values = values.filter((x) => x !== undefined);
        }
        if (cls === '-') {
          if (values.length)
            problems.push(`${row.label} ${row.extra[0]} for ${v.id}: received ${JSON.stringify(values[0])}`);
          continue;
        }
        if (!values.length)
          problems.push(`${row.label} ${row.extra[0]} for ${v.id}: nothing received, expected ${cls}`);
        // `seen`: something is there (a list path may hold empty entries, e.g. events without a note).
        const wrong =
          cls === 'seen'
            ? values.some((x) => matches(cls, x, row.label))
              ? undefined
              : values[0]
            : values.find((x) => !matches(cls, x, row.label));
        if (wrong !== undefined)
          problems.push(`${row.label} ${row.extra[0]} for ${v.id}: ${JSON.stringify(wrong)} is not ${cls}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('a viewer from whom the reporter is withheld finds no trace of them anywhere in anything it received', () => {
    for (const v of viewers.filter((x) => byViewerCase(operations, x.id, 'complaint') !== 'ok')) {
      const text = JSON.stringify(v.observed.bodies);
      // Not the phone: the Kesehatan fixture gives the health case's mother the same number.
      const traces = [
        reporter.name,
        reporter.nik,
        reporter.address,
        COMPLAINT_DOCUMENT_NOTE,
        COMPLAINT_FILE_NAME,
        'identitas-pelapor.jpg',
      ];
      for (const trace of traces) {
        expect(text, `${v.id} received "${trace}"`).not.toContain(trace);
      }
    }
  });

  it('the open day’s visitors leave no trace with anyone the matrix does not give them to', () => {
    const people = Object.values(OPEN_DAY_PEOPLE);
    const board = (v: ViewerId) => answers('Query.kesehatanOpenDayBoard @gombang', v);
    for (const v of viewers) {
      const text = JSON.stringify(v.observed.bodies);
      // The pregnant woman is in no case: only the board's readers know of her.
      const traces = board(v.id)
        ? []
        : reads(v.id, 'openday')
          ? [OPEN_DAY_PEOPLE.pregnant.name, OPEN_DAY_PEOPLE.pregnant.nik]
          : people.flatMap((p) => [p.name, p.nik]);
      // The health workers read the board with every NIK masked.
      if (board(v.id) && v.id !== 'kader') traces.push(...people.map((p) => p.nik));
      for (const trace of traces) expect(text, `${v.id} received "${trace}"`).not.toContain(trace);
    }
  });

  it('live notifications reach only their own user', async () => {
    const rows = await t.sql.query<{ username: string; id: string }>(
      'select u.username, n.id from notification n join app_user u on u.id = n.user_id',
    );
    for (const v of viewers) {
      const own = rows.rows.filter((r) => v.id !== 'anon' && v.id !== 'apikey' && r.username === USERNAMES[v.id]);
      const got = v.observed.of('Notification.id').map((o) => o.value);
      expect(new Set(got), v.id).toEqual(new Set(own.map((r) => r.id)));
    }
  });
});

/**
 * Sasaran for every jenis pelayanan dasar in every desa of the matrix's cases, imported by the
 * kabupaten admin (one history line each), so every recap reader reads some and the admin their
 * history. Returns the file's header and first row.
 */
async function matrixTargets(
  t: TestServer,
  installed: Awaited<ReturnType<typeof loadInstalledPlugins>>,
): Promise<string> {
  const desa = await t.sql.query<{ code: string }>(
    `select distinct a.code from spm_case c join area a on a.code = c.area_code
      where a.level = 'DESA' and a.code like '33.10.%' order by a.code`,
  );
  const rows = desa.rows.flatMap((d) =>
    installed.flatMap((m) =>
      (m.plugin.spmServices ?? []).filter((s) => s.spm).map((s) => `2026,${d.code},${m.plugin.id},${s.id},40`),
    ),
  );
  const header = 'tahun,kode_desa,sektor,jenis_pelayanan,sasaran';
  const admin = await t.as('admin.klaten');
  await admin.request(
    `mutation ($csv: String!) { importSpmTargets(format: "CSV", content: $csv, fileName: "pendataan-matriks.csv") { changed } }`,
    { csv: [header, ...rows].join('\n') },
  );
  return `${header}\n${rows[0]}`;
}

/**
 * The matrix's webhook endpoint (for the education OPD), made before the world so its events fan out
 * to it; the deliveries fail against a closed port and are logged, which the delivery probes read.
 */
async function matrixWebhook(t: TestServer): Promise<string> {
  const admin = await t.as('admin.klaten');
  const unit = await t.sql.query<{ id: string }>(
    `select id from org_unit where name = 'Dinas Pendidikan Kabupaten Klaten'`,
  );
  const created = await admin.request<{ createWebhookEndpoint: { endpoint: { id: string } } }>(
    `mutation ($unit: ID!) { createWebhookEndpoint(orgUnitId: $unit, url: "http://127.0.0.1:9/matriks", description: "SIM matriks") {
      endpoint { id } } }`,
    { unit: unit.rows[0]?.id },
  );
  return created.createWebhookEndpoint.endpoint.id;
}
