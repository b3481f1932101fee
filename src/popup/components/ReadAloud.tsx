/**
 * Read aloud with the browser's speechSynthesis: play / pause / stop and a
 * speed (settings.reader.speechRate). The voice matches the article's
 * language. Not shown where speechSynthesis does not exist. Lives in the
 * bar's read-aloud panel, which stays mounted while closed, so speech goes
 * on when the panel is closed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../../core/article';
import { t } from '../../shared/translate';
import { pickVoice, speechChunks } from '../speech';
import { PauseIcon, PlayIcon, StopIcon } from './Icons';

const RATES = [0.75, 1, 1.25, 1.5, 2];

type Playback = 'idle' | 'playing' | 'paused';

export function speechAvailable(): boolean {
  return typeof globalThis.speechSynthesis !== 'undefined' && typeof globalThis.SpeechSynthesisUtterance === 'function';
}

export function ReadAloud({ article, rate, onRate }: { article: Article; rate: number; onRate(rate: number): void }) {
  const [playback, setPlayback] = useState<Playback>('idle');
  /** Index of the utterance being spoken, to resume from there after a speed change. */
  const position = useRef(0);
  /** Bumped on every (re)start, so events of cancelled utterances are ignored. */
  const run = useRef(0);
  const chunks = useRef<string[]>([]);

  useEffect(() => {
    chunks.current = speechChunks(article);
    return () => speechSynthesis.cancel();
  }, [article]);

  const speakFrom = (start: number, speed: number) => {
    speechSynthesis.cancel();
    const current = ++run.current;
    const voice = pickVoice(speechSynthesis.getVoices(), article.lang);
    const list = chunks.current;
    if (start >= list.length) {
      setPlayback('idle');
      return;
    }
    list.slice(start).forEach((text, offset) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.rate = speed;
      if (voice) utterance.voice = voice;
      utterance.lang = voice?.lang ?? article.lang ?? '';
      utterance.onstart = () => {
        if (run.current === current) position.current = start + offset;
      };
      const last = start + offset === list.length - 1;
      utterance.onend = () => {
        if (run.current === current && last) {
          position.current = 0;
          setPlayback('idle');
        }
      };
      utterance.onerror = (event) => {
        if (run.current === current && event.error !== 'interrupted' && event.error !== 'canceled') setPlayback('idle');
      };
      speechSynthesis.speak(utterance);
    });
    setPlayback('playing');
  };

  const play = () => {
    if (playback === 'paused') {
      speechSynthesis.resume();
      setPlayback('playing');
    } else speakFrom(0, rate);
  };
  const pause = () => {
    speechSynthesis.pause();
    setPlayback('paused');
  };
  const stop = () => {
    run.current++;
    speechSynthesis.cancel();
    position.current = 0;
    setPlayback('idle');
  };
  const changeRate = (value: number) => {
    onRate(value);
    if (playback === 'playing') speakFrom(position.current, value);
  };

  return (
    <fieldset class="read-aloud">
      <legend class="visually-hidden">{t('reader_read_aloud')}</legend>
      {playback === 'playing' ? (
        <button type="button" class="button with-icon" onClick={pause}>
          <PauseIcon />
          {t('reader_pause')}
        </button>
      ) : (
        <button type="button" class="button with-icon" onClick={play}>
          <PlayIcon />
          {playback === 'paused' ? t('reader_resume') : t('reader_play')}
        </button>
      )}
      {playback !== 'idle' && (
        <button type="button" class="button with-icon" onClick={stop}>
          <StopIcon />
          {t('reader_stop')}
        </button>
      )}
      <label class="inline-field">
        <span>{t('reader_speed')}</span>
        <select value={String(rate)} onChange={(e) => changeRate(Number((e.currentTarget as HTMLSelectElement).value))}>
          {(RATES.includes(rate) ? RATES : [...RATES, rate].sort((a, b) => a - b)).map((r) => (
            <option key={r} value={String(r)}>
              {t('reader_speed_value', r.toLocaleString())}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
