// Tesseract returns the label's printed lines; an ingredient list wraps wherever the box ended, so
// "Tocopheryl\nAcetate" must become one name again before the list parser (which cuts at line
// breaks) sees it.

const STRAY_MARKS = /^[‘’'"`|]+\s*/;

/**
 * A paragraph with commas is a wrapped list: its lines are joined (a line ending in a hyphen is
 * joined without a space, "PEG-\n40"). A paragraph without commas keeps its lines: one name a line.
 * Blank lines stay paragraph breaks, so "Directions" and the list do not run together, unless the
 * text before them ends in a comma.
 */
export function labelText(ocr: string): string {
  return (
    ocr
      .replace(/\r\n?/g, '\n')
      .split(/\n[ \t]*\n/)
      .map(joinParagraph)
      .filter((p) => p !== '')
      // A list that runs on after a comma continues across the gap the layout analysis left.
      .reduce((text, p) => (text === '' ? p : /[,-]$/.test(text) ? join(text, p) : `${text}\n\n${p}`), '')
  );
}

function joinParagraph(paragraph: string): string {
  const lines = paragraph
    .split('\n')
    .map((line) => line.trim().replace(STRAY_MARKS, ''))
    .filter((line) => line !== '');
  if (!paragraph.includes(',')) return lines.join('\n');
  return lines.reduce((text, line) => (text === '' ? line : join(text, line)), '');
}

function join(text: string, next: string): string {
  return text.endsWith('-') ? `${text}${next}` : `${text} ${next}`;
}
