import { parseCli, UsageError } from './cli-args';
import { createReceiver } from './server';
import { describeDb, openStore } from './store/open-store';

/** `npm run receiver -- --port 8787 --db reports.sqlite`: prints one line when ready, stops on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const settings = parseCli(process.argv.slice(2), process.env);
  const store = await openStore(settings.db);
  const receiver = createReceiver({ store, token: settings.token });
  const { port } = await receiver.listen(settings.port, settings.host);
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  console.log(`hostguard receiver listening on http://${host}:${port} (${store.kind} ${describeDb(settings.db)})`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`hostguard receiver: ${signal}, finishing requests in flight`);
    // Requests in flight finish within the request timeouts; never hang on a stuck one.
    setTimeout(() => process.exit(1), 20_000).unref();
    receiver.close().then(
      () => {
        console.log('hostguard receiver stopped');
        process.exit(0);
      },
      (error: unknown) => {
        console.error('hostguard receiver: shutdown failed:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? `hostguard receiver: ${error.message}` : error);
  process.exit(2);
});
