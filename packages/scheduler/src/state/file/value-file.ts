// One stored value of the embedded store = one file:
//   "CMSV" | format (1 byte) | version (uint32 BE) | payload length (uint32 BE) | CRC-32 of payload | payload
// The version lives in the file itself, so a value and its version always change together (one rename).
// Files are replaced atomically: written to a temp file in the same directory, fsynced, renamed over the
// old one, and the directory fsynced, so a crash leaves either the old or the new file, never a mix.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import { CorruptStateError } from '../errors';
import type { StoredBytes } from '../backend';

const MAGIC = Buffer.from('CMSV', 'ascii');
const FORMAT = 1;
const HEADER_LENGTH = MAGIC.length + 1 + 4 + 4 + 4;
const WHAT = 'embedded state value file';

export function encodeValueFile(version: number, payload: Uint8Array): Buffer {
  const header = Buffer.alloc(HEADER_LENGTH);
  MAGIC.copy(header, 0);
  header.writeUInt8(FORMAT, 4);
  header.writeUInt32BE(version, 5);
  header.writeUInt32BE(payload.length, 9);
  header.writeUInt32BE(crc32(payload), 13);
  return Buffer.concat([header, payload]);
}

export function decodeValueFile(bytes: Buffer, file: string): StoredBytes {
  if (bytes.length < HEADER_LENGTH) throw new CorruptStateError(file, WHAT, `${bytes.length} byte(s), shorter than the ${HEADER_LENGTH}-byte header`);
  if (!bytes.subarray(0, 4).equals(MAGIC)) throw new CorruptStateError(file, WHAT, 'it does not start with "CMSV"');
  const format = bytes.readUInt8(4);
  if (format !== FORMAT) throw new CorruptStateError(file, WHAT, `unknown format ${format} (expected ${FORMAT})`);
  const version = bytes.readUInt32BE(5);
  const length = bytes.readUInt32BE(9);
  const payload = bytes.subarray(HEADER_LENGTH);
  if (payload.length !== length) {
    throw new CorruptStateError(file, WHAT, `header says ${length} payload bytes, file has ${payload.length}`, version);
  }
  if (crc32(payload) !== bytes.readUInt32BE(13)) throw new CorruptStateError(file, WHAT, 'payload checksum mismatch', version);
  return { data: new Uint8Array(payload), version };
}

/** The value stored in `file`, or undefined when there is no such file. */
export async function readValueFile(file: string): Promise<StoredBytes | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return undefined;
    if (errorCode(err) === 'EISDIR') throw new CorruptStateError(file, WHAT, 'it is a directory (a container), not a value');
    throw err;
  }
  return decodeValueFile(bytes, file);
}

/** Temp files start with '.', which no id may, so listings never mistake one for a value. */
function tempNameFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Replaces `file` with `bytes` atomically and durably, except for the directory fsync (see syncDirectories). */
export async function writeFileAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const temp = tempNameFor(file);
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** fsyncs directories so renames, creations and unlinks in them survive a crash. */
export async function syncDirectories(dirs: Iterable<string>): Promise<void> {
  for (const dir of new Set(dirs)) {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
}

/** mkdir -p that also fsyncs the parent of every directory it created. */
export async function ensureDirectory(dir: string): Promise<void> {
  const first = await mkdir(dir, { recursive: true });
  if (first === undefined) return;
  const created: string[] = [];
  for (let d = dir; d.length >= first.length; d = dirname(d)) {
    created.push(d);
    if (d === first) break;
  }
  await syncDirectories(created.map((d) => dirname(d)));
}

export function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
}
