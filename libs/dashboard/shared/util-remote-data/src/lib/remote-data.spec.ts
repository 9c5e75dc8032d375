import { HttpErrorResponse } from '@angular/common/http';
import { Subject } from 'rxjs';
import { RemoteResource, failureReason } from './remote-data';

describe('failureReason', () => {
  it('asks for sign-in on 401 and reports everything else as unavailable', () => {
    expect(failureReason(new HttpErrorResponse({ status: 401 }))).toBe('sign-in-required');
    expect(failureReason(new HttpErrorResponse({ status: 403 }))).toBe('unavailable');
    expect(failureReason(new HttpErrorResponse({ status: 0 }))).toBe('unavailable');
    expect(failureReason(new Error('boom'))).toBe('unavailable');
  });
});

describe('RemoteResource', () => {
  let responses: Subject<string>[];
  let resource: RemoteResource<string>;

  beforeEach(() => {
    responses = [];
    resource = new RemoteResource(() => {
      const response = new Subject<string>();
      responses.push(response);
      return response;
    });
  });

  it('is loading until the first answer arrives', () => {
    resource.reload();
    expect(resource.state()).toEqual({ status: 'loading' });

    responses[0].next('first');
    expect(resource.state()).toEqual({ status: 'loaded', value: 'first' });
  });

  it('keeps the loaded value visible while reloading', () => {
    resource.reload();
    responses[0].next('first');

    resource.reload();
    expect(resource.state()).toEqual({ status: 'loaded', value: 'first' });

    responses[1].next('second');
    expect(resource.state()).toEqual({ status: 'loaded', value: 'second' });
  });

  it('ignores the answer of a request that a newer one replaced', () => {
    resource.reload();
    resource.reload();

    expect(responses[0].observed).toBe(false);
    responses[1].next('newer');
    expect(resource.state()).toEqual({ status: 'loaded', value: 'newer' });
  });

  it('reports a failure and shows loading again on retry', () => {
    resource.reload();
    responses[0].error(new HttpErrorResponse({ status: 401 }));
    expect(resource.state()).toEqual({ status: 'failed', reason: 'sign-in-required' });

    resource.reload();
    expect(resource.state()).toEqual({ status: 'loading' });
  });

  it('requests only once through ensureLoaded, but again after a failure', () => {
    resource.ensureLoaded();
    resource.ensureLoaded();
    expect(responses).toHaveLength(1);

    responses[0].error(new HttpErrorResponse({ status: 500 }));
    resource.ensureLoaded();
    expect(responses).toHaveLength(2);

    responses[1].next('value');
    resource.ensureLoaded();
    expect(responses).toHaveLength(2);
  });

  it('refreshes unless a request is on its way, and again once the answer is in', () => {
    resource.refresh();
    resource.refresh();
    expect(responses).toHaveLength(1);

    responses[0].next('first');
    responses[0].complete();
    resource.refresh();
    expect(responses).toHaveLength(2);

    responses[1].error(new HttpErrorResponse({ status: 503 }));
    resource.refresh();
    expect(responses).toHaveLength(3);
  });
});
