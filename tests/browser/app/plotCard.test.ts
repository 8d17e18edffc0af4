/**
 * The plot card's data table: absent from the page until opened (a streaming plot then costs no
 * table layout), then listing the first points of each series under the plot's axis labels.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import PlotCard from '../../../src/app/components/PlotCard.svelte';

describe('PlotCard data table', () => {
  it('builds the table only while it is open', async () => {
    const data = { lines: [{ x: [1, 2, 3], y: [10, 20, 30], label: 'ramp' }, { x: [1, 2], y: [5, 6], label: 'flat' }] };
    await render(PlotCard, { name: 'p', data, options: { title: 'Test plot', xLabel: 'time (s)', yLabel: 'size (m)' } });
    await expect.element(page.getByRole('img', { name: 'Test plot' })).toBeInTheDocument();
    expect(document.querySelector('table')).toBeNull();
    await page.getByText('Data table').click();
    const table = page.getByRole('table', { name: 'Data of Test plot (first points of each series)' });
    await expect.element(table).toBeInTheDocument();
    expect([...table.element().querySelectorAll('th')].map((th) => th.textContent)).toEqual(['Series', 'time (s)', 'size (m)']);
    const rows = [...table.element().querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([
      ['ramp', '1', '10'],
      ['ramp', '2', '20'],
      ['ramp', '3', '30'],
      ['flat', '1', '5'],
      ['flat', '2', '6'],
    ]);
    await page.getByText('Data table').click();
    await expect.poll(() => document.querySelector('table')).toBeNull();
  });
});
