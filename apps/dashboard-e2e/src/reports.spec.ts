import type {
  DashboardSummary,
  Measure,
  ReportingChanges,
  ReportingDate,
  ReportingReport,
} from '@leitbild-monitor/shared/contracts';
import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support/axe';
import { createMeasure, unique } from './support/measure-fixtures';
import { adminApi, signInAs } from './support/users';

/** The server's today (UTC), which decides which reporting dates lie in the future. */
async function serverToday(): Promise<string> {
  const api = await adminApi();
  try {
    const summary = (await (await api.get('/api/v1/dashboard/summary')).json()) as DashboardSummary;
    return summary.timeline.to;
  } finally {
    await api.dispose();
  }
}
const de = (value: number) => new Intl.NumberFormat('de-DE').format(value);
const dePercent = (value: number): string =>
  new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
/** Text as the page shows it, with non-breaking spaces as plain ones. */
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

async function changeStatus(measure: Measure, status: string): Promise<Measure> {
  const api = await adminApi();
  try {
    const response = await api.post(`/api/v1/measures/${measure.id}/status`, {
      data: { status, note: null },
      headers: { 'If-Match': `"${measure.version}"` },
    });
    expect(response.status(), await response.text()).toBe(200);
    return (await response.json()) as Measure;
  } finally {
    await api.dispose();
  }
}

