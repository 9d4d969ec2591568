// @vitest-environment happy-dom
import { ApolloProvider } from '@apollo/client/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { createSchemaClient } from '../test/schema-client';
import '../test/setup';
import { GrowthSection, type GrowthVisit } from './growth-section';

const label = { id: 'Gizi baik', en: 'Normal' };
const point = (chart: GrowthVisit['growthPoints'][number]['chart'], x: number, y: number) => ({
  chart,
  x,
  y,
  zScore: 0.1,
  category: 'NORMAL',
  label,
});
/** Weighed lying at 23 months, standing at 25: one point on each weight-for-length/height table. */
const VISITS: GrowthVisit[] = [
  {
    heldOn: '2026-09-21',
    growthPoints: [point('WEIGHT_FOR_AGE', 23, 11), point('WEIGHT_FOR_LENGTH', 85, 11)],
  },
  {
    heldOn: '2026-11-23',
    growthPoints: [point('WEIGHT_FOR_AGE', 25, 11.5), point('WEIGHT_FOR_HEIGHT', 86.5, 11.5)],
  },
];

function row(x: number) {
  return { x, measure: null, sdNeg3: 8, sdNeg2: 9, median: 11, sd2: 13.5, sd3: 15 };
}

describe('GrowthSection', () => {
  it('asks the server for the chosen chart and sex, and offers both weight-for-length/height tables, newest first', async () => {
    const user = userEvent.setup();
    const asked: string[] = [];
    const client = createSchemaClient({
      kesehatanGrowthReference: ({ indicator, sex }: { indicator: string; sex: string }) => {
        asked.push(`${indicator}/${sex}`);
        const cm = indicator === 'WEIGHT_FOR_LENGTH' || indicator === 'WEIGHT_FOR_HEIGHT';
        return {
          indicator,
          sex,
          xUnit: cm ? 'cm' : 'month',
          yUnit: 'kg',
          rows: (cm ? [80, 85, 90, 95] : [20, 22, 24, 26, 28]).map(row),
        };
      },
    });
    render(
      <I18nProvider initial="id">
        <ApolloProvider client={client}>
          <GrowthSection sex="FEMALE" visits={VISITS} />
        </ApolloProvider>
      </I18nProvider>,
    );
    await screen.findByRole('img', { name: /BB\/U/ });
    expect(asked).toEqual(['WEIGHT_FOR_AGE/FEMALE']);

    await user.selectOptions(screen.getByLabelText('Indikator'), 'WEIGHT_FOR_LENGTH_HEIGHT');
    // The newest measurement was standing after 24 months: BB/TB first, BB/PB on request.
    const table = await screen.findByRole('table', { name: /BB\/TB/ });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(asked.at(-1)).toBe('WEIGHT_FOR_HEIGHT/FEMALE');
    await user.selectOptions(screen.getByLabelText('Tabel'), 'WEIGHT_FOR_LENGTH');
    const lying = await screen.findByRole('table', { name: /BB\/PB/ });
    expect(within(lying).getByRole('cell', { name: '85' })).toBeTruthy();
    expect(asked.at(-1)).toBe('WEIGHT_FOR_LENGTH/FEMALE');
  });
});
