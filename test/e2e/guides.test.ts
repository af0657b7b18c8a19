import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, describeViolations, openBrowser, passGate, startServer, waitForOfflineReady, type Browser, type TestServer } from './harness.ts';
import { serverAndBrowser } from './suite.ts';

const GUIDE_ID = 'dal-01-know-your-child';
const guide = JSON.parse(readFileSync(`assets/guides/${GUIDE_ID}.json`, 'utf8')) as {
  title: { ko: string };
  steps: Array<{ title: { ko: string }; minutes: number; links?: string[] }>;
  homeMission: { id: string; title: { ko: string } };
};
const A4 = { w: 595.28, h: 841.89 };

/** Pages and their sizes straight from the PDF's page objects (Chromium writes them uncompressed). */
function pdfPages(pdf: Buffer): Array<{ w: number; h: number }> {
  const text = pdf.toString('latin1');
  const pages = [...text.matchAll(/\/Type\s*\/Page(?![a-zA-Z])[\s\S]*?\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
  return pages.map((m) => ({ w: Number(m[3]) - Number(m[1]), h: Number(m[4]) - Number(m[2]) }));
}

async function expectNoAxe(page: Page, where: string): Promise<void> {
  const v = await axe(page);
  expect(v, `${where}: ${describeViolations(v)}`).toEqual([]);
}

const title = (page: Page): Promise<string | null> => page.locator('#pres-title').textContent();
const clockSeconds = async (page: Page): Promise<number> => {
  const text = (await page.locator('#pres-clock').textContent()) ?? '';
  const m = /^(\+?)(\d+):(\d\d)$/.exec(text.trim());
  if (!m) throw new Error(`clock reads "${text}"`);
  const s = Number(m[2]) * 60 + Number(m[3]);
  return m[1] ? -s : s;
};

describe('class mode in Chromium', () => {
  const { server, b } = serverAndBrowser();

  it('reaches the guides from the adult hub, filters them and opens one', async () => {
    await b.page.goto(`${server.url}/adult`);
    await passGate(b.page);
    await b.page.locator('a.tile[href="/class"]').click();
    await b.page.locator('.guide-card').first().waitFor();
    await expectNoAxe(b.page, 'list');
    await b.page.locator('.guide-filter label', { hasText: '아빠육아달인' }).click();
    await b.page.locator('.guide-filter label', { hasText: '0–2세' }).click();
    await expect.poll(() => b.page.url()).toContain('program=dal');
    const programs = await b.page.locator('.guide-card-program').allTextContents();
    expect(programs.length).toBeGreaterThan(0);
    expect(programs.every((p) => p.startsWith('아빠육아달인'))).toBe(true);
    await b.page.locator('.guide-filter label', { hasText: '8–12세' }).click();
    await b.page.locator('.guide-empty').waitFor();
    await b.page.locator('.guide-filter label', { hasText: '3–5세' }).click();
    await b.page.locator(`a.guide-card[href="/class/${GUIDE_ID}"]`).click();
    await expect.poll(() => b.page.locator('h1').textContent()).toBe(guide.title.ko);
    expect(await b.page.locator('.timeline li').count()).toBe(guide.steps.length);
    await b.page.locator('.materials input[type=checkbox]').first().check();
    await expectNoAxe(b.page, 'detail');
    expect(await b.page.getAttribute('a[href^="/records/attendance"]', 'href')).toBe(`/records/attendance?guide=${GUIDE_ID}`);
  });

  it('runs the guide in presenter mode from first to last step with the keyboard and the timer', async () => {
    await b.page.locator('#start-present').click();
    await expect.poll(() => title(b.page)).toBe(guide.steps[0]?.title.ko);
    expect(await b.page.locator('.topbar').isVisible()).toBe(false);
    // Music is off by default in class mode.
    expect(await b.page.evaluate(() => JSON.parse(localStorage.getItem('appa.prefs.v1') ?? '{}').sound)).toBe(false);
    await expectNoAxe(b.page, 'presenter');

    // The first step's timer starts at its planned minutes and runs.
    const first = guide.steps[0]?.minutes ?? 0;
    expect(await clockSeconds(b.page)).toBeLessThanOrEqual(first * 60);
    await expect.poll(() => clockSeconds(b.page), { timeout: 5000 }).toBeLessThan(first * 60);
    // Pause: the clock holds still.
    await b.page.locator('#pres-pause').click();
    expect(await b.page.getAttribute('#pres-pause', 'aria-pressed')).toBe('true');
    const held = await clockSeconds(b.page);
    await b.page.waitForTimeout(1500);
    expect(await clockSeconds(b.page)).toBe(held);
    // +1 minute, twice, while paused: exactly two minutes more.
    await b.page.locator('#pres-extend').click();
    await b.page.keyboard.press('+');
    expect(await clockSeconds(b.page)).toBe(held + 120);
    await b.page.keyboard.press('p');
    expect(await b.page.getAttribute('#pres-pause', 'aria-pressed')).toBe('false');
    await expect.poll(() => clockSeconds(b.page), { timeout: 5000 }).toBeLessThan(held + 120);

    // Walk every step with the keys a clicker and a keyboard send.
    await b.page.locator('#pres-title').focus();
    const keys = ['PageDown', 'ArrowRight', ' ', 'ArrowDown'];
    for (let i = 1; i < guide.steps.length; i++) {
      await b.page.keyboard.press(keys[i % keys.length] as string);
      await expect.poll(() => title(b.page)).toBe(guide.steps[i]?.title.ko);
      expect(b.page.url()).toContain(`step=${i + 1}`);
      // Each step gets its own timer from its own minutes.
      expect(await clockSeconds(b.page)).toBeLessThanOrEqual((guide.steps[i]?.minutes ?? 0) * 60);
      expect(await clockSeconds(b.page)).toBeGreaterThan((guide.steps[i]?.minutes ?? 0) * 60 - 10);
    }
    const last = guide.steps.length - 1;
    await b.page.keyboard.press('PageDown');
    expect(await title(b.page)).toBe(guide.steps[last]?.title.ko);
    expect(await b.page.locator('#pres-next').isDisabled()).toBe(true);
    await expectNoAxe(b.page, 'presenter last step');
    await b.page.keyboard.press('PageUp');
    await expect.poll(() => title(b.page)).toBe(guide.steps[last - 1]?.title.ko);
    await b.page.keyboard.press('Home');
    await expect.poll(() => title(b.page)).toBe(guide.steps[0]?.title.ko);
    // The first step's paused-then-resumed time was kept while we were away (it shows the extension).
    expect(await clockSeconds(b.page)).toBeGreaterThan(first * 60);
    await b.page.keyboard.press('End');
    await expect.poll(() => title(b.page)).toBe(guide.steps[last]?.title.ko);
  });

  it('launches the linked game or sheet for the whole class and comes back to the same step', async () => {
    const i = guide.steps.findIndex((s) => (s.links ?? []).length > 0);
    await b.page.goto(`${server.url}/class/${GUIDE_ID}/present?step=${i + 1}`);
    await expect.poll(() => title(b.page)).toBe(guide.steps[i]?.title.ko);
    const links = guide.steps[i]?.links ?? [];
    const launch = b.page.locator('.pres-launch a.launch');
    const pending = b.page.locator('.pres-launch .link-pending');
    // Built links are buttons; links whose game is not built yet stay plain text — together, all of them.
    expect((await launch.count()) + (await pending.count())).toBe(links.length);
    if ((await launch.count()) > 0) {
      const href = (await launch.first().getAttribute('href')) ?? '';
      expect(href).toMatch(/^\/(play|coloring)\//);
      await launch.first().click();
      await expect.poll(() => new URL(b.page.url()).pathname).toBe(href);
      await b.page.locator('.class-return-btn').click();
      await expect.poll(() => title(b.page)).toBe(guide.steps[i]?.title.ko);
    } else {
      expect(await pending.first().getAttribute('data-link')).toBe(links[0]);
      // Nothing to launch yet, but the way back is the same: the URL keeps the step.
      await b.page.goto(`${server.url}/class/${GUIDE_ID}`);
      await b.page.goBack();
      await expect.poll(() => title(b.page)).toBe(guide.steps[i]?.title.ko);
    }
    // Leaving presenter mode gives the device its sound setting back.
    await b.page.locator('.pres-exit').click();
    await expect.poll(() => b.page.locator('h1').textContent()).toBe(guide.title.ko);
    expect(await b.page.evaluate(() => JSON.parse(localStorage.getItem('appa.prefs.v1') ?? '{}').sound)).toBe(true);
  });

  it("shows a single-age class only its band's variants in presenter mode", async () => {
    const ageText = JSON.parse(readFileSync(`assets/guides/${GUIDE_ID}.json`, 'utf8')).ageBands.find((b: { band: string }) => b.band === '3-5').text.ko as string;
    const bodyStick = guide.steps.findIndex((s) => s.title.ko === '몸 붙이기 놀이') + 1;
    await b.page.goto(`${server.url}/class/${GUIDE_ID}`);
    await b.page.locator('.class-band label', { hasText: '3–5세' }).click();
    await b.page.goto(`${server.url}/class/${GUIDE_ID}/present?step=${bodyStick}`);
    await expect.poll(() => b.page.locator('.pres-variants li').allTextContents()).toEqual([`3–5세 ${ageText}`]);
    expect(await b.page.locator('.pres-guide').textContent()).toContain('3–5세');
    await b.page.goto(`${server.url}/class/${GUIDE_ID}`);
    await b.page.locator('.class-band label', { hasText: '여러 나이 섞임' }).click();
    await expectNoAxe(b.page, 'detail with class band');
    await b.page.goto(`${server.url}/class/${GUIDE_ID}/present?step=${bodyStick}`);
    await expect.poll(() => b.page.locator('.pres-variants strong').allTextContents()).toEqual(['0–2세']);
  });

  it('prints the facilitator handout and the mission card on A4', async () => {
    await b.page.goto(`${server.url}/class/${GUIDE_ID}/handout`);
    await b.page.locator('section.print-page').first().waitFor();
    await expectNoAxe(b.page, 'handout');
    expect(await b.page.evaluate(() => [...document.querySelectorAll('.print-page')].every((p) => p.parentElement === document.body))).toBe(true);
    const handout = pdfPages(await b.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    // Overview on one page, the timeline after it; never an empty trailing page.
    expect(handout.length).toBeGreaterThanOrEqual(2);
    expect(handout.length).toBeLessThanOrEqual(3);
    for (const p of handout) {
      expect(p.w).toBeCloseTo(A4.w, 0);
      expect(p.h).toBeCloseTo(A4.h, 0);
    }
    await b.page.emulateMedia({ media: 'print' });
    const lastHasText = await b.page.evaluate(() => {
      const pages = [...document.querySelectorAll<HTMLElement>('.print-page')];
      return pages.length === 2 && pages.every((p) => p.offsetHeight > 100 && (p.textContent ?? '').trim().length > 50);
    });
    expect(lastHasText).toBe(true);
    // Back to no emulation: page.pdf() prints with print CSS only when screen is not forced.
    await b.page.emulateMedia({ media: null });

    await b.page.goto(`${server.url}/class/${GUIDE_ID}/mission-card`);
    await b.page.locator('.mission-card').waitFor();
    expect(await b.page.locator('.mission-card-title').textContent()).toBe(guide.homeMission.title.ko);
    await expectNoAxe(b.page, 'mission card');
    const card = pdfPages(await b.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    expect(card).toHaveLength(1);
    expect(card[0]?.w).toBeCloseTo(A4.w, 0);
    expect(card[0]?.h).toBeCloseTo(A4.h, 0);

    // Printed in Vietnamese, the card carries the Korean mission too, and still fits one page.
    await b.page.selectOption('#lang-select', 'vi');
    await expect.poll(() => b.page.locator('.mission-card-ko-title').textContent()).toBe(guide.homeMission.title.ko);
    expect(await b.page.getAttribute('.mission-card-ko', 'lang')).toBe('ko');
    expect(pdfPages(await b.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }))).toHaveLength(1);
    await b.page.selectOption('#lang-select', 'ko');
  });

  it('opens the guides and presenter mode with the network off (a classroom without Wi-Fi)', async () => {
    await b.page.goto(`${server.url}/class`);
    await waitForOfflineReady(b.page);
    await b.context.setOffline(true);
    try {
      await b.page.reload();
      await b.page.locator(`a.guide-card[href="/class/dal-05-rhythm-and-song"]`).click();
      await b.page.locator('#start-present').click();
      await expect.poll(() => title(b.page)).toBe('도착과 출석');
      await b.page.keyboard.press('End');
      await expect.poll(() => title(b.page)).toBe('닫는 동그라미');
    } finally {
      await b.context.setOffline(false);
    }
  });

  it('names a guide that does not exist instead of failing', async () => {
    await b.page.goto(`${server.url}/class/no-such-guide/present`);
    await expect.poll(() => b.page.locator('h1').textContent()).toBe('가이드를 찾을 수 없어요');
    await expectNoAxe(b.page, 'missing guide');
  });
});

describe('home missions and the Seoul passport in Chromium', () => {
  let server: TestServer;
  let b: Browser;

  beforeAll(async () => {
    server = await startServer();
    b = await openBrowser({ viewport: { width: 390, height: 844 }, hasTouch: true });
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  const events = (kind: string): Promise<Array<Record<string, unknown>>> =>
    b.page.evaluate((k) => ((window as unknown as { __appaEvents?: Array<{ name: string; detail: Record<string, unknown> }> }).__appaEvents ?? []).filter((e) => e.name === 'activity-completed' && e.detail.kind === k).map((e) => e.detail), kind);

  it('ticks the attended session’s mission, stamps a place with a drawing, and finds both offline after a reload', async () => {
    await b.page.goto(server.url);
    await b.page.locator('a.tile[href="/family"]').click();
    await b.page.locator('#mission-guide').waitFor();
    await expectNoAxe(b.page, 'family');
    await b.page.selectOption('#mission-guide', GUIDE_ID);
    await expect.poll(() => b.page.locator('.mission-card-screen h3').textContent()).toBe(guide.homeMission.title.ko);
    await b.page.locator('#mission-tick').click();
    await expect.poll(() => b.page.locator('#mission-count').textContent()).toBe('지금까지 1번 했어요');
    expect(await b.page.locator('#mission-tick').isDisabled()).toBe(true);
    const missionEvents = await events('mission');
    expect(missionEvents).toEqual([{ kind: 'mission', levelId: guide.homeMission.id, ageBand: '3-5', seconds: 0, where: 'home' }]);
    await expectNoAxe(b.page, 'family after tick');

    await b.page.locator('a[href="/family/passport"]').click();
    await b.page.locator('.passport-place').first().waitFor();
    expect(await b.page.locator('.passport-place').count()).toBe(16);
    await expectNoAxe(b.page, 'passport');
    await b.page.locator('a[data-place="seoul-forest"]').click();
    await b.page.locator('#stamp-date').waitFor();
    await expectNoAxe(b.page, 'stamp page');
    await b.page.fill('#stamp-date', '2026-11-01');
    const pad = await b.page.locator('.pad-canvas').boundingBox();
    if (!pad) throw new Error('no drawing pad');
    await b.page.mouse.move(pad.x + 40, pad.y + 40);
    await b.page.mouse.down();
    await b.page.mouse.move(pad.x + pad.width - 40, pad.y + pad.height - 40, { steps: 12 });
    await b.page.mouse.up();
    await b.page.locator('#stamp-save').click();
    await expect.poll(() => b.page.locator('.stamp-page [role=status]').textContent()).toBe('서울숲 도장을 찍었어요!');
    expect(await events('stamp')).toEqual([{ kind: 'stamp', levelId: 'seoul-forest', ageBand: '3-5', seconds: 0, where: 'home' }]);
    // Saving again changes the stamp but is not a second outing.
    await b.page.locator('#stamp-save').click();
    await expect.poll(() => b.page.locator('#stamp-save').textContent()).toBe('바꾼 내용 저장');
    expect(await events('stamp')).toHaveLength(1);

    await waitForOfflineReady(b.page);
    await b.context.setOffline(true);
    try {
      await b.page.goto(`${server.url}/family`);
      await b.page.locator('#mission-count').waitFor();
      expect(await b.page.locator('#mission-count').textContent()).toBe('지금까지 1번 했어요');
      expect(await b.page.inputValue('#mission-guide')).toBe(GUIDE_ID);
      await b.page.goto(`${server.url}/family/passport`);
      await b.page.locator('.passport-place').first().waitFor();
      expect(await b.page.getAttribute('a[data-place="seoul-forest"]', 'data-stamped')).toBe('true');
      expect(await b.page.locator('#passport-progress').textContent()).toBe('16곳 중 1곳 다녀왔어요');
      // The drawing came back from the device's own storage, with ink on it.
      await b.page.goto(`${server.url}/family/passport/print`);
      const img = b.page.locator('img.passport-print-drawing');
      await img.waitFor();
      const inked = await img.evaluate(async (el: HTMLImageElement) => {
        await el.decode();
        const c = document.createElement('canvas');
        c.width = el.naturalWidth;
        c.height = el.naturalHeight;
        const ctx = c.getContext('2d');
        if (!ctx) return 0;
        ctx.drawImage(el, 0, 0);
        const d = ctx.getImageData(0, 0, c.width, c.height).data;
        let dark = 0;
        for (let i = 0; i < d.length; i += 4) if ((d[i] ?? 255) < 100) dark++;
        return dark;
      });
      expect(inked).toBeGreaterThan(200);
      await expectNoAxe(b.page, 'passport print');
      const pages = pdfPages(await b.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
      expect(pages).toHaveLength(1);
      expect(pages[0]?.h).toBeCloseTo(A4.h, 0);
    } finally {
      await b.context.setOffline(false);
    }
  });
});
