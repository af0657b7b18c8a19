import { h, svg } from '../app/dom.ts';
import { t } from '../i18n/index.ts';
import { PLACE_IDS, type PlaceId } from '../shared/guides/schema.ts';
import type { FamilyState } from './family-model.ts';
import { placeGlyph, stampInk } from './place-art.ts';

export function placeName(id: PlaceId): string {
  return t(`guides:places.${id}`);
}

export function formatDate(day: string): string {
  return new Date(`${day}T00:00:00`).toLocaleDateString(document.documentElement.lang || 'ko', { year: 'numeric', month: 'short', day: 'numeric' });
}

/** A round passport stamp: coloured ring, the place's pictogram and the date; a dashed ring when not yet visited. */
export function stampFace(id: PlaceId, state: FamilyState, size: 'small' | 'big' = 'small'): HTMLElement {
  const st = state.stamps[id];
  const ink = stampInk(PLACE_IDS.indexOf(id));
  return h(
    'span',
    { class: `stamp ${st ? 'stamped' : 'empty'} ${size}`, style: st ? `--ink-stamp:${ink}` : null, 'aria-hidden': 'true' },
    svg(placeGlyph(id, size === 'big' ? 96 : 56)),
    st ? h('span', { class: 'stamp-date' }, st.date.replaceAll('-', '.')) : null,
  );
}
