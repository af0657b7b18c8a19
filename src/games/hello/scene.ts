import * as Phaser from 'phaser';
import { loadSound, playSound } from '../engine/audio.ts';
import haechiUrl from '../../../assets/art/haechi.svg?url';
import helloUrl from '../../../assets/audio/hello.wav?url';

export interface HelloData {
  greeting: string;
  tapHint: string;
  onTap: () => void;
}

/**
 * 해치 waves and says hello; a tap makes him hop with a marimba call. The smallest real scene that
 * proves the chain: lazy Phaser chunk, audio unlocked by the first tap, clean teardown.
 */
export class HelloScene extends Phaser.Scene {
  private data0!: HelloData;

  constructor() {
    super('hello');
  }

  init(data: HelloData): void {
    this.data0 = data;
  }

  preload(): void {
    const ratio = (this.game.registry.get('ratio') as number | undefined) ?? 1;
    this.load.svg('haechi', haechiUrl, { width: 360 * ratio, height: 360 * ratio });
    loadSound('hello', helloUrl);
  }

  create(): void {
    // The host draws at the screen's real resolution; the camera zoom keeps design coordinates.
    const dpr = (this.game.registry.get('ratio') as number | undefined) ?? 1;
    const width = this.scale.width / dpr;
    const height = this.scale.height / dpr;
    this.cameras.main.setZoom(dpr).centerOn(width / 2, height / 2);
    const haechi = this.add.image(width / 2, height * 0.52, 'haechi').setDisplaySize(360, 360).setInteractive({ useHandCursor: true });
    // The wave: a gentle side-to-side sway, well under the 3-flashes-a-second limit.
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (!reduced) this.tweens.add({ targets: haechi, angle: { from: -6, to: 6 }, duration: 700, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });

    const font = '"Apple SD Gothic Neo","Noto Sans CJK KR","Noto Sans KR","Malgun Gothic",system-ui,sans-serif';
    this.add
      .text(width / 2, height * 0.14, this.data0.greeting, { fontFamily: font, fontSize: '64px', color: '#2B2B3A', fontStyle: 'bold', align: 'center' })
      .setOrigin(0.5)
      .setResolution(dpr);
    this.add
      .text(width / 2, height * 0.86, this.data0.tapHint, { fontFamily: font, fontSize: '36px', color: '#2B2B3A', align: 'center' })
      .setOrigin(0.5)
      .setResolution(dpr);

    // Tap on press, anywhere: a small hand need not find the exact picture.
    this.input.on(Phaser.Input.Events.POINTER_DOWN, () => {
      playSound('hello');
      this.data0.onTap();
      this.tweens.add({ targets: haechi, y: haechi.y - 60, duration: 180, yoyo: true, ease: 'Quad.easeOut' });
    });
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      const at = performance.now();
      (window as unknown as { __appaFirstFrame?: number }).__appaFirstFrame = at;
      window.dispatchEvent(new CustomEvent('appa:first-frame', { detail: { scene: 'hello', at } }));
    });
  }
}
