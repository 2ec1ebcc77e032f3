/**
 * The viewer server serves the built viewer and the graph files, nothing else: hostile request targets sent byte for
 * byte over a socket (no client normalises them), DNS rebinding, and the loopback-only default. What
 * tests/viewer/serve.test.ts already covers (/../, %2e%2e, %2f, %5c, %00, dot files, a link out) is not repeated.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLocalHostHeader, isLoopbackHost } from '../../src/serve/host-header.js';
import { startServer, type RunningServer } from '../../src/serve/index.js';

interface RawResponse {
  status: number;
  body: string;
}

/** Sends one raw HTTP/1.1 request (the request line exactly as given) and reads the status and body. */
function raw(url: string, target: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  const head = [`${method} ${target} HTTP/1.1`, ...Object.entries({ Host: `127.0.0.1:${port}`, ...headers }).map(([k, v]) => `${k}: ${v}`)];
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => socket.write(`${head.join('\r\n')}\r\nConnection: close\r\n\r\n`, 'latin1'));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0), body: text.slice(text.indexOf('\r\n\r\n') + 4) });
    });
  });
}

/** Whether a TCP connection to host:port is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
    socket.on('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** An address of this machine other than loopback, if it has one. */
const externalAddress = Object.values(networkInterfaces())
  .flat()
  .find((address) => address !== undefined && address.family === 'IPv4' && !address.internal)?.address;

