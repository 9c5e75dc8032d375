import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { TimelineEntryComponent, ValueChangeComponent } from './timeline-entry.component';

@Component({
  imports: [TimelineEntryComponent, ValueChangeComponent],
  template: `
    <ol>
      <li lbmTimelineEntry [entry]="entry" [isNew]="isNew()" data-testid="entry">
        <p><lbm-value-change [change]="change" /></p>
      </li>
    </ol>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class HostComponent {
  readonly isNew = signal(false);
  readonly entry = { at: '2026-07-20T10:30:00.000Z', by: 'Anna Arslan' };
  readonly change = { field: 'progress', from: 20, to: 40 };
}

describe('TimelineEntryComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideI18nTesting()] }));

  it('says when and by whom, and what changed', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const entry = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="entry"]') as HTMLElement;

    expect(entry.tagName).toBe('LI');
    expect(entry.classList).toContain('timeline__entry');
    expect(entry.querySelector('time')?.getAttribute('datetime')).toBe('2026-07-20T10:30:00.000Z');
    expect(entry.textContent?.replace(/\s+/g, ' ')).toContain('Anna Arslan');
    expect(entry.textContent?.replace(/\s+/g, ' ')).toContain('Fortschritt: 20 % → 40 %');
    expect(entry.querySelector('.badge')).toBeNull();
  });

  it('marks an entry that is new since the last visit by a badge and the class', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.isNew.set(true);
    await fixture.whenStable();
    const entry = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="entry"]') as HTMLElement;

    expect(entry.classList).toContain('timeline__entry--new');
    expect(entry.querySelector('.badge')?.textContent?.trim()).toBeTruthy();
  });
});
