// The popup injects the content script into a page and then waits for the background to hold its
// reading: ask a few times with a pause in between and give up quietly (null = nothing found).

/** Calls `read` up to `attempts` times, calling `wait` between tries, until it returns a value. */
export async function pollFor<T>(read: () => Promise<T | null>, attempts: number, wait: () => Promise<void>): Promise<T | null> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const value = await read();
    if (value !== null) return value;
    if (attempt < attempts) await wait();
  }
  return null;
}

export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
