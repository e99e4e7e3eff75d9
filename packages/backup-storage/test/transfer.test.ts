import { StorageUnavailableError, TransferAbortedError } from '../src/errors';
import type { BackupStorage, ObjectInfo, PutFileOptions } from '../src/storage';
import { uploadFiles, type FileToUpload } from '../src/transfer';
import type { ProgressSnapshot } from '../src/progress';
import { FakeClock } from './fake-clock';

/** In-memory storage whose putFile reports bytes in 100-byte steps, advancing the fake clock 100 ms per step. */
class FakeStorage implements Partial<BackupStorage> {
  readonly objects = new Map<string, ObjectInfo>();
  inFlight = 0;
  maxInFlight = 0;
  failOn: string | undefined;
  readonly started: string[] = [];
  readonly heads: string[] = [];
  constructor(private readonly clock: FakeClock) {}
  head(key: string): Promise<ObjectInfo | undefined> {
    this.heads.push(key);
    return Promise.resolve(this.objects.get(key));
  }
  async putFile(key: string, _path: string, o: PutFileOptions): Promise<void> {
    this.started.push(key);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      for (let done = 0; done < o.size; ) {
        await this.clock.sleep(100);
        // As the real storages do: the signal stops a file in flight.
        if (o.signal?.aborted === true) throw new TransferAbortedError('upload', key, String((o.signal.reason as Error).message));
        if (key === this.failOn) throw new StorageUnavailableError('S3 upload', key, 'ECONNREFUSED', 'connect refused', undefined);
        done = Math.min(o.size, done + 100);
        o.onBytes?.(done);
      }
      this.objects.set(key, { key, size: o.size, sha256: o.sha256, lastModified: undefined });
    } finally {
      this.inFlight--;
    }
  }
}

const files: FileToUpload[] = Array.from({ length: 6 }, (_, i) => ({ localPath: `/f${i}`, key: `k/${i}`, size: 1000, sha256: String(i).repeat(64) }));

describe('uploadFiles', () => {
  it('uploads with bounded concurrency, then skips everything already stored', async () => {
    const clock = new FakeClock();
    const storage = new FakeStorage(clock);
    const first = await uploadFiles(storage as unknown as BackupStorage, files, { concurrency: 2, clock });
    expect(first).toMatchObject({ filesUploaded: 6, bytesUploaded: 6000, filesSkipped: 0, bytesSkipped: 0 });
    expect(storage.maxInFlight).toBe(2);
    const second = await uploadFiles(storage as unknown as BackupStorage, files, { concurrency: 2, clock });
    expect(second).toMatchObject({ filesUploaded: 0, bytesUploaded: 0, filesSkipped: 6, bytesSkipped: 6000 });
  });

  it('uploads again when the stored object has another size or SHA-256', async () => {
    const clock = new FakeClock();
    const storage = new FakeStorage(clock);
    storage.objects.set('k/0', { key: 'k/0', size: 1000, sha256: 'f'.repeat(64), lastModified: undefined });
    storage.objects.set('k/1', { key: 'k/1', size: 999, sha256: '1'.repeat(64), lastModified: undefined });
    storage.objects.set('k/2', { key: 'k/2', size: 1000, sha256: '2'.repeat(64), lastModified: undefined });
    const r = await uploadFiles(storage as unknown as BackupStorage, files.slice(0, 3), { clock });
    expect(r).toMatchObject({ filesUploaded: 2, filesSkipped: 1, bytesSkipped: 1000 });
  });

  it('reports progress with rate and ETA, ending at 100 %', async () => {
    const clock = new FakeClock();
    const storage = new FakeStorage(clock);
    const seen: ProgressSnapshot[] = [];
    await uploadFiles(storage as unknown as BackupStorage, files, { concurrency: 1, clock, progressIntervalMs: 500, onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(5);
    const mid = seen[Math.floor(seen.length / 2)]!;
    expect(mid.bytesPerSecond).toBeCloseTo(1000, -1); // 100 bytes per 100 ms
    expect(mid.etaSeconds).toBeCloseTo((6000 - mid.bytesDone) / 1000, 0);
    expect(seen[seen.length - 1]).toMatchObject({ bytesDone: 6000, bytesTotal: 6000, etaSeconds: 0 });
  });

  it('stops starting files after the first failure and rethrows it', async () => {
    const clock = new FakeClock();
    const storage = new FakeStorage(clock);
    storage.failOn = 'k/1';
    await expect(uploadFiles(storage as unknown as BackupStorage, files, { concurrency: 1, clock })).rejects.toThrow(StorageUnavailableError);
    expect([...storage.objects.keys()]).toEqual(['k/0']);
  });

  it('hands the signal to every file: an abort stops the files in flight and starts no other', async () => {
    const clock = new FakeClock();
    const storage = new FakeStorage(clock);
    const controller = new AbortController();
    const onProgress = (p: ProgressSnapshot): void => {
      if (p.bytesDone >= 500) controller.abort(new Error('operator asked'));
    };
    const err = (await uploadFiles(storage as unknown as BackupStorage, files, { concurrency: 2, clock, progressIntervalMs: 0, onProgress, signal: controller.signal }).catch((e: unknown) => e)) as TransferAbortedError;
    expect(err).toBeInstanceOf(TransferAbortedError);
    expect(err.reason).toBe('operator asked');
    expect(storage.started).toEqual(['k/0', 'k/1']);
    expect(storage.objects.size).toBe(0);
  });

  it('with a signal that has already fired, asks the storage nothing', async () => {
    const storage = new FakeStorage(new FakeClock());
    const controller = new AbortController();
    controller.abort(new Error('shutdown'));
    await expect(uploadFiles(storage as unknown as BackupStorage, files, { signal: controller.signal })).rejects.toThrow("upload of 'k/0' was aborted (shutdown); nothing of it was kept");
    expect(storage.heads).toEqual([]);
  });

  it('rejects a nonsense concurrency', async () => {
    await expect(uploadFiles(new FakeStorage(new FakeClock()) as unknown as BackupStorage, files, { concurrency: 0 })).rejects.toThrow('positive integer');
  });
});
