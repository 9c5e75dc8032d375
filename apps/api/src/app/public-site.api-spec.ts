import type { Measure, Page, PublicChange, PublicMeasureDetails } from '@leitbild-monitor/shared/contracts';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Response } from 'superagent';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pinClock, releaseClock } from '../test/clock';
import { anonymous, api, Catalog, createMeasure, seedCatalog } from '../test/fixtures';
import { startTestApp, TestApp } from '../test/test-app';

const CONTACT = { name: 'Friederike Quast', email: 'f.quast@bezirksamt.example' };
const PUBLIC_URL = 'https://leitbild.harburg.example';

describe('the public site: a page per measure, the changes and their feed', () => {
  let test: TestApp;
  let catalog: Catalog;
  let shown: Measure;
  let hidden: Measure;
  const app = () => test.app;

  /** Applies an edit with the measure's current version and returns the measure afterwards. */
  async function edit(measure: Measure, body: Record<string, unknown>): Promise<Measure> {
    const current = (await api(app()).get(`/api/v1/measures/${measure.id}`).expect(200)).body as Measure;
    return (
      await api(app())
        .patch(`/api/v1/measures/${measure.id}`)
        .set('If-Match', `"${current.version}"`)
        .send(body)
        .expect(200)
    ).body;
  }
  async function status(measure: Measure, to: string): Promise<void> {
    const current = (await api(app()).get(`/api/v1/measures/${measure.id}`).expect(200)).body as Measure;
    await api(app())
      .post(`/api/v1/measures/${measure.id}/status`)
      .set('If-Match', `"${current.version}"`)
      .send({ status: to })
      .expect(200);
  }

  beforeAll(async () => {
    pinClock('2031-05-04T10:00:00.000Z');
    test = await startTestApp({ PUBLIC_URL });
    catalog = await seedCatalog(app());
    shown = await createMeasure(app(), {
      title: 'Sprachcafé im Bürgerhaus',
      fieldOfActionId: catalog.fields[0].id,
      leadActorId: catalog.actors[0].id,
      partnerActorIds: [catalog.actors[1].id],
      guidelineIds: [catalog.guidelines[0].id],
      contact: CONTACT,
      public: false,
    });
    pinClock('2031-05-05T10:00:00.000Z');
    await status(shown, 'in_review'); // before publication: not public
    pinClock('2031-05-06T10:00:00.000Z');
    await edit(shown, { public: true });
    pinClock('2031-05-07T10:00:00.000Z');
    await edit(shown, { contact: { name: 'Hannelore Brix', email: 'h.brix@bezirksamt.example' } }); // nothing public
    pinClock('2031-05-08T10:00:00.000Z');
    await edit(shown, { plannedEnd: '2031-12-31', progress: 30 });
    hidden = await createMeasure(app(), {
      title: 'Interne Planung',
      fieldOfActionId: catalog.fields[0].id,
      contact: CONTACT,
      public: false,
    });
  });
  afterAll(async () => {
    await test.close();
    releaseClock();
  });

  it("shows a published measure's page: its responsible bodies, guidelines and public changes, no person", async () => {
    const answer = await anonymous(app()).get(`/api/v1/public/measures/${shown.id}/details`).expect(200);
    const details = answer.body as PublicMeasureDetails;
    expect(answer.headers['etag']).toBeDefined();
    expect(details.measure).toMatchObject({
      title: 'Sprachcafé im Bürgerhaus',
      leadActorName: catalog.actors[0].name,
      partnerActorNames: [catalog.actors[1].name],
      progress: 30,
    });
    expect(details.guidelines).toEqual([
      { id: catalog.guidelines[0].id, code: catalog.guidelines[0].code, text: catalog.guidelines[0].text },
    ]);
    expect(details.indicators).toEqual([]);
    expect(details.changes).toEqual([
      {
        at: expect.stringMatching(/^2031-05-08T10:00:/),
        kind: 'changed',
        status: null,
        progress: { from: null, to: 30 },
        fields: ['plannedEnd'],
      },
      {
        at: expect.stringMatching(/^2031-05-06T10:00:/),
        kind: 'published',
        status: { from: null, to: 'in_review' },
        progress: null,
        fields: [],
      },
    ]);
    const text = JSON.stringify(details);
    for (const personal of [CONTACT.name, CONTACT.email, 'Brix', 'bezirksamt.example', 'contact', '"by"', 'note'])
      expect(text).not.toContain(personal);
  });

  it('answers 404 for a measure that is not published and for one that does not exist', async () => {
    await anonymous(app()).get(`/api/v1/public/measures/${hidden.id}/details`).expect(404);
    await anonymous(app()).get('/api/v1/public/measures/no-such-measure/details').expect(404);
  });

  it('lists the public changes of published measures only, newest first, without names', async () => {
    const page = (await anonymous(app()).get('/api/v1/public/changes').expect(200)).body as Page<PublicChange>;
    expect(page.items.map((change) => [change.measureTitle, change.at.slice(0, 16), change.kind])).toEqual([
      ['Sprachcafé im Bürgerhaus', '2031-05-08T10:00', 'changed'],
      ['Sprachcafé im Bürgerhaus', '2031-05-06T10:00', 'published'],
    ]);
    expect(JSON.stringify(page)).not.toMatch(/Quast|Brix|@|Interne Planung/);
    await anonymous(app()).get('/api/v1/public/changes').query({ limit: 500 }).expect(400);
  });

  it('offers the changes as a valid Atom feed, in German and English, with links to the public pages', async () => {
    const answer = await anonymous(app()).get('/api/v1/public/feed.atom').buffer(true).parse(textParser).expect(200);
    expect(answer.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const xml = answer.body as string;
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => name === 'entry' || name === 'link',
    }).parse(xml);
    const feed = parsed.feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed['@_xml:lang'] ?? 'de').toBe('de');
    expect(feed.id).toBe(`${PUBLIC_URL}/public/changes`);
    expect(feed.updated).toMatch(/^2031-05-08T10:00:/);
    expect(feed.link.map((link: Record<string, string>) => link['@_rel'])).toEqual(['alternate', 'self']);
    expect(feed.entry).toHaveLength(2);
    const [newest, oldest] = feed.entry;
    expect(newest.link[0]['@_href']).toBe(`${PUBLIC_URL}/public/measures/${shown.id}`);
    expect(newest.updated).toMatch(/^2031-05-08T10:00:/);
    expect(newest.title['#text']).toContain('Sprachcafé im Bürgerhaus (geändert)');
    expect(newest.summary['#text']).toBe('Fortschritt: 30 % (vorher: unbekannt). Geändert: Geplantes Ende.');
    expect(oldest.summary['#text']).toBe('Status: In Prüfung.');
    expect(xml).not.toMatch(/Quast|Brix|@bezirksamt|Interne Planung/);

    const english = await anonymous(app()).get('/api/v1/public/feed.atom?lang=en').buffer(true).parse(textParser);
    const entries = new XMLParser({ isArray: (name) => name === 'entry' }).parse(english.body).feed.entry;
    expect(entries[0].summary).toBe('Progress: 30% (before: unknown). Changed: planned end.');
    expect(english.headers['etag']).not.toBe(answer.headers['etag']);
    await anonymous(app()).get('/api/v1/public/feed.atom?lang=fr').expect(400);
  });

  it('answers the feed with 304 while nothing changed, and with the new change after a write', async () => {
    const first = await anonymous(app()).get('/api/v1/public/feed.atom').buffer(true).parse(textParser).expect(200);
    const etag = first.headers['etag'];
    await anonymous(app()).get('/api/v1/public/feed.atom').set('If-None-Match', etag).expect(304);
    pinClock('2031-05-09T10:00:00.000Z');
    await status(shown, 'planned');
    const after = await anonymous(app())
      .get('/api/v1/public/feed.atom')
      .set('If-None-Match', etag)
      .buffer(true)
      .parse(textParser)
      .expect(200);
    expect(after.headers['etag']).not.toBe(etag);
    expect(new XMLParser({ isArray: (name) => name === 'entry' }).parse(after.body).feed.entry).toHaveLength(3);
  });
});

