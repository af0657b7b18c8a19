/**
 * A hand-made horizontal bar chart in SVG: prints crisply on A4, needs no library, and says what
 * it shows in its title so a screen reader gets the numbers too (a table follows each chart).
 */
export interface Bar {
  label: string;
  value: number;
  /** Shown at the end of the bar (e.g. "80%"). */
  text: string;
}

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

export function barChart(title: string, bars: Bar[], opts: { max?: number; color?: string } = {}): SVGSVGElement {
  const rowH = 40;
  const labelW = 200;
  const width = 720;
  const barMax = width - labelW - 90;
  const max = opts.max ?? Math.max(1, ...bars.map((b) => b.value));
  const height = Math.max(1, bars.length) * rowH + 10;
  const rows = bars
    .map((b, i) => {
      const y = 5 + i * rowH;
      const w = Math.max(b.value > 0 ? 3 : 0, (b.value / max) * barMax);
      return `<g><text x="${labelW - 10}" y="${y + 26}" text-anchor="end" font-size="17">${esc(b.label)}</text>`
        + `<rect x="${labelW}" y="${y + 6}" width="${w.toFixed(1)}" height="${rowH - 14}" rx="6" fill="${opts.color ?? '#3D8BD9'}" stroke="#2B2B3A" stroke-width="2"/>`
        + `<text x="${(labelW + w + 8).toFixed(1)}" y="${y + 26}" font-size="17" font-weight="700">${esc(b.text)}</text></g>`;
    })
    .join('');
  const tpl = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  tpl.setAttribute('viewBox', `0 0 ${width} ${height}`);
  tpl.setAttribute('class', 'rp-chart');
  tpl.setAttribute('role', 'img');
  tpl.setAttribute('aria-label', `${title}: ${bars.map((b) => `${b.label} ${b.text}`).join(', ')}`);
  tpl.innerHTML = `<line x1="${labelW}" y1="0" x2="${labelW}" y2="${height}" stroke="#2B2B3A" stroke-width="2"/>${rows}`;
  return tpl;
}
