'use strict';
// Intl with the full ICU data: number, date, collation, segmentation, normalization, plural and list rules.
const assert = require('assert');

assert.strictEqual(new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(1234567.891),
  '1.234.567,89\u00a0€');
assert.strictEqual(new Intl.DateTimeFormat('ja-JP', { dateStyle: 'full', timeZone: 'Asia/Tokyo' }).format(new Date(0)),
  '1970年1月1日木曜日');
assert.strictEqual(
  new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', timeZoneName: 'long' }).format(new Date(0)),
  '12/31/1969, Eastern Standard Time');
assert.deepStrictEqual(['ä', 'a', 'z'].sort(new Intl.Collator('de').compare), ['a', 'ä', 'z']);
assert.deepStrictEqual(['ä', 'a', 'z'].sort(new Intl.Collator('sv').compare), ['a', 'z', 'ä']);
assert.deepStrictEqual([...new Intl.Segmenter('ja', { granularity: 'word' }).segment('今日は良い天気です')]
  .map((s) => s.segment), ['今日', 'は', '良い', '天気', 'です']);
assert.deepStrictEqual([...new Intl.Segmenter('th', { granularity: 'word' }).segment('สวัสดีครับ')]
  .map((s) => s.segment), ['สวัสดี', 'ครับ']);
assert.strictEqual(/\p{Script=Greek}/u.test('α'), true);
assert.strictEqual('ﬁ'.normalize('NFKC'), 'fi');
assert.strictEqual('A\u030a'.normalize('NFC'), 'Å');
assert.strictEqual(new Intl.PluralRules('ar').select(3), 'few');
assert.strictEqual(new Intl.RelativeTimeFormat('fr').format(-1, 'day'), 'il y a 1 jour');
assert.strictEqual(new Intl.ListFormat('en').format(['a', 'b', 'c']), 'a, b, and c');
assert.strictEqual(new Intl.DisplayNames(['en'], { type: 'region' }).of('DE'), 'Germany');
assert.strictEqual((1234.5).toLocaleString('hi-IN'), '1,234.5');
assert.strictEqual('İ'.toLocaleLowerCase('tr'), 'i');
assert.strictEqual(new Intl.NumberFormat('en', { notation: 'compact' }).format(12345), '12K');
assert.strictEqual('a'.localeCompare('b'), -1);
