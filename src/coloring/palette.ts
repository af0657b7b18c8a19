/**
 * The crayon box: the product palette (ART.md) plus the few colors children always ask for. Each
 * swatch has a name key so it is announced and labelled, never color alone.
 */
export interface Swatch {
  key: string;
  color: string;
}

export const PALETTE: readonly Swatch[] = [
  { key: 'red', color: '#E0533D' },
  { key: 'orange', color: '#F08A3C' },
  { key: 'yellow', color: '#F5B942' },
  { key: 'green', color: '#7BC86C' },
  { key: 'sky', color: '#8ED1FC' },
  { key: 'blue', color: '#3D8BD9' },
  { key: 'purple', color: '#8E6CCF' },
  { key: 'pink', color: '#F4A3C0' },
  { key: 'brown', color: '#A8744F' },
  { key: 'gray', color: '#A7A9B4' },
  { key: 'black', color: '#2B2B3A' },
  { key: 'white', color: '#FFFFFF' },
];

/** Areas start white: the sheet's paper. */
export const BLANK = '#FFFFFF';
export const INK = '#2B2B3A';
