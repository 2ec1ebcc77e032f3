import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors.js';
import { startServer, type RunningServer } from '../../src/serve/index.js';

interface RawResponse {
  status: number;
  type: string | undefined;
  body: string;
}

/** Sends the path exactly as written (fetch would normalise `..`). */
function get(base: string, path: string, method = 'GET'): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

let dir: string;
let server: RunningServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-serve-'));
  const root = join(dir, 'dist');
  const graph = join(dir, 'graph');
  await mkdir(join(root, 'assets'), { recursive: true });
  await mkdir(graph);
  await writeFile(join(root, 'index.html'), '<!doctype html><title>查看器</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log("飞腾");');
  await writeFile(join(root, 'assets', 'style.css'), 'body{}');
  await writeFile(join(root, 'graph.json'), '{"stale":true}');
  await writeFile(join(root, 'nodes.csv'), 'from root');
  await writeFile(join(root, '.env'), 'SECRET=1');
  await writeFile(join(graph, 'graph.json'), '{"attributes":{"name":"滨海"}}');
  await writeFile(join(graph, 'graph.gexf'), '<gexf/>');
  await writeFile(join(graph, 'edges.csv'), 'source,target\n飞腾,信创谷\n');
  await writeFile(join(graph, 'other.txt'), 'not a graph file');
  await writeFile(join(dir, 'outside.txt'), 'SECRET');
  await symlink(join(dir, 'outside.txt'), join(root, 'link.txt'));
  server = await startServer({ root, graphDir: graph, port: 0 });
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('startServer', () => {
  it('listens on the loopback interface on the requested port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it.each([
    ['/', 200, 'text/html; charset=utf-8', '查看器'],
    ['/index.html?x=1#y', 200, 'text/html; charset=utf-8', '查看器'],
    ['/assets/app.js', 200, 'text/javascript; charset=utf-8', '飞腾'],
    ['/assets/style.css', 200, 'text/css; charset=utf-8', 'body'],
    ['/graph.json', 200, 'application/json; charset=utf-8', '滨海'],
    ['/graph.gexf', 200, 'application/gexf+xml; charset=utf-8', '<gexf/>'],
    ['/edges.csv', 200, 'text/csv; charset=utf-8', '信创谷'],
    ['/nodes.csv', 200, 'text/csv; charset=utf-8', 'from root'],
  ])('GET %s → %i %s', async (path, status, type, text) => {
    const response = await get(server.url, path);
    expect(response.status).toBe(status);
    expect(response.type).toBe(type);
    expect(response.body).toContain(text);
  });

  it.each([
    ['/../outside.txt', [400, 404]],
    ['/assets/../../outside.txt', [400, 404]],
    ['/%2e%2e/outside.txt', [400, 404]],
    ['/%2E%2E%2Foutside.txt', [400, 404]],
    ['/assets%2f..%2f..%2foutside.txt', [400, 404]],
    ['/..%5coutside.txt', [400, 404]],
    ['/index.html%00.txt', [400, 404]],
    ['/%E0%A4%A', [400]],
    ['/other.txt', [404]],
    ['/graph/other.txt', [404]],
    ['/.env', [404]],
    ['/link.txt', [404]],
    ['/assets', [404]],
    ['/missing.js', [404]],
  ])('GET %s never leaves the two folders', async (path, statuses) => {
    const response = await get(server.url, path);
    expect(statuses).toContain(response.status);
    expect(response.body).not.toContain('SECRET');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(server.url, '/graph.json', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const post = await get(server.url, '/graph.json', 'POST');
    expect(post.status).toBe(405);
  });

  it('refuses a missing viewer folder with a fix', async () => {
    await expect(startServer({ root: join(dir, 'nope'), graphDir: dir, port: 0 })).rejects.toThrow(OptionsError);
    await expect(startServer({ root: join(dir, 'nope'), graphDir: dir, port: 0 })).rejects.toThrow(/build:viewer/);
  });

  it('refuses a port in use', async () => {
    const port = Number(new URL(server.url).port);
    await expect(startServer({ root: join(dir, 'dist'), graphDir: dir, port })).rejects.toThrow(/in use/);
  });

  it('refuses a bad port number', async () => {
    await expect(startServer({ root: join(dir, 'dist'), graphDir: dir, port: 70000 })).rejects.toThrow(/port/);
  });
});
