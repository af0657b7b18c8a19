import type * as Phaser from 'phaser';
import type { Lang, Level, Localized, PlayBand } from '../../shared/games/schema.ts';

/** One step of serve-and-return: what the child hears, and what dad sees on his strip. */
export interface Prompt {
  /** Spoken to the child (and shown on the dad strip when the device has no voice for the language). */
  say: Localized;
  /** Dad's line on the strip: what to wait for, what to ask, how to stretch. */
  dad: Localized;
}

/** An extra control on the dad strip (e.g. 멈춰! 해치's music button). */
export interface DadButton {
  id: string;
  label: Localized;
  /** Marks the button pressed-looking (aria-pressed) when it toggles something. */
  pressed?: boolean;
  onPress: () => void;
}

/**
 * What a scene may do with the frame. The scene owns its pictures and its pure logic; the frame owns
 * the round (clock, dad's pauses, idle hints, end), speech, the dad strip and the event to the records.
 */
export interface CoplayApi {
  readonly level: Level;
  readonly band: PlayBand;
  readonly lang: Lang;
  readonly layout: 'landscape' | 'portrait';
  readonly reducedMotion: boolean;
  /** Picks the current language out of content text. */
  text(l: Localized): string;
  /** Shows a new prompt (speaks `say`, puts `dad` on the strip). */
  ask(p: Prompt): void;
  /** The child did it. Returns true when that finished the round (the scene then stops taking taps). */
  hit(): boolean;
  /** A tap elsewhere: the frame plays the kind, funny sound; the scene shows its giggle. */
  miss(): void;
  /** Neutral child input (resets the idle clock). */
  touch(): void;
  /** False hands the turn to dad (no idle hints); true gives it back. */
  setChildTurn(on: boolean): void;
  /** Whether taps count right now (not paused, not in dad's question, not ended). */
  accepting(): boolean;
  /** Replaces the extra dad controls on the strip. */
  dadButtons(buttons: DadButton[]): void;
  /** Plays one of the engine's sounds (`tap`, `yay`, `giggle`, `hint`, `chime`, `drum`) or one the scene loaded. */
  sound(name: string, opts?: { rate?: number; volume?: number }): void;
}

/** Handed to a scene's `init`; survives a restart (orientation change), so the scene redraws from `logic`. */
export interface SceneInit<L = unknown> {
  api: CoplayApi;
  logic: L;
  /** The scene calls this back so the frame can ask for a hint animation or announce a pause. */
  bind(view: SceneView): void;
}

export interface SceneView {
  /** Animate the hint (the frame already speaks it). */
  showHint(): void;
  /** The frame asks the scene to show its cheerful end (the round is over). */
  celebrate?(): void;
}

export type SceneClass = new () => Phaser.Scene;

/**
 * What `src/games/<id>/index.ts` exports as `game`. Keep index.ts free of Phaser imports: the game list
 * and intro screens read descriptors without loading the Phaser chunk; `scene()` loads it.
 */
export interface GameModule<D = unknown, L = unknown> {
  id: string;
  /** Builds the pure round logic from a (content-checked) level. `seed` varies the order each round. */
  createLogic(level: Level<D>, seed: number): L;
  /** The first prompt of the round (spoken when play starts). */
  firstPrompt(logic: L, level: Level<D>): Prompt;
  /** Loads the Phaser scene class (lazily: the Phaser chunk comes with it). */
  scene(): Promise<SceneClass>;
}
