import { describe, expect, it } from 'vitest';
import { prefixes } from './compile';
import { DENSITY, MAX_SCAN_CHARS, TALK_CAP, isOfferLine, isScrollLockClass, judgeConsentText, judgeOfferText, judgeVendorShape, normalizeText } from './index';
import { LANGS } from './tables/index';
import { PHRASE_CATEGORIES } from './tables/types';

const NEWS_SENTENCES = [
  'The committee met on Tuesday to discuss the budget for the coming year.',
  'Officials said the new bridge would open to traffic in the spring.',
  'Analysts expect the central bank to hold interest rates steady next month.',
  'The mayor told reporters that the city had hired more than 200 new teachers.',
  'Residents gathered outside the town hall to protest against the planned closure.',
];
/** About 3,000 words of plain news text. */
const LONG_ARTICLE = Array.from({ length: 50 }, (_, i) => NEWS_SENTENCES.join(' ') + (i === 25 ? ' Readers can subscribe to the print edition.' : '')).join('\n');

const PANEL =
  "You've reached your limit of free articles. Subscribe now for unlimited access. " +
  'Already a subscriber? Log in. Digital: $1/week for 6 months, then $4/week. Cancel anytime.';

describe('judgeOfferText', () => {
  it('scores 0 for text without offer evidence', () => {
    expect(judgeOfferText(NEWS_SENTENCES.join(' '))).toEqual({ score: 0, reasons: [] });
    expect(judgeOfferText('')).toEqual({ score: 0, reasons: [] });
  });

  it('density: a 3,000-word article mentioning "subscribe" once scores far below a 40-word panel', () => {
    expect(LONG_ARTICLE.split(/\s+/).length).toBeGreaterThan(2800);
    const article = judgeOfferText(LONG_ARTICLE);
    const panel = judgeOfferText(PANEL);
    expect(article.reasons).toEqual(['weak:en']); // "subscribe to the print edition"
    expect(article.score).toBeGreaterThan(0);
    expect(article.score).toBeLessThan(0.1);
    expect(panel.score).toBeGreaterThan(10);
    expect(panel.score).toBeGreaterThan(100 * article.score);
  });

  it('density: the same panel inside a long article is diluted, but a long plan list keeps its score', () => {
    const diluted = judgeOfferText(`${LONG_ARTICLE}\n${PANEL}`).score;
    expect(diluted).toBeLessThan(judgeOfferText(PANEL).score / 5);
    const plans = `Choose your plan\n${Array.from({ length: 12 }, (_, i) => `Plan ${i}: $${i + 1}/month, billed annually. Cancel anytime.`).join('\n')}`;
    expect(plans.length).toBeGreaterThan(DENSITY.SHORT_TEXT_UNITS);
    expect(judgeOfferText(plans).score).toBeGreaterThan(8);
  });

  it('judges huge texts on their first part, with density from the full length', () => {
    const huge = `${PANEL}\n${LONG_ARTICLE.repeat(10)}`;
    expect(huge.length).toBeGreaterThan(5 * MAX_SCAN_CHARS);
    const j = judgeOfferText(huge);
    expect(j.reasons).toContain('meter:en');
    expect(j.score).toBeGreaterThan(0);
    expect(j.score).toBeLessThan(0.2);
  });

  it('names its reasons', () => {
    const j = judgeOfferText(PANEL);
    expect(j.reasons).toEqual(expect.arrayContaining(['meter:en', 'cta:en', 'login:en', 'price-period', 'terms:en']));
  });

  it('a price with period alone in running text counts as a bare price', () => {
    const news = 'The union said the minimum wage would rise to $15 an hour and rents to $2,000 a month next year.';
    expect(judgeOfferText(news).score).toBeLessThan(1.5);
    expect(judgeOfferText('$2,000 a month').score).toBe(2);
  });

  it('subscription talk (offer vocabulary, no offer phrase) never scores like a panel', () => {
    const talk =
      'StreamCo raised its ad-free plan from $15.49 to $17.99 a month, and its premium plan to $22.99/month. ' +
      'Most services let subscribers cancel anytime and keep access until the end of the billing period.';
    expect(judgeOfferText(talk).score).toBeLessThanOrEqual(TALK_CAP);
    expect(judgeOfferText(talk).reasons).toEqual(expect.arrayContaining(['price-period', 'terms:en']));
  });

  it('weights: a meter notice outweighs a lone call to action', () => {
    expect(judgeOfferText('You have 3 free articles left this month').score).toBeGreaterThan(judgeOfferText('Subscribe now').score);
  });
});

