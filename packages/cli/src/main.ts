// The cassandra-mesos program: global options, the command groups, and the one place where every
// failure becomes a message on stderr and an exit code (errors.ts). commander's own errors (unknown
// command or option, missing or invalid argument) exit 2 like every other usage error.
import { Command, CommanderError, Option } from 'commander';
import { registerBackup, registerRestore } from './commands/backup';
import { registerConfig, registerScale } from './commands/config';
import { registerJobs } from './commands/jobs';
import { registerConnection, registerNodes, registerSeeds } from './commands/nodes';
import { registerPlan } from './commands/plan';
import { DEFAULT_URL, TOKEN_ENV, URL_ENV } from './context';
import { CliError, EXIT_CODE_HELP, ExitCode } from './errors';
import type { Streams } from './output';
import { seconds } from './validate';

export { ExitCode } from './errors';

const VERSION = '0.1.0';

export function buildProgram(streams: Streams): Command {
  const program = new Command('cassandra-mesos');
  program
    .description('Operate a cassandra-mesos cluster through its scheduler\'s REST API: plans, nodes, configuration, repair, cleanup, rolling restart, backup and restore.')
    .version(VERSION, '-V, --version')
    .addOption(new Option('--url <url>', `the scheduler's API address (default ${DEFAULT_URL})`).env(URL_ENV))
    .addOption(new Option('--token <token>', 'the API token the scheduler was started with (never printed)').env(TOKEN_ENV))
    .option('--json', 'print the API\'s JSON answer (one document) instead of tables')
    .addOption(new Option('--timeout <seconds>', 'timeout of each request').argParser(seconds(0.1, 3600)).default(30))
    .option('-v, --verbose', 'print each request and answer status on stderr (never the token)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => streams.stdout.write(text),
      writeErr: (text) => streams.stderr.write(text),
    })
    .showHelpAfterError('(add --help for usage)')
    .addHelpText(
      'after',
      [
        '',
        'Environment:',
        `  ${URL_ENV}         the scheduler's API address (like --url)`,
        `  ${TOKEN_ENV}   the API token (like --token); the scheduler reads the same variable`,
        '  NO_COLOR                    no colours (there are none when stdout is not a terminal anyway)',
        '',
        EXIT_CODE_HELP,
        '',
        'Examples:',
        '  $ export CASSANDRA_MESOS_URL=http://scheduler.example:8080',
        '  $ cassandra-mesos plan show',
        '  $ cassandra-mesos node list',
        '  $ cassandra-mesos repair start --keyspaces app --wait',
        '  $ cassandra-mesos backup start --name nightly-1 --wait --json',
      ].join('\n'),
    );

  const deps = { streams };
  registerPlan(program, deps);
  registerConnection(program, deps);
  registerNodes(program, deps);
  registerSeeds(program, deps);
  registerConfig(program, deps);
  registerJobs(program, deps);
  registerBackup(program, deps);
  registerRestore(program, deps);
  registerScale(program, deps);
  return program;
}

/** Runs the CLI with `argv` (without node and the script) and answers its exit code. */
export async function main(argv: readonly string[], streams: Streams): Promise<number> {
  const program = buildProgram(streams);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ExitCode.OK;
  } catch (err) {
    if (err instanceof CommanderError) {
      // commander printed its message already; --help and --version end with its exit code 0.
      return err.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE;
    }
    if (err instanceof CliError) {
      streams.stderr.write(`error: ${err.message}\n`);
      return err.exitCode;
    }
    // A bug of the CLI, not of its use: say so rather than dress it up as an API or usage error.
    streams.stderr.write(`error: unexpected failure of the CLI: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 1;
  }
}
