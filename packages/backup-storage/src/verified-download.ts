import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { throwIfTransferAborted, transferAborted } from './abort';
import { CorruptError, TransferAbortedError } from './errors';
import { HashingCounter } from './hashing';
import type { GetFileOptions } from './storage';

/**
 * Streams an object into a hidden partial file next to `localPath`, hashing on the way, and renames
 * it into place only if size and SHA-256 match. Whatever fails, no partial file is left behind, so
 * a restore never hands Cassandra a file that was not verified. When `options.signal` fires, the
 * streams are destroyed, the partial file removed, and a TransferAbortedError thrown; a download
 * whose bytes all arrived and matched before the abort is still put in place (that is its commit).
 */
export async function downloadVerified(args: {
  /** How an abort names the transfer, e.g. "S3 download". */
  operation: string;
  key: string;
  localPath: string;
  recorded: { size: number; sha256: string | undefined };
  options: GetFileOptions;
  open: () => Promise<Readable>;
}): Promise<void> {
  const { key, localPath, recorded, options } = args;
  throwIfTransferAborted(options.signal, args.operation, key);
  const expected = options.expected ?? recorded;
  if (expected.sha256 === undefined) {
    throw new CorruptError(key, { size: recorded.size, sha256: undefined }, { size: recorded.size, sha256: '(not read)' }, 'No SHA-256 is recorded with the object, so it cannot be verified; pass the expected SHA-256 from the manifest.');
  }
  const signal = options.signal;
  const dir = dirname(localPath);
  await mkdir(dir, { recursive: true });
  const partial = join(dir, `.${basename(localPath)}.partial-${randomBytes(6).toString('hex')}`);
  try {
    const counter = new HashingCounter(options.onBytes);
    await pipeline(await args.open(), counter, createWriteStream(partial, { flags: 'wx' }), signal === undefined ? {} : { signal });
    const actual = counter.facts();
    if (actual.size !== expected.size || actual.sha256 !== expected.sha256) {
      throw new CorruptError(key, { size: expected.size, sha256: expected.sha256 }, actual, `The downloaded bytes were discarded; ${localPath} was not written.`);
    }
    await rename(partial, localPath);
  } catch (err) {
    // An abort cuts the stream short, so whatever failed (even the size check) failed because of it.
    // `finally` removes the partial file before this error reaches the caller.
    if (signal?.aborted === true && !(err instanceof TransferAbortedError)) throw transferAborted(signal, args.operation, key, `the partial file was removed, ${localPath} was not written`);
    throw err;
  } finally {
    await rm(partial, { force: true });
  }
}
