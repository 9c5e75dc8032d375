import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { isoToLocalInput, localInputToIso } from '@leitbild-monitor/dashboard/meetings/data-access';
import { FORM_FIELD, FieldMessage } from '@leitbild-monitor/dashboard/shared/ui-forms';
import { ProblemText } from '@leitbild-monitor/dashboard/shared/util-i18n';
import type { CreateMeetingRequest, Meeting, MeetingBody } from '@leitbild-monitor/shared/contracts';
import { MEETING_PLACE_MAX, MEETING_TITLE_MAX, MEETING_URL_MAX } from '@leitbild-monitor/shared/contracts';
import { isHttpUrl } from '@leitbild-monitor/shared/domain';

export type MeetingFormField = 'body' | 'title' | 'startsAt' | 'place' | 'url';

interface Values {
  body: string;
  title: string;
  startsAt: string;
  place: string;
  url: string;
}

/**
 * The fields of a meeting: body, title, start (local time of the browser, sent with its offset), place and link. It
 * checks what it can before sending (the same rules as the API) and shows the API's problems at their fields.
 */
@Component({
  selector: 'lbm-meeting-form',
  imports: [TranslocoPipe, ...FORM_FIELD],
  template: `
    <form class="meeting-form" (submit)="submit($event)" novalidate [attr.data-testid]="testId()">
      <lbm-form-field
        [for]="id('body')"
        [label]="'meetings.fields.body' | transloco"
        [required]="true"
        [requiredMarker]="'meetings.form.required' | transloco"
        [errors]="errorsOf('body')"
      >
        <select
          lbmFieldControl
          class="field__input"
          [value]="values().body"
          (change)="set('body', $event)"
          data-testid="meeting-body"
        >
          @for (body of bodies(); track body.id) {
            <option [value]="body.id" [selected]="body.id === values().body">{{ body.name }}</option>
          }
        </select>
      </lbm-form-field>
      <lbm-form-field
        [for]="id('title')"
        [label]="'meetings.fields.title' | transloco"
        [required]="true"
        [requiredMarker]="'meetings.form.required' | transloco"
        [errors]="errorsOf('title')"
      >
        <input
          lbmFieldControl
          class="field__input"
          type="text"
          [value]="values().title"
          (input)="set('title', $event)"
          data-testid="meeting-title"
        />
      </lbm-form-field>
      <lbm-form-field
        [for]="id('startsAt')"
        [label]="'meetings.fields.startsAt' | transloco"
        [required]="true"
        [requiredMarker]="'meetings.form.required' | transloco"
        [errors]="errorsOf('startsAt')"
      >
        <input
          lbmFieldControl
          class="field__input"
          type="datetime-local"
          [value]="values().startsAt"
          (input)="set('startsAt', $event)"
          data-testid="meeting-starts-at"
        />
      </lbm-form-field>
      <lbm-form-field [for]="id('place')" [label]="'meetings.fields.place' | transloco" [errors]="errorsOf('place')">
        <input
          lbmFieldControl
          class="field__input"
          type="text"
          [value]="values().place"
          (input)="set('place', $event)"
          data-testid="meeting-place"
        />
      </lbm-form-field>
      <lbm-form-field
        [for]="id('url')"
        [label]="'meetings.fields.url' | transloco"
        [hint]="'meetings.form.urlHint' | transloco"
        [errors]="errorsOf('url')"
      >
        <input
          lbmFieldControl
          class="field__input"
          type="url"
          inputmode="url"
          [value]="values().url"
          (input)="set('url', $event)"
          data-testid="meeting-url"
        />
      </lbm-form-field>
      @for (problem of general(); track $index) {
        <p class="meeting-form__error" role="alert">{{ problem.key | transloco: problem.params }}</p>
      }
      <button class="button button--primary" type="submit" [disabled]="busy()" data-testid="meeting-save">
        {{ submitLabel() }}
      </button>
    </form>
  `,
  styles: `
    .meeting-form {
      display: grid;
      gap: 0.75rem;
      max-width: 40rem;
    }
    .meeting-form__error {
      color: var(--color-error, #a00000);
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeetingFormComponent {
  readonly bodies = input.required<readonly MeetingBody[]>();
  readonly meeting = input<Meeting | null>(null);
  readonly submitLabel = input.required<string>();
  readonly busy = input(false);
  /** Problems of the API's last answer, sorted to the fields. */
  readonly apiErrors = input<Partial<Record<MeetingFormField, ProblemText[]>>>({});
  readonly general = input<readonly ProblemText[]>([]);
  /** The stem of the fields' ids, so two forms on one page do not share them. */
  readonly idPrefix = input('meeting');
  readonly testId = input('meeting-form');
  readonly save = output<CreateMeetingRequest>();

  protected readonly values = linkedSignal<Values>(() => {
    const meeting = this.meeting();
    return {
      body: meeting?.bodyId ?? this.bodies()[0]?.id ?? '',
      title: meeting?.title ?? '',
      startsAt: meeting ? isoToLocalInput(meeting.startsAt) : '',
      place: meeting?.place ?? '',
      url: meeting?.url ?? '',
    };
  });
  private readonly ownErrors = linkedSignal<Partial<Record<MeetingFormField, FieldMessage[]>>>(() => {
    this.meeting();
    return {};
  });
  private readonly shown = computed(() => ({ ...this.apiErrors(), ...this.ownErrors() }));

  protected id(field: MeetingFormField): string {
    return `${this.idPrefix()}-${field}`;
  }

  protected errorsOf(field: MeetingFormField): readonly FieldMessage[] {
    return this.shown()[field] ?? [];
  }

  protected set(field: keyof Values, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    this.values.update((values) => ({ ...values, [field]: value }));
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const values = this.values();
    const errors: Partial<Record<MeetingFormField, FieldMessage[]>> = {};
    const title = values.title.trim();
    if (!values.body) errors.body = [{ key: 'problems.required' }];
    if (!title) errors.title = [{ key: 'problems.required' }];
    else if ([...title].length > MEETING_TITLE_MAX)
      errors.title = [{ key: 'problems.too_long', params: { max: MEETING_TITLE_MAX } }];
    const startsAt = localInputToIso(values.startsAt);
    if (!startsAt) errors.startsAt = [{ key: values.startsAt ? 'problems.invalid_date' : 'problems.required' }];
    if ([...values.place.trim()].length > MEETING_PLACE_MAX) {
      errors.place = [{ key: 'problems.too_long', params: { max: MEETING_PLACE_MAX } }];
    }
    const url = values.url.trim();
    if (url && ([...url].length > MEETING_URL_MAX || !isHttpUrl(url))) errors.url = [{ key: 'problems.invalid_url' }];
    this.ownErrors.set(errors);
    if (Object.keys(errors).length > 0 || !startsAt) return;
    this.save.emit({ body: values.body, title, startsAt, place: values.place.trim() || null, url: url || null });
  }
}
