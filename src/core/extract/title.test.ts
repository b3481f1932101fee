// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { refineTitle } from './index';

function doc(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

describe('refineTitle', () => {
  it('takes the h1 that equals one segment of "Headline | Site"', () => {
    expect(refineTitle('Rail fares rise | The Courier', doc('<h1>Rail fares rise</h1>'))).toBe('Rail fares rise');
  });

  it('takes the fuller headline from the one h1 when the <title> was shortened', () => {
    const d = doc("<h1>Putin 'ready for a meeting' with Trump, says Russian foreign minister Lavrov</h1>");
    expect(refineTitle("Putin 'ready for a meeting' with Trump, says Lavrov", d)).toBe(
      "Putin 'ready for a meeting' with Trump, says Russian foreign minister Lavrov",
    );
  });

  it('keeps the title when the h1 is something else (a site name, a section)', () => {
    expect(refineTitle('Council backs night buses', doc('<h1>The Courier</h1>'))).toBe('Council backs night buses');
    expect(refineTitle('Council backs night buses', doc('<h1>Council</h1><h1>Night buses</h1>'))).toBe('Council backs night buses');
  });

  it('keeps the title when the h1 is much longer than the headline', () => {
    const long = 'Council backs night buses after a two-year trial that surprised almost everyone who rides them late at night';
    expect(refineTitle('Council backs night buses', doc(`<h1>${long}</h1>`))).toBe('Council backs night buses');
  });
});
