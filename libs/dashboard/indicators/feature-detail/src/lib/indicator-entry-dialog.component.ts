import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  IndicatorPageStore,
  IndicatorWriteResult,
  indicatorInputText,
  parseIndicatorInput,
} from '@leitbild-monitor/dashboard/indicators/data-access';
import { formatIndicatorDate, formatIndicatorValue } from '@leitbild-monitor/dashboard/indicators/ui';
import { WriteFailure } from '@leitbild-monitor/dashboard/measures/data-access';
import { FORM_FIELD, FieldMessage } from '@leitbild-monitor/dashboard/shared/ui-forms';
import { ProblemText, problemText } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { INDICATOR_LIMITS, Indicator } from '@leitbild-monitor/shared/contracts';
import { isIsoCalendarDate } from '@leitbild-monitor/shared/domain';

/** Whether the dialog enters a value (with its note) or a goal. */
export type IndicatorEntryKind = 'value' | 'goal';

/** A date the API takes: a calendar date between 1900 and 2999. */
export function isEntryDate(text: string): boolean {
  return isIsoCalendarDate(text) && text >= '1900-01-01' && text <= '2999-12-31';
}

let nextId = 0;

/**
 * Enters or corrects a value (with an optional note), or sets a goal, for one date, in a modal `<dialog>`. Numbers
 * are typed the UI language's way (German `12,5`); an empty field is an error, never zero. A date that already has
 * one is replaced, which the dialog says before saving.
 */
@Component({
  selector: 'lbm-indicator-entry-dialog',
  imports: [ReactiveFormsModule, TranslocoPipe, FORM_FIELD],
  templateUrl: './indicator-entry-dialog.component.html',
  styleUrl: './dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorEntryDialogComponent {
  private readonly store = inject(IndicatorPageStore);
  private readonly injector = inject(Injector);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly errorBox = viewChild<ElementRef<HTMLElement>>('errorBox');

  readonly kind = input.required<IndicatorEntryKind>();
  readonly indicator = input.required<Indicator>();
  readonly locale = input<string>('de');
  /** The date that was saved. */
  readonly saved = output<string>();

  protected readonly ids = (() => {
    const id = nextId++;
    return {
      heading: `entry-dialog-heading-${id}`,
      date: `entry-date-${id}`,
      value: `entry-value-${id}`,
      note: `entry-note-${id}`,
      replaces: `entry-replaces-${id}`,
    };
  })();
  protected readonly maxNote = INDICATOR_LIMITS.note;
  protected readonly form = inject(NonNullableFormBuilder).group({ date: [''], value: [''], note: [''] });
  /** The date being corrected (the date field is then fixed), or null for a new entry. */
  protected readonly correcting = signal<string | null>(null);
  protected readonly pending = signal(false);
  protected readonly dateErrors = signal<readonly FieldMessage[]>([]);
  protected readonly valueErrors = signal<readonly FieldMessage[]>([]);
  protected readonly noteErrors = signal<readonly FieldMessage[]>([]);
  protected readonly failure = signal<WriteFailure | null>(null);
  protected readonly serverMessages = signal<readonly ProblemText[]>([]);

  private readonly typedDate = toSignal(this.form.controls.date.valueChanges, { initialValue: '' });
  /** The value or goal already stored for the typed date, which saving replaces. */
  protected readonly replaces = computed(() => {
    const date = this.typedDate();
    const indicator = this.indicator();
    if (this.correcting() !== null || !isEntryDate(date)) return null;
    const entries = this.kind() === 'value' ? indicator.values : indicator.goals;
    const existing = entries.find((entry) => entry.date === date);
    return existing ? formatIndicatorValue(existing.value, indicator.unit, this.locale()) : null;
  });
  protected readonly correctingDate = computed(() => {
    const date = this.correcting();
    return date === null ? null : formatIndicatorDate(date, this.locale());
  });

  /** Opens the dialog for a new entry, or to correct the one of `date`. */
  open(date: string | null = null): void {
    const indicator = this.indicator();
    const entries = this.kind() === 'value' ? indicator.values : indicator.goals;
    const existing = date === null ? undefined : entries.find((entry) => entry.date === date);
    this.correcting.set(existing ? existing.date : null);
    this.form.reset({
      date: existing?.date ?? '',
      value: existing ? indicatorInputText(existing.value, this.locale()) : '',
      note: existing && 'note' in existing ? ((existing.note as string | null) ?? '') : '',
    });
    this.dateErrors.set([]);
    this.valueErrors.set([]);
    this.noteErrors.set([]);
    this.failure.set(null);
    this.serverMessages.set([]);
    this.dialog().nativeElement.showModal();
  }

  protected close(): void {
    this.dialog().nativeElement.close();
  }

  protected async submit(): Promise<void> {
    if (this.pending()) return;
    const { date, value, note } = this.form.getRawValue();
    const parsed = parseIndicatorInput(value, this.locale());
    const dateErrors: FieldMessage[] = isEntryDate(date) ? [] : [{ key: 'indicators.errors.dateRequired' }];
    const valueErrors: FieldMessage[] =
      'problem' in parsed
        ? [problemText(parsed.problem)]
        : parsed.value === null
          ? [{ key: 'indicators.errors.valueRequired' }]
          : [];
    const noteErrors: FieldMessage[] =
      [...note.trim()].length > this.maxNote
        ? [{ key: 'indicators.errors.tooLong', params: { max: this.maxNote } }]
        : [];
    this.dateErrors.set(dateErrors);
    this.valueErrors.set(valueErrors);
    this.noteErrors.set(this.kind() === 'value' ? noteErrors : []);
    this.failure.set(null);
    this.serverMessages.set([]);
    const firstInvalid = dateErrors.length
      ? this.ids.date
      : valueErrors.length
        ? this.ids.value
        : this.kind() === 'value' && noteErrors.length
          ? this.ids.note
          : null;
    if (firstInvalid || !('value' in parsed) || parsed.value === null) {
      this.focus(`#${firstInvalid ?? this.ids.value}`);
      return;
    }
    this.pending.set(true);
    const result: IndicatorWriteResult =
      this.kind() === 'value'
        ? await this.store.putValue(date, { value: parsed.value, note: note.trim() === '' ? null : note.trim() })
        : await this.store.putGoal(date, { value: parsed.value });
    this.pending.set(false);
    if (result.ok) {
      this.close();
      this.saved.emit(date);
      return;
    }
    this.failure.set(result.failure);
    const problems = result.failure === 'invalid' ? result.problems : [];
    this.serverMessages.set(problems.map((problem) => problemText(problem)));
    afterNextRender({ write: () => this.errorBox()?.nativeElement.focus() }, { injector: this.injector });
  }

  private focus(selector: string): void {
    afterNextRender(
      { write: () => this.dialog().nativeElement.querySelector<HTMLElement>(selector)?.focus() },
      { injector: this.injector },
    );
  }
}
