import { expect } from '@open-wc/testing';
import { readStored, removeStored, storageKey, writeStored } from '../../src/shared/storage.js';
import { breakStorage } from '../support/helpers.js';

describe('safe storage', () => {
  const key = storageKey('cf-test', 'storage-test');
  afterEach(() => localStorage.removeItem(key));

  it('makes keys from the tag and the id', () => {
    expect(storageKey('CF-PROS-CONS', 'a')).to.equal('critical-friend:cf-pros-cons:a');
  });

  it('round-trips JSON values', () => {
    expect(writeStored(key, { a: [1, 'two'] }).ok).to.equal(true);
    expect(readStored(key)).to.deep.equal({ ok: true, value: { a: [1, 'two'] } });
    expect(removeStored(key).ok).to.equal(true);
    expect(readStored(key)).to.deep.equal({ ok: true, value: undefined });
  });

  it('reports, but does not throw, when storage is full', () => {
    const restore = breakStorage('throws-on-write');
    try {
      const result = writeStored(key, { a: 1 });
      expect(result.ok).to.equal(false);
      expect(result.ok ? '' : result.reason).to.contain('QuotaExceededError');
    } finally {
      restore();
    }
  });

  it('reports, but does not throw, when storage is blocked', () => {
    const restore = breakStorage('throws-always');
    try {
      expect(readStored(key).ok).to.equal(false);
      expect(removeStored(key).ok).to.equal(false);
    } finally {
      restore();
    }
  });

  it('reports, but does not throw, when localStorage is missing', () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => undefined });
    try {
      expect(readStored(key).ok).to.equal(false);
      expect(writeStored(key, 1).ok).to.equal(false);
    } finally {
      if (descriptor) Object.defineProperty(window, 'localStorage', descriptor);
      else delete (window as { localStorage?: Storage }).localStorage;
    }
    expect(window.localStorage).to.be.instanceOf(Storage);
  });

  it('reports a stored value that is not JSON', () => {
    localStorage.setItem(key, '{not json');
    expect(readStored(key).ok).to.equal(false);
  });
});
