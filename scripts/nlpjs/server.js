// The comparison point for scripts/load-unique.sh: nlp.js (node-nlp, default settings) trained on the same
// intents/ files, answering POST /api/chat with the intent it finds. Loopback only.
//   node server.js <intents dir> <port>
const fs = require('fs');
const path = require('path');
const http = require('http');
const { NlpManager } = require('node-nlp');

async function main() {
  const [dir, port] = process.argv.slice(2);
  const manager = new NlpManager({ languages: ['en'], forceNER: false, nlu: { log: false }, autoSave: false });
  let examples = 0;
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.txt'))) {
    const intent = path.basename(file, '.txt');
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      const text = line.trim();
      if (text && !text.startsWith('#')) {
        manager.addDocument('en', text, intent);
        examples++;
      }
    }
  }
  const started = Date.now();
  await manager.train();
  console.log(`nlp.js trained on ${examples} examples in ${Date.now() - started} ms`);
  http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => { body += chunk; });
    request.on('end', async () => {
      try {
        const result = await manager.process('en', JSON.parse(body).message);
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ intent: result.intent, score: result.score }));
      } catch (error) {
        response.writeHead(400);
        response.end();
      }
    });
  }).listen(Number(port), '127.0.0.1', () => console.log(`listening on ${port}`));
}

main();
