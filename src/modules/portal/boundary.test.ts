import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const PORTAL_SCHEMA = path.resolve(import.meta.dirname, '../../../schema/portal');

function resolverFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return resolverFiles(full);
    return entry.name.endsWith('.ts') && full.includes(`${path.sep}resolvers${path.sep}`) ? [full] : [];
  });
}

/**
 * The portal's first wall holds only while its resolvers read through the partner's reads
 * (`ctx.reads`, src/modules/portal): a resolver that imported a repository or the database could
 * read without the partner's id. This keeps any from doing so.
 */
it('lets portal resolvers reach the database only through the partner\'s reads', () => {
  const files = resolverFiles(PORTAL_SCHEMA);
  expect(files.length).toBeGreaterThan(20);
  const offending = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)]
    .map((match) => match[1])
    .filter((specifier) => /\.repository\.js$|\/src\/db\/|\/src\/loaders\.js$|\/src\/context\.js$/.test(specifier))
    .map((specifier) => `${path.relative(PORTAL_SCHEMA, file)} imports ${specifier}`));
  expect(offending).toEqual([]);
});
