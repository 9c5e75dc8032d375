import fc from 'fast-check';

/**
 * fast-check generators of hostile HTTP input for hostile-input.api-spec.ts: request bodies written by hand (so
 * `__proto__` keys, duplicated keys and numbers such as 1e309 really reach the server), invalid UTF-8, odd
 * headers and query strings. Everything here is pure data; the spec turns it into requests.
 */

/** A value inside a JSON object body: a JS value (written with JSON.stringify) or raw JSON text. */
export type BodyValue = { js: unknown } | { raw: string };
export type BodyEntry = [key: string, value: BodyValue];

export type Body =
  /** A JSON object written entry by entry, in this order, duplicates and `__proto__` included. */
  | { kind: 'entries'; entries: BodyEntry[] }
  /** Any text: malformed JSON, arrays, scalars, a byte order mark ... */
  | { kind: 'text'; text: string }
  /** Raw bytes, e.g. invalid UTF-8. */
  | { kind: 'bytes'; bytes: number[] }
  /** 1 MB, far above the body limit. */
  | { kind: 'huge'; field: string; unit: string };

/** The If-Match header of a measure write: resolved against the measure's current version when sent. */
export type IfMatch =
  | { current: true; weak: boolean; unquoted: boolean }
  | { offset: number }
  | { raw: string }
  | { absent: true };

/** A path parameter: an index into a pool of existing records (resolved when sent), or any text. */
export type PathId = { pool: number } | { raw: string };

export const js = (value: unknown): BodyValue => ({ js: value });
export const raw = (text: string): BodyValue => ({ raw: text });

/** Writes an entries body as JSON text. */
export function jsonText(entries: BodyEntry[]): string {
  return `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${'raw' in value ? value.raw : JSON.stringify(value.js)}`).join(',')}}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Text

export const SQL_FRAGMENTS = [
  "' OR 1=1 --",
  "' OR '1'='1",
  'title; DROP TABLE measure',
  "'); DROP TABLE measure;--",
  '" OR ""="',
  "1' UNION SELECT email, password_hash FROM app_user --",
  '%',
  '_',
  '\\',
  '%%',
  '\\%',
  '\\_',
  '%_%',
  "\\'",
  '*/ /*',
  '$1',
  ':q',
  '?',
  'NULL',
  '-updatedAt; DROP TABLE measure',
  'title ASC, (SELECT 1)',
  'm.title',
  '1 = 1',
];

/** Direction overrides, isolates and marks. */
export const BIDI = [
  '\u202E',
  '\u202D',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
];

/** Emoji (with skin tones, ZWJ sequences, flags), astral letters, lone surrogates and case-mapping oddities. */
export const EMOJI_AND_SURROGATES = [
  '🤝🏽',
  '👨‍👩‍👧',
  '🇩🇪',
  '😀',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '\uD800',
  '\uDC00',
  '\uDBFF\uDFFF',
  '\uDFFF\uD800',
  'ß',
  'İ',
  'ﬃ',
  'ǅ',
  'ẞ',
  '\u0301',
  'e\u0301',
  '\u200B',
  '\u200D',
  '\u00AD',
  '\u2028',
  '\u2029',
  '\uFFFD',
  '\uFFFF',
  '\u001B[31m',
  '\r\n',
  '\t',
];

export const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}}',
  '${7*7}',
  '../../etc/passwd',
  '=HYPERLINK("http://x")',
  '{"$ne":null}',
];

/** Text pieces put together by `hostileText`. */
export const TOKENS = [...SQL_FRAGMENTS, ...BIDI, ...EMOJI_AND_SURROGATES, ...MARKUP];

const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
);

/** Short hostile text (at most a few dozen characters). */
export const shortHostileText: fc.Arbitrary<string> = fc.array(token, { maxLength: 6 }).map((parts) => parts.join(''));

/** Text just below, at and above the limits of the contract (36, 64, 100, 200, 254, 2000, 5000). */
export const textAroundLimits: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(36, 64, 100, 128, 200, 254, 2000, 5000),
    fc.integer({ min: -2, max: 2 }),
    fc.constantFrom('x', 'ä', '😀', '🤝🏽', '\u202E', "'", '%', ' x'),
  )
  .map(([limit, delta, unit]) => {
    const wanted = Math.max(1, limit + delta);
    const repeated = unit.repeat(Math.ceil(wanted / Math.max(1, [...unit].length)));
    return [...repeated].slice(0, wanted).join('');
  });

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: shortHostileText },
  { weight: 1, arbitrary: textAroundLimits },
);

