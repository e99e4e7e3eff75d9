// Atomic batches in the embedded store: a write-ahead journal. A batch of several writes is first
// written as one journal file (`.journal.tmp`, fsynced, renamed to `.journal`: the rename is the commit
// point), then applied file by file, then the journal is deleted. Each journal entry states the final
// content of a file (value + version) or its absence, so applying it again is harmless: after a crash,
// opening the store re-applies a committed journal and discards an uncommitted `.journal.tmp`.
// (A single write needs no journal: its own rename is atomic.)
import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import { CorruptStateError } from '../errors';
import { encodeValueFile, ensureDirectory, errorCode, syncDirectories, writeFileAtomic } from './value-file';

export type JournalEntry =
  | { readonly type: 'put'; readonly path: string; readonly version: number; readonly data: Uint8Array }
  | { readonly type: 'delete'; readonly path: string };

interface JournalFile {
  readonly format: 1;
  readonly entries: ReadonlyArray<{ type: 'put'; path: string; version: number; data: string } | { type: 'delete'; path: string }>;
  readonly crc32: number;
}

export const JOURNAL_NAME = '.journal';

function serialise(entries: readonly JournalEntry[]): string {
  const plain = entries.map((e) => (e.type === 'put' ? { ...e, data: Buffer.from(e.data).toString('base64') } : e));
  const body = JSON.stringify(plain);
  return JSON.stringify({ format: 1, entries: plain, crc32: crc32(body) } satisfies JournalFile);
}

function parse(text: string, file: string): JournalEntry[] {
  const what = 'embedded state journal';
  let parsed: JournalFile;
  try {
    parsed = JSON.parse(text) as JournalFile;
  } catch (err) {
    throw new CorruptStateError(file, what, `not JSON (${String(err)}); the last batch may be half applied`);
  }
  const raw: unknown = parsed.entries;
  const entries: JournalFile['entries'] = parsed.entries;
  if (parsed.format !== 1 || !Array.isArray(raw) || crc32(JSON.stringify(entries)) !== parsed.crc32) {
    throw new CorruptStateError(file, what, 'unknown format or checksum mismatch; the last batch may be half applied');
  }
  return entries.map((e) => (e.type === 'put' ? { ...e, data: new Uint8Array(Buffer.from(e.data, 'base64')) } : e));
}

/** Makes the batch durable: after this resolves, the batch happens even if the process dies now. */
export async function writeJournal(root: string, entries: readonly JournalEntry[]): Promise<void> {
  await writeFileAtomic(join(root, JOURNAL_NAME), Buffer.from(serialise(entries), 'utf8'));
  await syncDirectories([root]);
}

/** Applies entries (idempotent), fsyncing every directory it touched. */
export async function applyEntries(root: string, entries: readonly JournalEntry[]): Promise<void> {
  const touched: string[] = [];
  for (const entry of entries) {
    const file = join(root, entry.path);
    touched.push(dirname(file));
    if (entry.type === 'put') {
      await ensureDirectory(dirname(file));
      await writeFileAtomic(file, encodeValueFile(entry.version, entry.data));
    } else {
      await rm(file, { force: true });
    }
  }
  await syncDirectories(touched);
}

export async function removeJournal(root: string): Promise<void> {
  await rm(join(root, JOURNAL_NAME), { force: true });
  await syncDirectories([root]);
}

/**
 * Finishes a batch interrupted by a crash: re-applies a committed journal, drops an uncommitted one.
 * Resolves with the number of entries re-applied (0 when there was nothing to recover).
 */
export async function recoverJournal(root: string): Promise<number> {
  const file = join(root, JOURNAL_NAME);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return 0;
    throw err;
  }
  const entries = parse(text, file);
  await applyEntries(root, entries);
  await removeJournal(root);
  return entries.length;
}
