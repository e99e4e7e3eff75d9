import { Writable } from 'node:stream';
import { inspect } from 'node:util';
import pino from 'pino';
import { CredentialVault, SecretStorageKeys } from '../../src/backup';

const KEYS = { accessKeyId: 'AKIA-VAULT-TEST-1', secretAccessKey: 's3cr3t/vault+key', sessionToken: 'session-tok-99' };

function logged(write: (log: pino.Logger) => void): string {
  let out = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      out += chunk.toString();
      done();
    },
  });
  write(pino({ level: 'info' }, sink));
  return out;
}

describe('CredentialVault', () => {
  it('holds keys by job and forgets them when the job ends', () => {
    const vault = new CredentialVault();
    vault.put('job-1', KEYS);
    expect(vault.get('job-1')?.secretAccessKey).toBe(KEYS.secretAccessKey);
    expect(vault.get('job-1')?.sessionToken).toBe(KEYS.sessionToken);
    expect(vault.jobIds()).toEqual(['job-1']);
    expect(vault.delete('job-1')).toBe(true);
    expect(vault.get('job-1')).toBeUndefined();
    expect(vault.delete('job-1')).toBe(false);
  });

  it('cannot be printed, serialised or logged with its keys', () => {
    const vault = new CredentialVault();
    vault.put('job-1', KEYS);
    const keys = vault.get('job-1');
    const forms = [
      JSON.stringify(vault),
      JSON.stringify({ keys }),
      inspect(vault, { depth: 10, showHidden: true }),
      inspect(keys, { depth: 10, showHidden: true }),
      String(vault),
      (keys as SecretStorageKeys).toString(),
      logged((log) => log.info({ vault, keys, nested: { keys } }, 'holding keys')),
    ];
    for (const form of forms) {
      for (const secret of Object.values(KEYS)) expect(form).not.toContain(secret);
    }
    expect(JSON.stringify(vault)).toContain('job-1');
    expect(JSON.parse(JSON.stringify(keys))).toEqual({ accessKeyId: '[redacted]', secretAccessKey: '[redacted]', sessionToken: '[redacted]' });
  });

  it('refuses half a key pair', () => {
    expect(() => new SecretStorageKeys({ accessKeyId: 'a', secretAccessKey: '' })).toThrow('both an access key id and a secret access key');
  });
});
