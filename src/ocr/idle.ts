// The OCR worker holds about 100–300 MB while it lives: it starts on first use and stops after a
// quiet minute; the next reading starts it again.

export const IDLE_STOP_MS = 60_000;

export interface Stoppable {
  stop(): Promise<void>;
}

export interface IdleTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface OnDemand<T> {
  /** Runs `work` with the started thing (starting it when needed); the idle clock waits for it. */
  use<R>(work: (thing: T) => Promise<R>): Promise<R>;
  /** Whether it is running now. */
  readonly running: boolean;
}

export function onDemand<T extends Stoppable>(
  start: () => Promise<T>,
  idleMs = IDLE_STOP_MS,
  timers: IdleTimers = { setTimeout: (run, ms) => globalThis.setTimeout(run, ms), clearTimeout: (h) => globalThis.clearTimeout(h as number) },
): OnDemand<T> {
  let started: Promise<T> | null = null;
  let busy = 0;
  let timer: unknown = null;

  const stopLater = () => {
    timer = timers.setTimeout(() => {
      timer = null;
      const stopping = started;
      started = null;
      void stopping?.then((thing) => thing.stop()).catch(() => undefined);
    }, idleMs);
  };

  return {
    async use(work) {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      busy++;
      try {
        // A start that failed is not kept: the next use tries again.
        started ??= start().catch((error: unknown) => {
          started = null;
          throw error;
        });
        return await work(await started);
      } finally {
        if (--busy === 0 && started !== null) stopLater();
      }
    },
    get running() {
      return started !== null;
    },
  };
}
