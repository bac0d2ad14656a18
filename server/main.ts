// `npm run server`: starts the Callfloor server, or with `create-project <id>` prints an owner
// token for a new project. Options and defaults: config.ts (`npm run server -- --help`).
import { resolve } from 'node:path';
import { startServer } from './collabServer.ts';
import { parseCommand, USAGE } from './config.ts';
import { loadOrCreateSecret } from './secret.ts';
import { mintToken } from './shareLinks.ts';
import { APP_NOT_BUILT } from './staticApp.ts';
import { rootDocGuidFor } from './documentNames.ts';
import { redactedPostgresUrl } from './postgresStorage.ts';

async function main(): Promise<number> {
  const command = parseCommand(process.argv.slice(2), process.env);
  switch (command.kind) {
    case 'help':
      process.stdout.write(USAGE);
      return 0;
    case 'error':
      process.stderr.write(`callfloor server: ${command.message}\n\n${USAGE}`);
      return 2;
    case 'create-project': {
      // signs with the data folder's secret only: it writes nothing else, so it is safe while a server runs
      const { secret } = loadOrCreateSecret(command.secretFile);
      const minted = mintToken(secret, command.project, command.role, command.days * 24 * 3600);
      process.stdout.write(
        [
          `project:   ${command.project}`,
          `document:  ${rootDocGuidFor(command.project)}`,
          `role:      ${command.role}`,
          `link id:   ${minted.claims.linkId} (revoke: DELETE /api/projects/<project>/links/<link id>)`,
          `expires:   ${new Date(minted.claims.exp * 1000).toISOString()}`,
          `token:     ${minted.token}`,
          '',
        ].join('\n'),
      );
      return 0;
    }
    case 'serve': {
      const server = await startServer(command.options);
      const { options } = command;
      const lines = [
        `Callfloor server listening on ${options.host}:${server.port}`,
        `  app:       ${server.appServed ? `${server.url}/` : `not served: ${APP_NOT_BUILT}`}`,
        `  sync:      ${server.wsUrl}  (Hocuspocus)`,
        `  health:    ${server.url}/health`,
        `  storage:   ${options.postgresUrl ? `postgres ${redactedPostgresUrl(options.postgresUrl)}` : `sqlite in ${resolve(options.dataDir)}`}`,
        `  secret:    ${server.secretCreated ? 'made' : 'read from'} ${server.secretFile}`,
        `  redis:     ${options.redisUrl ? 'on (live documents shared between instances)' : 'off'}`,
        `  owner token for a project: npm run server -- create-project <project-id> --secret-file ${server.secretFile}`,
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        process.stdout.write(`${signal}: stopping (storing open documents)\n`);
        server.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            process.stderr.write(`callfloor server: error while stopping: ${String(error)}\n`);
            process.exit(1);
          },
        );
      };
      process.on('SIGINT', () => stop('SIGINT'));
      process.on('SIGTERM', () => stop('SIGTERM'));
      return -1;
    }
  }
}

main().then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`callfloor server: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
