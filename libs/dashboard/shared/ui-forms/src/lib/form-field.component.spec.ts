import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { FORM_FIELD, FieldMessage } from './form-field.component';

@Component({
  imports: [FORM_FIELD],
  template: `
    <lbm-form-field
      for="measure-title"
      name="title"
      label="Titel"
      [hint]="hint()"
      [errors]="errors()"
      [required]="true"
      requiredMarker="Pflichtfeld"
      errorTestId="title-error"
    >
      <input lbmFieldControl />
    </lbm-form-field>
    <lbm-form-field for="progress" label="Fortschritt">
      <span lbmFieldHint>Bisher: <b>40 %</b></span>
      <textarea lbmFieldControl></textarea>
    </lbm-form-field>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class HostComponent {
  readonly hint = signal<string | null>('Höchstens 200 Zeichen.');
  readonly errors = signal<readonly FieldMessage[]>([]);
}

describe('FormFieldComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideI18nTesting()] }));

  async function render() {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('labels the control, marks it required and describes it by its hint', async () => {
    const { element } = await render();
    const input = element.querySelector('input') as HTMLInputElement;

    expect(input.id).toBe('measure-title');
    expect(element.querySelector('label[for="measure-title"]')?.textContent).toContain('Titel');
    expect(element.querySelector('label[for="measure-title"]')?.textContent).toContain('(Pflichtfeld)');
    expect(input.getAttribute('aria-required')).toBe('true');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(input.getAttribute('aria-describedby')).toBe('title-hint');
    expect(element.querySelector('#title-hint')?.textContent).toContain('Höchstens 200 Zeichen.');
  });

  it('shows the errors and names them first in aria-describedby', async () => {
    const { fixture, element } = await render();
    fixture.componentInstance.errors.set([{ key: 'measureForm.errors.required' }]);
    await fixture.whenStable();
    const input = element.querySelector('input') as HTMLInputElement;

    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('title-error title-hint');
    expect(element.querySelector('[data-testid="title-error"]')?.id).toBe('title-error');
    expect(element.querySelector('#title-error')?.textContent).toContain('Bitte ausfüllen.');
  });

  it('takes hint content with markup, and leaves out what is not there', async () => {
    const { fixture, element } = await render();
    fixture.componentInstance.hint.set(null);
    await fixture.whenStable();
    const textarea = element.querySelector('textarea') as HTMLTextAreaElement;

    expect(element.querySelector('input')?.getAttribute('aria-describedby')).toBeNull();
    expect(element.querySelector('#title-hint')).toBeNull();
    expect(textarea.id).toBe('progress');
    expect(textarea.getAttribute('aria-describedby')).toBe('progress-hint');
    expect(textarea.getAttribute('aria-required')).toBeNull();
    expect(element.querySelector('#progress-hint b')?.textContent).toBe('40 %');
  });
});
