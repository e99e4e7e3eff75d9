// What every command runs with: the API client built from the global options (--url, --token and their
// environment variables, --timeout, --verbose), the output, and the wait settings of --wait.
import type { Command } from 'commander';
import { ApiClient } from './http-client';
import { Output, type Streams } from './output';
import { ProgressRenderer } from './progress';

export const DEFAULT_URL = 'http://127.0.0.1:8080';
export const URL_ENV = 'CASSANDRA_MESOS_URL';
export const TOKEN_ENV = 'CASSANDRA_MESOS_API_TOKEN';

export interface GlobalOptions {
  readonly url?: string;
  readonly token?: string;
  readonly json?: boolean;
  readonly timeout: number;
  readonly verbose?: boolean;
}

export interface Context {
  readonly client: ApiClient;
  readonly out: Output;
  readonly progress: ProgressRenderer;
  readonly streams: Streams;
}

/** The context of the command being run: its options merged with the program's (global) ones. */
export function contextOf(command: Command, streams: Streams): Context {
  const options = command.optsWithGlobals<GlobalOptions>();
  // commander reads --url from CASSANDRA_MESOS_URL itself (Option.env); which one it was matters for messages.
  const source = command.getOptionValueSourceWithGlobals('url');
  const urlSource = options.url === undefined ? 'default' : source === 'env' ? URL_ENV : '--url';
  const out = new Output(streams, options.json === true);
  const client = new ApiClient({
    url: options.url ?? DEFAULT_URL,
    urlSource,
    token: options.token,
    timeoutMs: options.timeout * 1000,
    trace: options.verbose ? (line) => out.note(line) : undefined,
  });
  return { client, out, progress: new ProgressRenderer(streams.stderr), streams };
}