test.describe('Berichte und Stichtage', () => {
  test('an editor freezes a reporting date; after a status change the comparison with today lists exactly that change', async ({
    page,
  }) => {
    const { measure } = await createMeasure({ title: unique('Stichtag-Maßnahme') }, 'planned');
    await signInAs(page, 'editor');
    await page.goto('/overview');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Berichte' }).click();
    await expect(page).toHaveURL(/\/reports$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Berichte');
    await expect(page).toHaveTitle('Berichte – Leitbild-Monitor');

    // Missing input is named at the field, and the field gets the focus.
    await page.getByRole('button', { name: 'Stand festhalten' }).click();
    await expect(page.getByTestId('create-name')).toBeFocused();
    await expect(page.getByTestId('create-name-error')).toHaveText('Bitte ausfüllen.');
    await expect(page.getByTestId('create-date-error')).toHaveText('Bitte ausfüllen.');

    const name = unique('Integrationsrat, Sitzung');
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Stichtag', { exact: true }).fill(await serverToday());
    await page.getByLabel('Stichtag', { exact: true }).press('Enter');
    await expect(page.getByTestId('reports-status')).toContainText(`Stichtag „${name}“ festgehalten`);
    const row = page.getByTestId('reporting-date-row').filter({ hasText: name });
    await expect(row).toHaveCount(1);
    const id = (await row.getAttribute('data-id')) ?? '';
    expect(id).not.toBe('');

    await changeStatus(measure, 'in_progress');

    await page.getByLabel('Seit', { exact: true }).selectOption(id);
    await page.getByLabel('Bis', { exact: true }).selectOption('current');
    await page.getByRole('button', { name: 'Vergleichen' }).click();
    await expect(page).toHaveURL(new RegExp(`/reports\\?since=${id}&to=current$`));

    const changes = page.getByTestId('changes');
    await expect(changes.getByTestId('changes-intro')).toContainText(`Von „${name}“`);
    await expect(changes.getByTestId('change')).toHaveCount(1);
    const statusChanges = changes.getByTestId('changes-status');
    await expect(statusChanges.getByRole('heading')).toHaveText('Statuswechsel (1)');
    await expect(statusChanges.getByTestId('change-measure')).toHaveText(measure.title);
    await expect(statusChanges.getByTestId('change-measure')).toHaveAttribute('href', `/measures/${measure.id}`);
    await expect(statusChanges.getByTestId('change-detail')).toHaveText('– von Geplant nach In Umsetzung');

    // The page shows what the API answers for the same comparison.
    const api = (await (
      await page.request.get(`/api/v1/reporting-dates/current/changes`, { params: { since: id } })
    ).json()) as ReportingChanges;
    expect(api.statusChanges.map((change) => [change.measure.measureId, change.from, change.to])).toEqual([
      [measure.id, 'planned', 'in_progress'],
    ]);
    await expectNoAccessibilityViolations(page);

    // A shared link opens the same comparison.
    await page.goto(`/reports?since=${id}&to=current`);
    await expect(page.getByTestId('changes').getByTestId('change')).toHaveCount(1);
  });

  test('the printable report shows the figures of the report JSON, prints without navigation and with the data table, and its PDF answers as application/pdf', async ({
    page,
  }) => {
    // The PDF is drawn on the server (pdfkit), with a table per field of action for the development across
    // reporting dates: 10–13 s on a machine shared with other builds, on top of the page's own steps.
    test.slow();
    const api = await adminApi();
    let reportingDate: ReportingDate;
    try {
      const created = await api.post('/api/v1/reporting-dates', {
        data: { name: unique('Bezirksversammlung'), date: await serverToday() },
      });
      expect(created.status(), await created.text()).toBe(201);
      reportingDate = (await created.json()) as ReportingDate;
    } finally {
      await api.dispose();
    }
    const report = (await (
      await page.request.get(`/api/v1/reporting-dates/${reportingDate.id}/report`)
    ).json()) as ReportingReport;

    await page.goto('/reports');
    const row = page.getByTestId('reporting-date-row').filter({ hasText: reportingDate.name });
    await row.getByTestId('report-link').click();
    await expect(page).toHaveURL(new RegExp(`/reports/${reportingDate.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(reportingDate.name);

    const figure = (testId: string) => page.getByTestId(testId).locator('dd');
    await expect(figure('report-figure-total')).toHaveText(de(report.summary.total));
    await expect(figure('report-figure-in-progress')).toHaveText(de(report.summary.byStatus.in_progress));
    await expect(figure('report-figure-completed')).toHaveText(de(report.summary.byStatus.completed));
    await expect(figure('report-figure-overdue')).toHaveText(de(report.summary.overdue));
    // The demo data has measures with a known progress, so the mean is a figure.
    expect(report.summary.meanProgress).not.toBeNull();
    expect(plain(await figure('report-figure-mean-progress').textContent())).toBe(
      plain(dePercent(report.summary.meanProgress as number)),
    );
    await expect(page.getByTestId('report-field')).toHaveCount(report.fieldsOfAction.length);
    await expect(page.getByTestId('report-overdue-row')).toHaveCount(report.overdue.length);
    await expect(page.getByTestId('report-progress').getByTestId('chart-canvas')).toHaveAttribute('role', 'img');
    await expectNoAccessibilityViolations(page);

    // Print: no navigation or buttons, the chart's data table visible.
    const chartTable = page.getByTestId('report-progress').getByTestId('chart-table');
    await expect(chartTable).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(chartTable).toBeVisible();
    await expect(page.getByTestId('report-progress').getByTestId('chart-table-row')).toHaveCount(
      report.fieldsOfAction.length,
    );
    await expect(page.getByTestId('primary-nav')).toBeHidden();
    await expect(page.getByTestId('report-print')).toBeHidden();
    await expect(page.getByTestId('report-figures')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    const pdfHref = (await page.getByTestId('report-pdf').getAttribute('href')) ?? '';
    expect(pdfHref).toBe(`/api/v1/reporting-dates/${reportingDate.id}/report.pdf`);
    const pdf = await page.request.get(pdfHref);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/);
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  test('readers may read reports but not freeze a reporting date', async ({ page }) => {
    await signInAs(page, 'viewer');
    await page.goto('/reports');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Berichte');
    await expect(page.getByTestId('reporting-dates')).toBeVisible();
    await expect(page.getByTestId('reporting-date-form')).toHaveCount(0);
    await expect(page.getByTestId('report-pdf').first()).toHaveAttribute('href', /\/report\.pdf$/);
  });
});
