import { createServer } from 'node:net';

/**
 * A port on 127.0.0.1 that was free a moment ago and has nothing listening now: a receiver that
 * is down. Start one there later (startReceiver({ port })) to bring it back at the same URL.
 */
export async function reservePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no TCP port was assigned');
  return address.port;
}
