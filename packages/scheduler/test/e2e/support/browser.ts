// Headless Debian Chromium driven by playwright-core, for the dashboard scenario. Playwright's own
// browser downloads are never used: scripts/setup-runtime.sh installs Debian's `chromium`, and each
// run gets a fresh profile in a temp dir that close() deletes (and whose leftover processes it kills).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * No sandbox (tests run as root in CI), no GPU, and nothing that talks to the internet on its own
 * (QUIC, component updates, sync, background fetches): the dashboard must work offline.
 */
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** An element as the functions passed to locator.evaluateAll see it (the tests compile without the DOM lib). */
interface ElementLike {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}

/** One element's attributes (missing = null) and its whitespace-collapsed text. */
export interface ElementSnapshot {
  readonly attributes: Record<string, string | null>;
  readonly text: string;
}

export class HeadlessChromium {
  /** Console errors and uncaught exceptions of the page, for failure messages. */
  readonly pageProblems: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly userDataDir: string,
    private readonly artifactsDir: string,
  ) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.pageProblems.push(`console: ${message.text()}`.slice(0, 500));
    });
    page.on('pageerror', (error) => this.pageProblems.push(`uncaught: ${error.message}`.slice(0, 500)));
  }

  /** Starts Chromium with a fresh profile; screenshots go to `artifactsDir` (created). */
  static async launch(artifactsDir: string): Promise<HeadlessChromium> {
    if (!existsSync(CHROMIUM_PATH)) {
      throw new Error(`${CHROMIUM_PATH} is missing: the dashboard tests drive Debian's Chromium. Run scripts/setup-runtime.sh (it installs the Debian package) or apt-get install -y chromium`);
    }
    const userDataDir = mkdtempSync(join(tmpdir(), 'dashboard-e2e-chromium-'));
    try {
      // A persistent context is how playwright-core takes a --user-data-dir of our choosing.
      const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
        viewport: { width: 1440, height: 1000 },
        timeout: 60_000,
      });
      const page = context.pages()[0] ?? (await context.newPage());
      page.setDefaultTimeout(30_000);
      mkdirSync(artifactsDir, { recursive: true });
      return new HeadlessChromium(context, page, userDataDir, artifactsDir);
    } catch (err) {
      killProfileProcesses(userDataDir);
      rmSync(userDataDir, { recursive: true, force: true });
      throw err;
    }
  }

  /** A full-page PNG named `<name>.png` in the artifacts dir; returns its path. */
  async screenshot(name: string): Promise<string> {
    const path = join(this.artifactsDir, `${name}.png`);
    await this.page.screenshot({ path, fullPage: true });
    return path;
  }

  /** Closes the browser (10 s at most), kills whatever of it is left, deletes the profile. */
  async close(): Promise<void> {
    try {
      await Promise.race([this.context.close(), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
    } finally {
      killProfileProcesses(this.userDataDir);
      rmSync(this.userDataDir, { recursive: true, force: true });
    }
  }
}

/**
 * Kills the Chromium processes (browser, renderers, zygotes) started with this profile: only ours,
 * found by the unique temp dir on their command line, each by its pid.
 */
function killProfileProcesses(userDataDir: string): void {
  let pids: number[] = [];
  try {
    pids = execFileSync('pgrep', ['-f', '--', `--user-data-dir=${userDataDir}`], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    return; // pgrep exits 1 when nothing matches
  }
  for (const pid of pids) {
    if (pid === process.pid) continue;
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Every element the locator matches, with the named attributes and its text, in one round trip. */
export async function snapshotAll(locator: Locator, attributes: readonly string[]): Promise<ElementSnapshot[]> {
  return locator.evaluateAll((elements: ElementLike[], names: readonly string[]) =>
    elements.map((element) => ({
      attributes: Object.fromEntries(names.map((name) => [name, element.getAttribute(name)])),
      text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
    })), attributes);
}

/** The first element the locator matches (snapshotAll), or undefined when none does. */
export async function snapshotFirst(locator: Locator, attributes: readonly string[]): Promise<ElementSnapshot | undefined> {
  return (await snapshotAll(locator.first(), attributes))[0];
}
