/**
 * The 25 Seoul district family centers. The code is the district's two-letter prefix, the same as the
 * records' family codes (src/shared/records/family-code.ts, e.g. GN-7K3P); `programs` marks where the city's father programs ran.
 * Sources: content brief §1.1 (아빠육아달인 2023 pilot, 12 centers) and §1.2 (아자 2023 operators, 12 centers).
 */
export const PROGRAMS = ['appa-master-2023', 'aja-2023'] as const;
export type ProgramTag = (typeof PROGRAMS)[number];

export interface District {
  id: string;
  nameKo: string;
  nameEn: string;
  programs: readonly ProgramTag[];
}

const M = 'appa-master-2023';
const A = 'aja-2023';

export const DISTRICTS: readonly District[] = [
  { id: 'GN', nameKo: '강남구', nameEn: 'Gangnam-gu', programs: [M, A] },
  { id: 'GD', nameKo: '강동구', nameEn: 'Gangdong-gu', programs: [M, A] },
  { id: 'GB', nameKo: '강북구', nameEn: 'Gangbuk-gu', programs: [M, A] },
  { id: 'GS', nameKo: '강서구', nameEn: 'Gangseo-gu', programs: [] },
  { id: 'GA', nameKo: '관악구', nameEn: 'Gwanak-gu', programs: [] },
  { id: 'GJ', nameKo: '광진구', nameEn: 'Gwangjin-gu', programs: [M, A] },
  { id: 'GR', nameKo: '구로구', nameEn: 'Guro-gu', programs: [A] },
  { id: 'GC', nameKo: '금천구', nameEn: 'Geumcheon-gu', programs: [A] },
  { id: 'NW', nameKo: '노원구', nameEn: 'Nowon-gu', programs: [M, A] },
  { id: 'DB', nameKo: '도봉구', nameEn: 'Dobong-gu', programs: [A] },
  { id: 'DM', nameKo: '동대문구', nameEn: 'Dongdaemun-gu', programs: [M] },
  { id: 'DJ', nameKo: '동작구', nameEn: 'Dongjak-gu', programs: [] },
  { id: 'MP', nameKo: '마포구', nameEn: 'Mapo-gu', programs: [M] },
  { id: 'SM', nameKo: '서대문구', nameEn: 'Seodaemun-gu', programs: [] },
  { id: 'SC', nameKo: '서초구', nameEn: 'Seocho-gu', programs: [M, A] },
  { id: 'SD', nameKo: '성동구', nameEn: 'Seongdong-gu', programs: [] },
  { id: 'SB', nameKo: '성북구', nameEn: 'Seongbuk-gu', programs: [] },
  { id: 'SP', nameKo: '송파구', nameEn: 'Songpa-gu', programs: [A] },
  { id: 'YC', nameKo: '양천구', nameEn: 'Yangcheon-gu', programs: [] },
  { id: 'YD', nameKo: '영등포구', nameEn: 'Yeongdeungpo-gu', programs: [M, A] },
  { id: 'YS', nameKo: '용산구', nameEn: 'Yongsan-gu', programs: [M] },
  { id: 'EP', nameKo: '은평구', nameEn: 'Eunpyeong-gu', programs: [M] },
  { id: 'JN', nameKo: '종로구', nameEn: 'Jongno-gu', programs: [M] },
  { id: 'JG', nameKo: '중구', nameEn: 'Jung-gu', programs: [] },
  { id: 'JR', nameKo: '중랑구', nameEn: 'Jungnang-gu', programs: [A] },
];
