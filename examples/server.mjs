#!/usr/bin/env node
/**
 * Serves the example pages the way a careful host would: every response carries the strict
 * Content-Security-Policy the element promises to work under. `npm start` runs it beside Storybook, and the
 * end-to-end tests start it on a free port.
 *
 *   /help-center/ja/, /help-center/en-us/   a help-centre article with one <script> and one element
 *   /theme_assets/wamigrate-guide-4f9c2e.js the single-file build, renamed as a Zendesk theme renames assets
 *   /react-portal/                          a React host built with Vite from the ESM packages
 *   /react-portal/?live=1                   the same in live mode: the guide performs the move through
 *   /api/whatsapp/…                         this server's @wamigrate/server handler, in front of a local
 *                                           stand-in for Meta's Graph API (Meta cannot be called from here)
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGraphClient, createMigrationHandler, memoryPinStore, toNodeListener } from '@wamigrate/server';
import { startFakeGraph } from '@wamigrate/server/fake-graph';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'";

/** URL prefix -> folder or file on disk. The longest matching prefix wins. */
export const ROUTES = {
  '/help-center/': path.join(HERE, 'help-center'),
  '/theme_assets/wamigrate-guide-4f9c2e.js': path.join(HERE, '../packages/element/dist/wamigrate-guide.js'),
  '/react-portal/': path.join(HERE, 'react-portal/dist'),
  '/': path.join(HERE, 'index'),
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/**
 * The file a URL path names: `{ file }`, `{ redirect }` for a folder named without its slash (its page's
 * relative links would resolve one level up), or null outside the routes (`..` never leaves a route's folder).
 */
async function resolveFile(routes, urlPath) {
  const prefix = Object.keys(routes)
    .filter((p) => urlPath.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  if (!prefix) return null;
  const base = routes[prefix];
  const rest = decodeURIComponent(urlPath.slice(prefix.length));
  const file = path.resolve(base, `.${path.posix.normalize(`/${rest}`)}`);
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
    const index = path.join(file, 'index.html');
    return (await stat(index).catch(() => null))?.isFile() ? { file: index } : null;
  }
  return info?.isFile() ? { file } : null;
}

/** Starts the server; `extraRoutes` lets the tests serve a file of their own (axe-core) from the same origin. */
export async function startServer({ port = 0, host = '127.0.0.1', extraRoutes = {} } = {}) {
  const routes = { ...ROUTES, ...extraRoutes };
  // Live mode's backend: the portal's handler, in front of the local Meta stand-in.
  const graph = await startFakeGraph({ accessToken: 'fake-token', verifiedName: 'Acme Coffee' });
  const live = toNodeListener(
    createMigrationHandler({
      client: createGraphClient({ accessToken: 'fake-token', baseUrl: graph.url }),
      destinationWabaId: '102290129340398',
      // The example has no sign-in: every visitor is the same portal user.
      authorize: () => 'example-portal-user',
      pins: memoryPinStore(),
      log: () => undefined,
    }),
  );
  const server = createServer(async (request, response) => {
    if ((request.url ?? '').startsWith('/api/whatsapp/')) {
      live(request, response);
      return;
    }
    const headers = {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    };
    try {
      const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
      // Browsers ask every site for an icon; the examples have none to give.
      if (urlPath === '/favicon.ico') {
        response.writeHead(204, headers).end();
        return;
      }
      const found = request.method === 'GET' || request.method === 'HEAD' ? await resolveFile(routes, urlPath) : null;
      if (found?.redirect) {
        response.writeHead(301, { ...headers, Location: found.redirect }).end();
        return;
      }
      const file = found?.file;
      if (!file) {
        response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
        return;
      }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { ...headers, 'Content-Type': type });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    } catch {
      response.writeHead(400, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request\n');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const origin = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
      const close = () => Promise.all([new Promise((done) => server.close(() => done())), graph.close()]);
      resolve({ origin, close });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { origin } = await startServer({ port: Number(process.env.EXAMPLES_PORT || 6007) });
  console.log(`Examples (served with Content-Security-Policy: ${CONTENT_SECURITY_POLICY}):`);
  console.log(`  help centre, Japanese  ${origin}/help-center/ja/`);
  console.log(`  help centre, English   ${origin}/help-center/en-us/`);
  console.log(`  React portal           ${origin}/react-portal/`);
  console.log(`  React portal, live     ${origin}/react-portal/?live=1  (against a local stand-in for Meta)`);
}
