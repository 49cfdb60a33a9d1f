import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createGuarded,
  detectTranslator,
  normalizeAvailability,
  type TextTranslator,
  type TranslatorProvider,
  TranslatorStalledError,
  translateAll,
} from '../../../lib/translate';

/** A stand-in for Chrome's `Translator` class: records what it was asked, "translates" by tagging. */
function fakeTranslatorClass(availability: string) {
  const calls: Array<{ method: string; options: Record<string, unknown> }> = [];
  const api = {
    availability: async (options: Record<string, unknown>) => {
      calls.push({ method: 'availability', options });
      return availability;
    },
    create: async (options: Record<string, unknown>) => {
      calls.push({ method: 'create', options });
      const monitor = options.monitor as ((m: EventTarget) => void) | undefined;
      const target = new EventTarget();
      monitor?.(target);
      target.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded: 0.5 }));
      return { translate: async (text: string) => `EN(${text})`, destroy: () => calls.push({ method: 'destroy', options: {} }) };
    },
  };
  return { api, calls };
}

describe('detectTranslator', () => {
  it('finds nothing where the browser has no translator (Firefox, older Chromium)', () => {
    expect(detectTranslator({})).toBeNull();
    expect(detectTranslator(null)).toBeNull();
    expect(detectTranslator({ Translator: {} })).toBeNull();
    expect(detectTranslator({ ai: {} })).toBeNull();
  });

  it("uses the shipped Translator API for Arabic to English, with the browser's own answer", async () => {
    const { api, calls } = fakeTranslatorClass('downloadable');
    const provider = detectTranslator({ Translator: api });
    expect(provider).not.toBeNull();
    expect(await provider!.availability()).toBe('downloadable');
    expect(calls[0]).toEqual({ method: 'availability', options: { sourceLanguage: 'ar', targetLanguage: 'en' } });
    const progress: number[] = [];
    const t = await provider!.create({ onProgress: (f) => progress.push(f) });
    expect(await t.translate('مرحبا')).toBe('EN(مرحبا)');
    expect(calls[1]?.options).toMatchObject({ sourceLanguage: 'ar', targetLanguage: 'en' });
    expect(progress).toEqual([0.5]);
  });

  it('reads the 2024 trial shape, ai.translator with capabilities()', async () => {
    const translator = {
      capabilities: async () => ({ languagePairAvailable: (s: string, t: string) => (s === 'ar' && t === 'en' ? 'readily' : 'no') }),
      create: async () => ({ translate: async (text: string) => `old(${text})` }),
    };
    const provider = detectTranslator({ ai: { translator } });
    expect(await provider!.availability()).toBe('available');
    expect(await (await provider!.create()).translate('نص')).toBe('old(نص)');
  });

  it('takes a throwing availability() as "not here"', async () => {
    const provider = detectTranslator({
      Translator: {
        availability: async () => {
          throw new Error('NotAllowedError');
        },
        create: async () => ({}),
      },
    });
    expect(await provider!.availability()).toBe('unavailable');
    await expect(provider!.create()).rejects.toThrow(/no usable translator/);
  });
});

describe('normalizeAvailability', () => {
  it('maps both vocabularies', () => {
    expect(
      ['available', 'readily', 'downloadable', 'downloading', 'after-download', 'no', 'unavailable', null].map(normalizeAvailability),
    ).toEqual(['available', 'available', 'downloadable', 'downloadable', 'downloadable', 'unavailable', 'unavailable', 'unavailable']);
  });
});

describe('translateAll', () => {
  it('translates in order and does not ask twice for a sentence it already has', async () => {
    const seen: string[] = [];
    const t: TextTranslator = {
      translate: async (s) => {
        seen.push(s);
        return ` ${s.toUpperCase()} `;
      },
    };
    const cache = new Map<string, string>();
    expect(await translateAll(t, ['a', 'b'], cache)).toEqual(['A', 'B']);
    expect(await translateAll(t, ['a', 'b', 'c'], cache)).toEqual(['A', 'B', 'C']);
    expect(seen).toEqual(['a', 'b', 'c']);
  });
});

describe('createGuarded', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const hanging = (progressAt: number[] = []): TranslatorProvider & { signal?: AbortSignal } => {
    const p: TranslatorProvider & { signal?: AbortSignal } = {
      availability: async () => 'downloadable',
      create: (options) => {
        p.signal = options?.signal;
        for (const ms of progressAt) setTimeout(() => options?.onProgress?.(ms / 100000), ms);
        return new Promise<TextTranslator>(() => undefined);
      },
    };
    return p;
  };

  it('gives up on a browser that says "downloadable" and then does nothing, and aborts its request', async () => {
    const provider = hanging();
    const made = createGuarded(provider, { stallMs: 1000 });
    const check = expect(made).rejects.toBeInstanceOf(TranslatorStalledError);
    await vi.advanceTimersByTimeAsync(1001);
    await check;
    expect(provider.signal?.aborted).toBe(true);
  });

  it('waits for a download that keeps moving', async () => {
    const progress: number[] = [];
    const provider = hanging([800, 1600, 2400]);
    let failed = false;
    createGuarded(provider, { stallMs: 1000, onProgress: (f) => progress.push(f) }).catch(() => {
      failed = true;
    });
    await vi.advanceTimersByTimeAsync(3000);
    expect(failed).toBe(false);
    expect(progress).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(500);
    expect(failed).toBe(true);
  });

  it('hands over a translator made in time, and passes on a refusal', async () => {
    const ok: TranslatorProvider = { availability: async () => 'available', create: async () => ({ translate: async () => 'done' }) };
    expect(await (await createGuarded(ok, { stallMs: 1000 })).translate('x')).toBe('done');
    const refused: TranslatorProvider = {
      availability: async () => 'downloadable',
      create: async () => {
        throw new Error('NotAllowedError: user activation required');
      },
    };
    await expect(createGuarded(refused, { stallMs: 1000 })).rejects.toThrow(/user activation/);
  });
});
