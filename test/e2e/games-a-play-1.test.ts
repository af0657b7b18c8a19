import { playThrough } from './games-a-helpers.ts';

// 우리 몸 짝꿍 and 표정 거울 on a phone (touch), every band they offer on screen.
playThrough('games 1–2 played through on a phone', [
  { game: 'body-match', bands: ['3-5', '6-7'], device: 'phone' },
  { game: 'face-mirror', bands: ['3-5', '6-7', '8-12'], device: 'phone' },
]);
