import type { CodegenConfig } from '@graphql-codegen/cli';
import { defineConfig } from '@eddeee888/gcg-typescript-resolver-files';

/**
 * Schema-first: SDL lives in schema/<module>/schema.graphql; this writes typed resolver signatures,
 * the merged type definitions and scaffolds resolver files that do not exist yet, and the types of
 * what the import tool (tools/import) reads from the API, from the schema rather than copied.
 */
/**
 * The server preset for one schema: the staff API's (`schema/`) or the partner portal's
 * (`schema/portal/`, a schema of its own with its own context). `root` is the way from the
 * output directory back to the repository.
 */
const serverSchema = (root: string, context: string) => defineConfig({
  resolverGeneration: 'minimal',
  // Imports with their .js extension, as Node's own ESM loader needs them in the built server.
  emitLegacyCommonJSImports: false,
  typesPluginsConfig: {
    contextType: `${root}/src/${context}`,
    enumsAsTypes: true,
    avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
    strictScalars: true,
    useTypeImports: true,
  },
  scalarsOverrides: {
    ID: { type: 'string' },
    DateTime: { type: { input: 'Date', output: 'Date | string' }, resolver: `${root}/src/lib/scalars.js#DateTimeScalar` },
    LocalDate: { type: 'string', resolver: `${root}/src/lib/scalars.js#LocalDateScalar` },
    EmailAddress: { type: 'string' },
    URL: { type: { input: 'URL', output: 'URL | string' } },
    CountryCode: { type: 'string' },
    Currency: { type: 'string' },
    Decimal: { type: 'string', resolver: `${root}/src/lib/scalars.js#DecimalScalar` },
    JSON: { type: 'unknown' },
    Upload: { type: { input: `import("${root}/src/modules/attachments/multipart.js").FileUpload`, output: 'never' }, resolver: `${root}/src/modules/attachments/multipart.js#UploadScalar` },
  },
});

const config: CodegenConfig = {
  generates: {
    schema: {
      ...serverSchema('..', 'context.js#Context'),
      schema: ['schema/**/schema.graphql', '!schema/portal/**'],
    },
    'schema/portal': {
      ...serverSchema('../..', 'modules/portal/portal.context.js#PortalContext'),
      schema: 'schema/portal/**/schema.graphql',
    },
    'tools/import/wire-types.generated.ts': {
      schema: ['schema/**/schema.graphql', '!schema/portal/**'],
      documents: 'tools/import/client.ts',
      plugins: ['typescript-operations'],
      config: {
        onlyOperationTypes: true,
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: true,
        skipTypename: true,
      },
    },
  },
};

export default config;
