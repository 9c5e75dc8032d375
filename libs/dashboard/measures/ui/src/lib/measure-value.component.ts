import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** Names the page knows for the ids a measure refers to. */
export interface MeasureNames {
  readonly fieldsOfAction: ReadonlyMap<string, string>;
  readonly actors: ReadonlyMap<string, string>;
  /** Guideline id → its code (e.g. "1.2"). */
  readonly guidelines: ReadonlyMap<string, string>;
}

export const NO_NAMES: MeasureNames = { fieldsOfAction: new Map(), actors: new Map(), guidelines: new Map() };

const DATE_FIELDS = new Set(['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd']);
const KEYED_FIELDS: Readonly<Record<string, string>> = {
  origin: 'measure.origins.',
  feasibility: 'measure.feasibilityVerdicts.',
  status: 'measureStatus.',
};

/** The translation key of a field's label; history and API errors name the contact's parts `contact.name`. */
export function fieldLabelKey(field: string): string {
  const name = { 'contact.name': 'contactName', 'contact.email': 'contactEmail' }[field] ?? field;
  return `measure.fields.${name}`;
}

type Shown =
  | { readonly kind: 'empty'; readonly key: string }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'date'; readonly date: string }
  | { readonly kind: 'percent'; readonly value: number }
  | { readonly kind: 'unknown-reference'; readonly id: string };

/** One value of a measure field in words: ids as names, dates and numbers in the UI language, keys translated. */
@Component({
  selector: 'lbm-measure-value',
  imports: [DatePipe, DecimalPipe, TranslocoPipe],
  template: `
    @for (part of parts(); track $index; let last = $last) {
      @switch (part.kind) {
        @case ('empty') {
          <span class="empty">{{ part.key | transloco }}</span>
        }
        @case ('key') {
          {{ part.key | transloco }}
        }
        @case ('date') {
          <time [attr.datetime]="part.date">{{ part.date | date: 'mediumDate' : 'UTC' : locale() }}</time>
        }
        @case ('percent') {
          {{ part.value | number: '1.0-0' : locale() }} %
        }
        @case ('unknown-reference') {
          {{ 'measure.value.unknownReference' | transloco: { id: part.id } }}
        }
        @default {
          <span lang="de">{{ part.text }}</span>
        }
      }
      @if (!last) {
        <span>, </span>
      }
    }
  `,
  styles: `
    .empty {
      font-style: italic;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeasureValueComponent {
  /** The field as the API names it, e.g. `plannedEnd`, `partnerActorIds` or `contact.email`. */
  readonly field = input.required<string>();
  readonly value = input.required<unknown>();
  readonly names = input<MeasureNames>(NO_NAMES);
  readonly locale = input<string>('de');

  protected readonly parts = computed<readonly Shown[]>(() => describe(this.field(), this.value(), this.names()));
}

function describe(field: string, value: unknown, names: MeasureNames): Shown[] {
  if (value === null || value === undefined || value === '') {
    return [{ kind: 'empty', key: field === 'progress' ? 'measure.value.unknown' : 'measure.value.notSet' }];
  }
  if (field === 'councilPapers' && Array.isArray(value)) {
    // Council papers by their references (the history keeps the whole entries).
    if (value.length === 0) return [{ kind: 'empty', key: 'measure.value.none' }];
    return value.map((paper) => ({ kind: 'text', text: String((paper as { reference?: unknown }).reference ?? '') }));
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return [{ kind: 'empty', key: 'measure.value.none' }];
    const lookup = field === 'guidelineIds' ? names.guidelines : names.actors;
    return value.map((id) => named(lookup, String(id)));
  }
  if (typeof value === 'boolean') {
    return [{ kind: 'key', key: value ? 'measure.value.yes' : 'measure.value.no' }];
  }
  if (typeof value === 'object') {
    const contact = value as { name?: string | null; email?: string | null };
    const parts = [contact.name, contact.email].filter((part): part is string => !!part);
    return parts.length === 0
      ? [{ kind: 'empty', key: 'measure.value.notSet' }]
      : [{ kind: 'text', text: parts.join(', ') }];
  }
  if (field === 'fieldOfActionId') return [named(names.fieldsOfAction, String(value))];
  if (field === 'leadActorId') return [named(names.actors, String(value))];
  if (DATE_FIELDS.has(field)) return [{ kind: 'date', date: String(value) }];
  if (field === 'progress' && typeof value === 'number') return [{ kind: 'percent', value }];
  const prefix = KEYED_FIELDS[field];
  if (prefix) return [{ kind: 'key', key: prefix + String(value) }];
  return [{ kind: 'text', text: String(value) }];
}

function named(lookup: ReadonlyMap<string, string>, id: string): Shown {
  const name = lookup.get(id);
  return name === undefined ? { kind: 'unknown-reference', id } : { kind: 'text', text: name };
}
