import { describe, expect, it } from 'vitest';
import { FillModel } from '../../../src/coloring/fill-model.ts';

describe('FillModel (tap-to-fill rules)', () => {
  it('fills, recolors and undoes one step at a time', () => {
    const m = new FillModel();
    expect(m.fill('sky', '#8ED1FC')).toBe(true);
    expect(m.fill('sky', '#3D8BD9')).toBe(true);
    expect(m.fill('hill', '#7BC86C')).toBe(true);
    expect(m.snapshot()).toEqual({ sky: '#3D8BD9', hill: '#7BC86C' });
    expect(m.undo()).toEqual(['hill']);
    expect(m.snapshot()).toEqual({ sky: '#3D8BD9' });
    expect(m.undo()).toEqual(['sky']);
    expect(m.colorOf('sky')).toBe('#8ED1FC');
    expect(m.undo()).toEqual(['sky']);
    expect(m.colorOf('sky')).toBeNull();
    expect(m.canUndo()).toBe(false);
    expect(m.undo()).toEqual([]);
  });

  it('does not record a step when the color does not change', () => {
    const m = new FillModel({ sun: '#F5B942' });
    expect(m.fill('sun', '#F5B942')).toBe(false);
    expect(m.canUndo()).toBe(false);
    expect(m.fill('moon', null)).toBe(false);
  });

  it('erases with null, and the eraser is undone like a fill', () => {
    const m = new FillModel({ sun: '#F5B942' });
    expect(m.fill('sun', null)).toBe(true);
    expect(m.colorOf('sun')).toBeNull();
    expect(m.size).toBe(0);
    m.undo();
    expect(m.colorOf('sun')).toBe('#F5B942');
  });

  it('clears everything in one undoable step', () => {
    const m = new FillModel({ a: '#111111', b: '#222222' });
    expect(m.clear()).toBe(true);
    expect(m.snapshot()).toEqual({});
    expect(m.clear()).toBe(false);
    expect(m.undo().sort()).toEqual(['a', 'b']);
    expect(m.snapshot()).toEqual({ a: '#111111', b: '#222222' });
  });

  it('keeps a bounded history', () => {
    const m = new FillModel({}, 3);
    for (let i = 0; i < 5; i++) m.fill('x', `#00000${i}`);
    let steps = 0;
    while (m.undo().length) steps++;
    expect(steps).toBe(3);
    expect(m.colorOf('x')).toBe('#000001');
  });

  it('snapshots are copies, not live views', () => {
    const m = new FillModel();
    m.fill('a', '#123456');
    const s = m.snapshot();
    m.fill('a', '#654321');
    expect(s.a).toBe('#123456');
  });
});
