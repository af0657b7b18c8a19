import {
  LineCapStyle,
  LineJoinStyle,
  PDFDocument,
  TextRenderingMode,
  beginText,
  endText,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setDashPattern,
  setFontAndSize,
  setLineCap,
  setLineJoin,
  setLineWidth,
  setStrokingColor,
  setTextRenderingMode,
  showText,
  moveText,
  type PDFFont,
  type PDFPage,
  type RGB,
} from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import regularUrl from '../../assets/fonts/coloring-pdf-regular.ttf?url';
import boldUrl from '../../assets/fonts/coloring-pdf-bold.ttf?url';
import type { Language } from '../i18n/index.ts';
import { ART, BOX, FAMILY_FRAME, GAP, PAPER, bands, type Paper } from './page-layout.ts';
import { printLabel, type PrintItem } from './print-page.ts';
import { BLANK, INK } from './palette.ts';

const MM = 72 / 25.4;

function color(hex: string): RGB {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

interface ParsedSheet {
  viewBox: [number, number, number, number];
  stroke: number;
  areas: Array<{ id: string; d: string }>;
  lines: string[];
}

/** Reads our sheet format (make-sheets.ts) without a DOM, so the PDF can be made in a worker later. */
export function parseForPdf(markup: string): ParsedSheet {
  const vb = (/viewBox="([^"]+)"/.exec(markup)?.[1] ?? '0 0 180 180').split(/[\s,]+/).map(Number) as [number, number, number, number];
  const stroke = Number(/data-stroke="([\d.]+)"/.exec(markup)?.[1] ?? 2.5);
  const group = (cls: string): string => new RegExp(`<g class="${cls}"[^>]*>([\\s\\S]*?)</g>`).exec(markup)?.[1] ?? '';
  const areas = [...group('areas').matchAll(/<path id="([^"]+)" d="([^"]+)"/g)].map((m) => ({ id: m[1] as string, d: m[2] as string }));
  const lines = [...group('lines').matchAll(/<path d="([^"]+)"/g)].map((m) => m[1] as string);
  return { viewBox: vb, stroke, areas, lines };
}

/** Greedy line breaking: at spaces, and between any two Chinese/Japanese characters. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+|\s+/g) ?? [];
  const lines: string[] = [];
  let cur = '';
  for (const tok of tokens) {
    if (/^\s+$/.test(tok)) {
      if (cur) cur += ' ';
      continue;
    }
    const next = cur + tok;
    if (cur && font.widthOfTextAtSize(next, size) > width) {
      lines.push(cur.trimEnd());
      cur = tok;
    } else cur = next;
  }
  if (cur.trim()) lines.push(cur.trimEnd());
  return lines;
}

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`font ${url}: HTTP ${r.status}`);
  return r.arrayBuffer();
}

function drawArt(page: PDFPage, parsed: ParsedSheet, left: number, top: number, size: number, fills: PrintItem['fills']): void {
  const [vx, vy, vw, vh] = parsed.viewBox;
  const scale = size / Math.max(vw, vh);
  const x = left - vx * scale;
  const y = top + vy * scale;
  const ink = fills ? color(INK) : rgb(0, 0, 0);
  // drawSvgPath scales the line width along with the path, so it stays in SVG units here.
  const borderWidth = parsed.stroke;
  // Round joins and caps like the SVG, so thick corners do not grow mitre spikes.
  page.pushOperators(pushGraphicsState(), setLineJoin(LineJoinStyle.Round), setLineCap(LineCapStyle.Round));
  for (const a of parsed.areas) page.drawSvgPath(a.d, { x, y, scale, color: color(fills?.[a.id] ?? BLANK), borderColor: ink, borderWidth, borderLineCap: LineCapStyle.Round });
  for (const d of parsed.lines) page.drawSvgPath(d, { x, y, scale, borderColor: ink, borderWidth, borderLineCap: LineCapStyle.Round });
  page.pushOperators(popGraphicsState());
}

/** The place name as dashed outlines, the PDF twin of the print view's dotted letters. */
function drawTrace(page: PDFPage, font: PDFFont, text: string, cx: number, baseline: number, size: number): void {
  const key = page.node.newFontDictionary(font.name, font.ref);
  const w = font.widthOfTextAtSize(text, size);
  page.pushOperators(
    pushGraphicsState(),
    setStrokingColor(rgb(0.35, 0.35, 0.4)),
    setLineWidth(0.45 * MM),
    setDashPattern([1.1 * MM, 1.1 * MM], 0),
    setLineJoin(LineJoinStyle.Round),
    beginText(),
    setFontAndSize(key, size),
    setTextRenderingMode(TextRenderingMode.Outline),
    moveText(cx - w / 2, baseline),
    showText(font.encodeText(text)),
    endText(),
    popGraphicsState(),
  );
}

