import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOLD_MS, holdSeconds, onHold } from '../../src/app/hold.ts';

describe('hold to confirm', () => {
  let btn: HTMLButtonElement;
  let held: ReturnType<typeof vi.fn<() => void>>;
  beforeEach(() => {
    vi.useFakeTimers();
    btn = document.createElement('button');
    document.body.append(btn);
    held = vi.fn<() => void>();
    onHold(btn, held);
  });
  afterEach(() => {
    btn.remove();
    vi.useRealTimers();
  });
  const press = (type: string, init: object = {}): void => void btn.dispatchEvent(new (type.startsWith('key') ? KeyboardEvent : PointerEvent)(type, { bubbles: true, ...init }));

  it('acts once after the button is held for the whole time, and shows that it is being held', () => {
    press('pointerdown', { pointerId: 1 });
    expect(btn.classList.contains('holding')).toBe(true);
    expect(btn.style.getPropertyValue('--hold-ms')).toBe(`${HOLD_MS}ms`);
    vi.advanceTimersByTime(HOLD_MS - 1);
    expect(held).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(held).toHaveBeenCalledTimes(1);
    expect(btn.classList.contains('holding')).toBe(false);
  });

  it("never acts on a child's quick tap, a slide off the button or a cancelled pointer", () => {
    for (const end of ['pointerup', 'pointerleave', 'pointercancel']) {
      press('pointerdown', { pointerId: 1 });
      vi.advanceTimersByTime(HOLD_MS / 2);
      press(end, { pointerId: 1 });
      expect(btn.classList.contains('holding')).toBe(false);
      vi.advanceTimersByTime(HOLD_MS);
    }
    expect(held).not.toHaveBeenCalled();
  });

  it('holds with Space or Enter too; key repeat does not restart the count, letting go stops it', () => {
    press('keydown', { key: 'Enter' });
    vi.advanceTimersByTime(HOLD_MS / 2);
    press('keydown', { key: 'Enter', repeat: true });
    vi.advanceTimersByTime(HOLD_MS / 2);
    expect(held).toHaveBeenCalledTimes(1);
    press('keydown', { key: ' ' });
    press('keyup', { key: ' ' });
    vi.advanceTimersByTime(HOLD_MS);
    press('keydown', { key: 'a' });
    vi.advanceTimersByTime(HOLD_MS);
    expect(held).toHaveBeenCalledTimes(1);
  });

  it('says the hold time as the help texts need it, in the page language', () => {
    document.documentElement.lang = 'ko';
    expect(holdSeconds()).toBe('1.5');
    document.documentElement.lang = 'vi';
    expect(holdSeconds()).toBe('1,5');
    document.documentElement.lang = 'ko';
  });
});
