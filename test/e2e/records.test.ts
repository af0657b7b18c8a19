import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axe, describeViolations, openBrowser, passGate, startServer, waitForOfflineReady, type Browser, type TestServer } from './harness.ts';
import { serverAndBrowser } from './suite.ts';
import { ENTITY_NAMES } from '../../src/shared/records/schema.ts';
import { fixture } from '../unit/records/fixture.ts';

/** A backup file of the hand-computed data set (test/unit/records/reports.test.ts has the arithmetic). */
function fixtureBackup(): string {
  const d = fixture();
  const records: Record<string, unknown[]> = {
    center: d.centers, program: d.programs, cohort: d.cohorts, session: d.sessions, family: d.families,
    person: d.persons, consent: [], attendance: d.attendance, activity: d.activities, survey: d.surveys,
  };
  const sha256 = createHash('sha256').update(JSON.stringify(ENTITY_NAMES.map((e) => [e, records[e] ?? []]))).digest('hex');
  return JSON.stringify({ format: 'appa-records-backup', version: 1, schemaVersion: 3, createdAt: '2026-05-01T00:00:00.000Z', encrypted: false, sha256, records });
}

async function noViolations(page: Page, what: string): Promise<void> {
  const v = await axe(page);
  expect(v, `${what}: ${describeViolations(v)}`).toEqual([]);
}

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('main h1').first().waitFor();
  if (await page.locator('.gate-hold').count()) await passGate(page);
  await page.locator('main .rec, main .sv').first().waitFor();
}

const figure = (page: Page, id: string): Promise<string | null> => page.locator(`[data-figure="${id}"] dd`).evaluate((el) => el.firstChild?.textContent ?? null);

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync((await dl.path()) as string, 'utf8');
}

