import type { FeatureRoutes } from '../app/types.ts';
import haechi from '../../assets/art/haechi.svg?raw';

export const routes: FeatureRoutes['routes'] = [
  { path: '/play/hello', titleKey: 'games:hello.title', immersive: true, load: async () => (await import('./hello/screen.ts')).helloScreen },
];

export const tiles: FeatureRoutes['tiles'] = [{ path: '/play/hello', titleKey: 'games:hello.tile', icon: haechi, color: '#F5B942', order: 10 }];
