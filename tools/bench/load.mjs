// One load scenario with autocannon, run as a process of its own so the load generator does not share an event
// loop with the benchmark's bookkeeping. Reads the scenario as JSON from argv[2] and prints the result as JSON:
// requests per second, latency percentiles (p50/p95/p99 from every response, autocannon reports no p95),
// status codes, errors and timeouts.
//
// Scenarios: get (one or several paths in turn), patch (read-then-write: every connection edits measures of
// its own, sends the version it last saw in If-Match and keeps the one the answer names, so no PATCH should
// meet a 412; those that do are counted apart).
import autocannon from 'autocannon';

const scenario = JSON.parse(process.argv[2]);
const { url, connections, duration, headers = {} } = scenario;
// The PATCH scenario's measures with the version last seen, carried from the warm-up into the measured run.
const idle = (scenario.measures ?? []).map((measure) => ({ ...measure }));

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
          measure.progress = ((measure.progress ?? 0) + 1) % 96;
          return {
            ...request,
            path: `/api/v1/measures/${measure.id}`,
            headers: { ...request.headers, 'content-type': 'application/json', 'if-match': `"${measure.version}"` },
            body: JSON.stringify({ progress: measure.progress }),
          };
        },
        onResponse: (status, body, context, responseHeaders) => {
          const measure = context.measure;
          if (status === 200) {
            const etag = Object.entries(responseHeaders ?? {}).find(([name]) => name.toLowerCase() === 'etag')?.[1];
            const tag = /"(\d+)"/.exec(String(etag ?? ''))?.[1];
            measure.version = tag ? Number(tag) : JSON.parse(body).version;
            idle.push(measure);
          } else if (status !== 412) {
            idle.push(measure);
          }
          // After a 412 the measure's version is unknown here: it is not used again.
        },
      },
    ];
  }
  throw new Error(`unknown scenario kind ${scenario.kind}`);
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
  const round = (value) => (value === null ? null : Math.round(value * 100) / 100);
  return {
    requestsPerSecond: Math.round(latencies.length / seconds),
    autocannonAverageRps: result.requests.average,
    latencyMs: {
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      max: round(latencies.at(-1) ?? null),
    },
    responses: latencies.length,
    statusCodes,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

// A short warm-up (JIT, caches, connection set-up) that is not counted, then the measured run.
if (scenario.warmup > 0) await run(scenario.warmup, false);
const result = await run(duration, true);
process.stdout.write(JSON.stringify(result));
