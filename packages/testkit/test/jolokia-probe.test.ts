import { basicAuthHeader, interpretReadiness, readinessRequest, STORAGE_SERVICE } from '../src/cassandra/jolokia-probe';

const ok = (value: object) => [{ status: 200, value, request: {}, timestamp: 1 }];

describe('interpretReadiness', () => {
  it('is one bulk read of StorageService attributes', () => {
    expect(readinessRequest()).toEqual([{ type: 'read', mbean: STORAGE_SERVICE, attribute: ['OperationMode', 'NativeTransportRunning', 'LiveNodes'] }]);
  });

  it('is ready only for NORMAL + native transport + all expected peers live', () => {
    expect(interpretReadiness(200, ok({ OperationMode: 'NORMAL', NativeTransportRunning: true, LiveNodes: ['127.0.0.1', '127.0.0.2'] }), ['127.0.0.1', '127.0.0.2'])).toEqual({
      state: 'ready',
      value: { operationMode: 'NORMAL', nativeTransportRunning: true, liveNodes: ['127.0.0.1', '127.0.0.2'] },
    });
    expect(interpretReadiness(200, ok({ OperationMode: 'STARTING', NativeTransportRunning: false, LiveNodes: [] }), [])).toMatchObject({ state: 'waiting', reason: 'OperationMode=STARTING' });
    expect(interpretReadiness(200, ok({ OperationMode: 'NORMAL', NativeTransportRunning: false, LiveNodes: ['127.0.0.1'] }), ['127.0.0.1'])).toMatchObject({ state: 'waiting' });
    expect(interpretReadiness(200, ok({ OperationMode: 'NORMAL', NativeTransportRunning: true, LiveNodes: ['127.0.0.1'] }), ['127.0.0.1', '127.0.0.3'])).toMatchObject({
      state: 'waiting',
      reason: expect.stringContaining('lacks 127.0.0.3') as unknown,
    });
  });

  it('treats an error status inside an HTTP 200 as not ready (MBean not registered yet)', () => {
    const body = [{ status: 404, error_type: 'javax.management.InstanceNotFoundException', error: 'javax.management.InstanceNotFoundException : org.apache.cassandra.db:type=StorageService' }];
    const r = interpretReadiness(200, body, []);
    expect(r.state).toBe('waiting');
    expect(r).toMatchObject({ reason: expect.stringContaining('InstanceNotFoundException') as unknown });
  });

  it('is fatal on 401 (wrong credentials) and waits on other HTTP errors', () => {
    expect(interpretReadiness(401, undefined, [])).toMatchObject({ state: 'fatal' });
    expect(interpretReadiness(503, 'busy', [])).toMatchObject({ state: 'waiting', reason: 'Jolokia answered HTTP 503' });
    expect(interpretReadiness(200, { not: 'an array' }, [])).toMatchObject({ state: 'waiting' });
  });

  it('builds a basic auth header', () => {
    expect(basicAuthHeader('user', 'pa:ss')).toBe(`Basic ${Buffer.from('user:pa:ss').toString('base64')}`);
  });
});