describe('embedding the public charts', () => {
  let dashboard: string;
  beforeAll(() => {
    dashboard = mkdtempSync(join(tmpdir(), 'lbm-embed-'));
    writeFileSync(join(dashboard, 'index.html'), '<!doctype html><title>Leitbild-Monitor</title>');
  });
  afterAll(() => rmSync(dashboard, { recursive: true, force: true }));

  it('lets only the allowed sites frame /public/embed, and no site any other page', async () => {
    const test = await startTestApp({
      DASHBOARD_DIR: dashboard,
      EMBED_ALLOWED_ORIGINS: 'https://www.harburg.example, http://127.0.0.1:3999',
    });
    try {
      const embed = await anonymous(test.app).get('/public/embed').expect(200);
      expect(frameAncestors(embed.headers)).toBe('https://www.harburg.example http://127.0.0.1:3999');
      expect(embed.headers['x-frame-options']).toBeUndefined();
      const withQuery = await anonymous(test.app).get('/public/embed?lang=en').expect(200);
      expect(frameAncestors(withQuery.headers)).toBe('https://www.harburg.example http://127.0.0.1:3999');
      for (const path of ['/public', '/public/changes', '/public/embed/x', '/overview', '/api/v1/public/summary']) {
        const other = await anonymous(test.app).get(path);
        expect([path, frameAncestors(other.headers)]).toEqual([path, "'none'"]);
        expect(other.headers['x-frame-options']).toBe('SAMEORIGIN');
      }
    } finally {
      await test.close();
    }
  });

  it('refuses framing of /public/embed by every site when no site is allowed', async () => {
    const test = await startTestApp({ DASHBOARD_DIR: dashboard });
    try {
      const embed = await anonymous(test.app).get('/public/embed').expect(200);
      expect(frameAncestors(embed.headers)).toBe("'none'");
    } finally {
      await test.close();
    }
  });

  it('does not start with a setting that is not a list of origins', async () => {
    await expect(startTestApp({ EMBED_ALLOWED_ORIGINS: 'https://www.harburg.example/karte' })).rejects.toThrow(
      /EMBED_ALLOWED_ORIGINS must be a comma-separated list of origins/,
    );
  });
});

function frameAncestors(headers: Record<string, string>): string | undefined {
  return /frame-ancestors ([^;]*)/.exec(headers['content-security-policy'] ?? '')?.[1];
}

/** supertest reads unknown content types as binary: the feed as text. */
function textParser(response: Response, done: (error: Error | null, body: string) => void): void {
  let body = '';
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => (body += chunk));
  response.on('end', () => done(null, body));
}
