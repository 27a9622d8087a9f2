import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mailtoUrl, safeUrl, telUrl } from '../src/internal/safe-url.js';

describe('safeUrl', () => {
  it('keeps absolute http, https, tel and mailto URLs', () => {
    assert.equal(safeUrl('https://www.example.org/a?b=1'), 'https://www.example.org/a?b=1');
    assert.equal(safeUrl('http://example.org'), 'http://example.org/');
    assert.equal(safeUrl('tel:+358192345'), 'tel:+358192345');
    assert.equal(safeUrl('mailto:a@example.org'), 'mailto:a@example.org');
  });

  it('refuses every other scheme, relative URLs and garbage', () => {
    for (const value of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '/relative/path',
      '//evil.example/x',
      'not a url',
      '',
      undefined,
    ]) {
      assert.equal(safeUrl(value), undefined, String(value));
    }
  });
});

describe('telUrl', () => {
  it('strips the spaces people write numbers with', () => {
    assert.equal(telUrl('09 2525 0111'), 'tel:0925250111');
    assert.equal(telUrl('019 5600 150'), 'tel:0195600150');
    assert.equal(telUrl('+358 (9) 123-456'), 'tel:+3589123456');
    assert.equal(telUrl('112'), 'tel:112');
  });

  it('makes no link of anything that is not a number', () => {
    assert.equal(telUrl('javascript:alert(1)'), undefined);
    assert.equal(telUrl('112;ext=<script>'), undefined);
    assert.equal(telUrl(''), undefined);
  });
});

describe('mailtoUrl', () => {
  it('links one plain address and nothing more', () => {
    assert.equal(mailtoUrl('info@example.org'), 'mailto:info@example.org');
    assert.equal(mailtoUrl('x@example.org?body=hi'), undefined);
    assert.equal(mailtoUrl('javascript:alert(1)//@x.y'), undefined);
    assert.equal(mailtoUrl('<a>@example.org'), undefined);
  });
});
