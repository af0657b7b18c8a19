/**
 * The sixteen Seoul places of the 「아빠와 서울 나들이」 series (content brief §5). One list for the
 * coloring sheets, the guides' links, the seoul-map game and the family passport: the ids are stable,
 * records and plans keep them.
 */
export const PLACE_IDS = [
  'n-seoul-tower',
  'gyeongbokgung',
  'haechi',
  'gwanghwamun-square',
  'cheonggyecheon',
  'bukchon',
  'seoul-forest',
  'childrens-grand-park',
  'seoul-grand-park',
  'hangang-park',
  '63-building',
  'lotte-tower',
  'ddp',
  'olympic-park',
  'botanic-park',
  'line-2',
] as const;
export type PlaceId = (typeof PLACE_IDS)[number];

export function isPlaceId(v: unknown): v is PlaceId {
  return typeof v === 'string' && (PLACE_IDS as readonly string[]).includes(v);
}
