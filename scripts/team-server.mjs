/**
 * A team's server, from the same code the tests run:
 *
 *   npm run server -- --members team.json [--data ./team-data] [--port 1234] [--host 0.0.0.0]
 *                     [--redis 127.0.0.1:6379]
 *
 * or with TIES_TEAM_MEMBERS, TIES_TEAM_DATA, TIES_TEAM_PORT, TIES_TEAM_HOST and
 * TIES_TEAM_REDIS. The members file lists each member's name, token and role
 * (editor or viewer); see the README.
 */
import { readFileSync } from 'node:fs';
import { loadSource } from './load-source.mjs';

const args = process.argv.slice(2);
/** @param {string} name @param {string} variable @returns {string | undefined} */
const flag = (name, variable) => {
	const at = args.indexOf(`--${name}`);
	return at >= 0 ? args[at + 1] : process.env[variable];
};
const membersPath = flag('members', 'TIES_TEAM_MEMBERS');
if (!membersPath) {
	console.error(
		'Usage: npm run server -- --members team.json [--data ./team-data] [--port 1234] [--host 127.0.0.1] [--redis host:port]'
	);
	process.exit(2);
}
const [{ readMembers }, { startTeamServer }] = await Promise.all([
	loadSource('./src/lib/team/server/team-members.ts'),
	loadSource('./src/lib/team/server/team-server.ts')
]);

let text;
try {
	text = readFileSync(membersPath, 'utf8');
} catch (error) {
	console.error(
		`The members file ${membersPath} could not be read: ${error instanceof Error ? error.message : error}`
	);
	process.exit(2);
}
const read = readMembers(text, membersPath);
if ('problems' in read) {
	for (const problem of read.problems) console.error(problem);
	process.exit(2);
}
const redis = flag('redis', 'TIES_TEAM_REDIS');
const [redisHost, redisPort] = redis ? redis.split(':') : [];
/** @type {Awaited<ReturnType<typeof startTeamServer>>} */
let server;
try {
	server = await startTeamServer({
		members: read.members,
		dataFolder: flag('data', 'TIES_TEAM_DATA') ?? 'team-data',
		port: Number(flag('port', 'TIES_TEAM_PORT') ?? 1234),
		host: flag('host', 'TIES_TEAM_HOST') ?? '127.0.0.1',
		redis: redis ? { host: redisHost, port: Number(redisPort ?? 6379) } : undefined,
		log: (/** @type {string} */ line) => console.log(`${new Date().toISOString()} ${line}`)
	});
} catch (error) {
	console.error(`The team server did not start: ${/** @type {Error} */ (error).message}`);
	process.exit(1);
}
console.log(`Join at ${server.address} with a member's token.`);
for (const signal of ['SIGINT', 'SIGTERM'])
	process.on(signal, () => server.stop().then(() => process.exit(0)));