let dir: string;
let root: string;
let graph: string;
let server: RunningServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-traversal-'));
  root = join(dir, 'dist');
  graph = join(dir, 'graph');
  await mkdir(join(root, 'assets'), { recursive: true });
  await mkdir(graph);
  await mkdir(join(dir, 'secret-dir'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>查看器</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1);');
  await writeFile(join(graph, 'graph.json'), '{"nodes":[]}');
  await writeFile(join(dir, 'outside.txt'), 'SECRET');
  await writeFile(join(dir, 'secret-dir', 'inside.txt'), 'SECRET');
  await writeFile(join(dir, 'graph.gexf'), 'SECRET');
  // A link to a folder outside, in the viewer folder, and a graph file that is a link out of the graph folder.
  await symlink(join(dir, 'secret-dir'), join(root, 'linked-dir'));
  await symlink(join(dir, 'graph.gexf'), join(graph, 'graph.gexf'));
  server = await startServer({ root, graphDir: graph, port: 0 });
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('path traversal, request line as sent', () => {
  it.each([
    ['double-encoded dots', '/%252e%252e/outside.txt'],
    ['double-encoded dots and slash', '/%252e%252e%252foutside.txt'],
    ['double-encoded slash after dots', '/..%252f..%252foutside.txt'],
    ['double-encoded backslash', '/..%255coutside.txt'],
    ['mixed encoded dot', '/.%2e/outside.txt'],
    ['encoded dots in a subfolder', '/assets/%2e%2e/%2e%2e/outside.txt'],
    ['encoded dots then backslash', '/%2e%2e%5coutside.txt'],
    ['raw backslashes', '/..\\outside.txt'],
    ['raw backslashes in a subfolder', '/assets\\..\\..\\outside.txt'],
    ['overlong UTF-8 dots', '/%c0%ae%c0%ae/outside.txt'],
    ['overlong UTF-8 slash', '/..%c0%afoutside.txt'],
    ['full-width dots and slash', '/%EF%BC%8E%EF%BC%8E%EF%BC%8Foutside.txt'],
    ['an encoded NUL', '/index.html%00'],
    ['a double-encoded NUL', '/index.html%2500'],
    ['dots after a graph file', '/graph.json/../../outside.txt'],
    ['a graph file that links out of the graph folder', '/graph.gexf'],
    ['a link to a folder outside', '/linked-dir/inside.txt'],
    ['an absolute-form target', 'http://127.0.0.1/../outside.txt'],
    ['a scheme-relative target', '//127.0.0.1/../outside.txt'],
    ['an absolute file path', '/etc/passwd'],
    ['a Windows drive path', '/C:/Windows/win.ini'],
    ['a UNC-like path', '/\\\\server\\share\\outside.txt'],
    ['an asterisk target', '*'],
    ['no leading slash', 'outside.txt'],
    ['dots in the query only', '/index.html?../../outside.txt'],
  ])('%s (%s) gets 400 or 404, or the viewer page, never a file from outside', async (_, target) => {
    const response = await raw(server.url, target);
    expect(response.body).not.toContain('SECRET');
    if (response.status === 200) expect(response.body).toContain('查看器');
    else expect([400, 404]).toContain(response.status);
  });

  it.each([
    ['a raw NUL', '/index.html\0.txt'],
    ['a raw space', '/index .html'],
    ['raw control characters', '/\x01\x7f'],
  ])('%s in the request line is refused before any file is looked up', async (_, target) => {
    const response = await raw(server.url, target);
    expect([400, 404]).toContain(response.status);
    expect(response.body).not.toContain('SECRET');
  });

  it('still serves the viewer and the graph files', async () => {
    expect(await raw(server.url, '/')).toMatchObject({ status: 200 });
    expect(await raw(server.url, '/assets/app.js')).toMatchObject({ status: 200, body: 'console.log(1);' });
    expect(await raw(server.url, '/graph.json')).toMatchObject({ status: 200, body: '{"nodes":[]}' });
  });

  it('does not answer a traversal through HEAD either', async () => {
    expect([400, 404]).toContain((await raw(server.url, '/%2e%2e/outside.txt', {}, 'HEAD')).status);
  });
});

describe('DNS rebinding: a loopback server answers only requests addressed to this machine', () => {
  it.each([
    ['127.0.0.1 with the port', (port: string) => `127.0.0.1:${port}`],
    ['localhost', (port: string) => `localhost:${port}`],
    ['LOCALHOST in capitals', (port: string) => `LOCALHOST:${port}`],
    ['[::1]', (port: string) => `[::1]:${port}`],
    ['a name under .localhost', (port: string) => `viewer.localhost:${port}`],
  ])('Host %s → 200', async (_, host) => {
    expect((await raw(server.url, '/graph.json', { Host: host(new URL(server.url).port) })).status).toBe(200);
  });

  it.each([
    ['a foreign domain', 'evil.example'],
    ['a foreign domain with the port', 'evil.example:5178'],
    ['a domain ending in localhost', 'evillocalhost'],
    ['localhost as a subdomain', 'localhost.evil.example'],
    ['a LAN address', '192.168.1.10:5178'],
    ['an empty Host', ''],
  ])('Host %s (%s) → 403', async (_, host) => {
    const response = await raw(server.url, '/graph.json', { Host: host });
    expect(response.status).toBe(403);
    expect(response.body).not.toContain('nodes');
  });

  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['::1', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['localhost', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.10', false],
    ['example.com', false],
  ])('isLoopbackHost(%s) is %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });

  it('lets a request without a Host header through (not a browser)', () => {
    expect(isLocalHostHeader(undefined)).toBe(true);
  });
});

describe('listening address', () => {
  it('listens on loopback only by default', async () => {
    const port = Number(new URL(server.url).port);
    expect(server.url).toBe(`http://127.0.0.1:${port}/`);
    expect(await accepts('127.0.0.1', port)).toBe(true);
    if (externalAddress === undefined) return; // no other interface to try on this machine
    expect(await accepts(externalAddress, port)).toBe(false);
  });

  it.skipIf(externalAddress === undefined)('listens on every interface with host 0.0.0.0, and then answers any Host', async () => {
    const open = await startServer({ root, graphDir: graph, host: '0.0.0.0', port: 0 });
    try {
      const port = new URL(open.url).port;
      expect(await accepts(externalAddress!, Number(port))).toBe(true);
      expect((await raw(`http://${externalAddress}:${port}/`, '/graph.json', { Host: `kg.example:${port}` })).status).toBe(200);
      expect((await raw(`http://${externalAddress}:${port}/`, '/%252e%252e/outside.txt')).body).not.toContain('SECRET');
    } finally {
      await open.close();
    }
  });
});
