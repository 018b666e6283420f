import { browser } from 'wxt/browser';
import { classTexts } from '../knowledge/bundled-class-texts.ts';
import { textLanguage } from '../wording/class-text.ts';

// The class texts the popup's analysis shows (on the OCR page too): English, and the translation of the
// browser's UI language alone, loaded before the page starts so that its first answer explains a
// flagged class in that language.
export default await classTexts(textLanguage(browser.i18n.getUILanguage()));
