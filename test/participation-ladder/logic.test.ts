import { expect } from '@open-wc/testing';
import { bandsTopFirst, PRESET_RUNGS } from '../../src/participation-ladder/scales.js';
import { parseCustomScale } from '../../src/participation-ladder/custom-scale.js';
import { PRESETS } from '../../src/participation-ladder/more-scales.js';
import { AREAS, answersFor, suggestLevel, unevenThreshold } from '../../src/participation-ladder/questionnaire.js';
import { gapBetween, parsePerspectives, spreadOf } from '../../src/participation-ladder/ratings.js';

const kebab = (label: string) => label.toLowerCase().replace(/[^a-z0-9]+/g, '-');

describe('scales', () => {
  it("has Arnstein's eight levels and three bands as in SPEC section 1", () => {
    const scale = PRESETS.arnstein;
    expect(scale.levels.map((level) => level.id)).to.deep.equal(['manipulation', 'therapy', 'informing', 'consultation', 'placation', 'partnership', 'delegated-power', 'citizen-control']);
    expect(scale.groups.map((group) => [group.id, group.label])).to.deep.equal([
      ['nonparticipation', 'Nonparticipation'],
      ['tokenism', 'Degrees of tokenism'],
      ['citizen-power', 'Degrees of citizen power'],
    ]);
    expect(scale.levels.map((level) => level.group)).to.deep.equal(['nonparticipation', 'nonparticipation', 'tokenism', 'tokenism', 'tokenism', 'citizen-power', 'citizen-power', 'citizen-power']);
  });

  it('names the other presets as SPEC section 1 lists them, ids in kebab-case', () => {
    const labels = {
      hart: ['Manipulation', 'Decoration', 'Tokenism', 'Assigned but informed', 'Consulted and informed', 'Adult-initiated shared decisions with children', 'Child-initiated and directed', 'Child-initiated shared decisions with adults'],
      iap2: ['Inform', 'Consult', 'Involve', 'Collaborate', 'Empower'],
      tlap: ['Coercion', 'Educating', 'Informing', 'Consultation', 'Engagement', 'Co-design', 'Co-production'],
    };
    for (const [id, expected] of Object.entries(labels)) {
      const scale = PRESETS[id as keyof typeof labels];
      expect(scale.levels.map((level) => level.label), id).to.deep.equal(expected);
      expect(scale.levels.map((level) => level.id), id).to.deep.equal(expected.map(kebab));
    }
  });

  it('gives every preset level a description and every preset a source', () => {
    for (const scale of Object.values(PRESETS)) {
      for (const level of scale.levels) expect(level.description.length, `${scale.id}/${level.id}`).to.be.greaterThan(20);
      expect(scale.about.length).to.be.greaterThan(0);
    }
    expect(PRESETS.arnstein.about.join(' ')).to.contain('35(4):216-224').and.to.contain('Tritter and McCallum');
  });

  it('knows each preset\'s number of rungs before it loads (the loading placeholder reserves their height)', () => {
    for (const scale of Object.values(PRESETS)) expect(PRESET_RUNGS[scale.id as keyof typeof PRESET_RUNGS], scale.id).to.equal(scale.levels.length);
  });

  it('draws bands top first with their levels top first', () => {
    const bands = bandsTopFirst(PRESETS.arnstein);
    expect(bands.map((band) => band.group?.id)).to.deep.equal(['citizen-power', 'tokenism', 'nonparticipation']);
    expect(bands[0]!.levels.map((level) => level.id)).to.deep.equal(['citizen-control', 'delegated-power', 'partnership']);
    expect(bandsTopFirst(PRESETS.iap2)).to.have.length(1);
  });

  it('accepts a valid custom scale and explains what is wrong with a bad one', () => {
    const good = parseCustomScale({ name: 'Mine', levels: [{ id: 'a', label: 'A', group: 'low' }, { id: 'b', label: 'B', group: 'high' }], groups: [{ id: 'low', label: 'Low' }, { id: 'high', label: 'High' }] });
    expect(good.ok && good.scale.levels.map((level) => level.id)).to.deep.equal(['a', 'b']);
    expect(good.ok && good.scale.groups).to.have.length(2);
    const cases: Array<[unknown, string]> = [
      [[], 'object'],
      [{ levels: [{ id: 'a', label: 'A' }] }, 'at least two'],
      [{ levels: [{ id: 'a', label: 'A' }, { id: 'b' }] }, 'level 2'],
      [{ levels: [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }] }, 'used twice'],
    ];
    for (const [input, reason] of cases) {
      const result = parseCustomScale(input);
      expect(result.ok).to.equal(false);
      expect(result.ok ? '' : result.error).to.contain(reason);
    }
  });
});

