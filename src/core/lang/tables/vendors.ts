/**
 * DOM shapes of paywall vendors and generic offer containers (see the field guide,
 * the project's field guide to paywall clutter, §1-2). Matched on ONE element's lower-cased
 * "tag id class attr=value ..." string. Fragments are small regex sources; `\b` is fine here
 * because class names are ASCII. Written from the vendors' documented shapes, not copied lists.
 */
export interface VendorShape {
  reason: string;
  weight: number;
  fragments: string[];
}

export const VENDOR_SHAPES: VendorShape[] = [
  {
    reason: 'vendor:piano',
    weight: 3,
    fragments: ['\\btp-(modal|backdrop|iframe-wrapper|container|active)', 'piano', 'tinypass', 'pianoj'],
  },
  { reason: 'vendor:poool', weight: 3, fragments: ['poool'] },
  { reason: 'vendor:zephr', weight: 3, fragments: ['zephr'] },
  { reason: 'vendor:pelcro', weight: 3, fragments: ['pelcro'] },
  { reason: 'vendor:steady', weight: 3, fragments: ['steady(-checkout|adblock|hq)', 'js-access-wall', 'js-paywall-divider'] },
  { reason: 'vendor:leaky-paywall', weight: 3, fragments: ['leaky[_-]paywall', 'issuem-leaky'] },
  { reason: 'vendor:laterpay', weight: 3, fragments: ['\\blp_(paid-content|purchase-overlay|js_purchaseoverlay|benefits)', 'laterpay'] },
  { reason: 'vendor:memberful', weight: 2, fragments: ['memberful'] },
  { reason: 'vendor:substack', weight: 3, fragments: ['subscribeprompt', 'subscribe-prompt', 'paywall-truncated', 'show-subscribe', 'subscribe-footer'] },
  { reason: 'vendor:medium', weight: 3, fragments: ['meteredcontent', 'metered-content', 'metered-gating'] },
  { reason: 'vendor:evolok', weight: 3, fragments: ['ev-engagement', 'ev-meter', '\\bev-(widget|modal)'] },
  { reason: 'vendor:wallkit', weight: 3, fragments: ['wkwp-paywall', 'wallkit'] },
  { reason: 'vendor:cxense', weight: 3, fragments: ['cx-snippet', 'cxense'] },
  { reason: 'vendor:qiota', weight: 3, fragments: ['qiota'] },
  { reason: 'vendor:connext', weight: 3, fragments: ['connext'] },
  {
    reason: 'vendor:amp-subscriptions',
    weight: 3,
    fragments: ['subscriptions-section=content-not-granted', 'amp-access=not (user)?subscribed', 'amp-subscriptions'],
  },
  { reason: 'vendor:newspack', weight: 2, fragments: ['newspack-(popup|reader-registration|gate)', 'gate-metering'] },
  {
    reason: 'shape:paywall',
    weight: 2,
    fragments: [
      'pay-?wall', 'reg-?wall', 'login-?wall', 'registration-?wall', 'access-?wall', 'abo-?wall', 'premium-?(wall|barrier|overlay|gate)',
      'paid-barrier', 'freemium', 'prime_paywall', 'articleblocker', 'blocker_layer', 'gateway-content', 'offer-module',
      'data-area=paywall', 'data-component=paywall',
    ],
  },
  { reason: 'shape:meter', weight: 1.5, fragments: ['\\bmeter(ed)?\\b', '\\bmeter[-_]', 'artmeter', 'article-?limit'] },
  {
    reason: 'shape:subscribe',
    weight: 1.5,
    fragments: [
      'subscri(be|ption)[-_]?(overlay|modal|popup|pop-up|prompt|banner|wall|box|cta|widget|offer|promo|panel|gate|fade)',
      '(promo|offer)[-_]subscri',
      'subscribe_(overlay|modal)', 'subscribepopup', 'abo-?(angebot|teaser|box|promo)', 'offre-abonnement', 'inline-offer',
      'plan-?select', 'pricing-?(table|card|plans)',
    ],
  },
  { reason: 'shape:newsletter', weight: 1, fragments: ['newsletter[-_]?(popup|modal|overlay|signup|sign-up|form|promo|cta)', 'mailpoet_form_popup', 'skinny-signup'] },
  { reason: 'shape:gate', weight: 1, fragments: ['\\bgate\\b', 'content-?gate', 'login-?(prompt|gate)'] },
];

/**
 * Scroll-lock classes pages put on <html>/<body> while an overlay is open. Matched against each
 * class token separately (whole token), case-insensitively.
 */
export const SCROLL_LOCK_CLASSES: string[] = [
  '(no|disable|prevent|stop|block|lock|noscroll|without)[-_]?scroll(ing)?',
  'scroll[-_]?(lock|locked|block|blocked|disabled|off|none)',
  'scroll-block--is-blocked.*',
  '.*-no-?scroll',
  '([a-z0-9]+[-_]{1,2})?(modal|popup|pop-up|dialog|overlay|lightbox|paywall)[-_]?(is-)?(open|opened|active|visible|shown)',
  '(is-|has-)(modal|popup|overlay|paywall|locked)(-open|-active)?',
  'open[-_]popup',
  'overflow[-_]?hidden',
  'body[-_]?(lock|locked|fixed|noscroll|no-scroll)',
  'reactmodal__body--open',
  'sg-dialog-no-scroll',
  'nytc---modal-window---noscroll',
  'articlepaywall',
  'is-paywall',
  'didomi-popup-open',
  'is-clipped',
  'compensate-for-scrollbar',
  'locked',
];