// ---------------------------------------------------------------------------------------------------------------
// JSON values

/** Numbers out of range, fractions, and numbers only raw JSON can carry (1e309 is Infinity, -0). */
export const hostileNumber: fc.Arbitrary<BodyValue> = fc.oneof(
  fc
    .constantFrom(-1, 101, 2 ** 53, -(2 ** 53), 2 ** 31, 2 ** 53 + 2, 1.5, 99.999, -0.0001, 1e21, 5e-324, 0, 100)
    .map(js),
  fc
    .constantFrom(
      '1e309',
      '-1e309',
      '1E400',
      '-0',
      '1.0',
      '100.0',
      '1e2',
      '0.5e1',
      '9007199254740993',
      '123456789012345678901234567890',
      '0e0',
      '-0.0',
    )
    .map(raw),
  fc.integer().map(js),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(js),
);

/** Strings that look like numbers, booleans or nothing. */
export const numberishString: fc.Arbitrary<string> = fc.constantFrom(
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '0x10',
  '1_000',
  '',
  ' 50',
  '50 ',
  '٥٠',
  '50%',
  'true',
  'null',
  'undefined',
  '-0',
  '1,5',
);

/** Objects where a scalar is expected, including operator objects and prototype keys. */
export const nestedObject: fc.Arbitrary<BodyValue> = fc.oneof(
  fc
    .constantFrom<unknown>({ $ne: null }, { $gt: '' }, { toString: 'x' }, { valueOf: 1 }, { length: 1 }, { 0: 'a' }, {})
    .map(js),
  fc
    .constantFrom(
      '{"__proto__":{"polluted":"yes"}}',
      '{"constructor":{"prototype":{"polluted":"yes"}}}',
      '{"a":{"b":{"c":{"d":{"e":"f"}}}}}',
      '{"title":"x","title":"y"}',
    )
    .map(raw),
);

