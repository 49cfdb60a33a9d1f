/**
 * Is the text around a name shown on a dark background? The first ancestor with a mostly opaque
 * background decides (sites paint a wrapper as often as <body>); with none, the page's canvas is
 * dark only when the root asks for a dark color-scheme. Only computed styles are read.
 */
import { isDarkBackground, parseColor } from '../../lib/highlight/contrast';

export function looksDark(from: Element | null, doc: Document): boolean {
  const win = doc.defaultView;
  if (!win) return false;
  for (let el: Element | null = from ?? doc.body; el; el = el.parentElement) {
    const bg = parseColor(win.getComputedStyle(el).backgroundColor);
    if (bg && bg.a >= 0.5) return isDarkBackground(bg);
  }
  const scheme = win.getComputedStyle(doc.documentElement).colorScheme ?? '';
  return /\bdark\b/.test(scheme) && !/\blight\b/.test(scheme);
}
