import { z } from 'zod';
import { ORG_UNIT_KINDS, ROLES } from '../identity/roles.js';
import { PENERIMA_CATEGORIES } from './spm-services.js';
import { CASE_OUTCOMES, DECLINE_REASONS, SETTLEMENT_KINDS } from '../workflow/outcomes.js';

/** Structural schema of a plugin definition; semantic checks live in validate-plugins.ts. */
const id = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be lower-kebab-case');
const text = z.object({ id: z.string().min(1), en: z.string().min(1) });

const fact = z.object({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'must be camelCase'),
  label: text,
  type: z.enum(['text', 'number', 'boolean', 'date', 'choice', 'locations']),
  required: z.boolean(),
  options: z.array(z.object({ value: z.string().min(1), label: text })).optional(),
  maxLength: z.number().int().positive().optional(),
  format: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('personName') }),
      z.object({ kind: z.literal('digits'), length: z.number().int().min(1).max(40) }),
    ])
    .optional(),
  maxItems: z.number().int().positive().optional(),
});

const guard = z.discriminatedUnion('type', [
  z.object({ type: z.literal('documentsComplete'), codes: z.array(id).min(1).optional() }),
  z.object({ type: z.literal('documentsVerified'), codes: z.array(id).min(1).optional() }),
  z.object({ type: z.literal('visitRecorded'), kind: z.enum(['HOME', 'FIELD']) }),
]);

const spmTarget = z.object({ service: z.string().min(1), penerima: z.enum(PENERIMA_CATEGORIES) });
const spmMapping = z.union([
  spmTarget,
  z.object({ byFact: z.string().min(1), targets: z.record(z.string(), spmTarget) }),
]);

const effect = z.discriminatedUnion('type', [z.object({ type: z.literal('assign'), route: z.string() })]);

export const pluginSchema = z.object({
  id,
  name: text,
  description: text.optional(),
  version: z.string().regex(/^\d+\.\d+\.\d+(-[\w.]+)?$/, 'must be semver, e.g. 1.0.0'),
  requiresCoreApi: z.string().regex(/^\d+\.\d+$/, 'must be major.minor, e.g. 1.0'),
  intakeUnitKinds: z.array(z.enum(ORG_UNIT_KINDS)).min(1).optional(),
  intakeRoles: z.array(z.enum(ROLES)).min(1).optional(),
  confidentialReporter: z.boolean().optional(),
  reporterIdentityOptional: z.boolean().optional(),
  documents: z.array(
    z.object({
      code: id,
      label: text,
      description: text.optional(),
      minFiles: z.number().int().min(1),
      maxFiles: z.number().int().min(1),
    }),
  ),
  serviceTypes: z
    .array(
      z.object({
        id,
        name: text,
        description: text.optional(),
        documents: z.array(z.object({ code: z.string(), required: z.boolean() })),
        facts: z.array(fact),
        applicantKkRequired: z.boolean().optional(),
        confidentialBeneficiaries: z.boolean().optional(),
        areaReaders: z
          .object({
            roles: z.array(z.enum(ROLES).refine((r) => r !== 'ADMIN', 'an admin reads no case')).min(1),
            recordVisits: z.boolean().optional(),
          })
          .optional(),
        spm: spmMapping.optional(),
        priorCaseWarning: z
          .object({
            outcome: z.enum(CASE_OUTCOMES),
            serviceTypes: z.array(z.string()).optional(),
            message: text,
          })
          .optional(),
      }),
    )
    .min(1, 'a plugin needs at least one service type'),
  spmServices: z.array(z.object({ id, name: text, basis: z.string().min(1), spm: z.boolean() })).optional(),
  workflow: z.object({
    initialState: z.string(),
    anonymousIntakeState: z.string().optional(),
    states: z
      .array(
        z.object({
          id,
          label: text,
          citizenLabel: text,
          terminal: z.object({ outcome: z.enum(CASE_OUTCOMES) }).optional(),
          pausesClock: z.boolean().optional(),
          allowsVisits: z.boolean().optional(),
        }),
      )
      .min(2, 'a workflow needs at least two states'),
    actions: z.array(
      z.object({
        id,
        label: text,
        from: z.array(z.string()).min(1, 'an action needs at least one source state'),
        to: z.string(),
        roles: z.array(z.enum(ROLES)),
        serviceTypes: z.array(z.string()).min(1).optional(),
        guards: z.array(guard).optional(),
        effects: z.array(effect).optional(),
        requiresReason: z.boolean().optional(),
        requiresNote: z.boolean().optional(),
        declineReasons: z.array(z.enum(DECLINE_REASONS)).min(1).optional(),
        settlementKinds: z.array(z.enum(SETTLEMENT_KINDS)).min(1).optional(),
      }),
    ),
  }),
  routes: z.array(
    z.object({
      id,
      label: text,
      unitKind: z.enum(ORG_UNIT_KINDS),
      service: z.string().min(1).optional(),
    }),
  ),
});
