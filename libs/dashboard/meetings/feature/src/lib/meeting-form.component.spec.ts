import { TestBed } from '@angular/core/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import type { CreateMeetingRequest, MeetingBody } from '@leitbild-monitor/shared/contracts';
import { MeetingFormComponent } from './meeting-form.component';

const BODIES: MeetingBody[] = [
  { id: 'b1', name: 'Integrationsrat', position: 0, meetingCount: 0 },
  { id: 'b2', name: 'Bezirksversammlung', position: 1, meetingCount: 2 },
];

describe('MeetingFormComponent', () => {
  async function render() {
    TestBed.configureTestingModule({ providers: [provideI18nTesting()] });
    const fixture = TestBed.createComponent(MeetingFormComponent);
    fixture.componentRef.setInput('bodies', BODIES);
    fixture.componentRef.setInput('submitLabel', 'Sitzung anlegen');
    const saved: CreateMeetingRequest[] = [];
    fixture.componentInstance.save.subscribe((request) => saved.push(request));
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const input = (testId: string, value: string) => {
      const control = element.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement | HTMLSelectElement;
      control.value = value;
      control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
    };
    const submit = async () => {
      (element.querySelector('[data-testid="meeting-save"]') as HTMLButtonElement).click();
      await fixture.whenStable();
    };
    return { fixture, element, input, submit, saved };
  }

  it('names the missing fields and a link that is not http(s), and sends nothing', async () => {
    const { element, input, submit, saved } = await render();
    input('meeting-url', 'javascript:alert(1)');
    await submit();
    expect(saved).toEqual([]);
    const errors = [...element.querySelectorAll('.field__error')].map((node) => node.textContent?.trim());
    // Title and start are required; the body has its first entry chosen.
    expect(errors).toEqual([
      expect.stringContaining('Bitte ausfüllen.'),
      expect.stringContaining('Bitte ausfüllen.'),
      expect.stringContaining('https://'),
    ]);
    const title = element.querySelector('[data-testid="meeting-title"]') as HTMLInputElement;
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(title.getAttribute('aria-describedby')).toBe('meeting-title-error');
  });

  it('sends the body, trimmed texts and the start with the browser’s offset', async () => {
    const { input, submit, saved } = await render();
    input('meeting-body', 'b2');
    input('meeting-title', '  Bezirksversammlung Harburg ');
    input('meeting-starts-at', '2027-03-13T18:00');
    input('meeting-place', ' ');
    input('meeting-url', 'https://ratsinfo.example.org/si0057.php');
    await submit();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      body: 'b2',
      title: 'Bezirksversammlung Harburg',
      place: null,
      url: 'https://ratsinfo.example.org/si0057.php',
    });
    expect(saved[0].startsAt).toMatch(/^2027-03-13T18:00:00[+-]\d{2}:\d{2}$/);
    expect(new Date(saved[0].startsAt).getTime()).toBe(new Date('2027-03-13T18:00').getTime());
  });
});