describe('isOfferLine', () => {
  it('ignores long blocks and empty lines', () => {
    expect(isOfferLine('')).toBe(false);
    expect(isOfferLine('   ')).toBe(false);
    expect(isOfferLine(LONG_ARTICLE)).toBe(false);
  });
  it('catches label lines that are all offer vocabulary', () => {
    for (const l of ['Subscribe', 'Sign in', 'Premium', 'Abonnieren', 'Log in →']) expect(isOfferLine(l), l).toBe(true);
  });
  it('does not take bare figures for offers (plan cards are judged as a panel)', () => {
    for (const l of ['$139.00', '₹900', '3 Months', '1 Year', '2019']) expect(isOfferLine(l), l).toBe(false);
  });
  it('handles unrendered template placeholders in number slots', () => {
    expect(isOfferLine('You have {{remaining}} free articles left')).toBe(true);
    expect(isOfferLine('{{price}}/month')).toBe(true);
    expect(isOfferLine('%d free articles remaining')).toBe(true);
  });
});

describe('prices with periods', () => {
  const PRICE_LINES = [
    '₹300/Month',
    '$1/week',
    '3 € / Monat',
    '9,99 €/mois',
    '月額1,000円',
    'Subscribe for $1/day',
    '0,99 € im ersten Monat',
    '$5/mo',
    '5 €/mes',
    '5 €/mese',
    'R$ 5/mês',
    '€ 5/maand',
    '₹5/महीना',
    '₹5/माह',
    '1,000円/月',
    'Rs. 99 per month',
    'INR 1,499/year',
    '£4.99 a month',
    'CHF 12.- pro Monat',
    '299 руб./мес',
    '99 रुपये प्रति माह',
    '19,99 zł/mies.',
    '{{price}}/month',
  ];
  for (const line of PRICE_LINES) {
    it(line, () => {
      expect(judgeOfferText(line).reasons).toContain('price-period');
      expect(isOfferLine(line)).toBe(true);
    });
  }
  it('does not read figures in reporting as prices with periods', () => {
    for (const line of ['Spot gold added 0.1% to $1,472.19 an ounce.', 'In 2019 a year of growth ended.', '100円日本']) {
      expect(judgeOfferText(line).reasons, line).not.toContain('price-period');
    }
  });
});

describe('normalizeText', () => {
  it('folds case, width, quotes, spaces and French punctuation spacing', () => {
    expect(normalizeText('  You’ve   REACHED\u00a0your “limit” ')).toBe('you\'ve reached your "limit"');
    expect(normalizeText('Déjà abonné ? Se connecter')).toBe('déjà abonné? se connecter');
    expect(normalizeText('月額１，０００円')).toBe('月額1,000円');
    expect(normalizeText('₹३००/माह')).toBe('₹300/माह');
    expect(normalizeText('٣٠ درهم')).toBe('30 درهم');
  });
});

describe('judgeConsentText', () => {
  it('scores consent banners and not offers or news', () => {
    expect(judgeConsentText('This website uses cookies. Accept all | Reject all | Manage preferences').score).toBeGreaterThan(2);
    expect(judgeConsentText(PANEL).score).toBe(0);
    expect(judgeConsentText(NEWS_SENTENCES.join(' ')).score).toBe(0);
  });
  it('is not fooled by the privacy-policy links of registration walls and offer panels (consent vetoes clutter)', () => {
    const walls = [
      'Create a free account to continue reading. By registering you agree to our Terms of Service and Privacy Policy and consent to receive emails from us and our partners.',
      'Jetzt kostenlos registrieren und weiterlesen. Es gelten unsere AGB und die Datenschutzerklärung. Einwilligung jederzeit widerrufbar.',
      "Créez votre compte gratuit pour lire la suite. En continuant, vous acceptez notre politique de confidentialité et le consentement à nos partenaires.",
      'Suscríbete para seguir leyendo. Consulta nuestra política de privacidad.',
      '無料会員登録で続きを読めます。利用規約とプライバシーポリシーに同意します。',
    ];
    for (const w of walls) expect(judgeConsentText(w), w).toEqual({ score: 0, reasons: [] });
  });
  it('counts privacy vocabulary next to a consent phrase', () => {
    const j = judgeConsentText('We use cookies. We and our partners process data on the basis of consent or legitimate interest.');
    expect(j.reasons).toEqual(['consent:en', 'privacy:en']);
    expect(j.score).toBeGreaterThan(judgeConsentText('We use cookies.').score);
  });
});

