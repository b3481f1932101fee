/**
 * Vocabulary of non-article blocks that Readability sometimes keeps inside the article:
 * "related / read more" link blocks, share bars, follow prompts, ad labels. (Offer and
 * newsletter vocabulary is NOT here: it lives in src/core/lang and is used through
 * isOfferLine / judgeOfferText.)
 *
 * Each entry is a lower-case regex source matched at the START of a short block's text.
 */
export const BOILERPLATE_LEADS: Record<string, string[]> = {
  related: [
    'related( (articles?|stories|posts|content|coverage|reading|links|topics|news|video))?\\s*[:|»›>-]',
    'related( (articles?|stories|posts|coverage|reading|links|topics|videos?))$',
    '(read|see|watch) (more|also|next)\\s*[:|»›>-]',
    '(read|see|watch) (more|also|next)$',
    'more (from|on|about) .{0,40}[:»›>]$',
    'also (read|see|watch)\\s*[:|»›>-]?',
    'recommended( for you| stories| reading)?\\s*[:]?$',
    "(don't|do not) miss\\s*[:]",
    'you (may|might) also (like|enjoy)',
    'more stories?( like this)?$',
    'trending( now| stories)?$',
    'most (popular|read|viewed|shared)$',
    'lesen sie (auch|mehr)\\s*[:]',
    'mehr zum thema',
    'lire aussi\\s*[:]?',
    '[àa] lire aussi',
    'leia (também|mais)',
    'lee (también|más)',
    'leggi anche',
    'читайте также',
  ],
  share: [
    'share (this|on|via|the story|the article)',
    '(share|tweet|email|print)( (share|tweet|email|print|pin|copy link))+$',
    'follow us( on)?',
    'click to share',
    'copy link$',
  ],
  ad: ['advertisement$', 'advertising$', 'sponsored( content)?$', 'ad$', 'story continues below( advertisement)?$', 'continue reading below$', 'anzeige$', 'publicité$', 'publicidade$', 'publicidad$'],
};

const compiled: Array<[string, RegExp]> = Object.entries(BOILERPLATE_LEADS).flatMap(([kind, list]) =>
  list.map((src) => [kind, new RegExp(`^${src}`, 'iu')] as [string, RegExp]),
);

/** Which boilerplate kind a short text opens with, or null. */
export function boilerplateKind(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim().toLowerCase();
  for (const [kind, re] of compiled) if (re.test(t)) return kind;
  return null;
}
