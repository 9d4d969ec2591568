import type { IntakeFact } from '@posyandu-spm/core/intake';
import type { IntakeSectorsQuery, SectorChoiceLabelsQuery, SectorFormQuery } from '../gql/graphql';
import type { BilingualText } from '../i18n/i18n';
import type { RequirementView } from './document-checklist';

export type SectorView = IntakeSectorsQuery['sectors'][number];

export interface QuestionView {
  id: string;
  /** text, number, boolean, date or choice */
  type: string;
  required: boolean;
  maxLength?: number | null;
  /** For text: personName or digits (with `digits`); the server's rules (core/intake) check it. */
  format?: string | null;
  digits?: number | null;
  maxItems?: number | null;
  label: BilingualText;
  options: { value: string; label: BilingualText }[];
}

const FACT_TYPES: readonly IntakeFact['type'][] = ['text', 'number', 'boolean', 'date', 'choice', 'locations'];

/**
 * A question as the shared schemas take it (`factSchema`/`factsSchema` of
 * `@posyandu-spm/core/intake`), so the form checks an answer by the server's own rules.
 */
export function intakeFact(q: QuestionView): IntakeFact {
  const format =
    q.format === 'personName'
      ? ({ kind: 'personName' } as const)
      : q.format === 'digits' && q.digits
        ? ({ kind: 'digits', length: q.digits } as const)
        : null;
  const type = FACT_TYPES.find((t) => t === q.type) ?? 'text';
  return { ...q, type, format };
}

export interface ServiceTypeView {
  id: string;
  name: BilingualText;
  description?: BilingualText | null;
  documents: RequirementView[];
  questions: QuestionView[];
  /** The applicant's KK number is required (the server's `applicantKkRequired`); unknown until the form is read. */
  applicantKkRequired?: boolean;
}

/**
 * Puts a sector's form back together from its three queries. Choice labels come
 * in the same order as the values (both are the plugin's own list); until they
 * arrive a choice shows its value.
 */
export function buildServiceTypes(
  sector: SectorView,
  form: SectorFormQuery['sector'] | undefined,
  labels: SectorChoiceLabelsQuery['sector'] | undefined,
): ServiceTypeView[] {
  return sector.serviceTypes.map((st) => {
    const formType = form?.serviceTypes.find((f) => f.id === st.id);
    const labelType = labels?.serviceTypes.find((l) => l.id === st.id);
    return {
      id: st.id,
      name: st.name,
      description: st.description,
      documents: formType?.documents ?? [],
      applicantKkRequired: formType?.applicantKkRequired ?? false,
      questions: (formType?.questions ?? []).map((q) => {
        const labelled = labelType?.questions.find((l) => l.id === q.id)?.options;
        return {
          ...q,
          options: q.options.map((o, i) => ({
            value: o.value,
            label: labelled?.[i]?.label ?? { id: o.value, en: o.value },
          })),
        };
      }),
    };
  });
}
