import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import type { TaskItem, TaskKind, TaskList } from '@leitbild-monitor/shared/contracts';
import { TASK_KINDS } from '@leitbild-monitor/shared/contracts';
import { TasksPageComponent } from './tasks-page.component';

const task = (fields: Partial<TaskItem>): TaskItem => ({
  kind: 'overdue',
  key: 'k',
  measureId: 'm1',
  indicatorId: null,
  meetingId: null,
  title: 'Sprachcafé',
  link: '/measures/m1',
  dueDate: '2027-02-20',
  items: [],
  ...fields,
});

/** The counts per kind of these tasks (`more` adds tasks the list leaves out). */
const totalsOf = (items: TaskItem[], more: Partial<Record<TaskKind, number>> = {}): Record<TaskKind, number> =>
  Object.fromEntries(
    TASK_KINDS.map((kind) => [kind, items.filter((item) => item.kind === kind).length + (more[kind] ?? 0)]),
  ) as Record<TaskKind, number>;

describe('TasksPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(list: TaskList) {
    const fixture = TestBed.createComponent(TasksPageComponent);
    http.expectOne('/api/v1/me/tasks').flush(list);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('groups the tasks by kind under headings with their count, each a link, meetings with their measures', async () => {
    const items = [
      task({ key: 'a' }),
      task({ key: 'b', kind: 'stale', title: 'Lotsen', link: '/measures/m2', dueDate: null }),
      task({
        key: 'c',
        kind: 'meeting_upcoming',
        title: 'Integrationsrat: 12. Sitzung',
        link: '/meetings/g1',
        items: [{ measureId: 'm1', title: 'Sprachcafé', link: '/measures/m1', reason: 'overdue' }],
      }),
    ];
    const element = await render({ total: 3, items, totals: totalsOf(items) });
    const headings = [...element.querySelectorAll('h2')].map((heading) => heading.textContent?.trim());
    expect(headings).toEqual([
      'Geplantes Ende überschritten (1)',
      'Lange nicht aktualisiert (1)',
      'Vor der nächsten Sitzung aktualisieren (1)',
    ]);
    const links = [...element.querySelectorAll('a')].map((link) => [
      link.textContent?.trim(),
      link.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Sprachcafé', '/measures/m1'],
      ['Lotsen', '/measures/m2'],
      ['Integrationsrat: 12. Sitzung', '/meetings/g1'],
      ['Sprachcafé', '/measures/m1'],
    ]);
    expect(element.querySelector('[data-testid="tasks-meeting_upcoming"] li li')?.textContent).toContain('überfällig');
    expect(element.querySelector('[data-testid="tasks-more"]')).toBeNull();
  });

  it('names the count of all tasks of a kind when the list shows only the most pressing', async () => {
    const items = [task({ key: 'a', kind: 'stale' }), task({ key: 'b', kind: 'stale', title: 'Lotsen' })];
    const element = await render({ total: 12_346, items, totals: totalsOf(items, { stale: 12_344 }) });
    expect(element.querySelector('h2')?.textContent?.trim()).toBe('Lange nicht aktualisiert (12.346)');
    expect(element.querySelectorAll('[data-testid="task"]')).toHaveLength(2);
    expect(element.querySelector('[data-testid="tasks-more"]')?.textContent?.trim()).toBe(
      'Hier stehen die 2 dringendsten von 12.346.',
    );
  });

  it('says when there is nothing to do', async () => {
    const element = await render({ total: 0, items: [], totals: totalsOf([]) });
    expect(element.querySelector('[data-testid="tasks-empty"]')?.textContent).toBe('Zurzeit ist nichts zu erledigen.');
  });
});
