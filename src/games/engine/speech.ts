import type { Lang } from '../../shared/games/schema.ts';

const BCP47: Record<Lang, string> = { ko: 'ko-KR', en: 'en-US', zh: 'zh-CN', ja: 'ja-JP', vi: 'vi-VN' };

function synth(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
}

/** A voice that speaks the language, if the device has one (class tablets often lack vi or zh). */
export function voiceFor(lang: Lang): SpeechSynthesisVoice | null {
  const s = synth();
  if (!s) return null;
  const voices = s.getVoices();
  const want = BCP47[lang].toLowerCase();
  return (
    voices.find((v) => v.lang.toLowerCase().replace('_', '-') === want) ??
    voices.find((v) => v.lang.toLowerCase().startsWith(lang)) ??
    null
  );
}

/** Voices arrive asynchronously in Chromium; resolves when known (or after a short wait). */
export function voicesReady(timeoutMs = 800): Promise<void> {
  const s = synth();
  if (!s || s.getVoices().length) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      s.removeEventListener('voiceschanged', done);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    s.addEventListener('voiceschanged', done);
  });
}

/**
 * Speaks a prompt in the chosen language, calm and a little slow for small listeners. Returns false
 * when the device cannot (no voice, muted): the dad strip then shows the line for dad to read aloud.
 */
export function speak(text: string, lang: Lang, muted: boolean): boolean {
  const s = synth();
  const voice = voiceFor(lang);
  if (!s || !voice || muted) return false;
  s.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.voice = voice;
  u.lang = voice.lang;
  u.rate = 0.9;
  u.pitch = 1.1;
  s.speak(u);
  return true;
}

export function stopSpeaking(): void {
  synth()?.cancel();
}
