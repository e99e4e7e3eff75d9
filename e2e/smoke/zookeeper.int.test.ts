import { assertNothingLeftRunning, startZooKeeper, type ZooKeeperServer } from '@cassandra-mesos/testkit';
import zookeeper, { type Client, type Stat } from 'node-zookeeper-client';

let zk: ZooKeeperServer | undefined;
let client: Client | undefined;

function connect(connectString: string): Promise<Client> {
  return new Promise((resolve, reject) => {
    const c = zookeeper.createClient(connectString, { sessionTimeout: 10_000, retries: 0 });
    const timer = setTimeout(() => {
      c.close();
      reject(new Error(`no ZooKeeper session with ${connectString} within 10 s`));
    }, 10_000);
    c.once('connected', () => {
      clearTimeout(timer);
      resolve(c);
    });
    c.connect();
  });
}

/** node-zookeeper-client's Exception inherits from Error at runtime (util.inherits); its typings do not say so. */
const asError = (err: Error | zookeeper.Exception): Error => err as Error;

const create = (c: Client, path: string, data: Buffer): Promise<string> =>
  new Promise((resolve, reject) => c.create(path, data, zookeeper.CreateMode.PERSISTENT, (err, p) => (err ? reject(asError(err)) : resolve(p))));
const getData = (c: Client, path: string): Promise<{ data: Buffer; stat: Stat }> =>
  new Promise((resolve, reject) => c.getData(path, (err, data, stat) => (err ? reject(asError(err)) : resolve({ data, stat }))));
const setData = (c: Client, path: string, data: Buffer, version: number): Promise<Stat> =>
  new Promise((resolve, reject) => c.setData(path, data, version, (err, stat) => (err ? reject(asError(err)) : resolve(stat))));

beforeAll(async () => {
  zk = await startZooKeeper();
  console.log(`versions: ZooKeeper ${zk.version} at ${zk.connectString}`);
  client = await connect(zk.connectString);
}, 60_000);

afterAll(async () => {
  try {
    client?.close();
  } finally {
    try {
      await zk?.stop();
    } finally {
      await assertNothingLeftRunning();
    }
  }
});

describe('ZooKeeper', () => {
  it('creates and reads a znode', async () => {
    const c = client!;
    expect(await create(c, '/smoke', Buffer.from('v1'))).toBe('/smoke');
    const { data, stat } = await getData(c, '/smoke');
    expect(data.toString()).toBe('v1');
    expect(stat.version).toBe(0);
  });

  it('compare-and-set: a set with the current version wins, a stale version fails with BAD_VERSION', async () => {
    const c = client!;
    const { stat } = await getData(c, '/smoke');
    const after = await setData(c, '/smoke', Buffer.from('v2'), stat.version);
    expect(after.version).toBe(stat.version + 1);

    const stale = (await setData(c, '/smoke', Buffer.from('lost update'), stat.version).catch((e: unknown) => e)) as zookeeper.Exception;
    expect(stale).toBeInstanceOf(zookeeper.Exception);
    expect(stale.getCode()).toBe(zookeeper.Exception.BAD_VERSION);

    expect((await getData(c, '/smoke')).data.toString()).toBe('v2');
  });
});
