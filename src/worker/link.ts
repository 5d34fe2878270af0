/**
 * One connection to a worker, shared by every job channel that talks to it, and its one reply
 * table: each request is registered under its id, its replies go to the channel that sent it, a
 * final reply removes the entry. The worker starts lazily, on the first request; when it crashes,
 * every open request learns it (as a value, never an exception) and the next request starts a
 * fresh worker.
 */

/** A connection to a worker, or to an in-process stand-in in tests. */
export interface Port<Request> {
  post: (request: Request) => void;
  terminate: () => void;
}

export type Connect<Request, Reply> = (
  onReply: (reply: Reply) => void,
  onCrash: (message: string) => void,
) => Port<Request>;

export interface Reply {
  id: number;
}

export interface OpenRequest<R> {
  onReply: (reply: R) => void;
  /** The worker stopped before the request ended. */
  onLost: (message: string) => void;
}

export interface Link<Request, R extends Reply> {
  /** A fresh id, increasing, unique on this link across all its channels. */
  nextId(): number;
  /** Sends a request with id `id`; its replies go to `open` until one is final. */
  send(id: number, request: Request, open: OpenRequest<R>): void;
  /** Sends a message that expects no reply of its own (a cancel); starts no worker. */
  notify(request: Request): void;
  /** Forgets an open request: its replies are dropped from here on. */
  forget(id: number): void;
  dispose(): void;
}

export function createLink<Request, R extends Reply>(
  connect: Connect<Request, R>,
  isFinal: (reply: R) => boolean,
): Link<Request, R> {
  const open = new Map<number, OpenRequest<R>>();
  let port: Port<Request> | null = null;
  let id = 0;

  const onReply = (reply: R) => {
    const entry = open.get(reply.id);
    if (entry === undefined) return;
    if (isFinal(reply)) open.delete(reply.id);
    entry.onReply(reply);
  };

  const crashed = (from: Port<Request>, message: string) => {
    from.terminate();
    if (port !== from) return;
    port = null;
    const lost = [...open.values()];
    open.clear();
    for (const entry of lost) entry.onLost(message);
  };

  const ensurePort = (): Port<Request> => {
    if (port) return port;
    // The port exists before it can report anything: connect calls back only later.
    const created: Port<Request> = connect(onReply, (message) => crashed(created, message));
    port = created;
    return created;
  };

  return {
    nextId: () => ++id,
    send(requestId, request, entry) {
      open.set(requestId, entry);
      ensurePort().post(request);
    },
    notify(request) {
      port?.post(request);
    },
    forget(requestId) {
      open.delete(requestId);
    },
    dispose() {
      port?.terminate();
      port = null;
      open.clear();
    },
  };
}

/** Text for a worker that stopped or sent something unreadable (shown to the user as the error). */
export interface CrashMessages {
  stopped: (detail: string) => string;
  unreadable: string;
}

/** A real module worker behind a port; `transfer` picks the buffers to move rather than copy. */
export function workerConnect<Request, R>(
  createWorker: () => Worker,
  messages: CrashMessages,
  transfer: (request: Request) => ArrayBuffer[] = () => [],
): Connect<Request, R> {
  return (onReply, onCrash) => {
    const worker = createWorker();
    worker.addEventListener('message', (event: MessageEvent<R>) => onReply(event.data));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      onCrash(messages.stopped(event.message || 'unknown error'));
    });
    worker.addEventListener('messageerror', () => onCrash(messages.unreadable));
    return {
      post: (request) => worker.postMessage(request, { transfer: transfer(request) }),
      terminate: () => worker.terminate(),
    };
  };
}
