// Cassy registrations kept in the framework's state store: they survive a scheduler restart, only the
// leader writes them, and a malformed registration never reaches the store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BackupServiceError } from '../../src/backup/types';
import { createStoredRegistrationStore, type CassyRegistration } from '../../src/grpc/registrations';
import { openFileStateStore, type FileStateStore } from '../../src/state/file/open';

const FRAMEWORK = 'cassandra-prod';
const REGISTRATION: CassyRegistration = { clusterId: FRAMEWORK, cassandraHost: '10.0.0.5', registeredAtMs: 1_000, updatedAtMs: 1_000 };

describe('registrations in the state store', () => {
  let dir: string;
  const opened: FileStateStore[] = [];
  const open = async (): Promise<FileStateStore> => {
    const store = await openFileStateStore({ directory: dir, frameworkName: FRAMEWORK });
    opened.push(store);
    return store;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cassy-registrations-'));
  });
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is empty before the first RegisterCluster', async () => {
    const store = await open();
    const registrations = createStoredRegistrationStore({ read: store, write: () => store });
    expect(await registrations.list()).toEqual([]);
    expect(await registrations.get(FRAMEWORK)).toBeUndefined();
  });

  it('records a registration, updates it in place, and answers only for its own cluster id', async () => {
    const store = await open();
    const registrations = createStoredRegistrationStore({ read: store, write: () => store });
    await registrations.put(REGISTRATION);
    await registrations.put({ ...REGISTRATION, cassandraHost: '10.0.0.6', updatedAtMs: 2_000 });
    expect(await registrations.list()).toEqual([{ ...REGISTRATION, cassandraHost: '10.0.0.6', updatedAtMs: 2_000 }]);
    expect(await registrations.get(FRAMEWORK)).toMatchObject({ registeredAtMs: 1_000, updatedAtMs: 2_000 });
    expect(await registrations.get('another-cluster')).toBeUndefined();
  });

  it('keeps registrations across a restart of the scheduler (a new store on the same state)', async () => {
    const first = await open();
    await createStoredRegistrationStore({ read: first, write: () => first }).put(REGISTRATION);
    await first.close();
    opened.splice(opened.indexOf(first), 1);
    const second = await open();
    expect(await createStoredRegistrationStore({ read: second, write: () => undefined }).list()).toEqual([REGISTRATION]);
  });

  it('refuses to write without leadership (UNAVAILABLE, NOT_LEADER) and stores nothing', async () => {
    const store = await open();
    const registrations = createStoredRegistrationStore({ read: store, write: () => undefined });
    const refusal = await registrations.put(REGISTRATION).then(() => undefined, (e: unknown) => e);
    expect(refusal).toBeInstanceOf(BackupServiceError);
    expect(refusal).toMatchObject({ code: 'UNAVAILABLE', reason: 'NOT_LEADER' });
    expect((refusal as Error).message).toMatch(/not the leader/);
    expect(await registrations.list()).toEqual([]);
  });

  it('never stores a malformed registration', async () => {
    const store = await open();
    const registrations = createStoredRegistrationStore({ read: store, write: () => store });
    await expect(registrations.put({ ...REGISTRATION, clusterId: '' })).rejects.toThrow(/clusterId/);
    await expect(registrations.put({ ...REGISTRATION, registeredAtMs: -1 })).rejects.toThrow(/registeredAtMs/);
    expect(await registrations.list()).toEqual([]);
  });
});
