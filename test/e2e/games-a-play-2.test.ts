import { playThrough } from './games-a-helpers.ts';

// 멈춰! 해치 and 한강 숨은그림 on a tablet (mouse), every band they offer on screen.
playThrough('games 3–4 played through on a tablet', [
  { game: 'freeze-haechi', bands: ['3-5', '6-7', '8-12'], device: 'tablet' },
  { game: 'han-river-hunt', bands: ['3-5', '6-7', '8-12'], device: 'tablet' },
]);
