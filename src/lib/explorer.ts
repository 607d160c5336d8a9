import fs from 'node:fs';
import type http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The GraphQL explorer a browser gets at the API's path: GraphiQL (its editor, docs explorer,
 * query history and headers editor) from the graphiql, react and react-dom packages' own files,
 * served by this server, so it works with no internet and no CDN.
 */

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

const JAVASCRIPT = 'text/javascript; charset=utf-8';

/** The only files served under ASSET_PATH: a name each, never a path from the request. */
const ASSETS: Record<string, { file: string; type: string }> = {
  'graphiql.min.css': { file: path.join(packageDir('graphiql'), 'graphiql.min.css'), type: 'text/css; charset=utf-8' },
  'graphiql.min.js': { file: path.join(packageDir('graphiql'), 'graphiql.min.js'), type: JAVASCRIPT },
  'react.production.min.js': { file: path.join(packageDir('react'), 'umd', 'react.production.min.js'), type: JAVASCRIPT },
  'react-dom.production.min.js': { file: path.join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'), type: JAVASCRIPT },
};

export const ASSET_PATH = '/explorer/';

/** Whether a GET of the API's path comes from a browser (which asks for HTML), not a GraphQL client. */
export function wantsExplorer(request: http.IncomingMessage): boolean {
  return request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
}

/** The page for the GraphQL endpoint at `endpoint`, its headers editor prefilled for an API key. */
function page(endpoint: string): string {
  const settings = JSON.stringify({
    endpoint,
    headers: JSON.stringify({ Authorization: 'Bearer <your API key>' }, null, 2),
  }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>CRM API explorer</title>
  <link rel="stylesheet" href="${ASSET_PATH}graphiql.min.css">
  <style>body { margin: 0; } #explorer { height: 100vh; }</style>
</head>
<body>
  <div id="explorer">Loading the explorer…</div>
  <script src="${ASSET_PATH}react.production.min.js"></script>
  <script src="${ASSET_PATH}react-dom.production.min.js"></script>
  <script src="${ASSET_PATH}graphiql.min.js"></script>
  <script>
    const settings = ${settings};
    const fetcher = GraphiQL.createFetcher({ url: settings.endpoint });
    ReactDOM.createRoot(document.getElementById('explorer')).render(React.createElement(GraphiQL, {
      fetcher,
      defaultHeaders: settings.headers,
      headerEditorEnabled: true,
      shouldPersistHeaders: true,
      defaultEditorToolsVisibility: 'headers',
    }));
  </script>
</body>
</html>
`;
}

export function sendExplorer(response: http.ServerResponse, endpoint: string): void {
  const body = page(endpoint);
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-cache',
  });
  response.end(body);
}

/** Answers `GET /explorer/<name>` with one of the explorer's files; false when the name is none of them. */
/** The files read so far: a few MB, read once. */
const loaded = new Map<string, Buffer>();

export function sendExplorerAsset(response: http.ServerResponse, pathname: string): boolean {
  const asset = ASSETS[pathname.slice(ASSET_PATH.length)];
  if (!asset) return false;
  let body = loaded.get(asset.file);
  if (!body) loaded.set(asset.file, (body = fs.readFileSync(asset.file)));
  response.writeHead(200, { 'content-type': asset.type, 'content-length': body.length, 'cache-control': 'public, max-age=86400' });
  response.end(body);
  return true;
}
