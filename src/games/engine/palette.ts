/** The palette of ART.md as numbers for Phaser drawing; kept free of Phaser so pure modules and tests can use it. */
export const INK = 0x2b2b3a;
export const PAPER = 0xfff9ef;
export const COLORS = {
  amber: 0xf5b942,
  red: 0xe0533d,
  jade: 0x2bae9a,
  blue: 0x3d8bd9,
  sky: 0x8ed1fc,
  grass: 0x7bc86c,
  line2: 0x33a23d,
  plum: 0x8e6ccf,
  white: 0xffffff,
} as const;
