import type { FeatureRoutes } from './types.ts';

const lock = `<svg viewBox="0 0 64 64"><g fill="none" stroke="#2B2B3A" stroke-width="5" stroke-linejoin="round"><rect x="14" y="28" width="36" height="28" rx="6" fill="#FFF9EF"/><path d="M22 28v-8a10 10 0 0 1 20 0v8"/></g><circle cx="32" cy="42" r="4" fill="#2B2B3A"/></svg>`;

export const routes: FeatureRoutes['routes'] = [
  // The first screen is drawn from `common` alone (loaded with i18next).
  { path: '/', titleKey: 'home.title', namespaces: [], load: async () => (await import('./home.ts')).homeScreen },
  { path: '/adult', titleKey: 'adult.title', adult: true, load: async () => (await import('./adult-hub.ts')).adultHub },
];

export const tiles: FeatureRoutes['tiles'] = [{ path: '/adult', titleKey: 'adult.tile', icon: lock, color: '#FFF9EF', order: 90 }];
