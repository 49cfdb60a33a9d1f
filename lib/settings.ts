/** The reader's settings: what they are, their defaults, and what they mean. Stored by lib/browser/settings-store. */
import type { EntityType } from './glossary/types';

export interface Settings {
  /** Hostnames where Dalil stays off. */
  disabledSites: string[];
  /** Which entity types are highlighted. */
  types: Record<EntityType, boolean>;
  /** Which language leads on the card. */
  cardFirst: 'en' | 'ar';
  /** The interface language: the browser's, or English or Arabic whatever the browser says. */
  uiLanguage: 'auto' | 'en' | 'ar';
  /** Highlights on or off everywhere (the toggle-all shortcut). */
  highlightsOn: boolean;
  /**
   * "Not a name here": normalized forms the reader turned off, everywhere ("*") or per site key.
   * e.g. { "*": ["مسقط"], "example.com": ["الامل"] }
   */
  suppressed: Record<string, string[]>;
}

export const DEFAULT_SETTINGS: Settings = {
  disabledSites: [],
  types: { person: true, organization: true, place: true },
  cardFirst: 'en',
  uiLanguage: 'auto',
  highlightsOn: true,
  suppressed: {},
};

/** Whether a normalized form was turned off by the reader on this site. */
export function isSuppressed(settings: Settings, host: string, normalizedForm: string): boolean {
  return !!settings.suppressed['*']?.includes(normalizedForm) || !!settings.suppressed[siteKey(host)]?.includes(normalizedForm);
}

export function withSuppressed(settings: Settings, scope: '*' | string, normalizedForm: string): Settings {
  const key = scope === '*' ? '*' : siteKey(scope);
  const list = settings.suppressed[key] ?? [];
  if (list.includes(normalizedForm)) return settings;
  return { ...settings, suppressed: { ...settings.suppressed, [key]: [...list, normalizedForm] } };
}

/** Normalizes a host for the per-site switch: www.aljazeera.net and aljazeera.net are one site. */
export function siteKey(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

export function isSiteEnabled(settings: Settings, host: string): boolean {
  return !settings.disabledSites.includes(siteKey(host));
}

export function withSite(settings: Settings, host: string, enabled: boolean): Settings {
  const key = siteKey(host);
  const rest = settings.disabledSites.filter((h) => h !== key);
  return { ...settings, disabledSites: enabled ? rest : [...rest, key] };
}

/** Fills in missing or malformed fields from the defaults (storage may hold an older shape). */
export function coerceSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Settings>;
  const types = { ...DEFAULT_SETTINGS.types };
  if (r.types && typeof r.types === 'object') {
    for (const k of Object.keys(types) as EntityType[]) if (typeof r.types[k] === 'boolean') types[k] = r.types[k];
  }
  const suppressed: Record<string, string[]> = {};
  if (r.suppressed && typeof r.suppressed === 'object') {
    for (const [k, v] of Object.entries(r.suppressed)) {
      if (k === '__proto__' || !Array.isArray(v)) continue;
      suppressed[k] = v.filter((x): x is string => typeof x === 'string');
    }
  }
  return {
    disabledSites: Array.isArray(r.disabledSites) ? r.disabledSites.filter((h): h is string => typeof h === 'string') : [],
    types,
    cardFirst: r.cardFirst === 'ar' ? 'ar' : 'en',
    uiLanguage: r.uiLanguage === 'en' || r.uiLanguage === 'ar' ? r.uiLanguage : 'auto',
    highlightsOn: r.highlightsOn !== false,
    suppressed,
  };
}
