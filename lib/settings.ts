/** The reader's settings: what they are, their defaults, and what they mean. Stored by lib/browser/settings-store. */
import type { EntityType } from './glossary/types';

export interface Settings {
  /** Hostnames where Dalil stays off. */
  disabledSites: string[];
  /** Which entity types are highlighted. */
  types: Record<EntityType, boolean>;
  /** Which language leads on the card. */
  cardFirst: 'en' | 'ar';
}

export const DEFAULT_SETTINGS: Settings = {
  disabledSites: [],
  types: { person: true, organization: true, place: true },
  cardFirst: 'en',
};

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
  return {
    disabledSites: Array.isArray(r.disabledSites) ? r.disabledSites.filter((h): h is string => typeof h === 'string') : [],
    types,
    cardFirst: r.cardFirst === 'ar' ? 'ar' : 'en',
  };
}
