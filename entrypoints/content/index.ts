import { readPageWithElement } from '../../src/extract/index.ts';
import { SHOP_MATCHES } from '../../src/extract/sites/index.ts';
import * as v from 'valibot';
import { contentMessenger, tabMessenger } from '../../src/messaging/protocol.ts';
import { ReadPageAgainSchema } from '../../src/messaging/schemas.ts';
import { clearMarks, showMarks } from '../../src/ui/page-marks.ts';
import { watchPage } from './watch.ts';

// Reads the product's ingredient list on supported shops and sends it to the background; marks
// the flagged names inside the element the list was read from. Framework-free and small: it runs on
// every shop page, and it touches no storage (the list and its migrations belong to the background).
// The popup may ask for a fresh reading: a section rendered on click after the page settled.

export default defineContentScript({
  matches: SHOP_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    let lastUrl = '';
    let lastList = '';
    /** Reads the page; `again` sends the reading even when nothing seems to have changed. */
    const read = async (url: string, again = false): Promise<boolean> => {
      const { reading, element } = readPageWithElement(document, url);
      const found = reading.isProduct && reading.components.some((c) => c.text.trim() !== '');
      const list = found ? JSON.stringify([reading.components, reading.doubts]) : '';
      if (!again) {
        // After a single-page navigation the old product can linger in the DOM: wait for the new one.
        if (found && list === lastList && url !== lastUrl) return false;
        if (list === lastList && url === lastUrl) return found;
      }
      lastUrl = url;
      lastList = list;
      if (!found) {
        clearMarks();
        await contentMessenger.sendMessage('pageLeft');
        return false;
      }
      const result = await contentMessenger.sendMessage('pageRead', reading);
      if (result?.marks.length) showMarks(document, result, element);
      else clearMarks();
      return true;
    };
    watchPage(ctx, (url) => read(url));
    try {
      // The message carries nothing; anything else is refused without a reading.
      tabMessenger.onMessage('readPageAgain', ({ data }) => (v.is(ReadPageAgainSchema, data) ? read(location.href, true) : false));
    } catch {
      // Injected a second time into the same page (the popup's "Check this page"): the first one answers.
    }
  },
});
