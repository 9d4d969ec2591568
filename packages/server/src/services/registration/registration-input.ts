import type { PluginRegistry, ResolvedServiceType, SpmPlugin } from '@posyandu-spm/core';
import { parseInput, registrationSchema, type RegistrationValues } from '@posyandu-spm/core/intake';
import type { RegisterCaseInput } from '../case-registration.service.js';

type Schema = ReturnType<typeof registrationSchema>;

/** One schema per service type and registry, built on first use (zod compiles a schema on its first parse). */
const schemas = new WeakMap<PluginRegistry, Map<string, Schema>>();

function schemaFor(registry: PluginRegistry, plugin: SpmPlugin, type: ResolvedServiceType): Schema {
  let byType = schemas.get(registry);
  if (!byType) schemas.set(registry, (byType = new Map()));
  const key = `${plugin.id}/${type.id}`;
  let schema = byType.get(key);
  if (!schema) {
    schema = registrationSchema({
      identityOptional: Boolean(plugin.reporterIdentityOptional),
      kkRequired: Boolean(type.applicantKkRequired),
      facts: type.facts,
      requirements: type.requirements,
    });
    byType.set(key, schema);
  }
  return schema;
}

/**
 * Checks every field of a registration at once against the service type's schema
 * (core/intake, shared with the console) and returns the clean values, or throws
 * VALIDATION_FAILED naming each bad field.
 */
export function checkRegistration(
  registry: PluginRegistry,
  plugin: SpmPlugin,
  type: ResolvedServiceType,
  input: RegisterCaseInput,
): RegistrationValues {
  return parseInput(schemaFor(registry, plugin, type), input);
}
