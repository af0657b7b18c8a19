import { readConfig } from './config.ts';
import { connect, migrate } from './db/connect.ts';
import { createSyncRepo } from './sync/repo.ts';

const HELP = `아빠랑 server administration — npm run admin -- <command>

  centers                          list the 25 district centers (★ = participating)
  center:create <ID> <이름> [English name]   add a center (ID: 2–16 letters/digits)
  pair <CENTER_ID> [minutes]       issue a single-use pairing code (default 30 minutes)
  devices [CENTER_ID]              list devices, their last sync and status
  revoke <DEVICE_ID>               revoke a device's token at once
  hub-token [label]                create a token for the city hub (서울시가족센터) screen

Uses DATABASE_URL (PostgreSQL) or APPA_DB_PATH (SQLite, default ./data/appa.sqlite), like the server.`;

async function main(argv: string[]): Promise<number> {
  const [cmd, ...args] = argv;
  if (!cmd || cmd === 'help' || cmd === '--help') {
    console.log(HELP);
    return cmd ? 0 : 1;
  }
  const cfg = readConfig();
  const store = connect({ databaseUrl: cfg.databaseUrl, sqlitePath: cfg.sqlitePath });
  try {
    await migrate(store.db);
    const repo = createSyncRepo(store.db, store.dialect);
    switch (cmd) {
      case 'centers': {
        for (const c of await repo.listCenters()) console.log(`${c.participating ? '★' : ' '} ${c.id.padEnd(4)} ${c.name_ko}  ${c.name_en}  ${(JSON.parse(c.programs) as string[]).join(', ')}`);
        return 0;
      }
      case 'center:create': {
        const [id, nameKo, nameEn] = args;
        if (!id || !/^[A-Z0-9]{2,16}$/.test(id) || !nameKo) {
          console.error('Usage: center:create <ID> <이름> [English name]   (ID: 2–16 capital letters or digits)');
          return 1;
        }
        if (await repo.center(id)) {
          console.error(`Center ${id} already exists.`);
          return 1;
        }
        await repo.createCenter({ id, nameKo, nameEn: nameEn ?? nameKo, participating: true });
        console.log(`Created center ${id} (${nameKo}). Next: npm run admin -- pair ${id}`);
        return 0;
      }
      case 'pair': {
        const [centerId, minutes] = args;
        const m = Number(minutes ?? 30);
        if (!centerId || !Number.isInteger(m) || m < 1 || m > 7 * 24 * 60) {
          console.error('Usage: pair <CENTER_ID> [minutes, 1–10080]');
          return 1;
        }
        const { code, expiresAt } = await repo.issuePairingCode(centerId, m);
        console.log(`Pairing code for ${centerId}: ${code}\nValid once, until ${expiresAt}. Enter it on the tablet under 어른 메뉴 → 기기 연결.`);
        return 0;
      }
      case 'devices': {
        const list = await repo.listDevices(args[0]);
        if (list.length === 0) console.log('No devices.');
        for (const d of list) {
          const state = d.revokedAt ? `revoked ${d.revokedAt}` : `last seen ${d.lastSeenAt ?? 'never'}`;
          console.log(`${d.id}  ${(d.centerId ?? 'HUB').padEnd(4)} ${d.role.padEnd(6)} ${d.label}  mutations ${d.lastMutationId}  ${state}`);
        }
        return 0;
      }
      case 'revoke': {
        const [id] = args;
        if (!id) {
          console.error('Usage: revoke <DEVICE_ID>');
          return 1;
        }
        if (!(await repo.revoke(id))) {
          console.error(`No active device ${id}.`);
          return 1;
        }
        console.log(`Revoked ${id}: its next request is refused.`);
        return 0;
      }
      case 'hub-token': {
        const { deviceId, token } = await repo.createHubToken(args.join(' ') || '서울시가족센터');
        console.log(`Hub token (${deviceId}) — shown once, store it safely:\n${token}`);
        return 0;
      }
      default:
        console.error(`Unknown command "${cmd}".\n\n${HELP}`);
        return 1;
    }
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`admin: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
