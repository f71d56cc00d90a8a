/**
 * Serves the demo: `node --conditions=source --import tsx demo/serve.ts` (what `npm start` runs).
 * Run this way, the server package and its config load from TypeScript sources, with no build.
 */
import { createServer } from 'vite';
import config from './vite.config.js';

const port = Number(process.env.PORT ?? 5173);
// The config is imported, not loaded by Vite: Vite's config loader would resolve the workspace
// packages to their builds, where Node (with --conditions=source) resolves them to their sources.
const server = await createServer({
  ...config,
  configFile: false,
  server: { ...config.server, port, strictPort: process.env.PORT !== undefined },
});
await server.listen();
server.printUrls();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
