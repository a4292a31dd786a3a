// The machine's ceiling for the benchmark: a minimal Node HTTP server, in its own process as
// the app is, answering the bytes the app answered (status, headers, body; recorded by
// scripts/bench/ceiling.ts) with nothing else to do. The same autocannon load against it
// shows what any Node server costs on this machine; the app's figures are printed as a ratio
// to it. Plain JavaScript: run by node itself, no loader. Usage: node bare-server.mjs
// (IPC): receives { path, status, headers, body (base64) } messages, answers "ready" with
// its port.
import { createServer } from 'node:http';

/** path → the recorded response; any other path answers the last one recorded. */
const answers = new Map();
let last;

const server = createServer((req, res) => {
  const answer = answers.get(req.url) ?? last;
  if (!answer) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(answer.status, answer.headers).end(answer.body);
});

process.on('message', (message) => {
  last = {
    status: message.status,
    headers: message.headers,
    body: Buffer.from(message.body, 'base64'),
  };
  answers.set(message.path, last);
  process.send({ recorded: message.path });
});
process.on('disconnect', () => process.exit(0));
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