/** Arrays where a scalar is expected, and deeply nested arrays. */
export const hostileArray: fc.Arbitrary<BodyValue> = fc.oneof(
  fc.array(fc.oneof(shortHostileText, fc.integer(), fc.constant(null), fc.boolean()), { maxLength: 4 }).map(js),
  fc.integer({ min: 1, max: 20_000 }).map((depth) => raw(`${'['.repeat(depth)}${']'.repeat(depth)}`)),
  fc.integer({ min: 1, max: 5_000 }).map((depth) => raw(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`)),
);

/** Any hostile JSON value, for any field. */
export const hostileValue: fc.Arbitrary<BodyValue> = fc.oneof(
  { weight: 5, arbitrary: hostileText.map(js) },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 1, arbitrary: numberishString.map(js) },
  { weight: 1, arbitrary: fc.boolean().map(js) },
  { weight: 1, arbitrary: fc.constant(js(null)) },
  { weight: 2, arbitrary: nestedObject },
  { weight: 2, arbitrary: hostileArray },
);

/** A body field: values that pass validation, and values that should not. */
export interface Field {
  valid: fc.Arbitrary<unknown>;
  invalid: fc.Arbitrary<BodyValue>;
}

export function field(valid: fc.Arbitrary<unknown>, invalid: fc.Arbitrary<BodyValue> = hostileValue): Field {
  return { valid, invalid };
}

// ---------------------------------------------------------------------------------------------------------------
// Domain values

export const validDate: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10)),
  },
  { weight: 1, arbitrary: fc.constantFrom('2016-02-29', '2000-02-29', '1900-01-01', '2999-12-31', '1970-01-01') },
);

export const invalidDate: fc.Arbitrary<BodyValue> = fc.oneof(
  fc
    .constantFrom(
      '2017-02-30',
      '0000-00-00',
      '0000-01-01',
      '0001-01-01',
      '1899-12-31',
      '3000-01-01',
      '9999-12-31',
      '9999-99-99',
      '2017-13-01',
      '2017-00-10',
      '2017-1-1',
      '31.12.2017',
      '12/31/2017',
      '2017-12-31T00:00:00Z',
      '2017-12-31 ',
      ' 2017-12-31',
      '２０１７-１２-３１',
      '2017\u201012\u201031',
      '+02017-12-31',
      '-2017-12-31',
      '20171231',
      '2017-02-29',
      '1900-02-29',
      '2100-02-29',
      '2017-04-31',
      '2017-12-32',
      "2017-12-31' OR 1=1 --",
      '',
    )
    .map(js),
  fc.constantFrom(20171231, 1514678400000).map(js),
  hostileValue,
);

export const validText = (maxLength: number) =>
  fc
    .tuple(
      fc.constantFrom('Sprachcafé', 'Patenschaft', 'Güzel', 'Zusammen', 'نعم', 'Δ', 'x'),
      fc.string({ unit: 'grapheme', maxLength: Math.max(0, Math.min(maxLength - 12, 40)) }),
    )
    .map(([head, tail]) => `${head} ${tail}`.slice(0, maxLength));

export const validPassword: fc.Arbitrary<string> = fc
  .string({ unit: 'grapheme-ascii', minLength: 8, maxLength: 40 })
  .filter((text) => text.length >= 8);

export const hostileEmail: fc.Arbitrary<BodyValue> = fc.oneof(
  fc
    .constantFrom(
      'not-an-email',
      "admin@example.org' OR 1=1 --",
      'admin@example.org\u202E',
      'ADMIN@EXAMPLE.ORG',
      ' admin@example.org ',
      'a@b',
      '@example.org',
      'a@@example.org',
      `${'a'.repeat(250)}@example.org`,
      'admin@example.org%00',
      'admin+tag@example.org',
      'ämin@exämple.org',
    )
    .map(js),
  hostileValue,
);

// ---------------------------------------------------------------------------------------------------------------
// Bodies

/** Keys that must never do anything but fail validation. */
export const extraEntry: fc.Arbitrary<BodyEntry> = fc.oneof(
  fc.constantFrom<BodyEntry>(
    ['__proto__', raw('{"polluted":"yes","isAdmin":true}')],
    ['__proto__', raw('null')],
    ['constructor', raw('{"prototype":{"polluted":"yes"}}')],
    ['prototype', js({ polluted: 'yes' })],
    ['id', js('00000000-0000-0000-0000-000000000000')],
    ['version', js(99)],
    ['createdAt', js('2000-01-01T00:00:00.000Z')],
    ['status', js('completed')],
    ['role', js('admin')],
    ['passwordHash', js('x')],
    ['isPublic', js(true)],
    ['hasOwnProperty', js('x')],
    ['toString', js('x')],
  ),
  fc.tuple(shortHostileText, hostileValue),
);

/** Non-object bodies. */
export const textBody: fc.Arbitrary<Body> = fc
  .constantFrom(
    '[]',
    '[{}]',
    '"title"',
    '42',
    'null',
    'true',
    '',
    ' ',
    '{',
    '}',
    '{"title": "x",',
    '{"title": "x"}garbage',
    '{"title": "x"}{"title": "y"}',
    '\uFEFF{}',
    '{}',
    "{'title': 'x'}",
    '{"title": NaN}',
    '{"title": undefined}',
    '{"progress": Infinity}',
    '{"progress": 0x10}',
    '{"title": "\\ud800"}',
    '{"title": "\\u0"}',
    '{"title": "x" /* comment */}',
    '{"__proto__": {"polluted": "yes"}}',
    '{"constructor": {"prototype": {"polluted": "yes"}}}',
    '{"contact": {"__proto__": {"polluted": "yes"}}}',
    'title=x&fieldOfActionId=y',
    '<measure><title>x</title></measure>',
  )
  .map((text) => ({ kind: 'text', text }));

/** Invalid UTF-8 (inside a JSON string and on its own). */
export const INVALID_UTF8 = [
  [0xc3, 0x28],
  [0xff],
  [0xfe, 0xff],
  [0xed, 0xa0, 0x80],
  [0xc0, 0xaf],
  [0xf4, 0x90, 0x80, 0x80],
  [0xe2, 0x82],
  [0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
];

export const bytesBody = (field: string): fc.Arbitrary<Body> =>
  fc.tuple(fc.constantFrom(...INVALID_UTF8), fc.boolean()).map(([bad, inJson]) => ({
    kind: 'bytes',
    bytes: inJson ? [...Buffer.from(`{"${field}":"a`), ...bad, ...Buffer.from('b"}')] : [...bad, 0x7b, 0x7d],
  }));

/**
 * An object body from per-field generators (all optional unless listed in `required`): all fields valid (so
 * requests succeed and data gets written), one field spoilt, or many; sometimes with extra hostile keys, and
 * now and then a non-object or invalid UTF-8 body instead.
 */
