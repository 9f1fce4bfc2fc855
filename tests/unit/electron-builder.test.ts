import { resolve } from 'node:path';
import { DebugLogger } from 'builder-util';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { describe, expect, it } from 'vitest';

/** electron-builder.yml as electron-builder itself reads and validates it for `npm run dist`. */
const ROOT = resolve(__dirname, '../..');
const config = await getConfig(ROOT, 'electron-builder.yml', null);

describe('the installer configuration', () => {
  it('is valid for electron-builder', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it("flips Electron's fuses so the shipped binary runs only Plexus, as Plexus", () => {
    expect(config.electronFuses).toEqual({
      // ELECTRON_RUN_AS_NODE=1 would turn the signed app into a plain Node.js for any script.
      runAsNode: false,
      // NODE_OPTIONS (--require) and --inspect would let another process load code into it.
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      // Code edited inside the installed app.asar, or an app/ folder beside it, is refused.
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    // The asar fuses need an asar archive.
    expect(config.asar).not.toBe(false);
  });
});
