// Starts the demo's static server (scripts/serve.mjs) on a free port for the
// scripts that need pages over HTTP (bench, lighthouse).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Start scripts/serve.mjs on a free port; resolves with its port and process.
 * `root` (default: the repository) is the folder it serves.
 */
export function startServer({ root = '.' } = {}) {
  const port = 20000 + Math.floor(Math.random() * 20000); // serve.mjs moves up when a port is taken
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--root', root], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`serve.mjs did not start:\n${output}`)), 10_000);
    const onData = (chunk) => {
      output += chunk;
      const match = /http:\/\/localhost:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ port: Number(match[1]), child });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve.mjs exited with ${code}:\n${output}`));
    });
  });
}
