// The benchmark's data set: actors, measures with their guideline and partner links, and their history,
// written straight into a database that the built server has migrated and given its catalogue (fields of
// action, Leitbild) and first administrator. Deterministic: the same sizes, seed and anchor date give the same
// rows. Big transactions (SQLite) and multi-row inserts from arrays (PostgreSQL) keep 100,000 measures and
// 1,000,000 history entries well under a few minutes.
//
// The triggers that bump the data version are set aside while loading (SQLite: dropped and re-created from
// their stored SQL; PostgreSQL: session_replication_role = replica), and the status milestones are derived from
// the loaded history in one statement, as the migration does for existing rows; so are the summaries' kept counts.
import Database from 'better-sqlite3';
import pg from 'pg';

const STATUS_PATHS = {
  proposed: [],
  in_review: ['in_review'],
  planned: ['in_review', 'planned'],
  in_progress: ['in_review', 'planned', 'in_progress'],
  completed: ['in_review', 'planned', 'in_progress', 'completed'],
  on_hold: ['in_review', 'planned', 'on_hold'],
  rejected: ['rejected'],
};
/** Final statuses, weighted: a plan some years in, with most measures planned or under way. */
const STATUS_WEIGHTS = [
  ['proposed', 10],
  ['in_review', 8],
  ['planned', 20],
  ['in_progress', 35],
  ['completed', 20],
  ['on_hold', 4],
  ['rejected', 3],
];
const ACTOR_TYPES = ['administration', 'council', 'network', 'association', 'migrant_organisation', 'education'];
// Values the API accepts (MEASURE_ORIGINS): an export of the data set writes their German labels.
const ORIGINS = ['integration_conference', 'working_group', 'council_motion', 'district_assembly', 'administration'];
const TOPICS = [
  'Sprachcafé',
  'Willkommenslotsen',
  'Elternbegleitung',
  'Nachbarschaftsfest',
  'Ausbildungspatenschaft',
  'Beratungssprechstunde',
  'Sportangebot',
  'Quartiersrundgang',
  'Kulturwerkstatt',
  'Mentoringprogramm',
  'Informationsabend',
  'Begegnungsort',
];
const PLACES = ['Harburg', 'Heimfeld', 'Wilhelmsburg', 'Neugraben', 'Eißendorf', 'Sinstorf', 'Marmstorf', 'Hausbruch'];
const AUTHORS = ['Redaktion Bezirksamt', 'Fachamt Sozialraummanagement', 'Integrationsrat', 'Quartiersbüro'];
const DAY = 86_400_000;

