import type { FeatureRoutes } from '../app/types.ts';

// A projector screen with a timer: the facilitator's class-mode tile in the adult hub.
const icon = `<svg viewBox="0 0 64 64"><g fill="none" stroke="#2B2B3A" stroke-width="4" stroke-linejoin="round" stroke-linecap="round"><rect x="8" y="10" width="48" height="32" rx="4" fill="#FFF9EF"/><path d="M32 42v10M22 56h20"/><circle cx="32" cy="26" r="9" fill="#F5B942"/><path d="M32 20v6l4 3"/></g></svg>`;

export const routes: FeatureRoutes['routes'] = [
  { path: '/class', titleKey: 'guides:list.title', adult: true, load: async () => (await import('./list-screen.ts')).guideListScreen },
  { path: '/class/:guideId', titleKey: 'guides:detail.title', adult: true, load: async () => (await import('./detail-screen.ts')).guideDetailScreen },
  { path: '/class/:guideId/present', titleKey: 'guides:present.title', adult: true, immersive: true, load: async () => (await import('./presenter-screen.ts')).presenterScreen },
  { path: '/class/:guideId/handout', titleKey: 'guides:handout.title', adult: true, load: async () => (await import('./handout-screen.ts')).handoutScreen },
  { path: '/class/:guideId/mission-card', titleKey: 'guides:card.title', adult: true, load: async () => (await import('./mission-card-screen.ts')).missionCardScreen },
];

export const tiles: FeatureRoutes['tiles'] = [{ path: '/class', titleKey: 'tiles.class', icon, color: '#8ED1FC', adult: true, order: 20 }];
