// Bad input anywhere gets a specific 4xx and changes nothing: wrong types, unknown nodes, path
// traversal in names, oversized bodies, unknown query parameters and fields, malformed JSON.
/* eslint-disable @typescript-eslint/no-unsafe-member-access -- supertest types response bodies as any; the tests check their values */
import { request as httpRequest } from 'node:http';
import { startApiServer } from '../../src/api';
import { stateFingerprint } from './support/in-memory-scheduler';
import { harness, type Harness } from './support/harness';

type Call = (h: Harness) => Promise<{ status: number; body: { error?: { code: string; message: string; details?: unknown } } }>;

interface Case {
  readonly name: string;
  readonly call: Call;
  readonly status: number;
  readonly code: string;
  /** A piece of the message or of a field problem that says what was wrong. */
  readonly says: string;
}

const big = 'x'.repeat(70 * 1024);

const CASES: Case[] = [
  // wrong types
  { name: 'limit is not a number', call: (h) => h.http.get('/live-nodes?limit=abc'), status: 400, code: 'INVALID_INPUT', says: 'query.limit: must be a whole number from 1 to 1000' },
  { name: 'limit out of range', call: (h) => h.http.get('/live-nodes?limit=0'), status: 400, code: 'INVALID_INPUT', says: 'query.limit: must be at least 1' },
  { name: 'node count is a word', call: (h) => h.http.post('/scale/nodes?nodeCount=three'), status: 400, code: 'INVALID_INPUT', says: 'query.nodeCount' },
  { name: 'node count given twice', call: (h) => h.http.post('/scale/nodes?nodeCount=5&nodeCount=6'), status: 400, code: 'INVALID_INPUT', says: 'query.nodeCount' },
  { name: 'node count missing', call: (h) => h.http.post('/scale/nodes'), status: 400, code: 'INVALID_INPUT', says: 'exactly once' },
  { name: 'config field of the wrong type', call: (h) => h.http.patch('/v1/config').send({ nodeCount: '5' }), status: 400, code: 'INVALID_INPUT', says: 'body.nodeCount' },
  { name: 'negative memory', call: (h) => h.http.patch('/v1/config').send({ resources: { memMb: -1 } }), status: 400, code: 'INVALID_INPUT', says: 'body.resources.memMb: must not be negative' },
  { name: 'empty config change', call: (h) => h.http.patch('/v1/config').send({}), status: 400, code: 'INVALID_INPUT', says: 'changes nothing' },
  { name: 'config change as an array', call: (h) => h.http.patch('/v1/config').send([1]), status: 400, code: 'INVALID_INPUT', says: 'body' },
  { name: 'cleanup nodes not a list', call: (h) => h.http.put('/v1/cleanup/start').send({ nodes: 'node-0' }), status: 400, code: 'INVALID_INPUT', says: 'body.nodes' },
  { name: 'repair without nodes', call: (h) => h.http.put('/v1/repair/start').send({ nodes: [] }), status: 400, code: 'INVALID_INPUT', says: 'name at least one node' },
  { name: 'plan step id with a space', call: (h) => h.http.post('/v1/plan/forceComplete?step=node%200'), status: 400, code: 'INVALID_INPUT', says: 'query.step' },
  // unknown nodes
  { name: 'stop of an unknown node', call: (h) => h.http.post('/node/node-9/stop'), status: 404, code: 'NODE_NOT_FOUND', says: "there is no node 'node-9'" },
  { name: 'restart of an unknown node', call: (h) => h.http.put('/v1/nodes/restart?node=10.9.9.9'), status: 404, code: 'NODE_NOT_FOUND', says: 'the nodes are: node-0, node-1, node-2' },
  { name: 'replace of an unknown node', call: (h) => h.http.put('/v1/nodes/replace?node=ghost'), status: 404, code: 'NODE_NOT_FOUND', says: "'ghost'" },
  { name: 'info of an unknown node', call: (h) => h.http.get('/v1/nodes/node-9/info'), status: 404, code: 'NODE_NOT_FOUND', says: "'node-9'" },
  { name: 'status of an unknown node', call: (h) => h.http.get('/v1/nodes/node-9/status'), status: 404, code: 'NODE_NOT_FOUND', says: "'node-9'" },
  { name: 'repair of an unknown node', call: (h) => h.http.put('/v1/repair/start').send({ nodes: ['node-0', 'node-7'] }), status: 404, code: 'NODE_NOT_FOUND', says: "'node-7'" },
  // path traversal and bad names
  { name: 'node reference with ../', call: (h) => h.http.post('/node/..%2F..%2Fetc/stop'), status: 400, code: 'INVALID_INPUT', says: 'path.node' },
  { name: 'node reference ..', call: (h) => h.http.get('/v1/nodes/%2E%2E/info'), status: 400, code: 'INVALID_INPUT', says: 'path.node' },
  { name: 'node query with a slash', call: (h) => h.http.put('/v1/nodes/restart?node=node-0%2F..'), status: 400, code: 'INVALID_INPUT', says: 'query.node' },
  { name: 'plan name with ../', call: (h) => h.http.get('/v1/plans/..%2Fdeploy'), status: 400, code: 'INVALID_INPUT', says: 'path.plan' },
  { name: 'step with ..', call: (h) => h.http.post('/v1/plans/deploy/restart?step=..%2Fnode-0'), status: 400, code: 'INVALID_INPUT', says: 'query.step' },
  { name: 'backup name traversal', call: (h) => h.http.put('/v1/backup/start').send({ backup_name: '../../etc/passwd', external_location: 's3://bucket/x' }), status: 400, code: 'INVALID_BACKUP_NAME', says: 'contains a path separator: a backup name is a single path segment' },
  { name: 'restore name traversal', call: (h) => h.http.post('/cluster/restore/start?name=..%2Fbackups'), status: 400, code: 'INVALID_BACKUP_NAME', says: 'query.name' },
  { name: 'backup name with ..', call: (h) => h.http.post('/cluster/backup/start?name=a..b'), status: 400, code: 'INVALID_BACKUP_NAME', says: 'which is not allowed in a backup name' },
  { name: 'empty backup name', call: (h) => h.http.post('/cluster/backup/start?name='), status: 400, code: 'INVALID_BACKUP_NAME', says: 'is empty: name the backup' },
  { name: 'too long backup name', call: (h) => h.http.put('/v1/backup/start').send({ name: 'b'.repeat(129) }), status: 400, code: 'INVALID_BACKUP_NAME', says: 'is 129 characters long; at most 128' },
  { name: 'backup name of a verify with a slash', call: (h) => h.http.post('/v1/backups/a%2Fb/verify'), status: 400, code: 'INVALID_BACKUP_NAME', says: 'path.name' },
  { name: 'restore without a name', call: (h) => h.http.post('/cluster/restore/start'), status: 400, code: 'INVALID_INPUT', says: 'query.name' },
  { name: 'keyspace with a dot', call: (h) => h.http.put('/v1/cleanup/start').send({ nodes: ['*'], key_spaces: ['system.local'] }), status: 400, code: 'INVALID_INPUT', says: 'body.key_spaces[0]' },
  { name: 'malformed URL encoding', call: (h) => h.http.get('/v1/nodes/%E0%A4%A/info'), status: 400, code: 'INVALID_INPUT', says: 'could not be read' },
  // credentials over the API
  { name: 'half of the S3 keys in a backup request', call: (h) => h.http.put('/v1/backup/start').send({ backup_name: 'b1', external_location: 's3://bucket/x', s3_secret_key: 'abc' }), status: 400, code: 'INVALID_INPUT', says: 'give both s3_access_key and s3_secret_key' },
  { name: 'Azure storage in a backup request', call: (h) => h.http.put('/v1/backup/start').send({ name: 'b1', external_location: 'azure://c', azure_account: 'a', azure_key: 'k' }), status: 400, code: 'INVALID_INPUT', says: 'Azure storage is not supported' },
  // unknown query parameters and fields
  { name: 'query parameter on a route that takes none', call: (h) => h.http.get('/v1/plans?verbose=1'), status: 400, code: 'INVALID_INPUT', says: "unknown query parameter 'verbose' (this endpoint takes none)" },
  { name: 'unknown query parameter on a node action', call: (h) => h.http.post('/node/node-0/stop?force=true'), status: 400, code: 'INVALID_INPUT', says: "unknown query parameter 'force'" },
  { name: 'unknown query parameter next to a known one', call: (h) => h.http.get('/live-nodes?limit=2&dc=x'), status: 400, code: 'INVALID_INPUT', says: 'allowed: limit' },
  { name: 'unknown config field', call: (h) => h.http.patch('/v1/config').send({ nodeCount: 4, colour: 'red' }), status: 400, code: 'INVALID_INPUT', says: "unknown field 'colour'" },
  { name: 'unknown nested config field', call: (h) => h.http.patch('/v1/config').send({ resources: { gpus: 1 } }), status: 400, code: 'INVALID_INPUT', says: 'body.resources.gpus' },
  // bodies
  { name: 'oversized body', call: (h) => h.http.patch('/v1/config').send({ clusterName: big }), status: 413, code: 'PAYLOAD_TOO_LARGE', says: '65536 bytes' },
  { name: 'oversized body on a route without one', call: (h) => h.http.post('/node/node-0/stop').send({ pad: big }), status: 413, code: 'PAYLOAD_TOO_LARGE', says: '65536 bytes' },
  { name: 'malformed JSON', call: (h) => h.http.patch('/v1/config').set('Content-Type', 'application/json').send('{"nodeCount": 4'), status: 400, code: 'MALFORMED_JSON', says: 'not valid JSON' },
  { name: 'body that is not JSON', call: (h) => h.http.patch('/v1/config').set('Content-Type', 'text/plain').send('nodeCount=4'), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', says: 'application/json' },
  { name: 'body on a route that takes none', call: (h) => h.http.post('/node/node-0/stop').send({ runState: 'RUN' }), status: 400, code: 'UNEXPECTED_BODY', says: 'takes no request body' },
  // routes
  { name: 'unknown route', call: (h) => h.http.get('/v2/nodes'), status: 404, code: 'NOT_FOUND', says: 'GET / lists the endpoints' },
  { name: 'wrong method', call: (h) => h.http.delete('/v1/plans/deploy'), status: 405, code: 'METHOD_NOT_ALLOWED', says: 'use GET' },
];

describe('bad input', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s → specific 4xx, nothing changes', async (_name, c) => {
    const h = harness();
    const before = stateFingerprint(h.scheduler.state);
    const res = await c.call(h);
    expect(res.status).toBe(c.status);
    expect(res.body.error?.code).toBe(c.code);
    expect(JSON.stringify(res.body.error)).toContain(c.says);
    expect(stateFingerprint(h.scheduler.state)).toBe(before);
    expect(h.scheduler.commands).toEqual([]);
    expect(h.scheduler.proposals).toEqual([]);
  });

  it('names every problem of a request in details, field by field', async () => {
    const res = await harness().http.patch('/v1/config').send({ nodeCount: -1, resources: { cpus: 'many' }, extra: true });
    expect(res.status).toBe(400);
    const fields = (res.body.error.details as Array<{ field: string }>).map((d) => d.field).sort();
    expect(fields).toEqual(['body.extra', 'body.nodeCount', 'body.resources.cpus']);
  });

  it('refuses an oversized chunked body that declares no length', async () => {
    const h = harness();
    const server = await startApiServer(h.api.app, '127.0.0.1', 0);
    try {
      const status = await new Promise<number>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port: server.address.port, method: 'PATCH', path: '/v1/config', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.write(`{"clusterName":"`);
        for (let i = 0; i < 10; i++) req.write('y'.repeat(8 * 1024));
        req.end('"}');
      });
      expect(status).toBe(413);
      expect(h.scheduler.proposals).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
