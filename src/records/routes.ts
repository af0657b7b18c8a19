import type { FeatureRoutes } from '../app/types.ts';

const clipboard = `<svg viewBox="0 0 64 64"><g stroke="#2B2B3A" stroke-width="4" stroke-linejoin="round" stroke-linecap="round"><rect x="12" y="10" width="40" height="48" rx="6" fill="#FFF9EF"/><rect x="22" y="5" width="20" height="10" rx="4" fill="#F5B942"/><path d="M20 28l4 4 8-8M20 44l4 4 8-8" fill="none"/><path d="M38 30h8M38 46h8" fill="none"/></g></svg>`;
const journey = `<svg viewBox="0 0 64 64"><g stroke="#2B2B3A" stroke-width="4" stroke-linejoin="round" stroke-linecap="round"><path d="M8 54c10-4 6-16 18-18s10-14 20-16 10-8 10-8" fill="none" stroke-dasharray="2 8"/><circle cx="10" cy="52" r="6" fill="#2BAE9A"/><path d="M46 6v18l12-5-12-5" fill="#E0533D"/></g></svg>`;

export const routes: FeatureRoutes['routes'] = [
  { path: '/records', titleKey: 'records:home.title', adult: true, load: async () => (await import('./home-screen.ts')).recordsHome },
  { path: '/records/cohort/:id', titleKey: 'records:cohort.title', adult: true, load: async () => (await import('./cohort-screen.ts')).cohortScreen },
  { path: '/records/session/:id', titleKey: 'records:session.title', adult: true, load: async () => (await import('./session-screen.ts')).sessionScreen },
  { path: '/records/attendance', titleKey: 'records:attendance.title', adult: true, load: async () => (await import('./attendance-screen.ts')).attendanceScreen },
  { path: '/records/survey', titleKey: 'records:survey.title', adult: true, load: async () => (await import('./survey-screen.ts')).surveyScreen },
  { path: '/records/report', titleKey: 'records:report.title', adult: true, load: async () => (await import('./report-screen.ts')).reportScreen },
  { path: '/records/backup', titleKey: 'records:backup.title', adult: true, load: async () => (await import('./backup-screen.ts')).backupScreen },
  { path: '/journey', titleKey: 'records:journey.title', load: async () => (await import('./journey-screen.ts')).journeyScreen },
];

export const tiles: FeatureRoutes['tiles'] = [
  { path: '/records', titleKey: 'tiles.records', icon: clipboard, color: '#8ED1FC', adult: true, order: 40 },
  { path: '/journey', titleKey: 'tiles.journey', icon: journey, color: '#7BC86C', order: 80 },
];
