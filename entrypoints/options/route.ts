/**
 * Where the options page is, in its URL's hash, so other views can link into it:
 *   #add?ar=…&type=…&translit=…&role=…   the Add form, pre-filled (the card's "Add to glossary")
 *   #edit=<id>                           the Edit form for one entry
 *   #study · #transfer · #settings        a tab; anything else is the glossary
 */
import type { EntityType } from '../../lib/glossary/types';

export type Tab = 'glossary' | 'study' | 'transfer' | 'settings';

export interface AddPrefill {
  ar?: string;
  type?: EntityType;
  /** A Latin rendering of the Arabic name: a first guess at the English name. */
  translit?: string;
  /** The role the article gives (in English): a first guess at the description. */
  role?: string;
}

export type Route =
  | { tab: Tab; form?: undefined }
  | { tab: 'glossary'; form: 'add'; prefill: AddPrefill }
  | { tab: 'glossary'; form: 'edit'; id: string };

const TABS: readonly Tab[] = ['glossary', 'study', 'transfer', 'settings'];
const TYPES: readonly string[] = ['person', 'organization', 'place'];

/** A parameter, trimmed and capped (a hash is anyone's to write). */
function param(params: URLSearchParams, name: string, max = 300): string | undefined {
  const v = params.get(name)?.trim();
  return v ? v.slice(0, max) : undefined;
}

export function parseRoute(hash: string): Route {
  const h = hash.replace(/^#/, '');
  if (h === 'add' || h.startsWith('add?')) {
    const params = new URLSearchParams(h.slice(4));
    const type = param(params, 'type');
    return {
      tab: 'glossary',
      form: 'add',
      prefill: {
        ar: param(params, 'ar', 200),
        type: type && TYPES.includes(type) ? (type as EntityType) : undefined,
        translit: param(params, 'translit', 200),
        role: param(params, 'role'),
      },
    };
  }
  if (h.startsWith('edit=')) {
    let id = h.slice(5);
    try {
      id = decodeURIComponent(id);
    } catch {
      // Not percent-encoded: keep it as written.
    }
    if (id) return { tab: 'glossary', form: 'edit', id };
  }
  const tab = TABS.find((t) => t === h);
  return { tab: tab ?? 'glossary' };
}

export function routeHash(route: Route): string {
  if (route.form === 'edit') return `#edit=${encodeURIComponent(route.id)}`;
  if (route.form === 'add') {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(route.prefill)) if (v) params.set(k, v);
    const q = params.toString();
    return q ? `#add?${q}` : '#add';
  }
  return route.tab === 'glossary' ? '' : `#${route.tab}`;
}
