/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Names the Phaser chunk in index.html so the first screen can prefetch (not run) it when idle. */
function phaserPrefetchMeta(): Plugin {
  return {
    name: 'appa-phaser-prefetch',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.name === 'phaser');
        return chunk ? [{ tag: 'meta', attrs: { name: 'appa-phaser-chunk', content: `/${chunk.fileName}` }, injectTo: 'head' }] : [];
      },
    },
  };
}

/**
 * Writes a brotli (quality 11) and a gzip copy beside every text asset of the build. The server sends
 * them as they are (@fastify/static `preCompressed`), so a request costs no compression time and a
 * class's shared Wi-Fi carries about a fifth less than with on-the-fly brotli.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'appa-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      const { readdirSync, readFileSync, writeFileSync, statSync } = await import('node:fs');
      const { join } = await import('node:path');
      const { brotliCompressSync, gzipSync, constants } = await import('node:zlib');
      const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
      for (const file of walk(outDir)) {
        if (!/\.(js|css|html|svg|json|webmanifest)$/.test(file)) continue;
        const raw = readFileSync(file);
        if (raw.length < 1024) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }));
        writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
      }
    },
  };
}

// One config for the app build and the three test projects (the top level is fixed, so no vitest.config.ts).
export default defineConfig({
  // An absolute base keeps the service-worker scope and manifest right on deep links.
  base: '/',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1600,
    // Phaser's loader decodes data: URLs as base64 and fails on Vite's URL-encoded inline SVGs;
    // every asset is precached anyway, so files are simply kept as files.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Phaser never tree-shakes: keep it in one chunk that only the games load.
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
  plugins: [
    phaserPrefetchMeta(),
    precompress(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeManifestIcons: false,
      manifest: {
        name: '아빠랑 — 아빠와 아이의 놀이 키트',
        short_name: '아빠랑',
        description: '아빠와 아이가 함께하는 놀이, 색칠, 수업 안내와 기록',
        lang: 'ko',
        start_url: '/',
        scope: '/',
        id: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#FFF9EF',
        theme_color: '#F5B942',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webp,woff2,ttf,otf,mp3,ogg,wav,json,webmanifest}'],
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['test/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['test/server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          globalSetup: ['test/e2e/global-setup.ts'],
          // A busy CI machine renders slower than a quiet one: polls wait up to 10 s, never fail early.
          expect: { poll: { timeout: 10_000, interval: 100 } },
          // One Chromium at a time on a two-core machine: parallel browsers only slow each other down.
          fileParallelism: false,
        },
      },
    ],
  },
});
