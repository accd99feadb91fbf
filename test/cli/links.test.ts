// The JSON of the bundled sample articles carries a `rule` on every fact and
// links that hold: every entity id a quote or a vote names is an entity of
// the same document.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';
import { KIND_NAMES } from '../../src/extract/registry.js';
import type { DocumentFacts, ExtractOutput } from '../../src/facts.js';
import { createRenderer } from '../../src/render/index.js';
import { createDocument } from '../../src/text/document.js';
import { ROOT } from './run-extract.js';

const SEEDS = join(ROOT, 'seeds');
const files = readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort();
const factsOf = (name: string, kinds = KIND_NAMES) => extractFacts(createDocument(`seeds/${name}`, readFileSync(join(SEEDS, name), 'utf8')), kinds);

/** The facts as `extract all --format json` writes them. */
function asJson(documents: DocumentFacts[]): ExtractOutput {
  const renderer = createRenderer('json', { kinds: KIND_NAMES, allKinds: true, width: 100, colorLevel: 0 });
  return JSON.parse(renderer.start() + documents.map((doc) => renderer.document(doc)).join('') + renderer.end([])) as ExtractOutput;
}

describe('rules and entity links in the JSON of seeds/', () => {
  let output: ExtractOutput;
  beforeAll(() => {
    output = asJson(files.map((name) => factsOf(name)));
  });

  it('every fact, and every speaker, has a rule', () => {
    const rule = expect.stringMatching(/^(quote|speaker|entity|vote)\.[a-z0-9.-]+$/);
    for (const doc of output.documents) {
      for (const quote of doc.quotes!) {
        expect(quote.rule).toEqual(rule);
        if (quote.speaker) expect(quote.speaker.rule).toEqual(rule);
      }
      for (const entity of doc.entities!) expect(entity.rule).toEqual(rule);
      for (const vote of doc.votes!) expect(vote.rule).toEqual(rule);
    }
    expect(output.documents.flatMap((doc) => doc.votes!)).not.toHaveLength(0);
  });

  it('entity ids are e1, e2, … in the order of the entities', () => {
    for (const doc of output.documents) expect(doc.entities!.map((entity) => entity.id)).toEqual(doc.entities!.map((_, i) => `e${i + 1}`));
  });

  it('every speaker.entity, body_entity and voter entity names an entity of the same document', () => {
    let links = 0;
    for (const doc of output.documents) {
      const ids = new Set(doc.entities!.map((entity) => entity.id));
      const named: Array<string | null | undefined> = [];
      for (const quote of doc.quotes!) named.push(quote.speaker?.entity);
      for (const vote of doc.votes!) {
        named.push(vote.body_entity);
        for (const side of ['for', 'against', 'abstain'] as const) {
          expect(vote.voter_entities[side]).toHaveLength(vote.voters[side].length);
          named.push(...vote.voter_entities[side]);
        }
      }
      for (const id of named.filter((id) => id !== null && id !== undefined)) {
        expect(ids).toContain(id);
        links++;
      }
    }
    expect(links).toBeGreaterThan(0);
  });

  it('links are the same whichever kinds are asked for', () => {
    const [name] = files;
    const alone = asJson([factsOf(name, ['quotes'])]).documents[0];
    expect(alone.quotes!.map((quote) => quote.speaker?.entity)).toEqual(output.documents[0].quotes!.map((quote) => quote.speaker?.entity));
  });
});