/** mulberry32: small, fast, deterministic. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A UUID-shaped id from the generator (version 4 layout), so ids are deterministic too. */
function uuid(next) {
  const hex = [];
  for (let i = 0; i < 4; i++)
    hex.push(
      Math.floor(next() * 0x100000000)
        .toString(16)
        .padStart(8, '0'),
    );
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${'89ab'[Math.floor(next() * 4)]}${s.slice(17, 20)}-${s.slice(20, 32)}`;
}

const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);
const isoTime = (ms) => new Date(ms).toISOString();

function pickWeighted(next, weights) {
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = next() * total;
  for (const [value, weight] of weights) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return weights[weights.length - 1][0];
}

/**
 * Builds the rows in memory, in batches handed to `sink`: actors, measures (+ links), and history entries in
 * time order (so history ids grow with time, as they do in a real installation).
 */
function* rows({ measures, history, actors, fieldIds, guidelineIds, authorId, anchor, seed }) {
  const next = random(seed);
  const anchorMs = Date.parse(`${anchor}T00:00:00.000Z`);
  const actorIds = [];
  const actorRows = [];
  const createdAt = isoTime(anchorMs - 6 * 365 * DAY);
  for (let i = 0; i < actors; i++) {
    const id = uuid(next);
    actorIds.push(id);
    actorRows.push([
      id,
      `Akteur ${String(i + 1).padStart(3, '0')} ${PLACES[i % PLACES.length]}`,
      ACTOR_TYPES[i % ACTOR_TYPES.length],
      createdAt,
      createdAt,
    ]);
  }
  yield { table: 'actor', rows: actorRows };

  // History: per measure a fixed share of the total, spread over its life. Kept in typed arrays and sorted by
  // time at the end; the JSON of each entry is built while writing.
  const perMeasure = Math.floor(history / measures);
  let extra = history - perMeasure * measures;
  const eventMeasure = new Int32Array(history);
  const eventAt = new Float64Array(history);
  const eventKind = new Uint8Array(history); // 0 created, 1 status_change, 2 progress_update, 3 field_change
  const eventValue = new Int16Array(history); // status step index, progress, or field change counter
  const measureInfo = [];
  let events = 0;

  const BATCH = 5000;
  let measureRows = [];
  let guidelineRows = [];
  let partnerRows = [];
  for (let m = 0; m < measures; m++) {
    const id = uuid(next);
    const status = pickWeighted(next, STATUS_WEIGHTS);
    const path = STATUS_PATHS[status];
    const count = perMeasure + (extra > 0 ? 1 : 0);
    if (extra > 0) extra -= 1;
    const created = anchorMs - Math.floor(next() * 5 * 365 * DAY) - DAY;
    const life = anchorMs - DAY - created;
    // The entries of this measure at increasing times: created, the status path spread over its life, and
    // progress reports / field changes in between.
    const times = [];
    for (let e = 0; e < count; e++) times.push(created + Math.floor(next() * life));
    times.sort((a, b) => a - b);
    times[0] = created;
    const statusSlots = new Set();
    const available = count - 1;
    const statusSteps = Math.min(path.length, available);
    for (let s = 0; s < statusSteps; s++) statusSlots.add(1 + Math.floor(((s + 0.5) * available) / statusSteps));
    let step = 0;
    let progress = null;
    const progressValues = [];
    for (let e = 0; e < count; e++) {
      eventMeasure[events] = m;
      eventAt[events] = times[e];
      if (e === 0) eventKind[events] = 0;
      else if (statusSlots.has(e)) {
        eventKind[events] = 1;
        eventValue[events] = step;
        step += 1;
      } else if (step > 0 && path[step - 1] === 'in_progress') {
        eventKind[events] = 2;
        progress = Math.min(95, (progress ?? 0) + 5 + Math.floor(next() * 10));
        eventValue[events] = progress;
        progressValues.push(progress);
      } else {
        eventKind[events] = 3;
        eventValue[events] = e;
      }
      events += 1;
    }
    if (status === 'completed') progress = 100;
    const startedAt = path.includes('in_progress') ? times[[...statusSlots][path.indexOf('in_progress')] ?? 0] : null;
    const plannedStart = created + 30 * DAY;
    const plannedEnd = plannedStart + Math.floor((180 + next() * 900) * DAY);
    const field = fieldIds[m % fieldIds.length];
    const lead = actorIds[Math.floor(next() * actorIds.length)];
    const title = `${TOPICS[m % TOPICS.length]} ${PLACES[Math.floor(next() * PLACES.length)]} Nr. ${m + 1}`;
    const isPublic = next() < 0.6;
    measureInfo.push({ id, status, path, title, field, lead, progressValues, created });
    measureRows.push([
      id,
      count,
      title,
      `Maßnahme ${m + 1} des Benchmark-Datensatzes: ${TOPICS[m % TOPICS.length]} für ${PLACES[m % PLACES.length]}.`,
      status,
      status === 'on_hold' || status === 'rejected' ? 'Zurückgestellt wegen fehlender Mittel' : null,
      progress,
      field,
      lead,
      ORIGINS[m % ORIGINS.length],
      isoDate(plannedStart),
      isoDate(plannedEnd),
      startedAt ? isoDate(startedAt) : null,
      status === 'completed' ? isoDate(times[count - 1]) : null,
      isPublic,
      isoTime(created),
      isoTime(times[count - 1]),
    ]);
    const guidelineCount = 1 + Math.floor(next() * 3);
    const chosen = new Set();
    for (let g = 0; g < guidelineCount; g++) chosen.add(guidelineIds[Math.floor(next() * guidelineIds.length)]);
    for (const guidelineId of chosen) guidelineRows.push([id, guidelineId]);
    const partners = new Set();
    for (let p = Math.floor(next() * 3); p > 0; p--) {
      const actor = actorIds[Math.floor(next() * actorIds.length)];
      if (actor !== lead) partners.add(actor);
    }
    for (const actorId of partners) partnerRows.push([id, actorId]);
    if (measureRows.length >= BATCH) {
      yield { table: 'measure', rows: measureRows };
      yield { table: 'measure_guideline', rows: guidelineRows };
      yield { table: 'measure_partner_actor', rows: partnerRows };
      measureRows = [];
      guidelineRows = [];
      partnerRows = [];
    }
  }
  if (measureRows.length) {
    yield { table: 'measure', rows: measureRows };
    yield { table: 'measure_guideline', rows: guidelineRows };
    yield { table: 'measure_partner_actor', rows: partnerRows };
  }

  const order = new Uint32Array(events);
  for (let i = 0; i < events; i++) order[i] = i;
  order.sort((a, b) => eventAt[a] - eventAt[b] || a - b);
  const statusBefore = (info, step) => (step === 0 ? 'proposed' : info.path[step - 1]);
  let historyRows = [];
  const progressSeen = new Map();
  for (let i = 0; i < events; i++) {
    const e = order[i];
    const info = measureInfo[eventMeasure[e]];
    const at = isoTime(eventAt[e]);
    const author = AUTHORS[e % AUTHORS.length];
    let kind;
    let changes;
    let note = null;
    switch (eventKind[e]) {
      case 0:
        kind = 'created';
        changes = [
          { field: 'status', from: null, to: 'proposed' },
          { field: 'title', from: null, to: info.title },
          { field: 'fieldOfActionId', from: null, to: info.field },
          { field: 'leadActorId', from: null, to: info.lead },
        ];
        break;
      case 1: {
        kind = 'status_change';
        const to = info.path[eventValue[e]];
        changes = [{ field: 'status', from: statusBefore(info, eventValue[e]), to }];
        if (to === 'completed') changes.push({ field: 'progress', from: info.progressValues.at(-1) ?? null, to: 100 });
        if (to === 'on_hold' || to === 'rejected') note = 'Zurückgestellt wegen fehlender Mittel';
        break;
      }
      case 2: {
        kind = 'progress_update';
        const before = progressSeen.get(eventMeasure[e]) ?? null;
        changes = [{ field: 'progress', from: before, to: eventValue[e] }];
        progressSeen.set(eventMeasure[e], eventValue[e]);
        note = 'Zwischenstand aus der Arbeitsgruppe';
        break;
      }
      default:
        kind = 'field_change';
        changes = [{ field: 'description', from: 'vorher', to: `Beschreibung, Fassung ${eventValue[e]}` }];
    }
    historyRows.push([info.id, kind, at, authorId, author, JSON.stringify(changes), note]);
    if (historyRows.length >= 20_000) {
      yield { table: 'measure_history', rows: historyRows };
      historyRows = [];
    }
  }
  if (historyRows.length) yield { table: 'measure_history', rows: historyRows };
}

const COLUMNS = {
  actor: ['id', 'name', 'type', 'created_at', 'updated_at'],
  measure: [
    'id',
    'version',
    'title',
    'description',
    'status',
    'status_note',
    'progress',
    'field_of_action_id',
    'lead_actor_id',
    'origin',
    'planned_start',
    'planned_end',
    'actual_start',
    'actual_end',
    'is_public',
    'created_at',
    'updated_at',
  ],
  measure_guideline: ['measure_id', 'guideline_id'],
  measure_partner_actor: ['measure_id', 'actor_id'],
  measure_history: ['measure_id', 'kind', 'at', 'author_id', 'author_name', 'changes', 'note'],
};
const PG_TYPES = {
  actor: ['varchar', 'varchar', 'varchar', 'varchar', 'varchar'],
  measure: [
    'varchar',
    'int',
    'varchar',
    'text',
    'varchar',
    'text',
    'int',
    'varchar',
    'varchar',
    'varchar',
    'date',
    'date',
    'date',
    'date',
    'boolean',
    'varchar',
    'varchar',
  ],
  measure_guideline: ['varchar', 'varchar'],
  measure_partner_actor: ['varchar', 'varchar'],
  measure_history: ['varchar', 'varchar', 'varchar', 'varchar', 'varchar', 'text', 'text'],
};

/** The status a history entry changed to — the same expressions as the migration. */
const MILESTONES = {
  sqlite: `INSERT INTO measure_milestone (measure_id, status, first_at)
    SELECT measure_id, status, MIN(at) FROM (
      SELECT h.measure_id, (SELECT json_extract(c.value, '$.to') FROM json_each(h.changes) c
        WHERE json_extract(c.value, '$.field') = 'status' LIMIT 1) AS status, h.at
      FROM measure_history h WHERE h.kind = 'status_change'
    ) t WHERE status IS NOT NULL GROUP BY measure_id, status`,
  postgres: `INSERT INTO measure_milestone (measure_id, status, first_at)
    SELECT measure_id, status, MIN(at) FROM (
      SELECT h.measure_id, (SELECT c->>'to' FROM jsonb_array_elements(h.changes::jsonb) c
        WHERE c->>'field' = 'status' LIMIT 1) AS status, h.at
      FROM measure_history h WHERE h.kind = 'status_change'
    ) t WHERE status IS NOT NULL GROUP BY measure_id, status`,
};
/**
 * The summaries' kept counts (migration 1765094400000), filled from the loaded rows in one statement each, as the
 * migration does for existing rows: the loading bypassed the triggers that keep them.
 */
const canBeOverdue = `m.planned_end IS NOT NULL AND m.status NOT IN ('completed', 'rejected')`;
const endYear = (yearOf) => `CASE WHEN ${canBeOverdue} THEN ${yearOf} ELSE '' END`;
const counted = `m.progress IS NOT NULL AND m.status NOT IN ('rejected', 'on_hold')`;
const rollups = (yearOf, monthOf) => [
  'DELETE FROM measure_rollup',
  'DELETE FROM overdue_rollup',
  'DELETE FROM guideline_rollup',
  'DELETE FROM milestone_rollup',
  `INSERT INTO measure_rollup (field_of_action_id, status, is_public, end_year, measures, progress_sum, progress_basis)
   SELECT m.field_of_action_id, m.status, m.is_public, ${endYear(yearOf)}, COUNT(*),
     SUM(CASE WHEN ${counted} THEN m.progress ELSE 0 END), SUM(CASE WHEN ${counted} THEN 1 ELSE 0 END)
   FROM measure m GROUP BY m.field_of_action_id, m.status, m.is_public, ${endYear(yearOf)}`,
  `INSERT INTO overdue_rollup (end_month, field_of_action_id, status, is_public, measures)
   SELECT ${monthOf}, m.field_of_action_id, m.status, m.is_public, COUNT(*) FROM measure m WHERE ${canBeOverdue}
   GROUP BY ${monthOf}, m.field_of_action_id, m.status, m.is_public`,
  `INSERT INTO guideline_rollup (guideline_id, field_of_action_id, is_public, active_measures)
   SELECT mg.guideline_id, m.field_of_action_id, m.is_public, COUNT(*)
   FROM measure_guideline mg INNER JOIN measure m ON m.id = mg.measure_id
   WHERE m.status IN ('planned', 'in_progress') GROUP BY mg.guideline_id, m.field_of_action_id, m.is_public`,
  `INSERT INTO milestone_rollup (status, first_month, field_of_action_id, is_public, measures)
   SELECT ms.status, substr(ms.first_at, 1, 7), m.field_of_action_id, m.is_public, COUNT(*)
   FROM measure_milestone ms INNER JOIN measure m ON m.id = ms.measure_id
   GROUP BY ms.status, substr(ms.first_at, 1, 7), m.field_of_action_id, m.is_public`,
];
const ROLLUPS = {
  sqlite: rollups('substr(m.planned_end, 1, 4)', 'substr(m.planned_end, 1, 7)'),
  postgres: rollups(`to_char(m.planned_end, 'YYYY')`, `to_char(m.planned_end, 'YYYY-MM')`),
};
const BUMP = `UPDATE data_version SET version = version + 1, stamp = 'bench-data-loaded' WHERE id = 1`;

/** Fills an SQLite database; returns what it wrote. */
export function generateSqlite(path, options) {
  const db = new Database(path);
  // A throw-away benchmark database: loading speed over crash safety, and a cache that holds the indexes.
  db.pragma('journal_mode = MEMORY');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1000000');
  const catalogue = readCatalogue((sql) => db.prepare(sql).all());
  const counts = {};
  const triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'trg_%'").all();
  db.transaction(() => {
    for (const trigger of triggers) db.exec(`DROP TRIGGER ${trigger.name}`);
    const statements = {};
    for (const batch of rows({ ...options, ...catalogue })) {
      const columns = COLUMNS[batch.table];
      statements[batch.table] ??= db.prepare(
        `INSERT INTO ${batch.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      const statement = statements[batch.table];
      for (const row of batch.rows)
        statement.run(row.map((value) => (typeof value === 'boolean' ? Number(value) : value)));
      counts[batch.table] = (counts[batch.table] ?? 0) + batch.rows.length;
    }
    db.exec(MILESTONES.sqlite);
    for (const statement of ROLLUPS.sqlite) db.exec(statement);
    for (const trigger of triggers) db.exec(trigger.sql);
    db.exec(BUMP);
  })();
  db.exec('ANALYZE');
  db.pragma('journal_mode = WAL');
  db.close();
  return counts;
}

