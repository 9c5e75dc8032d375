import { computed, signal } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { ApiMessage, apiFormErrors } from '@leitbild-monitor/dashboard/admin/data-access';

type FieldMessages<F extends string> = Partial<Record<F, readonly ApiMessage[]>>;

/**
 * Errors, pending flag and ids of one form. Messages sit at the field they concern (client checks first,
 * then what the API answered); the input points to them with aria-describedby and is marked aria-invalid.
 */
export class FormState<F extends string> {
  private readonly current = signal<{ fields: FieldMessages<F>; general: readonly ApiMessage[] }>({
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

  errorsOf(field: F): readonly ApiMessage[] {
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

  /** Sorts an API failure onto the fields it names; the rest is shown for the form. */
  showApiError(error: unknown): void {
    const { fields, general } = apiFormErrors(error, this.fieldNames);
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

function controlMessages(control: AbstractControl): ApiMessage[] {
  const errors = control.errors;
  if (!errors) return [];
  if (errors['required']) return [{ key: 'required' }];
  const messages: ApiMessage[] = [];
  if (errors['email']) messages.push({ key: 'email' });
  if (errors['maxlength']) messages.push({ key: 'tooLong', params: { max: errors['maxlength'].requiredLength } });
  if (errors['minlength']) messages.push({ key: 'tooShort', params: { min: errors['minlength'].requiredLength } });
  return messages;
}
