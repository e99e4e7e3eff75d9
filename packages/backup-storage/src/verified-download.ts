import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CorruptError } from './errors';
import { HashingCounter } from './hashing';
import type { GetFileOptions } from './storage';

/**
 * Streams an object into a hidden partial file next to `localPath`, hashing on the way, and renames
 * it into place only if size and SHA-256 match. Whatever fails, no partial file is left behind, so
 * a restore never hands Cassandra a file that was not verified.
 */
export async function downloadVerified(args: {
  key: string;
  localPath: string;
  recorded: { size: number; sha256: string | undefined };
  options: GetFileOptions;
  open: () => Promise<Readable>;
}): Promise<void> {
  const { key, localPath, recorded, options } = args;
  const expected = options.expected ?? recorded;
  if (expected.sha256 === undefined) {
    throw new CorruptError(key, { size: recorded.size, sha256: undefined }, { size: recorded.size, sha256: '(not read)' }, 'No SHA-256 is recorded with the object, so it cannot be verified; pass the expected SHA-256 from the manifest.');
  }
  const dir = dirname(localPath);
  await mkdir(dir, { recursive: true });
  const partial = join(dir, `.${basename(localPath)}.partial-${randomBytes(6).toString('hex')}`);
  try {
    const counter = new HashingCounter(options.onBytes);
    await pipeline(await args.open(), counter, createWriteStream(partial, { flags: 'wx' }));
    const actual = counter.facts();
    if (actual.size !== expected.size || actual.sha256 !== expected.sha256) {
      throw new CorruptError(key, { size: expected.size, sha256: expected.sha256 }, actual, `The downloaded bytes were discarded; ${localPath} was not written.`);
    }
    await rename(partial, localPath);
  } finally {
    await rm(partial, { force: true });
  }
}
