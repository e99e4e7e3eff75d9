// The web dashboard (workspace @cassandra-mesos/dashboard) on the API's port. GET / answers the
// dashboard's index.html when the client prefers HTML (a browser) and leaves every other GET / to the
// original API's JSON endpoint list, which scripts read. /ui/* serves the bundle's files: their names
// carry a content hash, so they are cached for good, while index.html is revalidated every time and
// always names the current build. Neither needs the API token: the page holds no data; it reads the
// REST API with the token the operator enters.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { ApiError } from './errors';
import { ROUTE_LOCAL } from './mount';

export const DASHBOARD_ASSETS_PATH = '/ui';

export interface DashboardOptions {
  /** The built dashboard (index.html and ui/); default: the dist directory of @cassandra-mesos/dashboard. */
  readonly directory?: string;
}

/** Everything the page loads comes from this origin: a CDN or inline script would be refused. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const ONE_YEAR_MS = 365 * 24 * 3600 * 1000;

/**
 * The package resolved at run time. A name in a variable keeps bundlers (scripts/package.mjs) from
 * trying to inline it: they would warn and stop, and the files are not code to bundle anyway.
 */
const DASHBOARD_PACKAGE_JSON = '@cassandra-mesos/dashboard/package.json';

/** The dist directory of the installed @cassandra-mesos/dashboard workspace. */
export function dashboardDirectory(): string {
  return path.join(path.dirname(require.resolve(DASHBOARD_PACKAGE_JSON)), 'dist');
}

/** Registers GET / for browsers and /ui/*; mount it before the API's routes (GET / is one of them). */
export function mountDashboard(app: Express, options: DashboardOptions = {}): void {
  const located = locate(options);
  // A middleware rather than a second GET / route: the route list (and the OpenAPI document made from
  // it) has one GET / operation, whose answer to a browser is this page.
  app.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path !== '/') {
      next();
      return;
    }
    // Caches must keep the HTML and the JSON answer of "/" apart.
    res.vary('Accept');
    if (req.accepts(['application/json', 'text/html']) !== 'text/html') {
      next();
      return;
    }
    res.locals[ROUTE_LOCAL] = '/';
    void sendIndex(located, res).catch(next);
  });
  const assets = 'directory' in located ? express.static(path.join(located.directory, 'ui'), { index: false, redirect: false, immutable: true, maxAge: ONE_YEAR_MS }) : undefined;
  app.use(DASHBOARD_ASSETS_PATH, (req: Request, res: Response, next: NextFunction) => {
    res.locals[ROUTE_LOCAL] = `${DASHBOARD_ASSETS_PATH}/*`;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      next(new ApiError('METHOD_NOT_ALLOWED', `${req.method} is not allowed on ${DASHBOARD_ASSETS_PATH}${req.path}: dashboard files are read-only (GET or HEAD)`, undefined, { Allow: 'GET, HEAD' }));
      return;
    }
    res.set('X-Content-Type-Options', 'nosniff');
    if (!assets) {
      next(notBuilt(located));
      return;
    }
    assets(req, res, (err?: unknown) => {
      if (err) {
        next(err);
        return;
      }
      next(new ApiError('NOT_FOUND', `there is no dashboard file ${DASHBOARD_ASSETS_PATH}${req.path}: file names change with every build of the dashboard; reload / to get the current ones`));
    });
  });
}

type Located = { readonly directory: string } | { readonly problem: string };

/**
 * Where the scheduler artifact of scripts/package.mjs carries the dashboard: `dashboard/` beside the
 * `lib/` directory of the bundled scheduler.js (absent in the workspace build, which resolves the package).
 */
export function bundledDashboardDirectory(moduleDirectory: string = __dirname): string | undefined {
  const candidate = path.join(moduleDirectory, '..', 'dashboard');
  return existsSync(path.join(candidate, 'index.html')) ? candidate : undefined;
}

function locate(options: DashboardOptions): Located {
  if (options.directory !== undefined) return { directory: options.directory };
  const bundled = bundledDashboardDirectory();
  if (bundled !== undefined) return { directory: bundled };
  try {
    return { directory: dashboardDirectory() };
  } catch (err) {
    // E.g. a bundled scheduler whose artifact lacks dashboard/ and that has no node_modules.
    return { problem: `this scheduler cannot find the package @cassandra-mesos/dashboard (${err instanceof Error ? err.message.split('\n')[0] : String(err)})` };
  }
}

async function sendIndex(located: Located, res: Response): Promise<void> {
  if (!('directory' in located)) throw notBuilt(located);
  const file = path.join(located.directory, 'index.html');
  let html: string;
  try {
    // Read on every request (it is small): a rebuilt dashboard is served without a restart.
    html = await readFile(file, 'utf8');
  } catch {
    throw notBuilt({ problem: `${file} does not exist` });
  }
  res.set({ 'Cache-Control': 'no-cache', 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
  res.type('html').send(html);
}

function notBuilt(located: Located): ApiError {
  const why = 'problem' in located ? located.problem : `${located.directory} has no built dashboard`;
  return new ApiError(
    'UNAVAILABLE',
    `the dashboard is not available: ${why}; build it with "npm run build -w @cassandra-mesos/dashboard". The API itself works: GET / with "Accept: application/json" lists the endpoints`,
  );
}
