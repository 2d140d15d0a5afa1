/**
 * The built-in Welsh tables are complete: every key of each widget's English
 * table (plural keys in all six Welsh categories), every word of the ladder's
 * preset scales and of "Help me decide", with the same placeholders.
 */
import { expect } from '@open-wc/testing';
import cy from '../../src/locales/cy.js';
import { BUILT_IN_LOCALES } from '../../src/shared/locales.js';
import { ladderStrings } from '../../src/participation-ladder/strings.js';
import { helpStrings } from '../../src/participation-ladder/help-strings.js';
import { prosConsStrings } from '../../src/pros-cons/strings.js';
import { studyFeedStrings } from '../../src/study-feed/strings.js';
import { PRESET_IDS } from '../../src/participation-ladder/scales.js';
import { PRESETS } from '../../src/participation-ladder/more-scales.js';
import { AREAS, AREA_LABELS, AREA_QUESTIONS, ARNSTEIN_ANSWERS } from '../../src/participation-ladder/questionnaire.js';
import type { StringTable } from '../../src/shared/strings.js';

const WELSH_PLURALS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** The ladder's scale and questionnaire words in English, under the keys the Welsh table uses. */
function ladderScaleEnglish(): StringTable {
  const table: StringTable = {};
  for (const id of PRESET_IDS) {
    const scale = PRESETS[id];
    table[`scale.${id}.name`] = scale.name;
    for (const group of scale.groups) table[`group.${id}.${group.id}.label`] = group.label;
    for (const level of scale.levels) {
      table[`level.${id}.${level.id}.label`] = level.label;
      table[`level.${id}.${level.id}.description`] = level.description;
    }
    scale.about.forEach((paragraph, index) => (table[`about.${id}.${index + 1}`] = paragraph));
  }
  for (const area of AREAS) {
    table[`area.${area}`] = AREA_LABELS[area];
    table[`question.${area}`] = AREA_QUESTIONS[area];
    ARNSTEIN_ANSWERS[area].forEach((answer, index) => (table[`answer.arnstein.${area}.${index + 1}`] = answer));
  }
  return table;
}

const ENGLISH: Record<string, StringTable> = {
  'cf-participation-ladder': { ...ladderStrings, ...helpStrings, ...ladderScaleEnglish() },
  'cf-pros-cons': prosConsStrings,
  'cf-study-feed': studyFeedStrings,
};

/** English keys as Welsh needs them: `x.one` / `x.other` become the six Welsh categories. */
function welshKeysFor(english: StringTable): Array<{ key: string; englishKey: string }> {
  return Object.keys(english).flatMap((key) => {
    const plural = /^(.*)\.(one|other)$/.exec(key);
    if (!plural) return [{ key, englishKey: key }];
    if (plural[2] === 'one') return [{ key, englishKey: key }];
    return WELSH_PLURALS.filter((category) => category !== 'one').map((category) => ({ key: `${plural[1]}.${category}`, englishKey: key }));
  });
}

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();

describe('built-in Welsh tables', () => {
  it('are a built-in locale, with one table per widget', async () => {
    expect([...BUILT_IN_LOCALES.keys()]).to.include('cy');
    expect(Object.keys(cy).sort()).to.deep.equal(Object.keys(ENGLISH).sort());
    const loaded = await BUILT_IN_LOCALES.get('cy')!();
    expect(loaded.default).to.equal(cy);
  });

  for (const [tag, english] of Object.entries(ENGLISH)) {
    it(`have every key of <${tag}> (plural keys in all six categories)`, () => {
      const welsh = cy[tag]!;
      const missing = welshKeysFor(english).filter(({ key }) => typeof welsh[key] !== 'string' || !welsh[key]!.trim()).map(({ key }) => key);
      expect(missing).to.deep.equal([]);
    });

    it(`keep the placeholders of <${tag}>`, () => {
      const welsh = cy[tag]!;
      const mismatched = welshKeysFor(english)
        .filter(({ key, englishKey }) => welsh[key] !== undefined && placeholders(welsh[key]!).join() !== placeholders(english[englishKey]!).join())
        .map(({ key, englishKey }) => `${key}: {${placeholders(welsh[key]!).join('}, {')}} but English has {${placeholders(english[englishKey]!).join('}, {')}}`);
      expect(mismatched).to.deep.equal([]);
    });

    it(`have no keys of <${tag}> that nothing looks up`, () => {
      const known = new Set(welshKeysFor(english).map(({ key }) => key));
      expect(Object.keys(cy[tag]!).filter((key) => !known.has(key))).to.deep.equal([]);
    });
  }

  it('keep the citations’ titles in English', () => {
    const ladder = cy['cf-participation-ladder']!;
    for (const id of PRESET_IDS) {
      PRESETS[id].about.forEach((paragraph, index) => {
        const titles = [...paragraph.matchAll(/"([^"]+)"[,.]/g)].map((match) => match[1]); // quoted and followed by , or . in a citation
        for (const title of titles) expect(ladder[`about.${id}.${index + 1}`]).to.include(`"${title}"`);
      });
    }
  });
});
