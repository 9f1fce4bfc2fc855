import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend } from '../ipc/handlers';
import { createAppServices } from '../services/app-services';
import { defaultHome, rendererDistDir } from '../services/paths';
import { portFrom } from './serve-args';
import { startWebServer } from './server';

/** Browser mode's entry: `npx tsx electron/web/serve.ts [--port N]` (what `npm run serve` runs). */

async function main(): Promise<void> {
  const port = portFrom(process.argv.slice(2));
  const rendererDir = rendererDistDir();
  if (!existsSync(join(rendererDir, 'index.html'))) {
    process.stderr.write('Plexus: the renderer is not built yet: run `npm run build:renderer` first.\n');
  }
  const services = createAppServices({ home: defaultHome() });
  const server = await startWebServer({ backend: createBackend(services), rendererDir, port });
  process.stdout.write(`Plexus browser mode: open ${server.url} (Ctrl+C to stop)\n`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void Promise.allSettled([server.close(), services.close()]).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Plexus: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
