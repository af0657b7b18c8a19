import { h } from '../app/dom.ts';
import { t } from '../i18n/index.ts';

const COLORS = [
  { id: 'ink', hex: '#2B2B3A' },
  { id: 'red', hex: '#E0533D' },
  { id: 'blue', hex: '#3D8BD9' },
  { id: 'jade', hex: '#2BAE9A' },
  { id: 'amber', hex: '#F5B942' },
] as const;

export interface DrawingPad {
  el: HTMLElement;
  /** PNG data URL, or null when nothing was drawn. */
  value(): string | null;
}

/**
 * A small canvas for the child's drawing of the outing. Pointer events cover finger, pen and mouse;
 * the picture stays on the device (it is stored as an image in the family's own database).
 */
export function drawingPad(initial: string | null): DrawingPad {
  const W = 480;
  const H = 320;
  const canvas = h('canvas', { width: W, height: H, class: 'pad-canvas', role: 'img', 'aria-label': t('passport:stamp.drawingLabel') });
  const ctx = canvas.getContext('2d');
  let color: string = COLORS[0].hex;
  let dirty = false;
  const clear = (): void => {
    if (!ctx) return;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, W, H);
  };
  clear();
  if (initial && ctx) {
    const img = new Image();
    img.onload = () => ctx.drawImage(img, 0, 0, W, H);
    img.src = initial;
    dirty = true;
  }
  let last: { x: number; y: number } | null = null;
  const at = (e: PointerEvent): { x: number; y: number } => {
    const r = canvas.getBoundingClientRect();
    return { x: ((e.clientX - r.left) / r.width) * W, y: ((e.clientY - r.top) / r.height) * H };
  };
  canvas.addEventListener('pointerdown', (e) => {
    canvas.setPointerCapture(e.pointerId);
    last = at(e);
    // A tap leaves a dot, so the youngest can "draw" too.
    if (ctx) {
      ctx.fillStyle = color;
      ctx.beginPath();
      ctx.arc(last.x, last.y, 4, 0, Math.PI * 2);
      ctx.fill();
    }
    dirty = true;
  });
  canvas.addEventListener('pointermove', (e) => {
    if (!last || !ctx) return;
    const p = at(e);
    ctx.strokeStyle = color;
    ctx.lineWidth = 8;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.beginPath();
    ctx.moveTo(last.x, last.y);
    ctx.lineTo(p.x, p.y);
    ctx.stroke();
    last = p;
  });
  const end = (): void => {
    last = null;
  };
  canvas.addEventListener('pointerup', end);
  canvas.addEventListener('pointercancel', end);

  const swatches = h(
    'div',
    { class: 'pad-colors', role: 'radiogroup', 'aria-label': t('passport:stamp.colors') },
    ...COLORS.map((c, i) =>
      h('button', {
        type: 'button',
        role: 'radio',
        class: 'pad-color',
        style: `--swatch:${c.hex}`,
        'aria-checked': String(i === 0),
        'aria-label': t(`passport:colors.${c.id}`),
        onclick: (e: Event) => {
          color = c.hex;
          for (const b of swatches.querySelectorAll('button')) b.setAttribute('aria-checked', String(b === e.currentTarget));
        },
      }),
    ),
  );
  const el = h(
    'div',
    { class: 'pad' },
    canvas,
    h(
      'div',
      { class: 'pad-tools' },
      swatches,
      h('button', {
        type: 'button',
        class: 'btn secondary',
        onclick: () => {
          clear();
          dirty = false;
        },
      }, t('passport:stamp.clear')),
    ),
  );
  return { el, value: () => (dirty ? canvas.toDataURL('image/png') : null) };
}
