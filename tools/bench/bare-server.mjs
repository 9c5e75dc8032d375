// The limit the product is compared with: a bare node:http server answering every request with the summary's
// bytes, serialised once in advance. No routing, no framework, no database, no JSON.stringify per request.
//   node tools/bench/bare-server.mjs <file with the bytes> <port>
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const body = readFileSync(process.argv[2]);
const port = Number(process.argv[3]);
const headers = { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length };
createServer((_request, response) => {
  response.writeHead(200, headers);
  response.end(body);
}).listen(port, '127.0.0.1', () => process.stdout.write('ready\n'));
