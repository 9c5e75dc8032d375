import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '@leitbild-monitor/dashboard/auth/data-access';
import {
  mayKeepMeetings,
  meetingTimeLabel,
  MeetingsApiService,
} from '@leitbild-monitor/dashboard/meetings/data-access';
import {
  apiProblems,
  LanguageService,
  problemsByField,
  problemText,
  ProblemText,
} from '@leitbild-monitor/dashboard/shared/util-i18n';
import type { CreateMeetingRequest, Meeting, MeetingBody } from '@leitbild-monitor/shared/contracts';
import { MeetingFormComponent, MeetingFormField } from './meeting-form.component';

const FORM_FIELDS: readonly string[] = ['body', 'title', 'startsAt', 'place', 'url'];

/**
 * `/meetings/:id`: one meeting with its body, time, place and link; administrators and editors change or delete it
 * and take the reporting date for it with one action. The meeting links the report of its reporting date.
 */
@Component({
  selector: 'lbm-meeting-page',
  imports: [TranslocoPipe, RouterLink, MeetingFormComponent],
  templateUrl: './meeting-page.component.html',
  styleUrl: './meetings.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeetingPageComponent {
  private readonly api = inject(MeetingsApiService);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService).language;
  protected readonly mayKeep = mayKeepMeetings(inject(AuthService).user());

  /** The route's `:id` (component input binding). */
  readonly id = input.required<string>();

  protected readonly meeting = signal<Meeting | null>(null);
  protected readonly status = signal<'loading' | 'loaded' | 'failed'>('loading');
  protected readonly bodies = signal<MeetingBody[]>([]);
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly fieldErrors = signal<Partial<Record<MeetingFormField, ProblemText[]>>>({});
  protected readonly generalErrors = signal<ProblemText[]>([]);
  protected readonly actionErrors = signal<ProblemText[]>([]);

  ngOnInit(): void {
    this.api.get(this.id()).subscribe({
      next: (meeting) => {
        this.meeting.set(meeting);
        this.status.set('loaded');
      },
      error: () => this.status.set('failed'),
    });
    if (this.mayKeep) this.api.bodies().subscribe((bodies) => this.bodies.set(bodies));
  }

  protected timeOf(meeting: Meeting): string {
    return meetingTimeLabel(meeting.startsAt, this.language());
  }

  protected save(request: CreateMeetingRequest): void {
    const meeting = this.meeting();
    if (!meeting) return;
    this.busy.set(true);
    this.saved.set(false);
    this.api.update(meeting.id, meeting.version, request).subscribe({
      next: (updated) => {
        this.busy.set(false);
        this.meeting.set(updated);
        this.fieldErrors.set({});
        this.generalErrors.set([]);
        this.saved.set(true);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const sorted = problemsByField(apiProblems(error), (field) =>
          FORM_FIELDS.includes(field) ? (field as MeetingFormField) : undefined,
        );
        this.fieldErrors.set(sorted.fields);
        this.generalErrors.set(sorted.general);
      },
    });
  }

  protected takeReportingDate(): void {
    const meeting = this.meeting();
    if (!meeting) return;
    this.busy.set(true);
    this.actionErrors.set([]);
    this.api.createReportingDate(meeting.id).subscribe({
      next: (linked) => {
        this.busy.set(false);
        this.meeting.set(linked);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.actionErrors.set(apiProblems(error).map(problemText));
      },
    });
  }

  protected remove(): void {
    const meeting = this.meeting();
    if (!meeting) return;
    this.busy.set(true);
    this.api.remove(meeting.id, meeting.version).subscribe({
      next: () => void this.router.navigate(['/meetings']),
      error: (error: unknown) => {
        this.busy.set(false);
        this.actionErrors.set(apiProblems(error).map(problemText));
      },
    });
  }
}
