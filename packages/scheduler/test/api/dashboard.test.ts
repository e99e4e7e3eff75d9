// The dashboard on the API's port: GET / is the page for browsers and stays the JSON endpoint list for
// everyone else; /ui/* serves the bundle with a long cache; no token is needed for either.
/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access -- supertest types response bodies as any; the tests check their values */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundledDashboardDirectory, dashboardDirectory } from '../../src/api/dashboard';
import { harness, TOKEN } from './support/harness';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
const INDEX = '<!doctype html><html><head><link rel="stylesheet" href="/ui/main-AAAA1111.css" /></head><body><div id="app"></div><script type="module" src="/ui/main-BBBB2222.js"></script></body></html>';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dashboard-test-'));
  mkdirSync(path.join(dir, 'ui'));
  writeFileSync(path.join(dir, 'index.html'), INDEX);
  writeFileSync(path.join(dir, 'ui', 'main-BBBB2222.js'), 'console.log("dashboard");\n');
  writeFileSync(path.join(dir, 'ui', 'main-AAAA1111.css'), 'body { margin: 0 }\n');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const withDashboard = (app: Parameters<typeof harness>[0] = {}) => harness({ ...app, app: { dashboard: { directory: dir }, ...app.app } });

describe('GET /', () => {
  it('answers the dashboard page to a browser, revalidated every time and loading only from this origin', async () => {
    const res = await withDashboard().http.get('/').set('Accept', BROWSER_ACCEPT);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toBe(INDEX);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['vary']).toMatch(/Accept/);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("connect-src 'self'");
  });

  it.each([
    ['no Accept header', undefined],
    ['Accept: application/json', 'application/json'],
    ['Accept: */*', '*/*'],
    ['JSON preferred over HTML', 'application/json, text/html;q=0.5'],
  ])('keeps the JSON endpoint list, unchanged, for %s', async (_case, accept) => {
    const plain = harness({ app: { dashboard: false } });
    const expected = (await plain.http.get('/')).body;
    const request = withDashboard().http.get('/');
    const res = await (accept === undefined ? request : request.set('Accept', accept));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toEqual(expected);
    expect(res.body).toContainEqual({ method: 'GET', url: 'node/all', contentType: ['application/json'] });
    expect(res.headers['vary']).toMatch(/Accept/);
  });

  it('needs no token, also when reads need one', async () => {
    const { http } = withDashboard({ app: { auth: { token: TOKEN, protectReads: true } } });
    expect((await http.get('/').set('Accept', BROWSER_ACCEPT)).status).toBe(200);
    expect((await http.get('/ui/main-BBBB2222.js')).status).toBe(200);
    // The data the page shows still needs it.
    expect((await http.get('/node/all')).status).toBe(401);
  });

  it('says how to build the dashboard when it is not built, and the JSON list still works', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'dashboard-empty-'));
    try {
      const { http } = harness({ app: { dashboard: { directory: empty } } });
      const page = await http.get('/').set('Accept', BROWSER_ACCEPT);
      expect(page.status).toBe(503);
      expect(page.body.error.code).toBe('UNAVAILABLE');
      expect(page.body.error.message).toContain('npm run build -w @cassandra-mesos/dashboard');
      expect((await http.get('/ui/main-BBBB2222.js')).status).toBe(404);
      expect((await http.get('/').set('Accept', 'application/json')).status).toBe(200);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('/ui/*', () => {
  it('serves a bundle file with a year-long immutable cache', async () => {
    const res = await withDashboard().http.get('/ui/main-BBBB2222.js');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.text).toBe('console.log("dashboard");\n');
    const css = await withDashboard().http.get('/ui/main-AAAA1111.css');
    expect(css.headers['content-type']).toMatch(/^text\/css/);
  });

  it('answers 404 with the API error shape for an unknown file, and never a file outside ui/', async () => {
    const { http } = withDashboard();
    const missing = await http.get('/ui/main-OLDHASH0.js');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
    expect(missing.body.error.message).toContain('reload / to get the current ones');
    expect(missing.headers['cache-control']).toBe('no-store');
    expect((await http.get('/ui/..%2Findex.html')).status).not.toBe(200);
    expect((await http.get('/ui/../index.html')).text).not.toBe(INDEX);
  });

  it('is read-only', async () => {
    const res = await withDashboard().http.post('/ui/main-BBBB2222.js');
    expect(res.status).toBe(405);
    expect(res.headers['allow']).toBe('GET, HEAD');
  });
});

describe('the built @cassandra-mesos/dashboard', () => {
  it('is found by default and its page names files the scheduler serves', async () => {
    const { http } = harness();
    const page = await http.get('/').set('Accept', BROWSER_ACCEPT);
    expect(page.status).toBe(200);
    const assets = [...page.text.matchAll(/(?:src|href)="(\/ui\/[^"]+)"/g)].map((m) => m[1] ?? '');
    expect(assets).toEqual(expect.arrayContaining([expect.stringMatching(/^\/ui\/main-[A-Z0-9]+\.js$/), expect.stringMatching(/^\/ui\/main-[A-Z0-9]+\.css$/)]));
    for (const asset of assets) {
      const res = await http.get(asset);
      expect(`${asset} ${res.status}`).toBe(`${asset} 200`);
    }
    expect(dashboardDirectory()).toBe(path.resolve(__dirname, '../../../dashboard/dist'));
  });
});

describe('the dashboard in the packaged scheduler (scripts/package.mjs)', () => {
  it('is dashboard/ beside lib/ when the artifact carries it, and absent otherwise', () => {
    const top = mkdtempSync(path.join(os.tmpdir(), 'scheduler-artifact-'));
    try {
      const lib = path.join(top, 'lib');
      mkdirSync(lib);
      expect(bundledDashboardDirectory(lib)).toBeUndefined();
      mkdirSync(path.join(top, 'dashboard'));
      expect(bundledDashboardDirectory(lib)).toBeUndefined();
      writeFileSync(path.join(top, 'dashboard', 'index.html'), '<!doctype html>');
      expect(bundledDashboardDirectory(lib)).toBe(path.join(top, 'dashboard'));
      // The workspace build has no such directory: the package is resolved instead.
      expect(bundledDashboardDirectory(path.join(__dirname, '..', '..', 'dist', 'api'))).toBeUndefined();
    } finally {
      rmSync(top, { recursive: true, force: true });
    }
  });
});
