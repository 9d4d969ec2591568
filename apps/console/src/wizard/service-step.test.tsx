// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '../i18n/i18n';
import '../test/setup';
import { emptyDraft, factsForServer, type CaseDraft } from './draft';
import type { ServiceTypeView } from './sector-form';
import { ServiceStep } from './service-step';
import { problemsByField, stepProblems } from './step-checks';

const elderly: ServiceTypeView = {
  id: 'lansia-terlantar',
  name: { id: 'Lansia terlantar', en: 'Neglected elderly person' },
  documents: [],
  questions: [
    {
      id: 'livesAlone',
      type: 'boolean',
      required: true,
      label: { id: 'Tinggal sendiri', en: 'Lives alone' },
      options: [],
    },
  ],
};

const context = { sectorChosen: true, reporterIdentityOptional: false, serviceType: elderly };
const fieldsWrong = (draft: CaseDraft) => stepProblems(1, draft, context).map((p) => p.field);

function Step({ locale, onDraft }: { locale: Locale; onDraft(draft: CaseDraft): void }) {
  const [draft, setDraft] = useState<CaseDraft>({
    ...emptyDraft(),
    serviceTypeId: elderly.id,
    description: 'Mbah Sastro tinggal di gubuk.',
  });
  return (
    <I18nProvider initial={locale}>
      <ServiceStep
        serviceTypes={[elderly]}
        draft={draft}
        problems={problemsByField(stepProblems(1, draft, context))}
        showAll={false}
        update={(patch) => {
          const next = { ...draft, ...patch };
          setDraft(next);
          onDraft(next);
        }}
      />
    </I18nProvider>
  );
}

describe('a yes/no question of the service step', () => {
  it.each([
    ['id', 'Tidak', 'Ya'],
    ['en', 'No', 'Yes'],
  ] as const)(
    'offers both answers (%s); "no" is an answer the step accepts and sends as false',
    async (locale, no, yes) => {
      const user = userEvent.setup();
      let draft: CaseDraft | null = null;
      render(<Step locale={locale} onDraft={(d) => (draft = d)} />);
      const question = screen.getByRole('group', {
        name: new RegExp(locale === 'id' ? 'Tinggal sendiri' : 'Lives alone'),
      });
      expect(question).toBeTruthy();
      // Unanswered, the required question holds the step (the server's rule: a yes/no must be answered).
      expect(
        fieldsWrong({ ...emptyDraft(), serviceTypeId: elderly.id, description: 'Mbah Sastro tinggal di gubuk.' }),
      ).toEqual(['facts.livesAlone']);

      await user.click(screen.getByRole('radio', { name: no }));
      expect(draft!.facts.livesAlone).toBe(false);
      expect(fieldsWrong(draft!)).toEqual([]);
      expect(factsForServer(draft!.facts, elderly.questions)).toEqual({ livesAlone: false });

      await user.click(screen.getByRole('radio', { name: yes }));
      expect(draft!.facts.livesAlone).toBe(true);
    },
  );
});