/** Fills a PostgreSQL database; returns what it wrote. */
export async function generatePostgres(url, options) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const catalogueRows = {};
    for (const sql of CATALOGUE_QUERIES) catalogueRows[sql] = (await client.query(sql)).rows;
    const catalogue = readCatalogue((sql) => catalogueRows[sql]);
    const counts = {};
    await client.query('BEGIN');
    // No triggers (data version, milestones) and no foreign-key triggers while loading; milestones follow below.
    await client.query('SET LOCAL session_replication_role = replica');
    for (const batch of rows({ ...options, ...catalogue })) {
      const columns = COLUMNS[batch.table];
      const types = PG_TYPES[batch.table];
      const arrays = columns.map((_, index) => batch.rows.map((row) => row[index]));
      await client.query(
        `INSERT INTO ${batch.table} (${columns.join(', ')}) SELECT * FROM unnest(${types
          .map((type, index) => `$${index + 1}::${type}[]`)
          .join(', ')})`,
        arrays,
      );
      counts[batch.table] = (counts[batch.table] ?? 0) + batch.rows.length;
    }
    await client.query(MILESTONES.postgres);
    for (const statement of ROLLUPS.postgres) await client.query(statement);
    await client.query(BUMP);
    await client.query('COMMIT');
    // A register in use has been vacuumed long ago; a freshly loaded one has not, and autovacuum would otherwise
    // work through its million history rows (and every first read set hint bits) during the measured runs.
    await client.query('VACUUM (ANALYZE)');
    // And the load's WAL written out now, not by a checkpoint during the measured runs (needs a superuser or, from
    // PostgreSQL 15, pg_checkpoint; without either the runs simply start with it pending).
    await client.query('CHECKPOINT').catch(() => undefined);
    return counts;
  } finally {
    await client.end();
  }
}

const CATALOGUE_QUERIES = [
  'SELECT id FROM field_of_action ORDER BY position',
  'SELECT g.id FROM guideline g JOIN leitbild_section s ON s.id = g.section_id ORDER BY s.position, g.position',
  "SELECT id FROM app_user WHERE role = 'admin' ORDER BY created_at LIMIT 1",
];

function readCatalogue(all) {
  const [fields, guidelines, admins] = CATALOGUE_QUERIES.map((sql) => all(sql));
  if (fields.length === 0 || guidelines.length === 0 || admins.length === 0)
    throw new Error('the database needs its catalogue and first administrator: start the built server on it once');
  return {
    fieldIds: fields.map((row) => row.id),
    guidelineIds: guidelines.map((row) => row.id),
    authorId: admins[0].id,
  };
}
