import type { BarrierReport, EditablePage, Page, PublicPage } from '@leitbild-monitor/shared/contracts';
import {
  FEEDBACK_LIMIT,
  FEEDBACK_MESSAGE_MAX,
  PAGE_SLUGS,
  SIGN_VIDEO_MAX_BYTES,
} from '@leitbild-monitor/shared/contracts';
import { Readable } from 'node:stream';
import type request from 'supertest';
import { anonymous, api, userWithToken } from '../test/fixtures';
import { startTestApp, TestApp } from '../test/test-app';

/** The first bytes of an MP4 file (an `ftyp` box), then filler: enough for the type check by content. */
function mp4(size: number): Buffer {
  const head = Buffer.from([0, 0, 0, 0x18, ...Buffer.from('ftypisom'), 0, 0, 2, 0, ...Buffer.from('isomiso2')]);
  const body = Buffer.alloc(size - head.length);
  for (let index = 0; index < body.length; index++) body[index] = index % 251;
  return Buffer.concat([head, body]);
}

/** An EBML header with the document type `webm`. */
const WEBM = Buffer.concat([
  Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84]),
  Buffer.from('webm'),
  Buffer.alloc(200, 7),
]);

describe('the public site’s legal pages, barrier reports and sign-language video', () => {
  let test: TestApp;
  let editor: string;
  let admin: string;
  beforeAll(async () => {
    test = await startTestApp();
    editor = (await userWithToken(test.app, { email: 'pages-editor@example.org', role: 'editor' })).token;
    admin = (await userWithToken(test.app, { email: 'pages-admin@example.org', role: 'admin' })).token;
  });
  afterAll(() => test.close());
  const app = () => test.app;

  describe('page texts', () => {
    it('serves every page anonymously in German and English with its shipped text', async () => {
      for (const slug of PAGE_SLUGS) {
        for (const lang of ['de', 'en'] as const) {
          const response = await anonymous(app()).get(`/api/v1/public/pages/${slug}`).query({ lang }).expect(200);
          const page = response.body as PublicPage;
          expect([slug, lang, page.isDefault, page.title.length > 0, page.content.length > 100]).toEqual([
            slug,
            lang,
            true,
            true,
            true,
          ]);
          expect(page).not.toHaveProperty('updatedBy');
          expect(page).not.toHaveProperty('version');
        }
      }
      const statement = await anonymous(app()).get('/api/v1/public/pages/barrierefreiheit').expect(200);
      expect(statement.body.lang).toBe('de');
      expect(statement.body.content).toContain('Ombudsstelle für barrierefreie Informationstechnik');
      expect(statement.body.content).toContain('Schlichtungsverfahren');
      const easy = await anonymous(app()).get('/api/v1/public/pages/leichte-sprache').expect(200);
      expect(easy.body.content).toContain('Bezirks-Amt');
    });

    it('refuses an unknown page or language with 400 naming the field', async () => {
      const slug = await anonymous(app()).get('/api/v1/public/pages/agb').expect(400);
      expect(slug.body.problems).toEqual([expect.objectContaining({ field: 'slug', code: 'not_allowed_value' })]);
      const lang = await anonymous(app()).get('/api/v1/public/pages/impressum').query({ lang: 'fr' }).expect(400);
      expect(lang.body.problems).toEqual([expect.objectContaining({ field: 'lang', code: 'not_allowed_value' })]);
    });

    it('lets only administrators edit a page: 401 anonymous, 403 an editor', async () => {
      const body = { title: 'Impressum', content: '<p>Bezirksamt Beispiel</p>' };
      await anonymous(app()).put('/api/v1/pages/impressum').set('If-Match', '"0"').send(body).expect(401);
      const refused = await api(app(), editor)
        .put('/api/v1/pages/impressum')
        .set('If-Match', '"0"')
        .send(body)
        .expect(403);
      expect(refused.body.problems).toEqual([expect.objectContaining({ code: 'forbidden_role' })]);
      await api(app(), editor).get('/api/v1/pages/impressum').expect(403);
      await api(app(), editor).get('/api/v1/feedback').expect(403);
    });

    it('stores a text without script, style, event handlers or javascript: links, with optimistic locking', async () => {
      const read = await api(app()).get('/api/v1/pages/datenschutz').query({ lang: 'en' }).expect(200);
      expect([read.headers['etag'], read.body.version, read.body.isDefault]).toEqual(['"0"', 0, true]);
      await api(app())
        .put('/api/v1/pages/datenschutz')
        .query({ lang: 'en' })
        .send({ title: 'x', content: '<p>x</p>' })
        .expect(428);
      const saved = await api(app())
        .put('/api/v1/pages/datenschutz')
        .query({ lang: 'en' })
        .set('If-Match', '"0"')
        .send({
          title: '  Privacy  ',
          content:
            '<h2 onclick="steal()">Data</h2><script>alert(1)</script><p style="color:red">We <img src=x onerror="alert(2)">' +
            'store <a href="javascript:alert(3)">nothing</a>.</p><a href="https://example.org">more</a>',
        })
        .expect(200);
      const page = saved.body as EditablePage;
      expect(saved.headers['etag']).toBe('"1"');
      expect(page).toMatchObject({ title: 'Privacy', version: 1, isDefault: false, updatedBy: expect.any(String) });
      expect(page.content).toBe('<h2>Data</h2><p>We store <a>nothing</a>.</p><a href="https://example.org">more</a>');
      const served = await anonymous(app()).get('/api/v1/public/pages/datenschutz').query({ lang: 'en' }).expect(200);
      expect(served.body.content).toBe(page.content);
      expect(served.body.content).not.toMatch(/script|onerror|onclick|javascript:|style/);
      // The German text is a page of its own and still the shipped one.
      const german = await anonymous(app()).get('/api/v1/public/pages/datenschutz').expect(200);
      expect(german.body.isDefault).toBe(true);
      const stale = await api(app())
        .put('/api/v1/pages/datenschutz')
        .query({ lang: 'en' })
        .set('If-Match', '"0"')
        .send({ title: 'Old', content: '<p>old</p>' })
        .expect(412);
      expect(stale.body.problems).toEqual([{ field: 'If-Match', code: 'version_mismatch', params: { current: 1 } }]);
    });

    it('refuses a text that is nothing but script, and keeps the check of a Leichte-Sprache text', async () => {
      const empty = await api(app())
        .put('/api/v1/pages/impressum')
        .set('If-Match', '"0"')
        .send({ title: 'Impressum', content: '<script>alert(1)</script>' })
        .expect(400);
      expect(empty.body.problems).toEqual([{ field: 'content', code: 'required', params: {} }]);
      const checked = await api(app())
        .put('/api/v1/pages/leichte-sprache')
        .set('If-Match', '"0"')
        .send({
          title: 'Leichte Sprache',
          content: '<p>Hallo.</p>',
          checkedBy: 'Prüf-Gruppe Beispiel',
          checkedOn: '2026-11-30',
        })
        .expect(200);
      expect(checked.body).toMatchObject({ checkedBy: 'Prüf-Gruppe Beispiel', checkedOn: '2026-11-30' });
      const wrongDate = await api(app())
        .put('/api/v1/pages/leichte-sprache')
        .set('If-Match', '"1"')
        .send({ title: 'Leichte Sprache', content: '<p>Hallo.</p>', checkedOn: '30.11.2026' })
        .expect(400);
      expect(wrongDate.body.problems).toEqual([expect.objectContaining({ field: 'checkedOn' })]);
    });
  });

  describe('barrier reports', () => {
    it('takes a report anonymously, shows it to administrators only, and never publicly', async () => {
      const sent = await anonymous(app())
        .post('/api/v1/public/feedback')
        .send({ message: 'Der Kontrast der Links im Fuß ist zu schwach.', page: '/impressum' })
        .expect(201);
      expect(sent.body).toEqual({ id: expect.any(String), createdAt: expect.any(String) });
      const list = await api(app()).get('/api/v1/feedback').expect(200);
      const reports = list.body as Page<BarrierReport>;
      expect(reports.items[0]).toEqual({
        id: sent.body.id,
        message: 'Der Kontrast der Links im Fuß ist zu schwach.',
        page: '/impressum',
        createdAt: sent.body.createdAt,
      });
      await anonymous(app()).get('/api/v1/feedback').expect(401);
    });

    it('refuses reports too short, too long or with unknown fields', async () => {
      const short = await anonymous(app()).post('/api/v1/public/feedback').send({ message: 'kurz' }).expect(400);
      expect(short.body.problems).toEqual([expect.objectContaining({ field: 'message', code: 'too_short' })]);
      const long = await anonymous(app())
        .post('/api/v1/public/feedback')
        .send({ message: 'x'.repeat(FEEDBACK_MESSAGE_MAX + 1) })
        .expect(400);
      expect(long.body.problems).toEqual([
        expect.objectContaining({ field: 'message', code: 'too_long', params: { max: FEEDBACK_MESSAGE_MAX } }),
      ]);
      const email = await anonymous(app())
        .post('/api/v1/public/feedback')
        .send({ message: 'Ein Problem mit dem Formular.', email: 'a@example.org' })
        .expect(400);
      expect(email.body.problems).toEqual([expect.objectContaining({ field: 'email', code: 'unknown_field' })]);
    });

    it(`takes at most ${FEEDBACK_LIMIT} reports an hour from one address, then answers 429`, async () => {
      const fresh = await startTestApp();
      try {
        for (let index = 0; index < FEEDBACK_LIMIT; index++) {
          await anonymous(fresh.app)
            .post('/api/v1/public/feedback')
            .send({ message: `Meldung Nummer ${index}` })
            .expect(201);
        }
        const refused = await anonymous(fresh.app)
          .post('/api/v1/public/feedback')
          .send({ message: 'Eine Meldung zu viel.' })
          .expect(429);
        expect(refused.body.problems).toEqual([expect.objectContaining({ field: null, code: 'rate_limited' })]);
        const stored = await api(fresh.app).get('/api/v1/feedback').expect(200);
        expect(stored.body.total).toBe(FEEDBACK_LIMIT);
      } finally {
        await fresh.close();
      }
    });
  });

  describe('the sign-language video', () => {
    const upload = (content: Buffer, fileName: string, token?: string) =>
      api(app(), token).put('/api/v1/pages/gebaerdensprache/video').attach('file', content, fileName);

    it('says there is no video until one is uploaded', async () => {
      const page = await anonymous(app()).get('/api/v1/public/pages/gebaerdensprache').expect(200);
      expect(page.body.video).toBeNull();
      const missing = await anonymous(app()).get('/api/v1/public/pages/gebaerdensprache/video').expect(404);
      expect(missing.body.problems).toEqual([expect.objectContaining({ code: 'not_found' })]);
    });

    it('refuses a file that is not MP4 or WebM by its content, whatever its name, and editors', async () => {
      const fake = await upload(Buffer.from('<html>not a video</html>'.repeat(10)), 'video.mp4').expect(415);
      expect(fake.body.problems).toEqual([{ field: 'file', code: 'file_type_unsupported', params: {} }]);
      await upload(mp4(1000), 'video.mp4', editor).expect(403);
      const json = await api(app()).put('/api/v1/pages/gebaerdensprache/video').send({}).expect(415);
      expect(json.body.problems).toEqual([expect.objectContaining({ field: 'file', code: 'unsupported_media_type' })]);
      const page = await anonymous(app()).get('/api/v1/public/pages/gebaerdensprache').expect(200);
      expect(page.body.video).toBeNull();
    });

    it('refuses a video above the size limit with 413 before reading it', async () => {
      const boundary = 'lbmvideo';
      const response = await app().inject({
        method: 'PUT',
        url: '/api/v1/pages/gebaerdensprache/video',
        headers: {
          authorization: `Bearer ${admin}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(SIGN_VIDEO_MAX_BYTES + 1024 * 1024),
        },
        payload: Readable.from([
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="gross.mp4"\r\nContent-Type: video/mp4\r\n\r\n`,
        ]),
      });
      expect([response.statusCode, response.json().problems]).toEqual([
        413,
        [{ field: 'file', code: 'payload_too_large', params: { max: SIGN_VIDEO_MAX_BYTES } }],
      ]);
    });

    it('stores an MP4 video, offers it with its size, and answers a range request with 206 and the right bytes', async () => {
      const video = mp4(64 * 1024);
      const stored = await upload(video, 'dgs.webm').expect(200);
      expect(stored.body).toEqual({
        url: '/api/v1/public/pages/gebaerdensprache/video',
        type: 'video/mp4',
        size: video.length,
        uploadedAt: expect.any(String),
      });
      const page = await anonymous(app())
        .get('/api/v1/public/pages/gebaerdensprache')
        .query({ lang: 'en' })
        .expect(200);
      expect(page.body.video).toEqual(stored.body);

      const whole = await anonymous(app())
        .get('/api/v1/public/pages/gebaerdensprache/video')
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect([whole.headers['content-type'], whole.headers['accept-ranges']]).toEqual(['video/mp4', 'bytes']);
      expect(Buffer.compare(whole.body as Buffer, video)).toBe(0);

      const part = await anonymous(app())
        .get('/api/v1/public/pages/gebaerdensprache/video')
        .set('Range', 'bytes=1000-1999')
        .buffer(true)
        .parse(binary)
        .expect(206);
      expect(part.headers['content-range']).toBe(`bytes 1000-1999/${video.length}`);
      expect(part.headers['content-length']).toBe('1000');
      expect(Buffer.compare(part.body as Buffer, video.subarray(1000, 2000))).toBe(0);

      const beyond = await anonymous(app())
        .get('/api/v1/public/pages/gebaerdensprache/video')
        .set('Range', `bytes=${video.length + 10}-`)
        .expect(416);
      expect(beyond.headers['content-range']).toBe(`bytes */${video.length}`);
    });

    it('replaces the video with a WebM one, and removes it', async () => {
      const stored = await upload(WEBM, 'dgs.bin').expect(200);
      expect(stored.body).toMatchObject({ type: 'video/webm', size: WEBM.length });
      const whole = await anonymous(app())
        .get('/api/v1/public/pages/gebaerdensprache/video')
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(whole.headers['content-type']).toBe('video/webm');
      await api(app()).delete('/api/v1/pages/gebaerdensprache/video').expect(204);
      const page = await anonymous(app()).get('/api/v1/public/pages/gebaerdensprache').expect(200);
      expect(page.body.video).toBeNull();
    });
  });
});

/** Collects a binary answer into a Buffer (supertest parses only text and JSON by itself). */
const binary = ((response: NodeJS.ReadableStream, callback: (error: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}) as unknown as Parameters<request.Test['parse']>[0];
