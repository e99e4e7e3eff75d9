import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalDirectoryStorage } from '../src/local-directory-storage';
import { MiB, readText, sha256Hex, storageContract } from './storage-contract';

const dir = mkdtempSync(join(tmpdir(), 'backup-dir-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const storage = new LocalDirectoryStorage(dir);

storageContract('local directory', () => ({
  storage,
  corrupt: (key, bytes) => Promise.resolve(writeFileSync(join(dir, ...key.split('/')), bytes)),
  largeSize: 12 * MiB,
}));

describe('local directory layout on disk', () => {
  it('stores the SHA-256 in a hidden sha256sum-format sidecar and leaves no temp files', async () => {
    await storage.putJson('x/doc.json', { a: 1 });
    expect(readdirSync(join(dir, 'x')).sort()).toEqual(['.doc.json.sha256', 'doc.json']);
    const sidecar = readText(join(dir, 'x', '.doc.json.sha256'));
    expect(sidecar).toBe(`${sha256Hex(readText(join(dir, 'x', 'doc.json')))}  doc.json\n`);
    expect((await storage.list('x/')).objects.map((o) => o.key)).toEqual(['x/doc.json']);
  });
});
