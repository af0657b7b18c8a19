/**
 * Family codes such as `GN-7K3P`: the district's two-letter prefix and four characters a facilitator
 * can read aloud without confusion — no 0/O, 1/I/L, U/V or 5/S pairs — in any of the five languages.
 */
export const CODE_ALPHABET = '234678ABCDEFGHJKMNPQRTWXYZ';
export const FAMILY_CODE_PATTERN = /^[A-Z]{2}-[234678ABCDEFGHJKMNPQRTWXYZ]{4}$/;

/** Seoul's 25 districts with the prefixes used in family codes. */
export const DISTRICTS = {
  JN: '종로구', JG: '중구', YS: '용산구', SD: '성동구', GJ: '광진구', DM: '동대문구', JR: '중랑구',
  SB: '성북구', GB: '강북구', DB: '도봉구', NW: '노원구', EP: '은평구', SM: '서대문구', MP: '마포구',
  YC: '양천구', GS: '강서구', GR: '구로구', GC: '금천구', YD: '영등포구', DJ: '동작구', GA: '관악구',
  SC: '서초구', GN: '강남구', SP: '송파구', GD: '강동구',
} as const;
export type DistrictCode = keyof typeof DISTRICTS;

export function isDistrictCode(v: string): v is DistrictCode {
  return Object.hasOwn(DISTRICTS, v);
}

/** A new code not in `taken` (codes already used by the center). */
export function makeFamilyCode(prefix: string, taken: ReadonlySet<string> = new Set()): string {
  const p = /^[A-Z]{2}$/.test(prefix) ? prefix : 'SE';
  for (;;) {
    const bytes = new Uint8Array(4);
    globalThis.crypto.getRandomValues(bytes);
    const code = `${p}-${[...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('')}`;
    if (!taken.has(code)) return code;
  }
}
