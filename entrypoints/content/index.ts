import { readPage } from '../../src/extract/index.ts';
import { SHOP_MATCHES } from '../../src/extract/sites/index.ts';
import { contentMessenger } from '../../src/messaging/protocol.ts';
import { clearMarks, showMarks } from '../../src/ui/page-marks.ts';
import { watchPage } from './watch.ts';

// Reads the product's ingredient list on supported shops and sends it to the background; marks
// the flagged names in the page's own list. Framework-free and small: it runs on every shop page,
// and it touches no storage (the list and its migrations belong to the background).

export default defineContentScript({
  matches: SHOP_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    let lastUrl = '';
    let lastList = '';
    watchPage(ctx, async (url) => {
      const reading = readPage(document, url);
      const found = reading.isProduct && reading.components.some((c) => c.text.trim() !== '');
      const list = found ? JSON.stringify(reading.components) : '';
      // After a single-page navigation the old product can linger in the DOM: wait for the new one.
      if (found && list === lastList && url !== lastUrl) return false;
      if (list === lastList && url === lastUrl) return found;
      lastUrl = url;
      lastList = list;
      if (!found) {
        clearMarks();
        await contentMessenger.sendMessage('pageLeft');
        return false;
      }
      const result = await contentMessenger.sendMessage('pageRead', reading);
      if (result?.marks.length) showMarks(document, result);
      else clearMarks();
      return true;
    });
  },
});
