// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '../i18n/i18n';
import '../test/setup';
import type { ReferenceRow } from './chart-scale';
import { GrowthChart, type ChartPoint } from './growth-chart';

/** WHO weight-for-age, girls, 9–15 months (kg at −3, −2, 0, +2, +3 SD; computed from weianthro.txt). */
const ROWS: ReferenceRow[] = [
  { x: 9, measure: null, sdNeg3: 5.9, sdNeg2: 6.6, median: 8.2, sd2: 10.5, sd3: 11.9 },
  { x: 10, measure: null, sdNeg3: 6.1, sdNeg2: 6.8, median: 8.5, sd2: 10.9, sd3: 12.4 },
  { x: 11, measure: null, sdNeg3: 6.3, sdNeg2: 7.0, median: 8.7, sd2: 11.2, sd3: 12.8 },
  { x: 12, measure: null, sdNeg3: 6.3, sdNeg2: 7.0, median: 8.9, sd2: 11.5, sd3: 13.1 },
  { x: 13, measure: null, sdNeg3: 6.6, sdNeg2: 7.3, median: 9.2, sd2: 11.8, sd3: 13.5 },
  { x: 14, measure: null, sdNeg3: 6.7, sdNeg2: 7.5, median: 9.4, sd2: 12.1, sd3: 13.8 },
  { x: 15, measure: null, sdNeg3: 6.9, sdNeg2: 7.7, median: 9.6, sd2: 12.4, sd3: 14.1 },
];
const text = (id: string, en: string) => ({ id, en });
const POINTS: ChartPoint[] = [
  // Between −3 and −2 SD at 12 months: underweight.
  { heldOn: '2026-10-19', x: 12, y: 6.7, zScore: -2.55, label: text('Berat badan kurang', 'Underweight') },
  // Between +2 and +3 SD at 13 months.
  { heldOn: '2026-11-23', x: 13, y: 12.6, zScore: 2.5, label: text('Risiko berat badan lebih', 'Risk of overweight') },
];

function renderChart(locale: Locale = 'id') {
  return render(
    <I18nProvider initial={locale}>
      <GrowthChart title="BB/U" rows={ROWS} points={POINTS} xUnit="month" yUnit="kg" />
    </I18nProvider>,
  );
}

/** The screen y of an SD line at a given screen x, read from the drawn path's vertices. */
function lineYAt(container: HTMLElement, sd: string, x: number): number {
  const d = container.querySelector(`path[data-sd="${sd}"]`)!.getAttribute('d')!;
  const vertices = d
    .split(/[ML]/)
    .filter(Boolean)
    .map((pair) => pair.split(',').map(Number) as [number, number]);
  const vertex = vertices.find(([vx]) => Math.abs(vx - x) < 0.01);
  if (!vertex) throw new Error(`no vertex of ${sd} at x=${x} in ${d}`);
  return vertex[1];
}

describe('GrowthChart', () => {
  it('places a point with z −2.55 between the −3 and −2 curves, and one with z +2.5 between +2 and +3', () => {
    const { container } = renderChart();
    const circles = [...container.querySelectorAll('circle.growth-chart__point')];
    expect(circles).toHaveLength(2);
    const [under, over] = circles.map((c) => ({
      x: Number(c.getAttribute('cx')),
      y: Number(c.getAttribute('cy')),
    })) as [{ x: number; y: number }, { x: number; y: number }];
    // Screen y grows downwards: a lower weight is further down.
    expect(under.y).toBeGreaterThan(lineYAt(container, 'sdNeg2', under.x));
    expect(under.y).toBeLessThan(lineYAt(container, 'sdNeg3', under.x));
    expect(over.y).toBeLessThan(lineYAt(container, 'sd2', over.x));
    expect(over.y).toBeGreaterThan(lineYAt(container, 'sd3', over.x));
    // The child's points are joined by a line, oldest to newest.
    expect(container.querySelector('polyline.growth-chart__child-line')!.getAttribute('points')).toBe(
      `${under.x},${under.y} ${over.x},${over.y}`,
    );
  });

  it('labels the five z-score lines −3, −2, 0, +2, +3 and names the chart for screen readers', () => {
    const { container } = renderChart();
    const labels = [...container.querySelectorAll('text.growth-chart__sd-label')].map((t) => t.textContent);
    expect(labels).toEqual(['+3', '+2', '0', '−2', '−3']);
    expect(screen.getByRole('img', { name: /BB\/U/ })).toBeTruthy();
    const axes = [...container.querySelectorAll('text.growth-chart__axis-label')].map((t) => t.textContent);
    expect(axes).toEqual(['Umur (bulan)', 'Nilai (kg)']);
  });

  it('lists the same points in a table, with the category in words', () => {
    renderChart();
    const table = screen.getByRole('table', { name: 'Titik pada grafik BB/U' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['19 Okt 2026', '12', '6,7', '−2,55', 'Berat badan kurang'],
      ['23 Nov 2026', '13', '12,6', '+2,5', 'Risiko berat badan lebih'],
    ]);
  });

  it('speaks English when asked', () => {
    renderChart('en');
    const table = screen.getByRole('table', { name: 'Points on the BB/U chart' });
    expect(within(table).getByText('Underweight')).toBeTruthy();
    expect(within(table).getByRole('columnheader', { name: 'Age (months)' })).toBeTruthy();
  });
});