describe('records in Chromium', () => {
  let server: TestServer;
  let b: Browser;

  beforeAll(async () => {
    server = await startServer();
    b = await openBrowser({ viewport: { width: 1280, height: 800 } });
    b.page.on('dialog', (d) => void d.accept());
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('sets up a center and cohort, registers families with waitlist and duplicate merge', async () => {
    const { page } = b;
    await open(page, `${server.url}/records`);
    await noViolations(page, 'records setup');
    await page.fill('#center-form input[name="name"]', '강남구가족센터');
    await page.click('#center-form button[type="submit"]');
    await page.locator('#cohort-form').waitFor();
    await noViolations(page, 'records home');
    await page.fill('#cohort-form input[name="cohortName"]', '토요 3–5세반');
    await page.fill('#cohort-form input[name="capacity"]', '2');
    await page.click('#cohort-form button[type="submit"]');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('토요 3–5세반');

    const register = async (father: string, child: string): Promise<void> => {
      await page.fill('#register-form input[name="father"]', father);
      await page.fill('#register-form input[name="child-1"]', child);
      await page.check('#register-form input[name="scope-records"]');
      await page.click('#register-form button[type="submit"]');
    };
    // Without consent nothing is registered.
    await page.fill('#register-form input[name="father"]', '김민수');
    await page.fill('#register-form input[name="child-1"]', '콩이');
    await page.click('#register-form button[type="submit"]');
    await expect.poll(() => page.locator('.rec-status.bad').textContent()).toContain('동의');
    await page.check('#register-form input[name="scope-records"]');
    await page.click('#register-form button[type="submit"]');
    await expect.poll(() => page.locator('.rec-status.ok').textContent()).toMatch(/가족 코드는 GN-[234678A-HJKMNPQRTW-Z]{4}예요/);
    await register('이준호', '별이');
    await expect.poll(() => page.locator('#family-list li').count()).toBe(2);
    // The cohort holds two families: the third waits.
    await register('박지훈', '하늘');
    await expect.poll(() => page.locator('.rec-status.ok').textContent()).toContain('대기 명단');
    await expect.poll(() => page.locator('#waitlist li').count()).toBe(1);
    // The same father and child again: a warning first, a second press registers, then the adult merges.
    await register('김민수', '콩이');
    await expect.poll(() => page.locator('.rec-status.bad').textContent()).toContain('이미 있어요');
    await page.click('#register-form button[type="submit"]');
    await page.locator('#duplicates').waitFor();
    await noViolations(page, 'cohort screen');
    await page.locator('#duplicates button').click();
    await expect.poll(() => page.locator('#duplicates').count()).toBe(0);
    await expect.poll(() => page.locator('#family-list li').count()).toBe(2);
  });

  it('takes attendance offline, one tap per person, and keeps it', async () => {
    const { page, context } = b;
    await waitForOfflineReady(page);
    const cohortUrl = page.url();
    await context.setOffline(true);
    try {
      await page.click('#session-form button[type="submit"]');
      await page.locator('#attendance').waitFor();
      await noViolations(page, 'attendance');
      const people = page.locator('.att-main');
      expect(await people.count()).toBe(4);
      await people.nth(0).click();
      await people.nth(1).click();
      await people.nth(2).click();
      await page.locator('.att-person').nth(2).locator('[data-mod="late"]').click();
      await people.nth(3).click();
      await people.nth(3).click();
      await expect.poll(() => page.locator('.att-count').textContent()).toBe('출석 3 / 4명');
      await expect.poll(() => page.locator('.rec-status.ok').textContent()).toContain('결석');
      // Reloading with the network still off: the page comes from the precache, the marks from IndexedDB.
      await page.reload();
      await page.locator('#attendance').waitFor();
      expect(await page.locator('.att-main').evaluateAll((els) => els.map((e) => e.getAttribute('aria-pressed')))).toEqual(['true', 'true', 'true', 'false']);
      expect(await page.locator('.att-person').nth(2).locator('[data-mod="late"]').getAttribute('aria-pressed')).toBe('true');
      // From a running guide: today's session of the chosen cohort opens, made once.
      await page.goto(`${server.url}/records/attendance?guide=dal-01`);
      await page.locator('#pick-cohort button').first().click();
      await page.locator('#attendance').waitFor();
      expect(await page.locator('main').textContent()).toContain('dal-01');
      await noViolations(page, 'attendance from guide');
      await page.goto(cohortUrl);
      await expect.poll(() => page.locator('#session-list li').count()).toBe(2);
    } finally {
      await context.setOffline(false);
    }
  });

  it('runs a satisfaction survey one question a screen, with the child faces question', async () => {
    const { page } = b;
    await open(page, `${server.url}/records/survey`);
    await noViolations(page, 'survey setup');
    await page.selectOption('#survey-setup select[name="instrument"]', 'satisfaction');
    await page.click('#survey-setup button[type="submit"]');
    await page.locator('#sv-start').waitFor();
    await noViolations(page, 'survey intro');
    // The father picks his language on the tablet; the form follows without losing its place.
    await page.locator('.sv-langs button[lang="vi"]').click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Mức độ hài lòng với chương trình');
    await noViolations(page, 'survey intro in Vietnamese');
    await page.locator('.sv-langs button[lang="ko"]').click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('프로그램 만족도');
    await page.click('#sv-start');
    for (let i = 0; i < 8; i++) {
      await page.locator('.sv-progress').filter({ hasText: `${i + 1} / 9` }).waitFor();
      if (i === 5) {
        expect(await page.locator('.sv-answer svg').count()).toBe(5);
        await noViolations(page, 'survey faces question');
      }
      if (i === 0) await noViolations(page, 'survey question');
      await page.locator(`.sv-answer[data-value="${i === 1 ? 4 : 5}"]`).click();
    }
    await page.fill('#sv-comment', '아이가 정말 좋아했어요');
    await page.click('#sv-submit');
    await page.locator('#sv-thanks').waitFor();
    await noViolations(page, 'survey thanks');

    // A center adds an instrument it holds a licence for; a broken file is refused with the field named.
    await open(page, `${server.url}/records/survey`);
    const licensed = JSON.parse(readFileSync('levels/instruments/confidence.json', 'utf8'));
    licensed.id = 'center-scale';
    licensed.licence = { kind: 'licensed', holder: '강남구가족센터', citation: 'licensed for 2026' };
    licensed.title.ko = '센터 보유 척도';
    await page.locator('#survey-setup').waitFor();
    await page.locator('details.rec-card summary').click();
    const broken = { ...licensed, items: [{ ...licensed.items[0], scale: 'stars10' }] };
    await page.setInputFiles('input[name="instrument-file"]', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await expect.poll(() => page.locator('.rec-status.bad').textContent()).toContain('items[0].scale');
    await page.setInputFiles('input[name="instrument-file"]', { name: 'center-scale.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(licensed)) });
    await expect.poll(() => page.locator('#survey-setup select[name="instrument"] option[value="center-scale"]').count()).toBe(1);
  });

  it('computes the report of the hand-computed data set exactly and exports it as CSV', async () => {
    const { page } = b;
    // Start from a clean device holding only the data set.
    await open(page, `${server.url}/records/backup`);
    await noViolations(page, 'backup');
    await page.click('#wipe-btn');
    await expect.poll(() => page.locator('#unsaved').textContent()).toBe('0');
    await page.setInputFiles('#import-form input[type="file"]', { name: 'data.json', mimeType: 'application/json', buffer: Buffer.from(fixtureBackup()) });
    await page.click('#import-btn');
    await expect.poll(() => page.locator('.rec-status.ok').textContent()).toContain('78건을 확인');

    await open(page, `${server.url}/records/report`);
    await page.uncheck('input[name="share"]');
    await noViolations(page, 'report');
    expect(await figure(page, 'persons')).toBe('10');
    expect(await page.locator('[data-figure="persons"] .rp-sub').textContent()).toBe('아빠 5 · 아이 4 · 배우자 1');
    expect(await figure(page, 'attendances')).toBe('25');
    expect(await figure(page, 'families')).toBe('5');
    expect(await figure(page, 'sessions')).toBe('5');
    expect(await figure(page, 'attendanceRate')).toBe('80.0%');
    expect(await figure(page, 'completion')).toBe('44.4%');
    expect(await figure(page, 'satisfaction')).toBe('4.13');
    expect(await figure(page, 'prePost')).toBe('+3.00');
    expect(await page.locator('[data-figure="prePost"] .rp-sub').textContent()).toBe('n=4 · 효과크기 d=1.16');
    expect(await figure(page, 'missions')).toBe('75.0%');
    expect(await page.locator('#report-table tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].slice(0, 3).map((c) => c.textContent)))).toEqual([
      ['2026-03', '8', '13'],
      ['2026-04', '8', '12'],
      ['2026-05', '0', '0'],
    ]);
    await page.selectOption('select[name="groupBy"]', 'program');
    await page.check('input[name="share"]');
    const csv = await download(page, () => page.click('#csv-btn'));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]?.startsWith('구분,실인원(계),실인원(아버지),실인원(자녀),실인원(배우자),연인원,가족 수,회기 수,출석률(%)')).toBe(true);
    expect(lines[1]).toBe('전체,10,5,4,1,25,5,5,80,9,4,44.4,3,*,*,*,*,*,*,,,,,,,4,3,75,4');
    expect(lines[2]).toBe('아빠육아달인,8,4,3,1,23,4,4,78.6,7,4,57.1,3,*,*,*,*,*,*,,,,,,,3,2,66.7,3');
    expect(lines[3]).toBe(`아자프로젝트,${Array.from({ length: 28 }, () => '*').join(',')}`);
    expect(lines[4]).toBe('');
  });

  it('backs up, wipes, restores to the same report; refuses a corrupt file and changes nothing', async () => {
    const { page } = b;
    const readReport = async (): Promise<string[]> => {
      await open(page, `${server.url}/records/report`);
      await page.uncheck('input[name="share"]');
      return page.locator('[data-figure] dd').allTextContents();
    };
    const before = await readReport();
    await open(page, `${server.url}/records/backup`);
    await page.fill('#export-form input[name="pass1"]', '한강 고래 2026');
    await page.fill('#export-form input[name="pass2"]', '한강 고래 2026');
    const file = await download(page, () => page.click('#export-btn'));
    expect(file).not.toContain('강남구가족센터');
    await page.click('#wipe-btn');
    await expect.poll(() => page.locator('#unsaved').textContent()).toBe('0');
    expect((await readReport())[1]).toBe('0');

    await open(page, `${server.url}/records/backup`);
    await page.setInputFiles('#import-form input[type="file"]', { name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.fill('#import-form input[name="backup-pass"]', 'wrong');
    await page.click('#import-btn');
    await expect.poll(() => page.locator('.rec-status.bad').textContent()).toContain('암호가 틀렸거나');
    await page.fill('#import-form input[name="backup-pass"]', '한강 고래 2026');
    await page.click('#import-btn');
    await expect.poll(() => page.locator('.rec-status.ok').textContent()).toContain('반영');
    expect(await readReport()).toEqual(before);

    // A plain file whose content was changed after it was made.
    const plain = JSON.parse(fixtureBackup());
    plain.records.attendance[0].status = 'absent';
    await open(page, `${server.url}/records/backup`);
    await page.setInputFiles('#import-form input[type="file"]', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(plain)) });
    await page.fill('#import-form input[name="backup-pass"]', '');
    await page.click('#import-btn');
    await expect.poll(() => page.locator('.rec-status.bad').textContent()).toContain('손상 또는 변조');
    await page.setInputFiles('#import-form input[type="file"]', { name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(fixtureBackup().slice(0, 500)) });
    await page.click('#import-btn');
    await expect.poll(() => page.locator('.rec-status.bad').textContent()).toContain('백업 파일이 아니거나');
    expect(await readReport()).toEqual(before);
  });

  it('shows the family journey with a real delete, and passes axe', async () => {
    const { page } = b;
    // What the games, sheets and passport of this device recorded (no family attached: the family side has no account).
    const at = '2026-05-02T03:00:00.000Z';
    const act = (id: string, kind: string, where: string, seconds: number) => ({ id, centerId: null, createdAt: at, updatedAt: at, deletedAt: null, kind, refId: 'x', levelId: null, ageBand: '3-5', seconds, where, familyId: null, doneAt: at });
    const activity = [act('01KQ0000000000000000000001', 'game', 'class', 240), act('01KQ0000000000000000000002', 'game', 'home', 180), act('01KQ0000000000000000000003', 'sheet', 'home', 600), act('01KQ0000000000000000000004', 'stamp', 'home', 0)];
    const records: Record<string, unknown[]> = { activity };
    const sha256 = createHash('sha256').update(JSON.stringify(ENTITY_NAMES.map((e) => [e, records[e] ?? []]))).digest('hex');
    await open(page, `${server.url}/records/backup`);
    await page.setInputFiles('#import-form input[type="file"]', { name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'appa-records-backup', version: 1, schemaVersion: 3, createdAt: at, encrypted: false, sha256, records })) });
    await page.click('#import-btn');
    await expect.poll(() => page.locator('.rec-status.ok').textContent()).toContain('4건을 확인');

    await page.goto(`${server.url}/journey`);
    await page.locator('.jr-stats').waitFor();
    await noViolations(page, 'journey');
    const stats = (): Promise<string[]> => page.locator('.jr-stats .jr-n').allTextContents();
    // Plus the data set's one home mission without a family (600 s): 240 + 180 + 600 + 0 + 600 s = 27 min.
    expect(await stats()).toEqual(['1', '2', '1', '1', '1']);
    expect(await page.locator('.rec-lead').textContent()).toContain('27분');
    await page.click('#jr-delete');
    await noViolations(page, 'journey delete dialog');
    await page.click('#jr-confirm');
    await expect.poll(stats).toEqual(['0', '0', '0', '0', '0']);
    // Really gone after a reload too: tombstones only, nothing left to show.
    await page.reload();
    await page.locator('.jr-stats').waitFor();
    expect(await stats()).toEqual(['0', '0', '0', '0', '0']);
  });
});

