import { describe, expect, test } from 'vitest';
import { pickVoice, speechChunks } from './speech';

const text = (t: string) => ({ type: 'text' as const, text: t });

describe('speechChunks', () => {
  test('title first, then blocks in order; code and rules are skipped', () => {
    const chunks = speechChunks({
      title: 'Title',
      blocks: [
        { type: 'paragraph', children: [text('One '), { type: 'em', children: [text('two')] }, text('.')] },
        { type: 'code', text: 'x = 1' },
        { type: 'rule' },
        { type: 'list', ordered: false, items: [[text('a')], [text('b')]] },
        { type: 'quote', blocks: [{ type: 'paragraph', children: [text('Quoted.')] }] },
      ],
    });
    expect(chunks).toEqual(['Title', 'One two.', 'a', 'b', 'Quoted.']);
  });

  test('long paragraphs are split at sentence ends into short utterances', () => {
    const sentence = 'This sentence is about sixty characters long, give or take. ';
    const chunks = speechChunks({ title: 'T', blocks: [{ type: 'paragraph', children: [text(sentence.repeat(12))] }] });
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(280);
    expect(chunks.slice(1).join(' ')).toBe(sentence.repeat(12).trim());
  });
});

describe('pickVoice', () => {
  const voices = [
    { name: 'US', lang: 'en-US', localService: true, default: true },
    { name: 'GB', lang: 'en-GB', localService: true, default: false },
    { name: 'FR net', lang: 'fr-FR', localService: false, default: false },
    { name: 'FR local', lang: 'fr_FR', localService: true, default: false },
    { name: 'AR', lang: 'ar-SA', localService: true, default: false },
  ];
  test('exact language-region first', () => expect(pickVoice(voices, 'en-GB')?.name).toBe('GB'));
  test('same language otherwise, preferring the default voice', () => expect(pickVoice(voices, 'en')?.name).toBe('US'));
  test('on-device voices before network ones', () => expect(pickVoice(voices, 'fr')?.name).toBe('FR local'));
  test('case and underscores do not matter', () => expect(pickVoice(voices, 'AR_sa')?.name).toBe('AR'));
  test('no match, no language: let the engine choose', () => {
    expect(pickVoice(voices, 'ja')).toBeUndefined();
    expect(pickVoice(voices, undefined)).toBeUndefined();
  });
});
