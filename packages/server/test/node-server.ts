import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toNodeListener } from '../src/node-http';

/** The handler served from `node:http` on loopback for `use`, then closed, connections and all. */
export async function withNodeServer<T>(
  handle: (request: Request) => Promise<Response>,
  use: (port: number) => Promise<T>,
): Promise<T> {
  const server = createServer(toNodeListener(handle));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await use((server.address() as AddressInfo).port);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