describe('a browser that keeps no IndexedDB (an older private window, a locked-down WebView)', () => {
  const { server, b } = serverAndBrowser({ viewport: { width: 1024, height: 768 } });
  const errors: string[] = [];
  beforeAll(async () => {
    b.page.on('pageerror', (e) => errors.push(e.message));
    // As such a browser is: no IndexedDB at all in the page.
    await b.page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
  });

  it('opens every screen, says the records will not be kept, and still records a class in this window', async () => {
    const { page } = b;
    for (const path of ['/', '/family', '/coloring', '/journey', '/class', '/sync']) {
      await page.goto(`${server.url}${path}`);
      await page.locator('main h1').first().waitFor();
      if (await page.locator('.gate-hold').count()) await passGate(page);
    }
    await open(page, `${server.url}/records`);
    const warning = page.locator('.rec-warn[role="alert"]');
    await expect.poll(() => warning.first().textContent()).toContain('저장할 수 없어요');
    await noViolations(page, 'records without IndexedDB');
    // In-app navigation from here on: a reload would empty the memory this browser gives.
    await page.fill('#center-form input[name="name"]', '강남구가족센터');
    await page.click('#center-form button[type="submit"]');
    await page.fill('#cohort-form input[name="cohortName"]', '토요반');
    await page.click('#cohort-form button[type="submit"]');
    await page.fill('#register-form input[name="father"]', '김민수');
    await page.fill('#register-form input[name="child-1"]', '콩이');
    await page.check('#register-form input[name="scope-records"]');
    await page.click('#register-form button[type="submit"]');
    await expect.poll(() => page.locator('#family-list li').count()).toBe(1);
    await page.click('#session-form button[type="submit"]');
    const first = page.locator('button.att-main[data-person]').first();
    await first.click();
    await expect.poll(() => first.getAttribute('aria-pressed')).toBe('true');
    // The warning stays in sight on every records screen, offering the way out: a backup.
    expect(await warning.count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
