import type { PlaceId } from '../shared/guides/schema.ts';

/**
 * One small pictogram per place (48 × 48, the app's thick rounded ink line): the single feature a
 * child recognises — the tower's top, the palace roof's curve — and no logos or lettering.
 */
const P: Record<PlaceId, string> = {
  'n-seoul-tower': '<path d="M6 42c8-10 28-10 36 0"/><path d="M24 34V10"/><rect x="19" y="14" width="10" height="6" rx="3"/><path d="M24 10V5"/>',
  gyeongbokgung: '<path d="M5 20c6 2 32 2 38 0l-4-6H9z"/><rect x="10" y="20" width="28" height="20"/><path d="M20 40V30a4 4 0 0 1 8 0v10"/>',
  haechi: '<circle cx="24" cy="26" r="13"/><path d="M24 13V7"/><circle cx="19" cy="24" r="1.5"/><circle cx="29" cy="24" r="1.5"/><path d="M19 31c3 3 7 3 10 0"/><circle cx="24" cy="42" r="2.5"/>',
  'gwanghwamun-square': '<rect x="14" y="32" width="20" height="10"/><circle cx="24" cy="14" r="5"/><path d="M17 32v-8c0-4 14-4 14 0v8"/><path d="M8 42c0-6 2-9 4-10M40 42c0-6-2-9-4-10"/>',
  cheonggyecheon: '<path d="M4 30c5-4 9 4 14 0s9 4 14 0 9 4 12 1"/><path d="M4 38c5-4 9 4 14 0s9 4 14 0 9 4 12 1"/><ellipse cx="14" cy="20" rx="5" ry="3"/><ellipse cx="30" cy="16" rx="5" ry="3"/>',
  bukchon: '<path d="M4 22c8-8 32-8 40 0"/><rect x="9" y="22" width="30" height="18"/><path d="M19 22v18M29 22v18M9 31h30"/>',
  'seoul-forest': '<path d="M24 42V28"/><path d="M24 6l12 16H12z"/><path d="M24 14l10 14H14z"/><path d="M6 42h36"/>',
  'childrens-grand-park': '<ellipse cx="26" cy="26" rx="14" ry="10"/><path d="M12 24c-4 2-5 8-3 12"/><path d="M18 34v8M34 34v8"/><circle cx="16" cy="21" r="1.5"/>',
  'seoul-grand-park': '<path d="M4 10l40 10"/><path d="M22 15v8"/><rect x="16" y="23" width="12" height="10" rx="2"/><path d="M6 42c10-6 26-6 36 0"/>',
  'hangang-park': '<path d="M4 30h40"/><path d="M8 30v10M40 30v10M24 30v10"/><path d="M12 30c0-10 4-16 8-18M36 30c0-10-4-16-8-18"/><path d="M4 44h40"/>',
  '63-building': '<path d="M16 42L18 6h12l2 36z"/><path d="M18 14h12M17 22h14M17 30h14"/>',
  'lotte-tower': '<path d="M17 42c2-14 5-28 7-38 2 10 5 24 7 38z"/><path d="M20 26h8"/>',
  ddp: '<path d="M4 36c4-16 16-20 24-16s14 2 16-4v20z"/><path d="M4 36h40"/><circle cx="12" cy="42" r="1.5"/><circle cx="22" cy="42" r="1.5"/><circle cx="32" cy="42" r="1.5"/>',
  'olympic-park': '<path d="M4 40c8-12 32-12 40 0"/><path d="M30 30v-8"/><circle cx="30" cy="17" r="7"/>',
  'botanic-park': '<path d="M6 32c0-10 8-16 18-16s18 6 18 16z"/><path d="M14 32c0-6 4-10 10-10s10 4 10 10"/><path d="M4 40h40"/>',
  'line-2': '<rect x="10" y="8" width="28" height="30" rx="8"/><rect x="15" y="14" width="18" height="10" rx="2"/><circle cx="17" cy="31" r="2"/><circle cx="31" cy="31" r="2"/><path d="M14 44l4-6M34 44l-4-6"/>',
};

/** The place's pictogram as SVG markup (bundled, trusted). */
export function placeGlyph(id: PlaceId, size = 48): string {
  return `<svg viewBox="0 0 48 48" width="${size}" height="${size}" aria-hidden="true"><g fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round">${P[id]}</g></svg>`;
}

/** Stamp ink colours, cycled by place so a full passport reads as a colourful page. */
const INKS = ['#A8321F', '#1F5F9E', '#17685C', '#6B4FA8'];
export function stampInk(index: number): string {
  return INKS[index % INKS.length] as string;
}
