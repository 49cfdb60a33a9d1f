import type { EntityType } from '../lib/glossary/types';

export const TYPE_LABEL: Record<EntityType, { en: string; ar: string }> = {
  person: { en: 'Person', ar: 'شخص' },
  organization: { en: 'Organization', ar: 'منظمة' },
  place: { en: 'Place', ar: 'مكان' },
};

export function mentionsLabel(n: number): string {
  return n === 1 ? 'Mentioned once in this article' : `Mentioned ${n} times in this article`;
}

/** A Wikipedia article's address from its title (a link only: nothing is fetched). */
export function wikipediaUrl(lang: 'en' | 'ar', title: string): string {
  return `https://${lang}.wikipedia.org/wiki/${encodeURIComponent(title.trim().replace(/ /g, '_'))}`;
}
