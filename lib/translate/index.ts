/**
 * English for the article's Arabic, on the reader's machine, where the browser has a built-in
 * translator (Google Chrome 138+: the Translator API; earlier trials: `ai.translator`). Chromium
 * and Firefox have none: `detectTranslator` then returns null and the views offer no Translate
 * action at all. The views only see `TranslatorProvider`, so tests inject their own.
 */

/** Ready now; ready after the browser downloads a language pack (once); or not here. */
export type TranslatorAvailability = 'available' | 'downloadable' | 'unavailable';

export interface TextTranslator {
  translate(text: string): Promise<string>;
  destroy?(): void;
}

export interface CreateOptions {
  /** Progress of the language pack's download, 0 to 1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/** Arabic → English translators from somewhere: the browser, or a test's fake. */
export interface TranslatorProvider {
  availability(): Promise<TranslatorAvailability>;
  /** Call it from a click: the browser needs a user gesture when it must download the language pack. */
  create(options?: CreateOptions): Promise<TextTranslator>;
}

export const TRANSLATION_PAIR = { sourceLanguage: 'ar', targetLanguage: 'en' } as const;

type Fn = (...args: unknown[]) => unknown;
const isFn = (x: unknown): x is Fn => typeof x === 'function';
const isObject = (x: unknown): x is Record<string, unknown> => (typeof x === 'object' || typeof x === 'function') && x !== null;

/** Both the current names and those of the 2024 trials ('readily', 'after-download', 'no'). */
export function normalizeAvailability(raw: unknown): TranslatorAvailability {
  if (raw === 'available' || raw === 'readily') return 'available';
  if (raw === 'downloadable' || raw === 'downloading' || raw === 'after-download') return 'downloadable';
  return 'unavailable';
}

function asTextTranslator(raw: unknown): TextTranslator {
  if (!isObject(raw) || !isFn(raw.translate)) throw new Error('the browser gave no usable translator');
  const translate = raw.translate;
  const destroy = raw.destroy;
  return {
    translate: async (text) => String(await translate.call(raw, text)),
    destroy: isFn(destroy) ? () => void destroy.call(raw) : undefined,
  };
}

/** Any failure while asking means "not here": the reader just sees no Translate action. */
async function safely(ask: () => unknown): Promise<TranslatorAvailability> {
  try {
    return normalizeAvailability(await ask());
  } catch {
    return 'unavailable';
  }
}

/** The browser's create() options: the pair, the abort signal, and a monitor for download progress. */
function createArgs(options: CreateOptions = {}): Record<string, unknown> {
  const { onProgress, signal } = options;
  return {
    ...TRANSLATION_PAIR,
    ...(signal ? { signal } : {}),
    monitor(m: EventTarget) {
      m.addEventListener('downloadprogress', (e) => {
        // `loaded` is a fraction today; the 2024 trials gave bytes with a `total`.
        const { loaded, total } = e as Event & { loaded?: number; total?: number };
        if (typeof loaded === 'number') onProgress?.(typeof total === 'number' && total > 1 ? loaded / total : loaded);
      });
    },
  };
}

/** `Translator.availability(...)` and `Translator.create(...)`: the shipped shape. */
function fromTranslatorClass(api: Record<string, unknown>): TranslatorProvider | null {
  const { availability, create } = api;
  if (!isFn(availability) || !isFn(create)) return null;
  return {
    availability: () => safely(() => availability.call(api, { ...TRANSLATION_PAIR })),
    create: async (options) => asTextTranslator(await create.call(api, createArgs(options))),
  };
}

/** `ai.translator`: `availability(...)`, or `capabilities()` then `languagePairAvailable(ar, en)`. */
function fromAiNamespace(api: Record<string, unknown>): TranslatorProvider | null {
  const { availability, capabilities, create } = api;
  if (!isFn(create) || (!isFn(availability) && !isFn(capabilities))) return null;
  return {
    availability: () =>
      safely(async () => {
        if (isFn(availability)) return availability.call(api, { ...TRANSLATION_PAIR });
        const caps = await (capabilities as Fn).call(api);
        if (!isObject(caps) || !isFn(caps.languagePairAvailable)) return 'no';
        return caps.languagePairAvailable.call(caps, TRANSLATION_PAIR.sourceLanguage, TRANSLATION_PAIR.targetLanguage);
      }),
    create: async (options) => asTextTranslator(await create.call(api, createArgs(options))),
  };
}

/** The browser's on-device Arabic → English translator in `scope` (a window), or null when it has none. */
export function detectTranslator(scope: unknown = globalThis): TranslatorProvider | null {
  if (!isObject(scope)) return null;
  try {
    if (isObject(scope.Translator)) {
      const p = fromTranslatorClass(scope.Translator);
      if (p) return p;
    }
    const ai = scope.ai;
    if (isObject(ai) && isObject(ai.translator)) return fromAiNamespace(ai.translator);
  } catch {
    // A getter that throws (a half-enabled flag) means no translator.
  }
  return null;
}

/** The browser said it could translate, then nothing happened for too long (no download progress, no translator). */
export class TranslatorStalledError extends Error {
  constructor() {
    super('the browser did not get its translator ready');
    this.name = 'TranslatorStalledError';
  }
}

export interface GuardOptions {
  /** Give up after this long without a translator or any download progress. */
  stallMs: number;
  onProgress?: (fraction: number) => void;
}

/**
 * Creates a translator, giving up when the browser goes quiet: a browser may say a language
 * pack is downloadable and then never fetch it (Chromium without Google's components). Progress
 * events restart the clock, so a slow but moving download is waited for. The browser's create()
 * is called synchronously, inside the caller's click.
 */
export function createGuarded(provider: TranslatorProvider, { stallMs, onProgress }: GuardOptions): Promise<TextTranslator> {
  const abort = new AbortController();
  return new Promise<TextTranslator>((resolve, reject) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        settled = true;
        abort.abort();
        reject(new TranslatorStalledError());
      }, stallMs);
    };
    arm();
    provider
      .create({
        signal: abort.signal,
        onProgress: (f) => {
          if (settled) return;
          arm();
          onProgress?.(f);
        },
      })
      .then(
        (t) => {
          clearTimeout(timer);
          if (settled) return t.destroy?.();
          settled = true;
          resolve(t);
        },
        (err: unknown) => {
          clearTimeout(timer);
          if (settled) return;
          settled = true;
          reject(err);
        },
      );
  });
}

/**
 * Translates texts one after another (the on-device model works one at a time anyway), reusing
 * `cache` for texts already done, so asking again after a change costs only the new ones.
 */
export async function translateAll(
  translator: TextTranslator,
  texts: readonly string[],
  cache = new Map<string, string>(),
): Promise<string[]> {
  const out: string[] = [];
  for (const text of texts) {
    let en = cache.get(text);
    if (en === undefined) {
      en = (await translator.translate(text)).trim();
      cache.set(text, en);
    }
    out.push(en);
  }
  return out;
}
