import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { refuseTrace } from './refuse-trace.ts';

let server: http.Server;
let port: number;
beforeAll(async () => {
  refuseTrace();
  server = http.createServer((_req, res) => res.end('handled'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const send = (method: string) =>
  new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method, path: '/api/events' }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    },
  );

describe('refuseTrace', () => {
  test('answers TRACE with 405, its Allow list and the security headers, before the handler', async () => {
    const res = await send('TRACE');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toContain('GET');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(JSON.parse(res.body)).toMatchObject({ error: 'method_not_allowed' });
  });

  test('leaves every other request to the server', async () => {
    expect(await send('GET')).toMatchObject({ status: 200, body: 'handled' });
  });
});
