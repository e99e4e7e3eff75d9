// Aborting transfers of the local-directory storage: an abort mid-way (fired from the progress callback,
// so it lands while bytes are moving) leaves no object, no temp file and no partial download.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TransferAbortedError } from '../src/errors';
import { hashFile } from '../src/hashing';
import { LocalDirectoryStorage } from '../src/local-directory-storage';

const MiB = 1024 * 1024;
let work: string;
let storage: LocalDirectoryStorage;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'local-abort-'));
  storage = new LocalDirectoryStorage(join(work, 'store'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Every file under `dir`, hidden ones (temp files, sidecars) included. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

async function source(size: number): Promise<{ path: string; size: number; sha256: string }> {
  const path = join(work, 'source.db');
  writeFileSync(path, randomBytes(size));
  return { path, ...(await hashFile(path)) };
}

it('putFile: an already aborted signal writes nothing', async () => {
  const file = await source(1000);
  const controller = new AbortController();
  controller.abort(new Error('operator asked'));
  await expect(storage.putFile('d/a.db', file.path, { ...file, signal: controller.signal })).rejects.toThrow("local write of 'd/a.db' was aborted (operator asked); nothing of it was kept");
  expect(filesUnder(join(work, 'store'))).toEqual([]);
});

it('putFile: an abort mid-way removes the temp file and stores nothing', async () => {
  const file = await source(8 * MiB);
  const controller = new AbortController();
  let seen = 0;
  const err = (await storage
    .putFile('d/big.db', file.path, { ...file, signal: controller.signal, onBytes: (n) => ((seen = n), controller.abort(new Error('KILL'))) })
    .catch((e: unknown) => e)) as TransferAbortedError;
  expect(err).toBeInstanceOf(TransferAbortedError);
  expect(err.reason).toBe('KILL');
  expect(seen).toBeLessThan(file.size);
  expect(await storage.head('d/big.db')).toBeUndefined();
  expect(filesUnder(join(work, 'store'))).toEqual([]);
});

it('getFile: an abort mid-way removes the partial file and does not write the target', async () => {
  const file = await source(4 * MiB);
  await storage.putFile('d/big.db', file.path, file);
  const controller = new AbortController();
  const target = join(work, 'restore', 'big.db');
  let seen = 0;
  const err = (await storage
    .getFile('d/big.db', target, { signal: controller.signal, onBytes: (n) => ((seen = n), controller.abort(new Error('timeout passed'))) })
    .catch((e: unknown) => e)) as TransferAbortedError;
  expect(err).toBeInstanceOf(TransferAbortedError);
  expect(err.message).toMatch(/^local read of 'd\/big\.db' was aborted \(timeout passed\); the partial file was removed, .*big\.db was not written$/);
  expect(seen).toBeLessThan(file.size);
  expect(readdirSync(join(work, 'restore'))).toEqual([]);
});
