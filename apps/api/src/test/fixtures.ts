import type { Actor, FieldOfAction, LeitbildSection, Measure, Page } from '@leitbild-monitor/shared/contracts';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';

/** supertest against the in-process server. */
export function api(app: NestFastifyApplication) {
  return request(app.getHttpServer());
}

export interface Catalogue {
  fields: FieldOfAction[];
  guidelines: LeitbildSection['guidelines'];
  actors: Actor[];
}

/** The catalogue the tests build on: the bundled Leitbild and fields of action, plus three actors. */
export async function seedCatalogue(app: NestFastifyApplication): Promise<Catalogue> {
  const fields = (await api(app).get('/api/v1/fields-of-action').expect(200)).body as Page<FieldOfAction>;
  const sections = (await api(app).get('/api/v1/guidelines').expect(200)).body as LeitbildSection[];
  const actors: Actor[] = [];
  for (const [name, type] of [
    ['Bezirksamt Harburg – Sozialraummanagement', 'administration'],
    ['Harburger Integrationsrat', 'council'],
    ['Lokale Partnerschaften Harburg', 'network'],
  ]) {
    actors.push((await api(app).post('/api/v1/actors').send({ name, type }).expect(201)).body);
  }
  return { fields: fields.items, guidelines: sections.flatMap((section) => section.guidelines), actors };
}

export async function createMeasure(app: NestFastifyApplication, body: Record<string, unknown>): Promise<Measure> {
  const response = await api(app).post('/api/v1/measures').send(body);
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as Measure;
}

export async function countMeasures(app: NestFastifyApplication): Promise<number> {
  return ((await api(app).get('/api/v1/measures').expect(200)).body as Page<Measure>).total;
}
