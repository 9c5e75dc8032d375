import type { Measure, Meeting, NextMeeting } from '@leitbild-monitor/shared/contracts';
import { APIRequestContext, expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support/axe';
import { createMeasure, unique } from './support/measure-fixtures';
import { adminApi, signInAs } from './support/users';

/** The calendar day (YYYY-MM-DD) `days` after the server's today in Berlin, the installation's time zone. */
function berlinDayAfter(now: string, days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(now));
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function serverNow(api: APIRequestContext): Promise<string> {
  const response = await api.get('/api/v1/meetings/next');
  expect(response.status()).toBe(200);
  return ((await response.json()) as NextMeeting).now;
}

test.describe('meetings', () => {
  test('an editor schedules a meeting, changes it and takes its reporting date, which links the report', async ({
    page,
  }) => {
    await signInAs(page, 'editor');
    const api = await adminApi();
    const day = berlinDayAfter(await serverNow(api), 40);
    await api.dispose();
    const title = unique('E2E-Sitzung Integrationsrat');

    await page.goto('/meetings');
    await expect(page.getByRole('heading', { level: 1, name: 'Sitzungen' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Sitzungen' })).toBeVisible();
    const form = page.getByTestId('meeting-form');
    await form.getByLabel('Gremium').selectOption({ label: 'Integrationsrat' });
    await form.getByLabel('Titel').fill(title);
    await form.getByLabel('Link zum Ratsinformationssystem').fill('javascript:alert(1)');
    await form.getByRole('button', { name: 'Sitzung anlegen' }).click();
    // The form names what is missing and what is wrong before anything is sent.
    await expect(form.getByText('Bitte ausfüllen.')).toBeVisible();
    await expect(form.getByText('Bitte eine vollständige Adresse mit http:// oder https:// eingeben.')).toBeVisible();
    await form.getByLabel('Beginn').fill(`${day}T18:00`);
    await form.getByLabel('Ort').fill('Rathaus Harburg');
    await form
      .getByLabel('Link zum Ratsinformationssystem')
      .fill('https://ratsinfo.example.org/si0057.php?__ksinr=4711');
    await form.getByRole('button', { name: 'Sitzung anlegen' }).click();
    await expect(page.getByTestId('meeting-created')).toContainText(title);
    await expect(page.getByTestId('meetings-upcoming').getByRole('link', { name: title })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByTestId('meetings-upcoming').getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByTestId('meeting-place-text')).toHaveText('Rathaus Harburg');
    const edit = page.getByTestId('meeting-edit-form');
    await edit.getByLabel('Ort').fill('Bürgerzentrum Feuervogel');
    await edit.getByRole('button', { name: 'Änderungen speichern' }).click();
    await expect(page.getByTestId('meeting-saved')).toBeVisible();
    await expect(page.getByTestId('meeting-place-text')).toHaveText('Bürgerzentrum Feuervogel');

    await page.getByRole('button', { name: 'Stichtag für diese Sitzung anlegen' }).click();
    const reportLink = page.getByTestId('meeting-report-link');
    await expect(reportLink).toContainText(title);
    await expect(reportLink).toContainText(day);
    await expectNoAccessibilityViolations(page);
    await reportLink.click();
    await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  });

  test('the overview names the next meeting and the days until it, counted from the server’s date', async ({
    page,
  }) => {
    const api = await adminApi();
    try {
      const day = berlinDayAfter(await serverNow(api), 12);
      const title = unique('E2E-Nächste Sitzung');
      const created = await api.post('/api/v1/meetings', {
        data: { body: 'Bezirksversammlung', title, startsAt: `${day}T12:00:00Z` },
      });
      expect(created.status(), await created.text()).toBe(201);
      const meeting = (await created.json()) as Meeting;
      const next = (await (await api.get('/api/v1/meetings/next')).json()) as NextMeeting;
      expect(next.meeting?.id).toBe(meeting.id);
      expect(next.days).toBe(12);
    } finally {
      await api.dispose();
    }
    await signInAs(page, 'viewer');
    await page.goto('/overview');
    await expect(page.getByTestId('overview-next-meeting')).toContainText(
      /Nächste Sitzung in 12 Tagen: E2E-Nächste Sitzung/,
    );
    await expectNoAccessibilityViolations(page);
  });

  test('a measure page lists its council papers with their links, and the register filters by reference', async ({
    page,
  }) => {
    const reference = `BV-${Date.now().toString(36)}`;
    const { measure } = await createMeasure({
      councilPapers: [
        {
          reference: '21-1234',
          title: 'Integrationskonzept Harburg',
          date: '2026-05-12',
          url: 'https://ratsinfo.example.org/vo020.php?VOLFDNR=1234',
        },
        { reference },
      ],
    });
    expect((measure as Measure).councilPapers).toHaveLength(2);
    await signInAs(page, 'viewer');
    await page.goto(`/measures/${measure.id}`);
    const papers = page.getByTestId('measure-council-papers');
    await expect(papers.getByRole('heading', { name: 'Drucksachen und Beschlüsse' })).toBeVisible();
    const link = papers.getByRole('link', { name: /21-1234/ });
    await expect(link).toHaveAttribute('href', 'https://ratsinfo.example.org/vo020.php?VOLFDNR=1234');
    await expect(papers).toContainText('Integrationskonzept Harburg');
    await expect(papers).toContainText(reference);
    await expectNoAccessibilityViolations(page);

    await page.goto('/measures');
    const filter = page.getByLabel('Drucksache');
    await filter.fill(reference.toLowerCase());
    await filter.press('Enter');
    await expect(page).toHaveURL(new RegExp(`councilPaper=${reference.toLowerCase()}`));
    await expect(page.getByRole('link', { name: measure.title })).toBeVisible();
    await expect(page.getByTestId('result-count')).toHaveText(/^\s*1 Maßnahme\b/);
    await expectNoAccessibilityViolations(page);
  });

  test('an editor names council papers in the measure form and sees them on the measure page', async ({ page }) => {
    const { measure } = await createMeasure({ councilPapers: [{ reference: '20-0815' }] });
    const reference = `DS-${Date.now().toString(36)}`;
    await signInAs(page, 'editor');
    await page.goto(`/measures/${measure.id}/edit`);
    const papers = page.getByRole('group', { name: 'Drucksachen und Beschlüsse' });
    await expect(papers.getByLabel('Nummer')).toHaveValue('20-0815');

    await papers.getByRole('button', { name: 'Drucksache hinzufügen' }).click();
    const second = papers.getByRole('group', { name: 'Drucksache 2' });
    await expect(second.getByLabel('Nummer')).toBeFocused();
    await second.getByLabel('Nummer').fill(reference);
    await second.getByLabel('Titel').fill('Bericht an die Bezirksversammlung');
    await second.getByLabel('Datum').fill('2026-06-02');
    await second.getByLabel('Link').fill('ratsinfo.example.org/vo020.php');
    await page.getByTestId('measure-submit').click();
    // Checked before sending, at the entry's input and in the summary, which names the entry.
    await expect(second.getByText('Bitte eine vollständige Adresse mit http:// oder https:// eingeben.')).toBeVisible();
    await expect(page.getByTestId('form-errors')).toContainText('Drucksache 2, Link');
    await expectNoAccessibilityViolations(page);

    await second.getByLabel('Link').fill('https://ratsinfo.example.org/vo020.php?VOLFDNR=2000');
    await papers.getByRole('button', { name: 'Entfernen: Drucksache 1 (20-0815)' }).click();
    await expect(papers.getByRole('group', { name: /^Drucksache \d$/ })).toHaveCount(1);
    const patch = page.waitForRequest((request) => request.method() === 'PATCH');
    await page.getByTestId('measure-submit').click();

    expect((await patch).postDataJSON()).toEqual({
      councilPapers: [
        {
          reference,
          title: 'Bericht an die Bezirksversammlung',
          date: '2026-06-02',
          url: 'https://ratsinfo.example.org/vo020.php?VOLFDNR=2000',
        },
      ],
    });
    await expect(page).toHaveURL(new RegExp(`/measures/${measure.id}$`));
    const shown = page.getByTestId('measure-council-papers');
    await expect(shown.getByRole('link', { name: new RegExp(reference) })).toHaveAttribute(
      'href',
      'https://ratsinfo.example.org/vo020.php?VOLFDNR=2000',
    );
    await expect(shown).toContainText('Bericht an die Bezirksversammlung');
    await expect(shown).not.toContainText('20-0815');
    await expectNoAccessibilityViolations(page);
  });

  test('an administrator keeps the meeting bodies: adds, renames, and learns why one in use cannot be deleted', async ({
    page,
  }) => {
    // The default session is the administrator's.
    const name = unique('E2E-Ausschuss');
    await page.goto('/admin/users');
    await page.getByTestId('admin-nav').getByRole('link', { name: 'Gremien' }).click();
    await expect(page).toHaveURL(/\/admin\/meeting-bodies$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Gremien' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'Integrationsrat', exact: true })).toBeVisible();

    const create = page.getByTestId('meeting-body-create');
    await create.getByLabel('Name des Gremiums').fill(name);
    await create.getByRole('button', { name: 'Gremium hinzufügen' }).click();
    await expect(page.getByTestId('meeting-bodies-status')).toHaveText(`Das Gremium „${name}“ wurde angelegt.`);
    await expect(page.getByRole('rowheader', { name })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    const renamed = `${name} (neu)`;
    await page.getByRole('button', { name: `Umbenennen: ${name}` }).click();
    await page.getByLabel(`Neuer Name für „${name}“`).fill(renamed);
    await page.getByRole('button', { name: 'Namen speichern' }).click();
    await expect(page.getByRole('rowheader', { name: renamed })).toBeVisible();

    // A meeting names the body: deleting it is refused and explained.
    const api = await adminApi();
    let meetingId: string;
    try {
      const day = berlinDayAfter(await serverNow(api), 50);
      const created = await api.post('/api/v1/meetings', {
        data: { body: renamed, title: unique('E2E-Ausschusssitzung'), startsAt: `${day}T16:00:00Z` },
      });
      expect(created.status(), await created.text()).toBe(201);
      meetingId = ((await created.json()) as Meeting).id;
    } finally {
      await api.dispose();
    }
    await page.reload();
    await page.getByRole('button', { name: `Löschen: ${renamed}` }).click();
    await page.getByRole('button', { name: `„${renamed}“ löschen` }).click();
    const problem = page.getByTestId('meeting-body-delete-problem');
    await expect(problem).toContainText(
      `„${renamed}“ kann nicht gelöscht werden: 1 Sitzung(en) nennen dieses Gremium.`,
    );
    await expect(problem).toBeFocused();
    await expectNoAccessibilityViolations(page);

    const cleanup = await adminApi();
    try {
      expect((await cleanup.delete(`/api/v1/meetings/${meetingId}`)).status()).toBe(204);
    } finally {
      await cleanup.dispose();
    }
    await page.getByRole('button', { name: `Löschen: ${renamed}` }).click();
    await page.getByRole('button', { name: `„${renamed}“ löschen` }).click();
    await expect(page.getByTestId('meeting-bodies-status')).toHaveText(`Das Gremium „${renamed}“ wurde gelöscht.`);
    await expect(page.getByRole('rowheader', { name: renamed })).toHaveCount(0);
  });
});
