import { TestBed } from '@angular/core/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { RemoteData } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { RemoteDataStatusComponent } from './remote-data-status.component';

describe('RemoteDataStatusComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideI18nTesting()] }));

  async function render(state: RemoteData<unknown>) {
    const fixture = TestBed.createComponent(RemoteDataStatusComponent);
    fixture.componentRef.setInput('state', state);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('announces loading politely', async () => {
    const { element } = await render({ status: 'loading' });

    expect(element.querySelector('[role="status"]')?.textContent).toContain('Daten werden geladen');
    expect(element.querySelector('[role="alert"]')).toBeNull();
  });

  it('offers a retry when the API is unavailable', async () => {
    const { fixture, element } = await render({ status: 'failed', reason: 'unavailable' });
    const retried = jest.fn();
    fixture.componentInstance.retry.subscribe(retried);

    expect(element.querySelector('[role="alert"]')?.textContent).toContain('konnten nicht geladen werden');
    element.querySelector('button')?.click();

    expect(retried).toHaveBeenCalledTimes(1);
  });

  it('says that sign-in is required, without a pointless retry', async () => {
    const { element } = await render({ status: 'failed', reason: 'sign-in-required' });

    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Anmeldung erforderlich');
    expect(element.querySelector('button')).toBeNull();
  });

  it('renders nothing once the data is there', async () => {
    const { element } = await render({ status: 'loaded', value: {} });

    expect(element.textContent?.trim()).toBe('');
  });
});
