import { Injectable, inject } from '@angular/core';
import { RemoteResource } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { MeasureEditingService } from './measure-editing.service';

/** Lists the measure page and form need to name things: fields of action, actors and the status lifecycle. */
@Injectable({ providedIn: 'root' })
export class MeasureReferencesService {
  private readonly api = inject(MeasureEditingService);
  private readonly fieldsOfActionResource = new RemoteResource(() => this.api.fieldsOfAction());
  private readonly actorsResource = new RemoteResource(() => this.api.actors());
  private readonly statusesResource = new RemoteResource(() => this.api.statuses());

  readonly fieldsOfAction = this.fieldsOfActionResource.state;
  readonly actors = this.actorsResource.state;
  readonly statuses = this.statusesResource.state;

  /** Catalog and lifecycle change rarely: one request per session, again after a failure. */
  load(): void {
    this.fieldsOfActionResource.ensureLoaded();
    this.actorsResource.ensureLoaded();
    this.statusesResource.ensureLoaded();
  }
}
