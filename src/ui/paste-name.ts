// A list pasted into the popup has no product name: the person is asked for one before it is saved,
// prefilled with the page's title (without the shop's name after a separator) or else the list's
// first names, so the saved list never holds a product without a name.

const MAX = 80;

export function suggestedName(pageTitle: string | null | undefined, listText: string): string {
  const title = (pageTitle ?? '').split(/\s+[|–—]\s+|\s+-\s+/)[0]?.trim() ?? '';
  if (title && !/^(?:https?:|chrome|about:|moz-extension:)/i.test(title)) return clip(title);
  const names = listText
    .split(/[,;\n]/)
    .map((n) => n.trim())
    .filter(Boolean);
  return clip(names.length > 3 ? `${names.slice(0, 3).join(', ')}…` : names.join(', '));
}

function clip(text: string): string {
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}
