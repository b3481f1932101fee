import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { hi } from './hi';
import { it } from './it';
import { ja } from './ja';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { ru } from './ru';
import { sv } from './sv';
import { tr } from './tr';
import type { LangTable } from './types';
import { zh } from './zh';

/** Every language table compiled into the matchers. */
export const LANGS: LangTable[] = [en, de, fr, es, it, pt, nl, hi, ja, zh, ru, ar, pl, sv, tr];
