import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ReportStore } from '../store/store';

export interface ReceiverDeps {
  store: ReportStore;
  token: string;
  onStored?: (keys: string[]) => Promise<void> | void;
}

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** The route pattern's captures (a hash, a report id). */
  params: string[];
  /** Server receipt time: the authoritative time of every report the request stores. */
  receivedAt: number;
  deps: ReceiverDeps;
}

export type Handler = (context: RequestContext) => Promise<void>;