describe('judgeVendorShape', () => {
  const el = (tagName: string, id = '', className = '', attrs?: Record<string, string>) => ({ tagName, id, className, attrs });
  it('names vendors from class, id, tag and attributes', () => {
    expect(judgeVendorShape(el('DIV', '', 'tp-modal')).reasons).toContain('vendor:piano');
    expect(judgeVendorShape(el('DIV', '', 'tp-backdrop tp-active')).reasons).toContain('vendor:piano');
    expect(judgeVendorShape(el('DIV', 'poool-widget')).reasons).toContain('vendor:poool');
    expect(judgeVendorShape(el('DIV', 'zephr-overlay')).reasons).toContain('vendor:zephr');
    expect(judgeVendorShape(el('DIV', 'pelcro-modal-plan-select', 'pelcro-root')).reasons).toContain('vendor:pelcro');
    expect(judgeVendorShape(el('SECTION', '', 'js-access-wall')).reasons).toContain('vendor:steady');
    expect(judgeVendorShape(el('DIV', 'leaky_paywall_message')).reasons).toContain('vendor:leaky-paywall');
    expect(judgeVendorShape(el('DIV', '', 'lp_purchase-overlay lp_js_purchaseOverlay')).reasons).toContain('vendor:laterpay');
    expect(judgeVendorShape(el('DIV', '', 'frontend-components-SubscribePrompt-module__x')).reasons).toContain('vendor:substack');
    expect(judgeVendorShape(el('ARTICLE', '', 'meteredContent')).reasons).toContain('vendor:medium');
    expect(judgeVendorShape(el('EV-ENGAGEMENT', '', '', { 'group-name': 'paywall-main' })).reasons).toContain('vendor:evolok');
    expect(judgeVendorShape(el('DIV', '', 'wkwp-paywall')).reasons).toContain('vendor:wallkit');
    expect(judgeVendorShape(el('DIV', 'cx-snippet-container')).reasons).toContain('vendor:cxense');
    expect(judgeVendorShape(el('DIV', '', 'qiota')).reasons).toContain('vendor:qiota');
    expect(judgeVendorShape(el('DIV', '', 'Mg2-connext')).reasons).toContain('vendor:connext');
    expect(judgeVendorShape(el('SECTION', '', '', { 'subscriptions-section': 'content-not-granted' })).reasons).toContain('vendor:amp-subscriptions');
    expect(judgeVendorShape(el('DIV', '', 'newspack-popup-container')).reasons).toContain('vendor:newspack');
  });
  it('names generic paywall, regwall, meter and subscribe shapes', () => {
    expect(judgeVendorShape(el('DIV', 'paywallbox')).reasons).toContain('shape:paywall');
    expect(judgeVendorShape(el('DIV', '', 'dynamic-regwall')).reasons).toContain('shape:paywall');
    expect(judgeVendorShape(el('DIV', '', 'storyPaywall_paywallStory__x1')).reasons).toContain('shape:paywall');
    expect(judgeVendorShape(el('DIV', '', 'meter-bar')).reasons).toContain('shape:meter');
    expect(judgeVendorShape(el('DIV', 'subscribe_overlay_container')).reasons).toContain('shape:subscribe');
    expect(judgeVendorShape(el('DIV', '', 'subscription-popup-overlay')).reasons).toContain('shape:subscribe');
    expect(judgeVendorShape(el('DIV', '', '', { 'data-area': 'paywall' })).reasons).toContain('shape:paywall');
  });
  it('stays quiet on ordinary page structure', () => {
    for (const c of ['article-body', 'story-content', 'parameter-list', 'thermometer', 'navigation', 'site-header', 'modal-open'])
      expect(judgeVendorShape(el('DIV', '', c)), c).toEqual({ score: 0, reasons: [] });
    expect(judgeVendorShape(el('P', 'main', 'lead'))).toEqual({ score: 0, reasons: [] });
  });
});

describe('isScrollLockClass', () => {
  it('knows the scroll-lock classes pages put on html/body', () => {
    for (const c of ['modal-open', 'tp-modal-open', 'no-scroll', 'noscroll', 'overflow-hidden', 'scroll-lock', 'didomi-popup-open',
      'ReactModal__Body--open', 'sg-dialog-no-scroll', 'scroll-block--is-blocked', 'nytc---modal-window---noScroll', 'open-popup',
      'has-modal', 'is-locked', 'body-lock', 'lock-scroll', 'disable-scroll', 'page home modal-open', 'piano-modal-open',
      'is-clipped', 'stop-scrolling'])
      expect(isScrollLockClass(c), c).toBe(true);
  });
  it('ignores ordinary classes', () => {
    for (const c of ['', 'home page-template', 'dark-mode', 'js', 'article', 'modal', 'scrolled', 'has-sidebar', 'overflow-auto'])
      expect(isScrollLockClass(c), c).toBe(false);
  });
});

describe('tables', () => {
  it('entries are lower-case, non-empty, and each starts with known characters', () => {
    for (const t of LANGS) {
      for (const cat of [...PHRASE_CATEGORIES, 'consent', 'period', 'perSep'] as const) {
        for (const entry of t[cat] ?? []) {
          expect(entry, `${t.lang}.${cat}`).toBe(entry.normalize('NFKC').toLowerCase());
          expect(entry.trim(), `${t.lang}.${cat}`).toBe(entry);
          expect(entry.length).toBeGreaterThan(0);
        }
      }
    }
  });
  it('no phrase matches the empty string', () => {
    for (const t of LANGS)
      for (const cat of PHRASE_CATEGORIES)
        for (const entry of t[cat]) expect(prefixes(entry).has(''), `${t.lang}.${cat}: ${entry}`).toBe(false);
  });
});
