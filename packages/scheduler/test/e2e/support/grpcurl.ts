// The grpcurl commands of seeds/002, run unchanged (only the address differs) against the scheduler:
// grpcurl finds the service through server reflection, as it would against Cassy itself.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const INSTALL_SCRIPT = join(__dirname, '..', '..', '..', '..', '..', 'scripts', 'grpc', 'install-grpcurl.sh');

/** The grpcurl binary (scripts/grpc/install-grpcurl.sh installs it once from the Go module proxy), or why there is none. */
export async function installGrpcurl(): Promise<{ bin: string } | { problem: string }> {
  try {
    const { stdout } = await run('bash', [INSTALL_SCRIPT], { timeout: 300_000 });
    const bin = stdout.trim().split('\n').pop() ?? '';
    return bin === '' ? { problem: `${INSTALL_SCRIPT} printed no binary path` } : { bin };
  } catch (err) {
    const e = err as { code?: number; stderr?: string; message: string };
    return { problem: `${INSTALL_SCRIPT} failed (exit ${e.code ?? '?'}): ${(e.stderr ?? e.message).trim().split('\n').slice(-3).join(' ')}` };
  }
}

export interface GrpcurlResult {
  command: string;
  ok: boolean;
  /** The parsed JSON answer (grpcurl prints the response message as JSON), or the text of `list`. */
  output: unknown;
  error: string;
}

/** `grpcurl -plaintext [-d data] address method` as seeds/002 writes it. */
export async function grpcurl(bin: string, address: string, method: string, data?: Record<string, unknown>): Promise<GrpcurlResult> {
  const args = ['-plaintext', ...(data === undefined ? [] : ['-d', JSON.stringify(data)]), address, ...(method === 'list' ? ['list'] : [method])];
  const command = `grpcurl ${args.map((a) => (/[\s{"]/.test(a) ? `'${a}'` : a)).join(' ')}`;
  try {
    const { stdout } = await run(bin, args, { timeout: 30_000 });
    return { command, ok: true, output: method === 'list' ? stdout.trim().split('\n') : (JSON.parse(stdout) as unknown), error: '' };
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    return { command, ok: false, output: undefined, error: (e.stderr ?? e.message).trim() };
  }
}
