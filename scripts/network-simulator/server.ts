// The simulator as a local HTTP server on 127.0.0.1 (npm start, end-to-end tests).
import { createServer, type Server } from 'node:http';
import { NetworkSimulator } from './simulator.ts';

export interface RunningSimulator {
  url: string;
  simulator: NetworkSimulator;
  close(): Promise<void>;
}

/** `linksHere`: minted links point at this server, which sends browsers on to the real product page (npm start's demo). */
export async function startNetworkSimulator(port = 0, { linksHere = false } = {}): Promise<RunningSimulator> {
  const simulator = new NetworkSimulator();
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = new Request(`http://${req.headers.host ?? '127.0.0.1'}${req.url}`, {
      method: req.method,
      headers: req.headers as Record<string, string>,
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.concat(chunks),
    });
    const answer = await simulator.handle(request);
    res.writeHead(answer.status, Object.fromEntries(answer.headers));
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  if (linksHere) simulator.linkOrigin = url;
  return { url, simulator, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
