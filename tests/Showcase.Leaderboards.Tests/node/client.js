// A partner's client in another gRPC implementation (@grpc/grpc-js), built only from the .proto files.
// Run by NodeClientTests: node client.js <host:port> <api-key> <protos dir> <google api protos dir> <round code>
// It pages through the round (waiting for "go" on stdin after the first page, while the test changes scores),
// then checks if_version, a tampered token, Around and BatchGet, and prints one JSON line with what it saw.
'use strict';
const grpc = require('@grpc/grpc-js');
const loader = require('@grpc/proto-loader');
const readline = require('node:readline');

const [address, key, protos, googleApi, round] = process.argv.slice(2);
const definition = loader.loadSync(['showcase/v1/leaderboard_service.proto'], {
  includeDirs: [protos, googleApi],
  keepCase: true,
  longs: String,
  enums: String,
  defaults: true,
});
const { LeaderboardService } = grpc.loadPackageDefinition(definition).showcase.v1;
const client = new LeaderboardService(address, grpc.credentials.createInsecure());
const metadata = new grpc.Metadata();
metadata.set('x-api-key', key);

const call = (method, request) => new Promise((resolve, reject) =>
  client[method](request, metadata, (error, response) => (error ? reject(error) : resolve(response))));

const lines = readline.createInterface({ input: process.stdin });
const nextLine = () => new Promise(resolve => lines.once('line', resolve));

async function main() {
  const parent = `rounds/${round}`;
  const result = { pages: 0, versions: [], entries: [] };

  let page = await call('ListLeaderboardEntries', { parent, page_size: 100, include_unranked: true });
  const firstToken = page.next_page_token;
  for (;;) {
    result.pages++;
    result.versions.push(page.version);
    for (const e of page.entries) result.entries.push({ code: e.entry_code, position: e.position, rank: e.rank, score: e.score, status: e.status });
    if (result.pages === 1) {
      console.log('PAGED');
      await nextLine();
    }
    if (!page.next_page_token) break;
    page = await call('ListLeaderboardEntries', { parent, page_size: 100, include_unranked: true, page_token: page.next_page_token });
  }

  const current = await call('ListLeaderboardEntries', { parent, page_size: 1 });
  result.currentVersion = current.version;
  const unchanged = await call('ListLeaderboardEntries', { parent, page_size: 1, if_version: current.version });
  result.unchanged = unchanged.unchanged;
  result.unchangedEntries = unchanged.entries.length;

  const tampered = firstToken.slice(0, -2) + (firstToken.endsWith('AA') ? 'BA' : 'AA');
  try {
    await call('ListLeaderboardEntries', { parent, page_size: 100, include_unranked: true, page_token: tampered });
    result.tamperedCode = 0;
  } catch (error) {
    result.tamperedCode = error.code;
  }

  const all = await call('ListLeaderboardEntries', { parent, page_size: 500, include_unranked: false });
  const firstName = all.entries[0].name;
  const around = await call('ListLeaderboardEntriesAround', { name: firstName, radius: 2 });
  result.aroundFirst = around.entries.map(e => e.entry_code);
  result.firstThree = all.entries.slice(0, 3).map(e => e.entry_code);
  const names = [all.entries[2].name, all.entries[0].name, `${parent}/entries/E1000`];
  const batch = await call('BatchGetLeaderboardEntries', { parent, names });
  result.batch = batch.entries.map(e => e.name);
  result.batchAsked = names;
  try {
    await call('BatchGetLeaderboardEntries', { parent, names: [names[0], `${parent}/entries/NOPE`] });
    result.batchMissingCode = 0;
  } catch (error) {
    result.batchMissingCode = error.code;
  }

  console.log(JSON.stringify(result));
  lines.close();
  client.close();
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
