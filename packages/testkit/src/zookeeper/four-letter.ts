import { connect } from 'node:net';

/** Sends a ZooKeeper four-letter word (e.g. "srvr") and resolves with the whole answer. */
export function fourLetterWord(host: string, port: number, word: string, timeoutMs = 2_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const chunks: Buffer[] = [];
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer to '${word}' from ${host}:${port} within ${timeoutMs} ms`)));
    socket.once('connect', () => socket.end(word));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.once('error', reject);
    socket.once('close', (hadError) => {
      if (!hadError) resolve(Buffer.concat(chunks).toString('utf8'));
    });
  });
}
