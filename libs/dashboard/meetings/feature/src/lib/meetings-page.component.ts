import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
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
  ProblemText,
} from '@leitbild-monitor/dashboard/shared/util-i18n';
import type { CreateMeetingRequest, Meeting, MeetingBody } from '@leitbild-monitor/shared/contracts';
import { MAX_PAGE_SIZE } from '@leitbild-monitor/shared/contracts';
import { forkJoin } from 'rxjs';
import { MeetingFormComponent, MeetingFormField } from './meeting-form.component';

const FORM_FIELDS: readonly string[] = ['body', 'title', 'startsAt', 'place', 'url'];

/** `/meetings`: the upcoming meetings first (earliest first), the past ones below; administrators and editors add one. */
@Component({
  selector: 'lbm-meetings-page',
  imports: [TranslocoPipe, RouterLink, NgTemplateOutlet, MeetingFormComponent],
  templateUrl: './meetings-page.component.html',
  styleUrl: './meetings.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeetingsPageComponent {
  private readonly api = inject(MeetingsApiService);
  private readonly language = inject(LanguageService).language;
  protected readonly mayKeep = mayKeepMeetings(inject(AuthService).user());

  protected readonly status = signal<'loading' | 'loaded' | 'failed'>('loading');
  protected readonly upcoming = signal<Meeting[]>([]);
  protected readonly past = signal<Meeting[]>([]);
  protected readonly bodies = signal<MeetingBody[]>([]);
  protected readonly busy = signal(false);
  protected readonly created = signal<Meeting | null>(null);
  protected readonly fieldErrors = signal<Partial<Record<MeetingFormField, ProblemText[]>>>({});
  protected readonly generalErrors = signal<ProblemText[]>([]);

  constructor() {
    this.load();
  }

  protected timeOf(meeting: Meeting): string {
    return meetingTimeLabel(meeting.startsAt, this.language());
  }

  protected create(request: CreateMeetingRequest): void {
    this.busy.set(true);
    this.created.set(null);
    this.api.create(request).subscribe({
      next: (meeting) => {
        this.busy.set(false);
        this.fieldErrors.set({});
        this.generalErrors.set([]);
        this.created.set(meeting);
        this.load();
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

  private load(): void {
    forkJoin({
      upcoming: this.api.list({ when: 'upcoming', limit: MAX_PAGE_SIZE }),
      past: this.api.list({ when: 'past', limit: MAX_PAGE_SIZE }),
      bodies: this.api.bodies(),
    }).subscribe({
      next: ({ upcoming, past, bodies }) => {
        this.upcoming.set(upcoming.items);
        this.past.set(past.items);
        this.bodies.set(bodies);
        this.status.set('loaded');
      },
      error: () => this.status.set('failed'),
    });
  }
}
