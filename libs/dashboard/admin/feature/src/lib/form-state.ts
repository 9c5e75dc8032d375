import { computed, signal } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { ProblemText, apiProblems, problemsByField } from '@leitbild-monitor/dashboard/shared/util-i18n';

/** A message for a field or the form: a translation key with its parameters. */
export type FormMessage = ProblemText;

type FieldMessages<F extends string> = Partial<Record<F, readonly FormMessage[]>>;

/**
 * Errors, pending flag and ids of one form. Messages sit at the field they concern (client checks first,
 * then what the API answered); the input points to them with aria-describedby and is marked aria-invalid.
 */
export class FormState<F extends string> {
  private readonly current = signal<{ fields: FieldMessages<F>; general: readonly FormMessage[] }>({
    fields: {},
    general: [],
  });

  readonly pending = signal(false);
  readonly general = computed(() => this.current().general);
  readonly hasErrors = computed(
    () => this.current().general.length > 0 || Object.keys(this.current().fields).length > 0,
  );

  constructor(
    /** Prefix of the element ids: `<id>-<field>` for inputs, `<id>-<field>-error` for their messages. */
    readonly id: string,
    private readonly fieldNames: readonly F[],
  ) {}

  inputId(field: F): string {
    return `${this.id}-${field}`;
  }

  errorId(field: F): string {
    return `${this.id}-${field}-error`;
  }

  errorsOf(field: F): readonly FormMessage[] {
    return this.current().fields[field] ?? [];
  }

  invalid(field: F): 'true' | null {
    return this.errorsOf(field).length > 0 ? 'true' : null;
  }

  /** The field's error message (when there is one) and any hints, for aria-describedby. */
  describedBy(field: F, ...hints: string[]): string | null {
    const ids = [...(this.errorsOf(field).length > 0 ? [this.errorId(field)] : []), ...hints];
    return ids.length > 0 ? ids.join(' ') : null;
  }

  /**
   * Checks the controls as the API would and shows what is wrong; true when the form may be sent.
   * `extra` adds checks Angular's validators do not express (e.g. a repeated password).
   */
  check(controls: Partial<Record<F, AbstractControl>>, extra: FieldMessages<F> = {}): boolean {
    const fields: FieldMessages<F> = {};
    for (const field of this.fieldNames) {
      const control = controls[field];
      const messages = [...(control ? controlMessages(control) : []), ...(extra[field] ?? [])];
      if (messages.length > 0) fields[field] = messages;
    }
    this.current.set({ fields, general: [] });
    return Object.keys(fields).length === 0;
  }

  /** Sorts the problems of an API failure onto the fields they name; the rest is shown for the form. */
  showApiError(error: unknown): void {
    const { fields, general } = problemsByField<F>(apiProblems(error), (field) =>
      this.fieldNames.find((name) => name === field),
    );
    this.current.set({ fields, general });
  }

  clear(): void {
    this.current.set({ fields: {}, general: [] });
  }

  /** The first field with an error, in form order, to move the focus there. */
  firstInvalid(): F | undefined {
    return this.fieldNames.find((field) => this.errorsOf(field).length > 0);
  }
}

/** A message of the form's own checks (`admin.formErrors.*`). */
export function formMessage(key: string, params: Record<string, string | number> = {}): FormMessage {
  return { key: `admin.formErrors.${key}`, params };
}

function controlMessages(control: AbstractControl): FormMessage[] {
  const errors = control.errors;
  if (!errors) return [];
  if (errors['required']) return [formMessage('required')];
  const messages: FormMessage[] = [];
  if (errors['email']) messages.push(formMessage('email'));
  if (errors['maxlength']) messages.push(formMessage('tooLong', { max: errors['maxlength'].requiredLength }));
  if (errors['minlength']) messages.push(formMessage('tooShort', { min: errors['minlength'].requiredLength }));
  return messages;
}
