/**
 * @posyandu-spm/testing — boots the real server (real PostgreSQL) with the
 * plugins you choose, and talks GraphQL to it as any demo role.
 */
export { startTestServer, TestClock, type TestServer, type TestServerOptions } from './test-server.js';
export { GraphQLClient, GraphQLRequestError, type GraphQLErrorBody, type GraphQLResponse } from './graphql-client.js';
export {
  createTestDatabase,
  adminUrl,
  databaseUrl,
  dropDatabase,
  recreateDatabase,
  templateDatabase,
} from './database.js';
export { subscribe, TestSubscription } from './subscription-client.js';
export {
  caseOperations,
  caseSteps,
  type CaseOperations,
  type CaseRef,
  type CaseSteps,
  type CaseStepsOptions,
  type RefusalCode,
} from './case-steps.js';
export { startServerProcess, type ServerProcess, type ServerProcessOptions } from './server-process.js';
export { fixedPort } from './fixed-port.js';
export { startS3Server, type TestS3Server } from './s3-server.js';
export {
  startWebhookReceiver,
  verifyStandardWebhook,
  type ReceivedWebhook,
  type TestWebhookReceiver,
} from './webhook-receiver.js';
export {
  startWhatsAppApi,
  type ApprovedTemplate,
  type ReceivedWhatsApp,
  type TestWhatsAppApi,
  type WhatsAppFailure,
  type WhatsAppRequest,
} from './whatsapp-cloud-api.js';
export { startSmsGateway, type ReceivedSms, type TestSmsGateway } from './sms-gateway.js';
export { outcomeCounts, unitId, type OutcomeCounts } from './outcome-report.js';
export {
  describeVillageOpdOutcomes,
  villageVerification,
  type OutcomeCase,
  type ScenarioRunner,
  type VillageOpdOutcomeOptions,
} from './village-opd-outcomes.js';
