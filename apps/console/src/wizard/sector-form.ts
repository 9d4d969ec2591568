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
  label: BilingualText;
  options: { value: string; label: BilingualText }[];
}

export interface ServiceTypeView {
  id: string;
  name: BilingualText;
  description?: BilingualText | null;
  documents: RequirementView[];
  questions: QuestionView[];
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
