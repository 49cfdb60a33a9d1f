/**
 * English for the key sentences, when the browser can translate on this device. The translator is
 * created on the reader's first click (the browser wants a user gesture to fetch its language
 * pack) and kept; sentences already translated are not sent again when the summary changes.
 * A browser that offers a translator and then never makes one ready is believed again only
 * after a day: until then the action is not offered.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  createGuarded,
  type TextTranslator,
  type TranslatorAvailability,
  type TranslatorProvider,
  TranslatorStalledError,
  translateAll,
} from '../../lib/translate';

/** How long to wait for the browser with nothing happening (no translator, no download progress). */
const STALL_MS = 15000;
const STALLED_KEY = 'dalil:translatorStalledAt';
const STALL_MEMORY_MS = 24 * 60 * 60 * 1000;

export type TranslationError = { kind: 'stalled' } | { kind: 'failed'; message: string };

export interface Translation {
  /** Whether to offer the action at all: false where the browser has no translator. */
  offered: boolean;
  /** The language pack is not on the machine yet: the first use downloads it. */
  needsDownload: boolean;
  working: boolean;
  /** Download progress of the language pack, 0 to 1, while it downloads. */
  progress: number | null;
  shown: boolean;
  error: TranslationError | null;
  /** English per sentence while shown (empty while still translating), else null. */
  english: string[] | null;
  toggle(): void;
}

function stalledRecently(): boolean {
  try {
    return Date.now() - Number(localStorage.getItem(STALLED_KEY) ?? 0) < STALL_MEMORY_MS;
  } catch {
    return false;
  }
}

function rememberStall(): void {
  try {
    localStorage.setItem(STALLED_KEY, String(Date.now()));
  } catch {
    // not remembered: the next popup offers the action again
  }
}

export function useTranslation(provider: TranslatorProvider | null, sentences: readonly string[]): Translation {
  const [availability, setAvailability] = useState<TranslatorAvailability>('unavailable');
  const [shown, setShown] = useState(false);
  const [working, setWorking] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<TranslationError | null>(null);
  const [done, setDone] = useState<ReadonlyMap<string, string>>(new Map());
  const translator = useRef<Promise<TextTranslator> | null>(null);
  const cache = useRef(new Map<string, string>());

  useEffect(() => {
    if (!provider || stalledRecently()) return;
    let live = true;
    provider.availability().then((a) => live && setAvailability(a));
    return () => {
      live = false;
    };
  }, [provider]);

  const translate = async (texts: readonly string[]) => {
    if (!translator.current) return;
    setWorking(true);
    setError(null);
    try {
      await translateAll(await translator.current, texts, cache.current);
      setDone(new Map(cache.current));
    } catch (err) {
      translator.current = null;
      setShown(false);
      if (err instanceof TranslatorStalledError) {
        rememberStall();
        setError({ kind: 'stalled' });
      } else setError({ kind: 'failed', message: String((err as Error)?.message ?? err) });
      // Whatever went wrong, this popup stops offering what it cannot do.
      setAvailability('unavailable');
    } finally {
      setWorking(false);
      setProgress(null);
    }
  };

  const key = sentences.join('\n');
  // A new summary (another sentence count) while English is shown: translate what is new.
  useEffect(() => {
    if (shown && sentences.some((s) => !cache.current.has(s))) void translate(sentences);
  }, [key, shown]);

  return {
    offered: provider !== null && availability !== 'unavailable',
    needsDownload: availability === 'downloadable',
    working,
    progress,
    shown,
    error,
    english: shown ? sentences.map((s) => done.get(s) ?? '') : null,
    toggle: () => {
      if (shown) return setShown(false);
      if (provider && !translator.current) {
        // Here, in the click, while the browser still sees the reader's gesture; the effect above translates.
        translator.current = createGuarded(provider, { stallMs: STALL_MS, onProgress: setProgress });
        translator.current.catch(() => undefined); // reported by translate(), which awaits it
      }
      setShown(true);
    },
  };
}
