// Helpers every command group uses: the context of a running action, examples in --help, and the
// --wait/--interval options of long operations.
import { Option, type Command } from 'commander';
import { contextOf, type Context } from '../context';
import type { Streams } from '../output';
import { seconds } from '../validate';
import type { WaitOptions } from '../wait';

export interface Deps {
  readonly streams: Streams;
}

/**
 * The action of `command`: commander passes the arguments, the options and the command itself last;
 * `run` gets the context built from the command's (and the program's) options and the arguments.
 */
export function action<A extends unknown[]>(deps: Deps, run: (ctx: Context, command: Command, ...args: A) => Promise<void>): (...raw: unknown[]) => Promise<void> {
  return (...raw: unknown[]) => {
    const command = raw[raw.length - 1] as Command;
    const args = raw.slice(0, command.registeredArguments.length) as A;
    return run(contextOf(command, deps.streams), command, ...args);
  };
}

/** "Example(s):" lines after the options in --help. */
export function examples(command: Command, ...lines: string[]): Command {
  return command.addHelpText('after', `\n${lines.length > 1 ? 'Examples' : 'Example'}:\n${lines.map((l) => `  $ ${l}`).join('\n')}`);
}

export interface WaitFlags {
  readonly wait?: boolean;
  readonly interval: number;
}

export function withWait(command: Command, what: string): Command {
  return command
    .option('--wait', `follow ${what} until it is done, with progress on stderr (Ctrl-C stops waiting, not ${what})`)
    .addOption(new Option('--interval <seconds>', 'poll interval of --wait').argParser(seconds(0.05, 3600)).default(2));
}

export function waitOptions(flags: WaitFlags, statusCommand: string, stopCommand?: string): WaitOptions {
  return { intervalMs: flags.interval * 1000, statusCommand, stopCommand };
}