export function bodyOf(
  fields: Record<string, Field>,
  required: string[] = [],
  /** Makes an all-valid record consistent across fields (e.g. an end not before its start). */
  consistent: (record: Partial<Record<string, unknown>>) => Partial<Record<string, unknown>> = (record) => record,
): fc.Arbitrary<Body> {
  const keys = Object.keys(fields);
  const toEntries = (record: Partial<Record<string, unknown>>): BodyEntry[] =>
    Object.entries(record).map(([key, value]) => [key, js(value)]);
  const valid = fc
    .record(Object.fromEntries(keys.map((key) => [key, fields[key].valid])), { requiredKeys: required })
    .map((record) => toEntries(consistent(record)));
  const oneSpoilt = fc
    .tuple(
      valid,
      fc.constantFrom(...keys).chain((key) => fc.tuple(fc.constant(key), fields[key].invalid)),
    )
    .map(([entries, [key, bad]]): BodyEntry[] =>
      entries.some(([name]) => name === key)
        ? entries.map(([name, value]): BodyEntry => [name, name === key ? bad : value])
        : [...entries, [key, bad]],
    );
  const mixed = fc
    .record(
      Object.fromEntries(
        keys.map((key) => [
          key,
          fc.oneof({ weight: 2, arbitrary: fields[key].valid.map(js) }, { weight: 1, arbitrary: fields[key].invalid }),
        ]),
      ),
      { requiredKeys: [] },
    )
    .map((record) => Object.entries(record) as BodyEntry[]);
  const object = fc
    .tuple(
      fc.oneof({ weight: 4, arbitrary: valid }, { weight: 4, arbitrary: oneSpoilt }, { weight: 2, arbitrary: mixed }),
      fc.oneof(
        { weight: 7, arbitrary: fc.constant([] as BodyEntry[]) },
        { weight: 1, arbitrary: fc.array(extraEntry, { minLength: 1, maxLength: 3 }) },
      ),
      fc.boolean(),
    )
    .map(
      ([entries, extras, extrasFirst]): Body => ({
        kind: 'entries',
        entries: extrasFirst ? [...extras, ...entries] : [...entries, ...extras],
      }),
    );
  return fc.oneof(
    { weight: 16, arbitrary: object },
    { weight: 1, arbitrary: textBody },
    { weight: 1, arbitrary: bytesBody(keys[0] ?? 'name') },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Headers, paths and query strings

/** If-Match: mostly the current ETag (so writes succeed), otherwise stale, missing or nonsense. */
export const ifMatch: fc.Arbitrary<IfMatch> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record({ current: fc.constant(true as const), weak: fc.boolean(), unquoted: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.constant({ absent: true as const }) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: -2, max: 2 })
      .filter((offset) => offset !== 0)
      .map((offset) => ({ offset })),
  },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(
        '"abc"',
        'W/"-1"',
        '*',
        '"1", "2"',
        '"99999999999"',
        '"999999999"',
        'W/',
        '""',
        '"',
        '" 1 "',
        '0',
        '"0"',
        '"-0"',
        '"1e3"',
        '"0x1"',
        '"1.0"',
        'w/"1"',
        '"1\' OR 1=1 --"',
        `"${'9'.repeat(400)}"`,
        'x'.repeat(8_000),
        `W/"${'1'.repeat(20_000)}"`,
      )
      .map((value) => ({ raw: value })),
  },
);

/** Content types: mostly JSON (so bodies get parsed), otherwise anything a client might send. */
export const contentType: fc.Arbitrary<string> = fc.oneof(
  { weight: 30, arbitrary: fc.constant('application/json') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8',
      'APPLICATION/JSON',
      'Application/Json; Charset=UTF-8',
      'application/json; charset=latin1',
      'application/json; charset=utf-16',
      'application/json; charset=" OR 1=1',
      'application/json;;;',
      'application/json; boundary=x',
      'application/vnd.api+json',
      'application/merge-patch+json',
      'text/json',
      'text/plain',
      'text/html',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=xyz',
      'application/xml',
      'application/octet-stream',
      '*/*',
      'json',
      'application/',
      '/',
      ';',
      'application/json, text/plain',
      'application/json\t',
      `application/json; x=${'y'.repeat(2_000)}`,
    ),
  },
);

