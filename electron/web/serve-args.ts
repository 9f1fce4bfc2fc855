/** The port browser mode listens on: --port N, --port=N, else PLEXUS_PORT, else 0 (any free port). */
export function portFrom(args: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  let text = env.PLEXUS_PORT ?? '0';
  args.forEach((arg, i) => {
    if (arg === '--port') text = args[i + 1] ?? '';
    else if (arg.startsWith('--port=')) text = arg.slice('--port='.length);
  });
  const port = text.trim() === '' ? NaN : Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535 (got "${text}")`);
  }
  return port;
}