function fitSize(font: PDFFont, text: string, width: number, max: number): number {
  const at = font.widthOfTextAtSize(text, max);
  return at > width ? (max * width) / at : max;
}

/**
 * A PDF of the chosen sheets, one per page, made entirely on the device (fonts and sheets come from
 * the precache, so it works offline). Text is real, embedded text in the chosen language.
 */
export async function makePdf(items: PrintItem[], paper: Paper, lng: Language): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(printLabel('print.title', lng));
  doc.setCreator('아빠랑');
  doc.setProducer('아빠랑 (pdf-lib)');
  doc.setLanguage(lng);
  const [regBytes, boldBytes] = await Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]);
  // The fonts are already cut to the characters the sheets use; pdf-lib's own subsetting would garble
  // CJK glyphs, so they are embedded whole.
  const regular = await doc.embedFont(regBytes, { subset: false });
  const bold = await doc.embedFont(boldBytes, { subset: false });
  const size = PAPER[paper];
  const W = size.w * MM;
  const H = size.h * MM;
  const left = ((size.w - BOX.w) / 2) * MM;
  const top = H - ((size.h - BOX.h) / 2) * MM;
  const ink = color(INK);
  const labels = { dad: printLabel('print.dadTitle', lng), family: printLabel('print.family', lng), hint: printLabel('print.familyHint', lng), nuri: printLabel('print.nuri', lng) };

  for (const item of items) {
    const page = doc.addPage([W, H]);
    const { sheet } = item;
    const b = bands(sheet.variant);
    const name = sheet.name[lng];
    let y = top;
    const titleSize = fitSize(bold, name, (BOX.w - 10) * MM, (sheet.variant === 'simple' ? 13 : 8) * MM);
    page.drawText(name, { x: left + (BOX.w * MM - bold.widthOfTextAtSize(name, titleSize)) / 2, y: y - b.header * MM * 0.5 - titleSize * 0.36, size: titleSize, font: bold, color: ink });
    y -= b.header * MM;
    if (b.trace) {
      const ts = fitSize(bold, name, (BOX.w - 8) * MM, b.trace * 0.72 * MM);
      drawTrace(page, bold, name, left + (BOX.w * MM) / 2, y - b.trace * MM * 0.5 - ts * 0.36, ts);
      y -= b.trace * MM;
    }
    drawArt(page, parseForPdf(item.markup), left, y, ART * MM, item.fills);
    y -= ART * MM;

    // The footer: the dad box (prompt and 누리과정 tags) and the "우리 가족" frame.
    const footTop = y - 3 * MM;
    const footH = (b.footer - 3) * MM;
    const frameW = FAMILY_FRAME * MM;
    const dadW = BOX.w * MM - frameW - GAP * MM;
    const boxStyle = { borderColor: ink, borderWidth: 0.6 * MM, color: rgb(1, 1, 1) };
    page.drawRectangle({ x: left, y: footTop - footH, width: dadW, height: footH, ...boxStyle });
    page.drawRectangle({ x: left + dadW + GAP * MM, y: footTop - footH, width: frameW, height: footH, ...boxStyle, borderDashArray: [2 * MM, 1.5 * MM] });
    const pad = 3 * MM;
    const titleS = 5.2 * MM;
    page.drawText(labels.dad, { x: left + pad, y: footTop - pad - titleS * 0.85, size: titleS, font: bold, color: ink });
    const bodyS = 5 * MM;
    let ty = footTop - pad - titleS - 2 * MM - bodyS * 0.85;
    for (const l of wrap(sheet.prompt[lng], regular, bodyS, dadW - 2 * pad).slice(0, 4)) {
      page.drawText(l, { x: left + pad, y: ty, size: bodyS, font: regular, color: ink });
      ty -= bodyS * 1.3;
    }
    const tagS = 3.5 * MM;
    const tags = `${labels.nuri}: ${sheet.nuri.map((n) => printLabel(`nuri.${n}`, lng)).join(' · ')}`;
    page.drawText(tags, { x: left + pad, y: footTop - footH + pad, size: fitSize(regular, tags, dadW - 2 * pad, tagS), font: regular, color: rgb(0.3, 0.3, 0.36) });
    const fx = left + dadW + GAP * MM;
    const fs = fitSize(bold, labels.family, frameW - 2 * pad, 5.2 * MM);
    page.drawText(labels.family, { x: fx + (frameW - bold.widthOfTextAtSize(labels.family, fs)) / 2, y: footTop - pad - fs * 0.85, size: fs, font: bold, color: ink });
    const hs = fitSize(regular, labels.hint, frameW - 2 * pad, 3.2 * MM);
    page.drawText(labels.hint, { x: fx + (frameW - regular.widthOfTextAtSize(labels.hint, hs)) / 2, y: footTop - footH + pad, size: hs, font: regular, color: rgb(0.3, 0.3, 0.36) });
  }
  return doc.save();
}
