import type { FeatureRoutes } from '../app/types.ts';

const icon = `<svg viewBox="0 0 64 64"><g stroke="#2B2B3A" stroke-width="4" stroke-linejoin="round" stroke-linecap="round"><rect x="8" y="10" width="40" height="46" rx="6" fill="#FFF9EF"/><path d="M16 44c6-14 12-14 16-6s8 6 10-2" fill="none"/><path d="M38 40l16-26 6 4-16 26-8 4z" fill="#E0533D"/></g><circle cx="22" cy="24" r="6" fill="#F5B942" stroke="#2B2B3A" stroke-width="4"/></svg>`;

// Fixed paths come before /coloring/:sheetId, which would otherwise catch them.
export const routes: FeatureRoutes['routes'] = [
  { path: '/coloring', titleKey: 'coloring:title', load: async () => (await import('./catalog-screen.ts')).catalogScreen },
  { path: '/coloring/gallery', titleKey: 'coloring:gallery.title', load: async () => (await import('./gallery-screen.ts')).galleryScreen },
  { path: '/coloring/print', titleKey: 'coloring:print.title', load: async () => (await import('./print-screen.ts')).printScreen },
  { path: '/coloring/:sheetId', titleKey: 'coloring:title', immersive: true, load: async () => (await import('./sheet-screen.ts')).sheetScreen },
];

export const tiles: FeatureRoutes['tiles'] = [{ path: '/coloring', titleKey: 'tiles.coloring', icon, color: '#8ED1FC', order: 30 }];