/** Additional headers a hostile client might add. */
export const extraHeaders: fc.Arbitrary<[string, string][]> = fc.oneof(
  { weight: 4, arbitrary: fc.constant([] as [string, string][]) },
  {
    weight: 1,
    arbitrary: fc.subarray<[string, string]>(
      [
        ['X-HTTP-Method-Override', 'DELETE'],
        ['X-Forwarded-For', "' OR 1=1 --"],
        ['X-Forwarded-For', '1.1.1.1, 2.2.2.2, ::1'],
        ['X-Forwarded-Proto', 'gopher'],
        ['Accept', 'text/html'],
        ['Accept', 'application/xml'],
        ['Accept-Language', 'x'.repeat(1_000)],
        ['Accept-Charset', 'utf-16'],
        ['Content-Encoding', 'gzip'],
        ['Content-Encoding', 'br, identity'],
        ['If-None-Match', '*'],
        ['If-Modified-Since', 'Thu, 31 Dec 2099 00:00:00 GMT'],
        ['Range', 'bytes=0-1'],
        ['X-XSRF-TOKEN', "' OR 1=1 --"],
        ['Origin', 'https://evil.example'],
        ['Referer', 'javascript:alert(1)'],
      ],
      { minLength: 1, maxLength: 3 },
    ),
  },
);

/** Path parameters that are not ids of anything (they are URL-encoded when sent). */
export const hostileId: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    '.',
    '..',
    '../measures',
    '00000000-0000-0000-0000-000000000000',
    '__proto__',
    'constructor',
    'prototype',
    "' OR 1=1 --",
    '1; DROP TABLE measure',
    '%',
    '*',
    'x'.repeat(37),
    'x'.repeat(4_000),
    'statuses',
    'null',
    'undefined',
  ),
  shortHostileText,
);

export const pathId: fc.Arbitrary<PathId> = fc.oneof(
  { weight: 4, arbitrary: fc.nat().map((pool) => ({ pool })) },
  { weight: 1, arbitrary: hostileId.map((text) => ({ raw: text })) },
);

/** How a query value is written: properly encoded, or with `%`, quotes and brackets left as they are. */
export type QueryEncoding = 'encoded' | 'loose';

/** One `key=value` pair of a query string. */
export type QueryPair = [key: string, value: string, encoding: QueryEncoding];

/** Raw pieces appended to a query string as they are: broken percent escapes, empty pairs, prototype keys. */
export const RAW_QUERY_PIECES = [
  '%',
  '%zz',
  '%E0%A4%A',
  'q=%C3%28',
  'q=%FF%FE',
  'q=%ED%A0%80',
  '&&&',
  '==',
  'a=b=c',
  'q',
  '=x',
  'q[]=a&q[]=b',
  'q[a]=1',
  'status[]=planned',
  'page[$gt]=0',
  '__proto__[polluted]=yes',
  '__proto__.polluted=yes',
  'constructor[prototype][polluted]=yes',
  '__proto__=x',
  'sort=title&sort=-title',
  'status=a&status=b',
  'limit=1&limit=100',
  'overdue=true&overdue=false',
  'q=%2525',
  'q=%5C',
  'q=+++',
];

export function queryValue(known: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: known },
    { weight: 3, arbitrary: fc.constantFrom(...SQL_FRAGMENTS) },
    { weight: 3, arbitrary: shortHostileText },
    { weight: 2, arbitrary: numberishString },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '-1',
        '0',
        '1',
        '100',
        '101',
        '1000001',
        '9007199254740993',
        '1e2',
        '1.5',
        '0x10',
        '2**53',
        'NaN',
      ),
    },
    { weight: 1, arbitrary: fc.integer({ min: 150, max: 12_000 }).map((length) => 'x'.repeat(length)) },
  );
}

/**
 * A query string over the given keys: values valid or hostile, keys sometimes repeated or unknown, now and
 * then raw broken pieces.
 */
export function queryOf(
  keys: Record<string, fc.Arbitrary<string>>,
): fc.Arbitrary<{ pairs: QueryPair[]; rawPieces: string[] }> {
  const names = Object.keys(keys);
  const pair: fc.Arbitrary<QueryPair> = fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .constantFrom(...names)
        .chain((name) =>
          fc.tuple(
            fc.constant(name),
            queryValue(keys[name]),
            fc.constantFrom<QueryEncoding>('encoded', 'encoded', 'loose'),
          ),
        ),
    },
    { weight: 1, arbitrary: fc.tuple(shortHostileText, shortHostileText, fc.constant<QueryEncoding>('encoded')) },
  );
  return fc.record({
    pairs: fc.array(pair, { maxLength: 5 }),
    rawPieces: fc.oneof(
      { weight: 4, arbitrary: fc.constant([] as string[]) },
      { weight: 1, arbitrary: fc.subarray(RAW_QUERY_PIECES, { minLength: 1, maxLength: 3 }) },
    ),
  });
}
