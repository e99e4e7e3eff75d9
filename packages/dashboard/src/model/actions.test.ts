import { describeAction, successMessage, type Action } from './actions';
import { apiErrorCode, apiErrorMessage } from './api-errors';

describe('describeAction', () => {
  it.each<[Action, string, string]>([
    [{ kind: 'plan-interrupt', plan: 'deploy' }, 'POST', '/v1/plans/deploy/interrupt'],
    [{ kind: 'plan-continue', plan: 'repair' }, 'POST', '/v1/plans/repair/continue'],
    [{ kind: 'repair' }, 'POST', '/cluster/repair/start'],
    [{ kind: 'cleanup' }, 'POST', '/cluster/cleanup/start'],
    [{ kind: 'backup', name: 'nightly 1' }, 'POST', '/cluster/backup/start?name=nightly%201'],
    [
      { kind: 'abort-job', jobType: 'ROLLING_RESTART', jobId: 'j1' },
      'POST',
      '/cluster/rolling-restart/abort',
    ],
    [{ kind: 'abort-job', jobType: 'BACKUP', jobId: 'j2' }, 'POST', '/cluster/backup/abort'],
    [{ kind: 'node-restart', nodeId: 'node-1', host: 'h' }, 'PUT', '/v1/nodes/restart?node=node-1'],
    [{ kind: 'node-replace', nodeId: 'node-1', host: 'h' }, 'PUT', '/v1/nodes/replace?node=node-1'],
    [{ kind: 'backup-verify', name: 'b/../x' }, 'POST', '/v1/backups/b%2F..%2Fx/verify'],
  ])('%j → %s %s', (action, method, path) => {
    expect(describeAction(action).request).toEqual({ method, path });
  });

  it('the dialog names the node, its host and what happens to it', () => {
    const d = describeAction({ kind: 'node-replace', nodeId: 'node-2', host: 'host-2 (10.0.0.12)' });
    expect(d.title).toBe('Replace node-2');
    expect(d.effect).toContain('node-2 (host-2 (10.0.0.12)) is terminated for good');
    expect(d.dangerous).toBe(true);
    expect(describeAction({ kind: 'backup', name: 'nightly' }).effect).toContain(
      'Backup "nightly" of every node',
    );
    expect(describeAction({ kind: 'repair' }).dangerous).toBe(false);
  });
});

describe('successMessage', () => {
  it('names the job the API started', () => {
    expect(successMessage({ kind: 'repair' }, { started: true, job: { id: '4f0c' } })).toBe(
      'Repair started (job 4f0c)',
    );
    expect(successMessage({ kind: 'backup', name: 'n1' }, { started: true, job: { id: 'b1' } })).toBe(
      'Backup n1 started (job b1)',
    );
    expect(successMessage({ kind: 'cleanup' }, undefined)).toBe('Cleanup started');
    expect(
      successMessage({ kind: 'plan-interrupt', plan: 'deploy' }, { message: 'Received cmd: interrupt' }),
    ).toBe('Plan deploy interrupted');
  });
});

describe('API error messages', () => {
  it("uses the API's message and code", () => {
    const body = {
      error: {
        code: 'JOB_RUNNING',
        message: 'a cleanup was not started (nothing changed): job 4f0c… is running',
      },
    };
    expect(apiErrorMessage(409, body, 'POST /cluster/cleanup/start')).toBe(
      'a cleanup was not started (nothing changed): job 4f0c… is running',
    );
    expect(apiErrorCode(body)).toBe('JOB_RUNNING');
  });

  it('names the call when the body says nothing, and an unreachable scheduler', () => {
    expect(apiErrorMessage(502, '<html>bad gateway</html>', 'GET /v1/jobs')).toBe(
      'GET /v1/jobs answered HTTP 502 without an error message',
    );
    expect(apiErrorMessage(0, undefined, 'GET /node/all')).toContain('could not be reached');
    expect(apiErrorCode(undefined)).toBeUndefined();
  });
});
