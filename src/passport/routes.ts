import type { FeatureRoutes } from '../app/types.ts';

// A passport booklet with a stamp: the family's missions and Seoul outings.
const icon = `<svg viewBox="0 0 64 64"><g stroke="#2B2B3A" stroke-width="4" stroke-linejoin="round" stroke-linecap="round"><rect x="14" y="8" width="36" height="48" rx="5" fill="#3D8BD9"/><circle cx="32" cy="28" r="10" fill="#FFF9EF"/><path d="M22 46h20" fill="none"/></g><circle cx="46" cy="46" r="10" fill="#E0533D" stroke="#2B2B3A" stroke-width="4"/></svg>`;

export const routes: FeatureRoutes['routes'] = [
  { path: '/family', titleKey: 'passport:family.title', load: async () => (await import('./family-screen.ts')).familyScreen },
  { path: '/family/passport', titleKey: 'passport:passport.title', load: async () => (await import('./passport-screen.ts')).passportScreen },
  // Before /:placeId, so "print" is never read as a place.
  { path: '/family/passport/print', titleKey: 'passport:print.title', load: async () => (await import('./passport-print-screen.ts')).passportPrintScreen },
  { path: '/family/passport/:placeId', titleKey: 'passport:stamp.title', load: async () => (await import('./stamp-screen.ts')).stampScreen },
];

export const tiles: FeatureRoutes['tiles'] = [{ path: '/family', titleKey: 'tiles.family', icon, color: '#8ED1FC', order: 40 }];
