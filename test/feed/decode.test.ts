import { expect } from '@open-wc/testing';
import { charsetFromContentType, decodeFeedBytes } from '../../src/feed/decode.js';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { bufferOf, bytesOf, utf16Bytes } from './support/helpers.js';

const rssWithTitle = (declaration: string, titleBytes: number[]): Uint8Array =>
  bytesOf(`${declaration}<rss version="2.0"><channel><title>`, titleBytes, '</title></channel></rss>');

describe('decoding feed bytes', () => {
  it('reads the charset of a Content-Type, with quotes and spaces', () => {
    expect(charsetFromContentType('text/xml; charset=windows-1252')).to.equal('windows-1252');
    expect(charsetFromContentType("application/rss+xml;charset= 'us-ascii'")).to.equal('us-ascii');
    expect(charsetFromContentType('text/xml;charset = "ISO-8859-1"')).to.equal('ISO-8859-1');
    expect(charsetFromContentType('text/xml; charset:iso-8859-1')).to.equal(undefined);
    expect(charsetFromContentType('text/xml; charset=bogus')).to.equal(undefined);
  });

  it('follows a UTF-8 BOM even against the header and the declaration', () => {
    const bytes = bytesOf([0xef, 0xbb, 0xbf], '<?xml version="1.0" encoding="iso-8859-1"?><rss><channel><title>Iñtërnâtiônàl</title></channel></rss>');
    const feed = parseFeed(bufferOf(bytes), { contentType: 'text/xml; charset=windows-1252' });
    expect(feed.encoding).to.equal('utf-8');
    expect(feed.title).to.equal('Iñtërnâtiônàl');
  });

  it('lets the Content-Type charset override the XML declaration', () => {
    const bytes = rssWithTitle('<?xml version="1.0" encoding="iso-8859-1"?>', [0x93, 0x74, 0x65, 0x73, 0x74, 0x2e, 0x94]);
    const feed = parseFeed(bufferOf(bytes), { contentType: 'text/xml; charset=windows-1252' });
    expect(feed.title).to.equal('\u201ctest.\u201d');
  });

  it('uses the XML declaration when there is no charset: ISO-8859-1', () => {
    const feed = parseFeed(bufferOf(rssWithTitle('<?xml version="1.0" encoding="ISO-8859-1"?>', [0x63, 0x61, 0x66, 0xe9])));
    expect(feed.title).to.equal('café');
    expect(feed.encoding).to.equal('windows-1252'); // the WHATWG name for ISO-8859-1
  });

  it('uses the XML declaration: windows-1252 quotes', () => {
    const feed = parseFeed(bufferOf(rssWithTitle('<?xml version="1.0" encoding="windows-1252"?>', [0x64, 0x6f, 0x6e, 0x92, 0x74])));
    expect(feed.title).to.equal('don\u2019t');
  });

  it('uses the XML declaration: GB2312, Big5 and EUC-KR', () => {
    expect(parseFeed(bufferOf(rssWithTitle('<?xml version="1.0" encoding="gb2312"?>', [0xd6, 0xd0, 0xce, 0xc4]))).title).to.equal('中文');
    expect(parseFeed(bufferOf(rssWithTitle('<?xml version="1.0" encoding="big5"?>', [0xa4, 0xa4, 0xa4, 0xe5]))).title).to.equal('中文');
    expect(parseFeed(bufferOf(rssWithTitle('<?xml version="1.0" encoding="euc-kr"?>', [0xb3, 0xe2]))).title).to.equal('\ub144');
  });

  it('falls back to UTF-8, then to windows-1252 for bytes that are not UTF-8', () => {
    const utf8 = parseFeed(bufferOf(bytesOf('<rss><channel><title>Iñtërnâtiônàl</title></channel></rss>')));
    expect([utf8.title, utf8.encoding]).to.deep.equal(['Iñtërnâtiônàl', 'utf-8']);
    const legacy = parseFeed(bufferOf(rssWithTitle('', [0x64, 0x6f, 0x6e, 0x92, 0x74])));
    expect([legacy.title, legacy.encoding]).to.deep.equal(['don\u2019t', 'windows-1252']);
  });

  it('reads UTF-16 with a BOM in either byte order', () => {
    const text = '<?xml version="1.0" encoding="utf-16"?><rss><channel><title>Ünïcödé 年</title></channel></rss>';
    const le = parseFeed(bufferOf(utf16Bytes(text, true, true)));
    const be = parseFeed(bufferOf(utf16Bytes(text, false, true)));
    expect([le.title, le.encoding]).to.deep.equal(['Ünïcödé 年', 'utf-16le']);
    expect([be.title, be.encoding]).to.deep.equal(['Ünïcödé 年', 'utf-16be']);
  });

  it('recognises UTF-16 without a BOM from the first bytes', () => {
    const text = '<?xml version="1.0" encoding="utf-16"?><rss><channel><title>Ünïcödé</title></channel></rss>';
    expect(parseFeed(bufferOf(utf16Bytes(text, false))).encoding).to.equal('utf-16be');
    expect(parseFeed(bufferOf(utf16Bytes(text, true))).title).to.equal('Ünïcödé');
  });

  it('decodes UTF-32, which TextDecoder lacks, by hand', () => {
    const text = '<rss><channel><title>😀 ok</title></channel></rss>';
    const codePoints = [...text].map((c) => c.codePointAt(0)!);
    const view = new DataView(new ArrayBuffer(codePoints.length * 4));
    codePoints.forEach((cp, i) => view.setUint32(i * 4, cp, true));
    const decoded = decodeFeedBytes(new Uint8Array(view.buffer));
    expect(decoded).to.deep.equal({ text, encoding: 'utf-32le' });
  });

  it('ignores a declared UTF-16 in ASCII bytes (a common copy-paste error)', () => {
    const decoded = decodeFeedBytes(bytesOf('<?xml version="1.0" encoding="UTF-16"?><rss/>'));
    expect(decoded.encoding).to.equal('utf-8');
  });

  it('does not use the encoding of a string input', () => {
    const feed = parseFeed('<?xml version="1.0" encoding="utf-16"?><rss><channel><title>x</title></channel></rss>');
    expect(feed.title).to.equal('x');
    expect(feed.encoding).to.equal(undefined);
  });
});
