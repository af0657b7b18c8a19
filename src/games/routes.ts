import type { FeatureRoutes } from '../app/types.ts';
import haechi from '../../assets/art/haechi.svg?raw';

const playIcon = `<svg viewBox="0 0 64 64"><g stroke="#2B2B3A" stroke-width="4" stroke-linejoin="round" stroke-linecap="round"><rect x="6" y="16" width="52" height="34" rx="12" fill="#FFF9EF"/><path d="M18 27v12M12 33h12" fill="none"/><circle cx="42" cy="29" r="4" fill="#E0533D"/><circle cx="49" cy="37" r="4" fill="#3D8BD9"/></g></svg>`;

// Order matters: fixed paths before the `:gameId` patterns that would also match them.
export const routes: FeatureRoutes['routes'] = [
  { path: '/play', titleKey: 'games:list.title', load: async () => (await import('./list-screen.ts')).listScreen },
  { path: '/play/hello', titleKey: 'games:hello.title', immersive: true, namespaces: ['games'], load: async () => (await import('./hello/screen.ts')).helloScreen },
  { path: '/play/:gameId', titleKey: 'games:intro.title', load: async () => (await import('./intro-screen.ts')).introScreen },
  { path: '/play/:gameId/cards', titleKey: 'games:cards.title', load: async () => (await import('./cards-screen.ts')).cardsScreen },
  { path: '/play/:gameId/:levelId', titleKey: 'games:frame.title', immersive: true, namespaces: ['games'], load: async () => (await import('./engine/play-screen.ts')).playScreen },
];

export const tiles: FeatureRoutes['tiles'] = [
  { path: '/play', titleKey: 'tiles.play', icon: playIcon, color: '#8ED1FC', order: 5 },
  { path: '/play/hello', titleKey: 'tiles.hello', icon: haechi, color: '#F5B942', order: 10 },
];
