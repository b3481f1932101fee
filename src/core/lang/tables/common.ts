/**
 * Language-neutral money vocabulary: currency symbols and codes (literal strings, escaped when
 * compiled). Per-language currency words live in the language tables (`currencyAfter`).
 */

/** Written before the number: "$5", "₹300", "Rs. 300", "R$ 9,90", "CHF 12". */
export const CURRENCY_BEFORE = [
  '$', '€', '£', '¥', '₹', '₽', '₺', '₩', '₪', '₫', '₱', '₦', '฿',
  'r$', 'a$', 'c$', 'us$', 'hk$', 's$', 'nz$', 'rs.', 'rs', 'inr', 'usd', 'eur', 'gbp', 'chf', 'jpy',
  'cny', 'rmb', 'sek', 'nok', 'dkk', 'pln', 'brl', 'rub', 'try', 'aed', 'sar', 'cad', 'aud',
];

/** Written after the number: "9,99 €", "99 kr", "1.000円". */
export const CURRENCY_AFTER = [
  '€', '$', '£', '¥', '₹', '₽', '₺', '¢', 'eur', 'euro', 'euros', 'usd', 'chf', 'sek', 'nok', 'dkk', 'pln',
  'kr', 'kr.', ':-', 'inr', 'brl', 'rub', 'tl',
  // Written after the number in their own scripts; here too so that a price is a price before
  // (or without) that language's pack: "980円", "9,900원", "30元", "19,99 zł".
  '円', '원', '元', 'zł',
];

/** Separators between a price and a period that every language uses: "$1/week", "3 € / Monat". */
export const SHARED_PER_SEP = ['/', '\\|'];
