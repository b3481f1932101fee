import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { hi } from './hi.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';
import { ru } from './ru.ts';
import { sv } from './sv.ts';
import { tr } from './tr.ts';
import type { LangTable } from './types';
import { zh } from './zh.ts';

/** Every language table compiled into the matchers. */
export const LANGS: LangTable[] = [en, de, fr, es, it, pt, nl, hi, ja, zh, ru, ar, pl, sv, tr];
