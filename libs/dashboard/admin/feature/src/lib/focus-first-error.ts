import { Injector, afterNextRender } from '@angular/core';
import { FormState } from './form-state';

/** After the messages rendered: focus on the first field with one, else on the form's own message. */
export function focusFirstError<F extends string>(form: FormState<F>, document: Document, injector: Injector): void {
  afterNextRender(
    {
      write: () => {
        const field = form.firstInvalid();
        document.getElementById(field ? form.inputId(field) : `${form.id}-error`)?.focus();
      },
    },
    { injector },
  );
}
