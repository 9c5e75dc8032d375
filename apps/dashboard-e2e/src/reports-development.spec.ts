import type { ReportingDevelopment, ReportingFigures } from '@leitbild-monitor/shared/contracts';
import { MEASURE_STATUSES } from '@leitbild-monitor/shared/contracts';
import { expect, Locator, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support/axe';
import { createMeasure, unique } from './support/measure-fixtures';
import { adminApi, signInAs } from './support/users';
import { expectChartDrawn } from './support/charts';

const de = (value: number) => new Intl.NumberFormat('de-DE').format(value);
const dePercent = (value: number | null): string =>
  value === null
    ? 'unbekannt'
    : new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 })
        .format(value / 100)
        .replace(/\s/g, ' ');
const deDate = (date: string) =>
  new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
/** The cells of a table row as the page shows them, with non-breaking spaces as plain ones, joined by spaces. */
const cells = async (row: Locator) =>
  (await row.locator('th, td').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim()).join(' ');

/** A row of the status chart's table as the page writes it: date, each status, total, overdue. */
const statusRow = (date: string, figures: ReportingFigures) =>
  [
    deDate(date),
    ...MEASURE_STATUSES.map((status) => de(figures.byStatus[status])),
    de(figures.total),
    de(figures.overdue),
  ]
    .join(' ')
    .trim();

test.describe('Entwicklung über die Stichtage', () => {
  test('a council member sees every reporting date with measures per status and mean progress, overall and per field', async ({
    page,
  }) => {
    // Two reporting dates of its own (others' tests may add more): dated by the server's clock, never the runner's.
    await createMeasure({ title: unique('Entwicklungs-Maßnahme') }, 'in_progress');
    const api = await adminApi();
    let development: ReportingDevelopment;
    try {
      const summary = (await (await api.get('/api/v1/dashboard/summary')).json()) as { timeline: { to: string } };
      for (const name of [unique('Integrationsrat, Sitzung A'), unique('Integrationsrat, Sitzung B')]) {
        const created = await api.post('/api/v1/reporting-dates', { data: { name, date: summary.timeline.to } });
        expect(created.status(), await created.text()).toBe(201);
      }
      const answer = await api.get('/api/v1/reporting-dates/development');
      expect(answer.status()).toBe(200);
      development = (await answer.json()) as ReportingDevelopment;
    } finally {
      await api.dispose();
    }
    expect(development.points.length).toBeGreaterThanOrEqual(2);

    await signInAs(page, 'viewer');
    await page.goto('/reports');
    const section = page.getByTestId('development');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText('Entwicklung über die Stichtage');
    const statusChart = section.getByTestId('development-status-chart');
    await expectChartDrawn(statusChart.getByTestId('chart-canvas'));
    await expectChartDrawn(section.getByTestId('development-progress-chart').getByTestId('chart-canvas'));

    // The sentence names the first date and the count of dates.
    const first = development.points[0];
    await expect(statusChart.getByTestId('chart-summary')).toContainText(
      `Seit dem ${deDate(first.reportingDate.date)} (${de(development.points.length)} Stichtage)`,
    );

    // The table: one row per reporting date with every status, the total and overdue, as the API gives them.
    await statusChart.getByTestId('chart-table-toggle').click();
    const rows = statusChart.getByTestId('chart-table-row');
    await expect(rows).toHaveCount(development.points.length);
    const last = development.points[development.points.length - 1];
    expect(await cells(rows.last())).toBe(statusRow(last.reportingDate.date, last.summary));
    const progressChart = section.getByTestId('development-progress-chart');
    await progressChart.getByTestId('chart-table-toggle').click();
    expect(await cells(progressChart.getByTestId('chart-table-row').last())).toBe(
      `${deDate(last.reportingDate.date)} ${dePercent(last.summary.meanProgress)} ${de(last.summary.progressBasis)}`,
    );
    await expectNoAccessibilityViolations(page);

    // One field of action: its own figures in the same table.
    const field = development.fieldsOfAction[0];
    await section.getByLabel('Handlungsfeld', { exact: true }).selectOption(field.fieldOfActionId);
    await expect(section.getByRole('heading', { level: 3 }).first()).toHaveText(
      `Maßnahmen nach Status je Stichtag – ${field.name}`,
    );
    await expect(rows).toHaveCount(development.points.length);
    await expect.poll(() => cells(rows.last())).toBe(statusRow(last.reportingDate.date, last.fieldsOfAction[0]));
    await expectNoAccessibilityViolations(page);
  });
});
