// The service harnesses skip only where that is allowed: in CI (CI or CALLFLOOR_REQUIRE_SERVICES=1,
// which scripts/test-all.sh sets) a missing Postgres or Redis fails the tests.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { availability, findPostgresBinaries, servicesRequired } from './postgresHarness.ts';

it('requires the services in CI and where CALLFLOOR_REQUIRE_SERVICES=1, not elsewhere', () => {
  expect(servicesRequired({})).toBe(false);
  expect(servicesRequired({ CI: 'false' })).toBe(false);
  expect(servicesRequired({ CI: 'true' })).toBe(true);
  expect(servicesRequired({ CALLFLOOR_REQUIRE_SERVICES: '1' })).toBe(true);

  const missing = { ok: false, reason: 'no binaries' } as const;
  expect(() => availability('Postgres', missing, { CALLFLOOR_REQUIRE_SERVICES: '1' })).toThrow(/Postgres tests: no binaries \(services are required/);
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  expect(availability('Postgres', missing, {})).toEqual(missing);
  expect(warn).toHaveBeenCalledWith('SKIPPED Postgres tests: no binaries');
  warn.mockRestore();
});

it('finds the binaries in CALLFLOOR_POSTGRES_BIN first, then in Debian\'s /usr/lib/postgresql/<version>/bin', () => {
  const folder = mkdtempSync(join(tmpdir(), 'callfloor-pg-bin-'));
  try {
    for (const name of ['initdb', 'pg_ctl', 'postgres']) writeFileSync(join(folder, name), '#!/bin/sh\n', { mode: 0o755 });
    expect(findPostgresBinaries({ CALLFLOOR_POSTGRES_BIN: folder, PATH: '' })).toMatchObject({ ok: true, binDir: folder });
    rmSync(join(folder, 'pg_ctl'));
    // an incomplete folder is passed over
    const found = findPostgresBinaries({ CALLFLOOR_POSTGRES_BIN: folder, PATH: '' });
    expect(found.ok ? found.binDir : found.reason).not.toBe(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  // Debian's postgresql package (what scripts/install-test-deps.sh installs) is found off the PATH
  const debian = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').filter((version) => existsSync(`/usr/lib/postgresql/${version}/bin/initdb`)) : [];
  if (debian.length > 0) expect(findPostgresBinaries({ PATH: '' })).toMatchObject({ ok: true, binDir: expect.stringMatching(/^\/usr\/lib\/postgresql\/[\d.]+\/bin$/) });
  else expect(findPostgresBinaries({ PATH: '' }).ok ? 'found' : 'missing').toBe(existsSync('/usr/local/bin/initdb') ? 'found' : 'missing');
});
