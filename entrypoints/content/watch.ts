import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** How long after the last DOM change to read again, and for how long to keep watching a page. */
const SETTLE_MS = 400;
const WATCH_MS = 20_000;

/**
 * Calls `read(url)` once the page has settled, again when the DOM changes (an ingredient tab that
 * renders late) until a list was found or WATCH_MS passed, and anew for every single-page navigation.
 * `read` returns whether it found a list.
 */
export function watchPage(ctx: ContentScriptContext, read: (url: string) => Promise<boolean>): void {
  let stop: () => void = () => undefined;
  const start = (url: string, firstDelay: number) => {
    stop();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let done = false;
    const observer = new MutationObserver(() => schedule());
    const deadline = ctx.setTimeout(() => finish(), WATCH_MS);
    const finish = () => {
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(deadline);
    };
    const schedule = (delay = SETTLE_MS) => {
      if (done) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        void read(url)
          .then((found) => found && finish())
          .catch(() => finish());
      }, delay);
    };
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    stop = finish;
    schedule(firstDelay);
  };
  // A navigation event fires before the new page is in the DOM: wait for it to settle.
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => start(newUrl.href, SETTLE_MS));
  ctx.onInvalidated(() => stop());
  start(location.href, 0);
}
