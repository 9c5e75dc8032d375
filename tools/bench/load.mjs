// One load scenario with autocannon, run as a process of its own so the load generator does not share an event
// loop with the benchmark's bookkeeping. Reads the scenario as JSON from argv[2] and prints the result as JSON:
// requests per second, latency percentiles (p50/p95/p99 from every response, autocannon reports no p95),
// status codes, errors and timeouts.
//
// Scenarios: get (one or several paths in turn), patch (read-then-write: every connection edits measures of
// its own, sends the version it last saw in If-Match and keeps the one the answer names, so no PATCH should
// meet a 412; those that do are counted apart). A patch scenario with `rate` offers that many requests per second
// instead of sending as fast as the answers come (see runAtRate).
import autocannon from 'autocannon';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

const scenario = JSON.parse(process.argv[2]);
const { url, connections, duration, headers = {} } = scenario;
// The PATCH scenario's measures with the version last seen, carried from the warm-up into the measured run.
const idle = (scenario.measures ?? []).map((measure) => ({ ...measure }));

/** The PATCH a scenario sends for `measure`: the next progress, If-Match with the version last seen. */
function patchOf(measure) {
  measure.progress = ((measure.progress ?? 0) + 1) % 96;
  return {
    path: `/api/v1/measures/${measure.id}`,
    headers: { 'content-type': 'application/json', 'if-match': `"${measure.version}"` },
    body: JSON.stringify({ progress: measure.progress }),
  };
}

/** After an answer: the measure goes back to the queue with the version the server named (not after a 412). */
function answered(measure, status, body, responseHeaders) {
  if (status === 200) {
    const etag = Object.entries(responseHeaders ?? {}).find(([name]) => name.toLowerCase() === 'etag')?.[1];
    const tag = /"(\d+)"/.exec(String(etag ?? ''))?.[1];
    measure.version = tag ? Number(tag) : JSON.parse(body).version;
    idle.push(measure);
  } else if (status !== 412) {
    idle.push(measure);
  }
  // After a 412 the measure's version is unknown here: it is not used again.
}

function requestsFor() {
  if (scenario.kind === 'get') {
    let turn = 0;
    const paths = scenario.paths;
    return [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: paths[turn++ % paths.length] }),
      },
    ];
  }
  if (scenario.kind === 'patch') {
    // autocannon resets a connection's context after every request, so the state lives here: a queue of
    // measures nobody is editing. A request takes the first, its answer puts it back with the version the
    // server named, so two connections never send the same version of one measure. A request still in flight
    // when a run ends never returns its measure (its version is unknown), so no later request is based on it.
    return [
      {
        method: 'PATCH',
        setupRequest: (request, context) => {
          const measure = idle.shift();
          if (!measure) throw new Error('PATCH pool exhausted: pass more measures than connections');
          context.measure = measure;
          const patch = patchOf(measure);
          return { ...request, ...patch, headers: { ...request.headers, ...patch.headers } };
        },
        onResponse: (status, body, context, responseHeaders) =>
          answered(context.measure, status, body, responseHeaders),
      },
    ];
  }
  throw new Error(`unknown scenario kind ${scenario.kind}`);
}

/** p50, p95, p99 and the longest of latencies sorted in ascending order, in ms. */
function latencySummary(latencies) {
  return {
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.at(-1) ?? null),
  };
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function run(seconds, record) {
  const latencies = [];
  const statusCodes = {};
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    headers,
    requests: requestsFor(),
    timeout: 30,
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (!record) return;
    latencies.push(responseTime);
    statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: Math.round(latencies.length / seconds),
    autocannonAverageRps: result.requests.average,
    latencyMs: latencySummary(latencies),
    responses: latencies.length,
    statusCodes,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

const round = (value) => (value === null ? null : Math.round(value * 100) / 100);

/**
 * PATCH at a fixed offered rate: request i is due at i / rate seconds after the start and is sent then, over at
 * most `connections` keep-alive connections (a request waits for a free one when all are busy). Its latency is
 * counted from when it was due, not from when a connection took it, so a server that falls behind shows it in the
 * percentiles (no coordinated omission). Not autocannon's `overallRate`: autocannon 9 lets each connection send its
 * share of a second back to back at the start of every second and then pause, so 1,000/s over 50 connections
 * arrives as bursts of 50 concurrent requests — the closed-loop load again for most of each second.
 */
async function runAtRate(seconds, record) {
  const target = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const interval = 1000 / scenario.rate;
  const total = Math.round(seconds * scenario.rate);
  const latencies = [];
  const statusCodes = {};
  let errors = 0;
  const pending = [];
  /** Requests due while every measure is in flight: sent as measures come back, their latency counted from due. */
  const backlog = [];
  const sendNext = () => {
    while (backlog.length > 0 && idle.length > 0) {
      const { due, done } = backlog.shift();
      sendAt(due, idle.shift(), done);
    }
  };
  const sendAt = (due, measure, done) => {
    const patch = patchOf(measure);
    const outgoing = request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        method: 'PATCH',
        path: patch.path,
        headers: { ...headers, ...patch.headers, 'content-length': Buffer.byteLength(patch.body) },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => {
          answered(measure, response.statusCode, body, response.headers);
          if (record) {
            latencies.push(performance.now() - due);
            statusCodes[response.statusCode] = (statusCodes[response.statusCode] ?? 0) + 1;
          }
          done();
          sendNext();
        });
      },
    );
    outgoing.on('error', () => {
      errors++;
      idle.push(measure);
      done();
      sendNext();
    });
    outgoing.end(patch.body);
  };
  const send = (due) =>
    new Promise((done) => {
      backlog.push({ due, done });
      sendNext();
    });
  const started = performance.now();
  let sent = 0;
  await new Promise((finished) => {
    const tick = () => {
      const now = performance.now();
      for (; sent < total && started + sent * interval <= now; sent++) pending.push(send(started + sent * interval));
      if (sent < total) setTimeout(tick, 1);
      else finished();
    };
    tick();
  });
  await Promise.all(pending);
  const elapsedSeconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    offeredRate: scenario.rate,
    // Answers per second over the scheduled duration plus the time the last answers took.
    requestsPerSecond: Math.round(latencies.length / elapsedSeconds),
    latencyMs: latencySummary(latencies),
    responses: latencies.length,
    statusCodes,
    errors,
    timeouts: 0,
  };
}

const measureRun = scenario.rate ? runAtRate : run;
// A short warm-up (JIT, caches, connection set-up) that is not counted, then the measured run.
if (scenario.warmup > 0) await measureRun(scenario.warmup, false);
const result = await measureRun(duration, true);
process.stdout.write(JSON.stringify(result));
