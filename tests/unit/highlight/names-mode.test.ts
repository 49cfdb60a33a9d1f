import { describe, expect, it } from 'vitest';
import { isNamesModeShortcut, type KeyLike, namesKeyAction, startIndex, stepIndex } from '../../../lib/highlight/names-mode';

const key = (k: string, more: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...more,
});

describe('namesKeyAction', () => {
  it('moves with Tab and Shift+Tab, and with the arrows in reading order', () => {
    expect(namesKeyAction(key('Tab'), 'rtl')).toBe('next');
    expect(namesKeyAction(key('Tab', { shiftKey: true }), 'rtl')).toBe('prev');
    expect(namesKeyAction(key('ArrowDown'), 'ltr')).toBe('next');
    expect(namesKeyAction(key('ArrowUp'), 'ltr')).toBe('prev');
  });
  it('reads left and right by the page direction: in Arabic, left is forward', () => {
    expect(namesKeyAction(key('ArrowLeft'), 'rtl')).toBe('next');
    expect(namesKeyAction(key('ArrowRight'), 'rtl')).toBe('prev');
    expect(namesKeyAction(key('ArrowLeft'), 'ltr')).toBe('prev');
    expect(namesKeyAction(key('ArrowRight'), 'ltr')).toBe('next');
  });
  it('leaves with Escape, opens the card with Enter, jumps with Home and End', () => {
    expect(namesKeyAction(key('Escape'), 'rtl')).toBe('leave');
    expect(namesKeyAction(key('Enter'), 'rtl')).toBe('open');
    expect(namesKeyAction(key('Home'), 'rtl')).toBe('first');
    expect(namesKeyAction(key('End'), 'rtl')).toBe('last');
  });
  it('leaves other keys and browser shortcuts alone', () => {
    expect(namesKeyAction(key('a'), 'rtl')).toBeNull();
    expect(namesKeyAction(key('Tab', { ctrlKey: true }), 'rtl')).toBeNull();
    expect(namesKeyAction(key('ArrowLeft', { altKey: true }), 'rtl')).toBeNull();
    expect(namesKeyAction(key('ArrowDown', { metaKey: true }), 'rtl')).toBeNull();
  });
});

describe('isNamesModeShortcut', () => {
  it('is Alt+Shift+N by physical key, whatever character the layout gives', () => {
    expect(isNamesModeShortcut(key('˜', { code: 'KeyN', altKey: true, shiftKey: true }))).toBe(true);
    expect(isNamesModeShortcut(key('N', { altKey: true, shiftKey: true }))).toBe(true);
    expect(isNamesModeShortcut(key('N', { shiftKey: true }))).toBe(false);
    expect(isNamesModeShortcut(key('N', { altKey: true, shiftKey: true, ctrlKey: true }))).toBe(false);
  });
});

describe('startIndex', () => {
  const vh = 800;
  it('starts at the first name on screen', () => {
    expect(
      startIndex(
        [
          { top: -300, bottom: -280 },
          { top: 120, bottom: 140 },
          { top: 500, bottom: 520 },
        ],
        vh,
      ),
    ).toBe(1);
  });
  it('counts a name cut by the top edge as on screen', () => {
    expect(
      startIndex(
        [
          { top: -10, bottom: 10 },
          { top: 120, bottom: 140 },
        ],
        vh,
      ),
    ).toBe(0);
  });
  it('starts below the screen when no name is on it, and at the last when all are above', () => {
    expect(
      startIndex(
        [
          { top: -900, bottom: -880 },
          { top: 1200, bottom: 1220 },
        ],
        vh,
      ),
    ).toBe(1);
    expect(
      startIndex(
        [
          { top: -900, bottom: -880 },
          { top: -400, bottom: -380 },
        ],
        vh,
      ),
    ).toBe(1);
  });
  it('is -1 without names', () => {
    expect(startIndex([], vh)).toBe(-1);
  });
});

describe('stepIndex', () => {
  it('steps and stops at the ends (no wrap-around)', () => {
    expect(stepIndex(0, 'next', 3)).toBe(1);
    expect(stepIndex(2, 'next', 3)).toBe(2);
    expect(stepIndex(0, 'prev', 3)).toBe(0);
    expect(stepIndex(1, 'first', 3)).toBe(0);
    expect(stepIndex(0, 'last', 3)).toBe(2);
    expect(stepIndex(0, 'next', 0)).toBe(-1);
  });
});
