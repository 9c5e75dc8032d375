import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { IndicatorPageStore } from '@leitbild-monitor/dashboard/indicators/data-access';
import { formatIndicatorDate, formatIndicatorValue } from '@leitbild-monitor/dashboard/indicators/ui';
import { WriteFailure } from '@leitbild-monitor/dashboard/measures/data-access';
import { Indicator } from '@leitbild-monitor/shared/contracts';
import { IndicatorEntryKind } from './indicator-entry-dialog.component';

interface Pending {
  readonly kind: IndicatorEntryKind;
  readonly date: string;
  readonly dateText: string;
  readonly valueText: string;
}

let nextId = 0;

/** Asks before a value or goal is deleted, naming its date and number; the history keeps a deleted value. */
@Component({
  selector: 'lbm-indicator-delete-dialog',
  imports: [TranslocoPipe],
  template: `
    <dialog #dialog class="dialog" [attr.aria-labelledby]="headingId" data-testid="delete-dialog">
      @if (entry(); as current) {
        <h2 [id]="headingId">
          {{
            (current.kind === 'value' ? 'indicators.deleteDialog.valueHeading' : 'indicators.deleteDialog.goalHeading')
              | transloco: { date: current.dateText }
          }}
        </h2>
        <p>
          {{
            (current.kind === 'value' ? 'indicators.deleteDialog.valueText' : 'indicators.deleteDialog.goalText')
              | transloco: { value: current.valueText }
          }}
        </p>
        @if (failure(); as kind) {
          <div #errorBox class="dialog__alert" role="alert" tabindex="-1" data-testid="delete-dialog-error">
            <p>{{ 'indicators.writeErrors.' + kind | transloco }}</p>
          </div>
        }
        <div class="dialog__buttons">
          <button
            type="button"
            class="button button--primary"
            (click)="confirm()"
            [attr.aria-disabled]="pending() ? 'true' : null"
            data-testid="delete-confirm"
          >
            {{ 'indicators.deleteDialog.confirm' | transloco }}
          </button>
          <button type="button" class="button" (click)="close()" data-testid="delete-cancel">
            {{ 'indicators.deleteDialog.cancel' | transloco }}
          </button>
        </div>
      }
    </dialog>
  `,
  styleUrl: './dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorDeleteDialogComponent {
  private readonly store = inject(IndicatorPageStore);
  private readonly injector = inject(Injector);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly errorBox = viewChild<ElementRef<HTMLElement>>('errorBox');

  readonly indicator = input.required<Indicator>();
  readonly locale = input<string>('de');
  /** What was deleted. */
  readonly deleted = output<{ kind: IndicatorEntryKind; date: string }>();

  protected readonly headingId = `delete-dialog-heading-${nextId++}`;
  protected readonly entry = signal<Pending | null>(null);
  protected readonly pending = signal(false);
  protected readonly failure = signal<WriteFailure | null>(null);

  open(kind: IndicatorEntryKind, date: string): void {
    const indicator = this.indicator();
    const entries = kind === 'value' ? indicator.values : indicator.goals;
    const existing = entries.find((entry) => entry.date === date);
    if (!existing) return;
    this.entry.set({
      kind,
      date,
      dateText: formatIndicatorDate(date, this.locale()),
      valueText: formatIndicatorValue(existing.value, indicator.unit, this.locale()),
    });
    this.failure.set(null);
    this.dialog().nativeElement.showModal();
  }

  protected close(): void {
    this.dialog().nativeElement.close();
  }

  protected async confirm(): Promise<void> {
    const entry = this.entry();
    if (!entry || this.pending()) return;
    this.pending.set(true);
    const result =
      entry.kind === 'value' ? await this.store.deleteValue(entry.date) : await this.store.deleteGoal(entry.date);
    this.pending.set(false);
    if (result.ok) {
      this.close();
      this.deleted.emit({ kind: entry.kind, date: entry.date });
      return;
    }
    this.failure.set(result.failure);
    afterNextRender({ write: () => this.errorBox()?.nativeElement.focus() }, { injector: this.injector });
  }
}
