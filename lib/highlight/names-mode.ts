/**
 * Keyboard names mode, the logic without the browser: which key does what, where to start, and
 * how to step through the highlighted names in reading order (the order of the page's text, which
 * in an Arabic page runs right to left: there ArrowLeft goes forward).
 */

export type NamesAction = 'next' | 'prev' | 'first' | 'last' | 'leave' | 'open';

export interface KeyLike {
  key: string;
  code?: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** What a key does in names mode; null leaves the key to the page and the browser. */
export function namesKeyAction(e: KeyLike, pageDir: 'rtl' | 'ltr'): NamesAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null; // browser and system shortcuts stay theirs
  switch (e.key) {
    case 'Tab':
      return e.shiftKey ? 'prev' : 'next';
    case 'ArrowDown':
      return 'next';
    case 'ArrowUp':
      return 'prev';
    case 'ArrowLeft':
      return pageDir === 'rtl' ? 'next' : 'prev';
    case 'ArrowRight':
      return pageDir === 'rtl' ? 'prev' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'leave';
    case 'Enter':
      return 'open';
    default:
      return null;
  }
}

/**
 * The in-page fallback for the names-mode command (Alt+Shift+N), for when the browser did not
 * bind the command (a clash with another extension). `code` is used because Alt changes `key`
 * on some keyboards (macOS gives "˜").
 */
export function isNamesModeShortcut(e: KeyLike): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyN' || e.key === 'N' || e.key === 'n');
}

/** Vertical extent of a name on screen, in viewport coordinates. */
export interface Span {
  top: number;
  bottom: number;
}

/**
 * Where names mode starts: the first name (in reading order) that is on screen; else the first
 * one below the screen's top; else the last one (the reader has scrolled past them all).
 * -1 when there are no names.
 */
export function startIndex(spans: readonly Span[], viewportHeight: number): number {
  if (spans.length === 0) return -1;
  const onScreen = spans.findIndex((s) => s.bottom > 0 && s.top < viewportHeight);
  if (onScreen >= 0) return onScreen;
  const below = spans.findIndex((s) => s.top >= viewportHeight);
  return below >= 0 ? below : spans.length - 1;
}

/** The index after an action, clamped to the list (no wrap-around: the ends are announced). */
export function stepIndex(current: number, action: 'next' | 'prev' | 'first' | 'last', length: number): number {
  if (length === 0) return -1;
  if (action === 'first') return 0;
  if (action === 'last') return length - 1;
  const next = current + (action === 'next' ? 1 : -1);
  return Math.min(length - 1, Math.max(0, next));
}
