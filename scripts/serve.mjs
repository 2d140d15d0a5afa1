// A small static file server for the demo (npm start): serves this folder,
// so demo/ pages load ../dist/ exactly as a blog would load files from a CDN.
// Usage: node scripts/serve.mjs [--port 8000] [--root .]
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const root = resolve(option('root', '.'));
const firstPort = Number(option('port', process.env.PORT || 8000));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.txt': 'text/plain; charset=utf-8',
};

function fileFor(urlPath) {
  const decoded = decodeURIComponent(urlPath.split('?')[0]);
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return undefined; // no escaping the root
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return fileFor(join(decoded, 'index.html'));
    return stats.isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}

const server = createServer((request, response) => {
  if (request.url === '/' || request.url === '') {
    response.writeHead(302, { Location: '/demo/' }).end();
    return;
  }
  let file;
  try {
    file = fileFor(request.url ?? '/');
  } catch {
    file = undefined;
  }
  if (!file) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  response.writeHead(200, {
    'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
    'Access-Control-Allow-Origin': '*',
  });
  createReadStream(file).pipe(response);
});

function listen(port, triesLeft) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && triesLeft > 0) listen(port + 1, triesLeft - 1);
    else throw error;
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`\ncritical-friend demo: http://localhost:${port}/demo/`);
    console.log(`snippet builder: http://localhost:${port}/demo/builder.html`);
    console.log(`bare script-tag page: http://localhost:${port}/demo/bare.html\n(Ctrl+C to stop)`);
  });
}

listen(firstPort, 20);