describe('questionnaire', () => {
  it('has eight Arnstein answers for each of the six areas, and scale levels for other scales', () => {
    expect(AREAS).to.deep.equal(['agenda', 'design', 'decisions', 'money', 'evaluation', 'feedback']);
    for (const area of AREAS) expect(answersFor(PRESETS.arnstein, area)).to.have.length(8);
    expect(answersFor(PRESETS.iap2, 'money')[0]).to.match(/^Inform: /);
  });

  it('suggests nothing before any answer', () => {
    expect(suggestLevel({}, 8)).to.equal(undefined);
    expect(suggestLevel({ agenda: null }, 8)).to.equal(undefined);
  });

  it('suggests the median, the lower middle one when the count is even', () => {
    expect(suggestLevel({ agenda: 1, design: 3, decisions: 2 }, 8)?.level).to.equal(2);
    expect(suggestLevel({ agenda: 1, design: 4 }, 8)?.level).to.equal(1);
    expect(suggestLevel({ agenda: 5, design: 2, decisions: 3, money: 4 }, 8)?.level).to.equal(3);
  });

  it('ignores "not sure" answers and out-of-range values', () => {
    const suggestion = suggestLevel({ agenda: null, design: 6, decisions: 42 }, 8);
    expect(suggestion?.profile).to.deep.equal([{ area: 'design', level: 6 }]);
  });

  it('names strongest and weakest areas when they differ by three rungs or more', () => {
    expect(suggestLevel({ agenda: 2, design: 4 }, 8)?.uneven).to.equal(undefined);
    const uneven = suggestLevel({ agenda: 1, design: 4, money: 4, feedback: 2 }, 8)?.uneven;
    expect(uneven).to.deep.equal({ strongest: ['design', 'money'], weakest: ['agenda'], spread: 3 });
    expect(unevenThreshold(8)).to.equal(3);
    expect(unevenThreshold(5)).to.equal(2);
  });
});

describe('ratings', () => {
  const scale = PRESETS.arnstein;
  it('measures the gap and the bands it crosses', () => {
    expect(gapBetween(scale, { now: 'consultation', aim: 'partnership' })).to.deep.equal({ kind: 'up', rungs: 2, fromGroup: 'Degrees of tokenism', toGroup: 'Degrees of citizen power' });
    expect(gapBetween(scale, { now: 'placation', aim: 'informing' })).to.deep.equal({ kind: 'down', rungs: 2, fromGroup: undefined, toGroup: undefined });
    expect(gapBetween(scale, { now: 'therapy', aim: 'therapy' })).to.deep.equal({ kind: 'same', level: 'therapy' });
    expect(gapBetween(scale, { now: 'therapy', aim: '' })).to.deep.equal({ kind: 'none' });
  });

  it('measures how far apart perspectives are', () => {
    const spread = spreadOf(scale, [{ now: 'partnership', aim: '' }, { now: 'informing', aim: '' }, { now: '', aim: '' }]);
    expect(spread).to.deep.equal({ rated: [0, 1], unrated: [2], rungs: 3, highest: [0], lowest: [1] });
  });

  it('reads perspectives from a semicolon list', () => {
    expect(parsePerspectives(' Staff; People who use the service ;; Staff ')).to.deep.equal(['Staff', 'People who use the service']);
    expect(parsePerspectives(null)).to.deep.equal([]);
  });
});
