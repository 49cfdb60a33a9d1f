/** Small inline icons per entity type (drawn here: emoji fonts are missing on many systems). */
import type { EntityType } from '../lib/glossary/types';

export function TypeIcon({ type, size = 14 }: { type: EntityType; size?: number }) {
  const common = { width: size, height: size, viewBox: '0 0 16 16', fill: 'currentColor' } as const;
  if (type === 'person')
    return (
      <svg {...common} aria-hidden="true">
        <circle cx="8" cy="5" r="3" />
        <path d="M2 15c0-3.3 2.7-5.5 6-5.5s6 2.2 6 5.5z" />
      </svg>
    );
  if (type === 'organization')
    return (
      <svg {...common} aria-hidden="true">
        <path d="M8 1 1 4.5V6h14V4.5zM2.5 7h2v6h-2zm4.5 0h2v6H7zm4.5 0h2v6h-2zM1 14h14v1.5H1z" />
      </svg>
    );
  return (
    <svg {...common} aria-hidden="true">
      <path d="M8 0.8C5.1 0.8 2.8 3.1 2.8 6c0 3.9 5.2 9.2 5.2 9.2s5.2-5.3 5.2-9.2C13.2 3.1 10.9 0.8 8 0.8zm0 7.1A1.9 1.9 0 1 1 8 4.1a1.9 1.9 0 0 1 0 3.8z" />
    </svg>
  );
}
