import type { FeatureRoutes } from '../app/types.ts';

const syncIcon = `<svg viewBox="0 0 64 64"><g fill="none" stroke="#2B2B3A" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"><rect x="6" y="14" width="22" height="34" rx="5" fill="#FFF9EF"/><rect x="36" y="14" width="22" height="34" rx="5" fill="#FFF9EF"/><path d="M20 56h24M32 48v8"/><path d="M24 26h14l-4-4M40 36H26l4 4"/></g></svg>`;
const hubIcon = `<svg viewBox="0 0 64 64"><g stroke="#2B2B3A" stroke-width="4" stroke-linejoin="round"><rect x="8" y="36" width="10" height="20" fill="#2BAE9A"/><rect x="27" y="22" width="10" height="34" fill="#3D8BD9"/><rect x="46" y="10" width="10" height="46" fill="#F5B942"/><path d="M4 58h56" fill="none" stroke-linecap="round"/></g></svg>`;

export const routes: FeatureRoutes['routes'] = [
  { path: '/sync', titleKey: 'sync:title', adult: true, load: async () => (await import('./sync-screen.ts')).syncScreen },
  { path: '/sync/center', titleKey: 'sync:center.title', adult: true, load: async () => (await import('./center-screen.ts')).centerScreen },
  { path: '/sync/hub', titleKey: 'sync:hub.title', adult: true, load: async () => (await import('./hub-screen.ts')).hubScreen },
];

export const tiles: FeatureRoutes['tiles'] = [
  { path: '/sync', titleKey: 'tiles.sync', icon: syncIcon, color: '#8ED1FC', adult: true, order: 70 },
  { path: '/sync/hub', titleKey: 'tiles.hub', icon: hubIcon, color: '#FFF9EF', adult: true, order: 78 },
];
