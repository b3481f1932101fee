/**
 * The contract of the language tables (implemented in this folder).
 * Detector and extraction both judge text through these functions only.
 */
export interface TextJudgement {
  /** 0 when the text says nothing of offers; grows with evidence (see weights in index.ts). */
  score: number;
  /** Names of what matched, e.g. `meter:en`, `price-period`, `login:de`. */
  reasons: string[];
}

/** The two judgements extraction asks for (see ../extract/offer-judge.ts and ./share.ts). */
export interface OfferJudge {
  isOfferLine(text: string): boolean;
  judgeOfferText(text: string): TextJudgement;
}
