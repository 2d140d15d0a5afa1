import { expect } from '@open-wc/testing';
import { radioKeyAction } from '../../src/shared/radio-keys.js';

describe('radioKeyAction (WAI-ARIA radio group keys)', () => {
  const forward = ['ArrowUp', 'ArrowRight'] as const;
  it('moves forward and back with the arrows, wrapping at both ends', () => {
    expect(radioKeyAction('ArrowUp', 2, 8, forward)).to.deep.equal({ kind: 'move', index: 3 });
    expect(radioKeyAction('ArrowRight', 7, 8, forward)).to.deep.equal({ kind: 'move', index: 0 });
    expect(radioKeyAction('ArrowDown', 0, 8, forward)).to.deep.equal({ kind: 'move', index: 7 });
    expect(radioKeyAction('ArrowLeft', 5, 8, forward)).to.deep.equal({ kind: 'move', index: 4 });
    expect(radioKeyAction('ArrowDown', 1, 4, ['ArrowRight', 'ArrowDown'])).to.deep.equal({ kind: 'move', index: 2 });
  });
  it('checks with Space, submits with Enter, ignores other keys', () => {
    expect(radioKeyAction(' ', 2, 8, forward)).to.deep.equal({ kind: 'check' });
    expect(radioKeyAction('Enter', 2, 8, forward)).to.deep.equal({ kind: 'submit' });
    expect(radioKeyAction('a', 2, 8, forward)).to.equal(undefined);
    expect(radioKeyAction('Tab', 2, 8, forward)).to.equal(undefined);
  });
});
